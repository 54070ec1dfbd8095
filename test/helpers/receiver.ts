// Real loopback HTTP receivers for delivery tests, scripted per request: a status (with headers, body and
// a delay), or misbehaviour — never answering, trickling the status line or the body a byte at a time, or
// streaming a huge body. Every request is recorded with its headers, raw body and when the client let go
// of it, and every TCP connection is counted (so a test can prove that none was made).
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ReceivedRequest {
  readonly index: number;
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Date.now() when the request body was complete. */
  readonly receivedAt: number;
  /** Date.now() when the connection closed (set later; undefined while it is open). */
  closedAt?: number;
  /** Bytes of response body written before the client went away. */
  bytesWritten: number;
}

export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string | Buffer; delayMs?: number }
  /** Reads the request, then never answers. */
  | { hang: true }
  /** Sends the status line and headers one byte every `intervalMs`, never finishing them. */
  | { trickleHeaders: { intervalMs: number } }
  /** Sends `status` and headers, then one body byte every `intervalMs`, never finishing. */
  | { trickleBody: { status: number; intervalMs: number } }
  /** Sends `status` and a body of `bytes` bytes as fast as the client reads it. */
  | { huge: { status: number; bytes: number } };

export type Script = (request: ReceivedRequest) => Reply | Promise<Reply>;

export interface Receiver {
  /** `http://127.0.0.1:<port>/hook` */
  readonly url: string;
  readonly port: number;
  readonly requests: ReceivedRequest[];
  /** TCP connections accepted so far. */
  connections(): number;
  setScript(script: Script): void;
  /** Requests whose X-Ingestlayer-Event-Id is `id`, in arrival order. */
  byEvent(id: string): ReceivedRequest[];
  close(): Promise<void>;
}

export const ok: Script = () => ({ status: 200 });

/** Replies with `statuses[i]` to the i-th request of each event id, and the last one after that. */
export function statusSequence(statuses: number[]): Script {
  const seen = new Map<string, number>();
  return (request) => {
    const id = String(request.headers['x-ingestlayer-event-id'] ?? '');
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return { status: statuses[Math.min(n, statuses.length - 1)]! };
  };
}

export async function startReceiver(
  script: Script = ok,
  options: { host?: string; path?: string } = {},
): Promise<Receiver> {
  let current = script;
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<Socket>();
  // Requests of each connection, stamped with closedAt when the connection closes.
  const onSocket = new WeakMap<Socket, ReceivedRequest[]>();
  const timers = new Set<NodeJS.Timeout>();
  let connections = 0;

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = {
        index: requests.length,
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
        receivedAt: Date.now(),
        bytesWritten: 0,
      };
      requests.push(request);
      if (req.socket) onSocket.get(req.socket)?.push(request);
      void Promise.resolve(current(request)).then((reply) => respond(reply, request, res));
    });
  });
  server.keepAliveTimeout = 5_000;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    onSocket.set(socket, []);
    socket.on('close', () => {
      sockets.delete(socket);
      const closedAt = Date.now();
      for (const request of onSocket.get(socket) ?? []) request.closedAt ??= closedAt;
    });
    socket.on('error', () => undefined);
  });

  function every(ms: number, tick: () => boolean) {
    const timer = setInterval(() => {
      if (!tick()) {
        clearInterval(timer);
        timers.delete(timer);
      }
    }, ms);
    timers.add(timer);
  }

  function respond(reply: Reply, request: ReceivedRequest, res: ServerResponse) {
    const socket = res.socket;
    if ('hang' in reply) return;
    if ('trickleHeaders' in reply) {
      const head = Buffer.from('HTTP/1.1 200 OK\r\nx-slow: ' + 'a'.repeat(1_000_000));
      let i = 0;
      every(reply.trickleHeaders.intervalMs, () => {
        if (!socket || socket.destroyed || i >= head.length) return false;
        socket.write(head.subarray(i, ++i));
        return true;
      });
      return;
    }
    if ('trickleBody' in reply) {
      res.writeHead(reply.trickleBody.status, { 'content-type': 'text/plain' });
      res.flushHeaders();
      every(reply.trickleBody.intervalMs, () => {
        if (res.destroyed || !socket || socket.destroyed) return false;
        res.write('x');
        request.bytesWritten += 1;
        return true;
      });
      return;
    }
    if ('huge' in reply) {
      res.writeHead(reply.huge.status, {
        'content-type': 'application/octet-stream',
        'content-length': String(reply.huge.bytes),
      });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let left = reply.huge.bytes;
      const pump = () => {
        while (left > 0 && !res.destroyed) {
          const piece = chunk.subarray(0, Math.min(chunk.length, left));
          left -= piece.length;
          request.bytesWritten += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        if (left === 0) res.end();
      };
      res.on('error', () => undefined);
      pump();
      return;
    }
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end(reply.body ?? '');
    };
    if (reply.delayMs) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, reply.delayMs);
      timers.add(timer);
    } else send();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host?.includes(':') ? `[${options.host}]` : (options.host ?? '127.0.0.1');
  return {
    url: `http://${host}:${port}${options.path ?? '/hook'}`,
    port,
    requests,
    connections: () => connections,
    setScript: (next) => (current = next),
    byEvent: (id) => requests.filter((r) => r.headers['x-ingestlayer-event-id'] === id),
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
