// The local webhook inbox of `ingestlayer dev`: a receiver like the one a user would run, which verifies
// each delivery's signature and remembers what arrived, so the demo shows escalations end to end.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureHeader, verify } from '../../connectors/webhook/signature.ts';
import type { Envelope } from '../component.ts';

export interface InboxEntry {
  id: string;
  receivedAt: Date;
  attempt: number;
  verified: boolean;
  event: Envelope | undefined;
}

export interface Inbox {
  readonly url: string;
  /** Unique events received with a valid signature, in arrival order. */
  readonly entries: InboxEntry[];
  /** Requests whose signature did not verify (answered 401). */
  rejected: number;
  /** Deliveries of an event id already received (at-least-once redeliveries). */
  duplicates: number;
  close(): Promise<void>;
}

const maxBody = 1_048_576;

export async function startInbox(options: { secret: string; port?: number }): Promise<Inbox> {
  const seen = new Set<string>();
  const inbox: Omit<Inbox, 'url' | 'close'> = { entries: [], rejected: 0, duplicates: 0 };
  const server = createServer((req, res) => {
    if (req.method !== 'POST') return void res.writeHead(405).end();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const header = req.headers[signatureHeader];
      const verified = typeof header === 'string' && verify({ body, header, secret: options.secret });
      if (!verified) {
        inbox.rejected += 1;
        return void res.writeHead(401, { 'content-type': 'text/plain' }).end('signature does not verify\n');
      }
      let event: Envelope | undefined;
      try {
        event = JSON.parse(body.toString('utf8')) as Envelope;
      } catch {
        event = undefined;
      }
      const id = String(req.headers['x-ingestlayer-event-id'] ?? event?.id ?? '');
      if (seen.has(id)) inbox.duplicates += 1;
      else {
        seen.add(id);
        inbox.entries.push({
          id,
          receivedAt: new Date(),
          attempt: Number(req.headers['x-ingestlayer-attempt'] ?? 1),
          verified,
          event,
        });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return Object.assign(inbox, {
    url: `http://127.0.0.1:${port}/hooks`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }) as Inbox;
}
