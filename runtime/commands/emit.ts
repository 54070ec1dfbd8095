// `ingestlayer emit <type> -t <file> [--file x.jsonl] [--key-field f]`: one payload object per line (stdin
// without --file) into the pipeline through the SDK — straight to the topology's Kafka, or through a gateway
// with --gateway. Bad lines are reported with their line number and skipped; the summary goes to stdout and
// the exit code is 1 when any line was not stored.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Command, InvalidArgumentError } from 'commander';
import { createClient, IngestError, type Client } from '../../sdk/index.ts';
import { serdeFor } from '../serde.ts';
import { requirePlan } from '../../topology/loader.ts';

export const emitDefaults = {
  /** Events handed to the SDK before waiting for acknowledgements, so its batching has something to batch. */
  window: 1000,
} as const;

interface EmitOptions {
  topology: string;
  file?: string;
  keyField?: string;
  gateway?: string;
  apiKey?: string;
  window: number;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

export function emitCommand(): Command {
  return new Command('emit')
    .description('produce events through the SDK: one JSON payload per line from --file or stdin')
    .argument('<event-type>', 'an event type defined in the topology')
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option('--file <file>', 'JSON lines file (default: stdin)')
    .option('--key-field <field>', 'take the idempotency key from this payload field')
    .option('--gateway <url>', 'send through this gateway instead of straight to Kafka')
    .option('--api-key <key>', 'API key for --gateway')
    .option('--window <n>', 'events in flight at once', positiveInt, emitDefaults.window)
    .action(async (type: string, opts: EmitOptions) => {
      const plan = await requirePlan(opts.topology);
      if (!plan.events[type]) {
        const known = Object.keys(plan.events).join(', ');
        process.stderr.write(`event type "${type}" is not defined in ${opts.topology}; known: ${known}\n`);
        process.exitCode = 1;
        return;
      }
      if (opts.gateway && !opts.apiKey) throw new InvalidArgumentError('--gateway needs --api-key');
      const client: Client = createClient({
        topology: plan,
        transport: opts.gateway
          ? { http: { url: opts.gateway, apiKey: opts.apiKey ?? '' } }
          : {
              kafka: {
                brokers: plan.kafka.brokers,
                clientId: `${plan.kafka.clientId}-emit`,
                serde: serdeFor(plan),
              },
            },
      });
      const started = performance.now();
      let emitted = 0;
      let failed = 0;
      const fail = (line: number, message: string) => {
        failed += 1;
        process.stderr.write(`line ${line}: ${message}\n`);
      };
      const inFlight = new Set<Promise<void>>();
      const input = opts.file ? createReadStream(opts.file) : process.stdin;
      let line = 0;
      try {
        for await (const text of createInterface({ input, crlfDelay: Infinity })) {
          line += 1;
          if (text.trim() === '') continue;
          const at = line;
          let payload: unknown;
          try {
            payload = JSON.parse(text);
          } catch {
            fail(at, 'not valid JSON');
            continue;
          }
          if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
            fail(at, 'not a JSON object');
            continue;
          }
          let key: string | undefined;
          if (opts.keyField !== undefined) {
            const value = (payload as Record<string, unknown>)[opts.keyField];
            if (typeof value !== 'string' && typeof value !== 'number') {
              fail(at, `--key-field ${opts.keyField}: the field is missing or not a string or number`);
              continue;
            }
            key = String(value);
          }
          const sent = client
            .ingest(
              type,
              payload as Record<string, unknown>,
              key === undefined ? {} : { idempotencyKey: key },
            )
            .then(
              () => void (emitted += 1),
              (err: unknown) =>
                fail(at, err instanceof IngestError ? `${err.message} [${err.fullCode}]` : String(err)),
            );
          inFlight.add(sent);
          void sent.finally(() => inFlight.delete(sent));
          if (inFlight.size >= opts.window) await Promise.race(inFlight);
        }
        await Promise.all(inFlight);
      } finally {
        await client.close();
      }
      const seconds = (performance.now() - started) / 1000;
      const target = opts.gateway ? `the gateway at ${opts.gateway}` : plan.source.topic;
      process.stdout.write(
        `emitted ${emitted} ${type} event${emitted === 1 ? '' : 's'} to ${target} in ${seconds.toFixed(1)} s` +
          (failed ? `; ${failed} line${failed === 1 ? '' : 's'} not stored` : '') +
          '\n',
      );
      if (failed > 0) process.exitCode = 1;
    });
}
