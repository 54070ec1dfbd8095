// `ingestlayer step <step-id> -t <file>`: runs one step offline — envelopes as JSON lines on stdin, the
// resulting envelopes as JSON lines on stdout (a dropped event prints nothing), no Kafka. A line that is
// a bare payload (no `payload` key) is wrapped in an envelope of the source event type, so users can try
// a step on their own data. Problems go to stderr with the line number; the exit code is 1 if any line
// failed.
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { ulid } from 'ulid';
import { requirePlan } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';
import type { ComponentContext, Envelope } from '../component.ts';
import { backoffDelay, sleep } from '../backoff.ts';
import { asIngestlayerError, codePrefix } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { Metrics, createRegistry } from '../metrics.ts';
import { assertEnvelope } from '../serde.ts';
import { memoryStore } from '../store.ts';

export const stepCommandDefaults = {
  /** Retriable failures (a model server that does not answer) are retried this often per line. */
  maxAttempts: 5,
  retry: { initialDelayMs: 200, maxDelayMs: 5_000 },
  /** Lines processed at once (async steps wait on I/O; output order is kept). */
  concurrency: 64,
};

export function stepCommand(): Command {
  return new Command('step')
    .description('run one step offline: JSON lines on stdin → stdout, no Kafka')
    .argument('<step-id>', 'id of the step in the topology')
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option('--log-level <level>', 'pino log level (stderr)', 'warn')
    .action(async (stepId: string, opts: { topology: string; logLevel: string }) => {
      const plan = await requirePlan(opts.topology, { missingEnv: 'warn' });
      const failures = await runStepOffline(plan, stepId, {
        input: process.stdin,
        write: (text) => process.stdout.write(text),
        logLevel: opts.logLevel,
      });
      if (failures > 0) process.exitCode = 1;
    });
}

export async function runStepOffline(
  plan: Plan,
  stepId: string,
  io: { input: NodeJS.ReadableStream; write: (text: string) => boolean | void; logLevel?: string },
): Promise<number> {
  const stepPlan = plan.steps.find((s) => s.id === stepId);
  if (!stepPlan)
    throw new Error(`no step "${stepId}" in ${plan.file}; steps: ${plan.steps.map((s) => s.id).join(', ')}`);
  const logger = createLogger({ level: io.logLevel ?? 'warn' });
  const abort = new AbortController();
  const ctx: ComponentContext = {
    pipeline: plan.name,
    node: stepId,
    logger: logger.child({ node: stepId }),
    metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), stepId),
    signal: abort.signal,
    openStore: async () => memoryStore(),
  };
  const step = await stepPlan.kind.create(stepPlan.config, ctx);
  let failures = 0;
  const fail = (line: number, message: string) => {
    failures += 1;
    process.stderr.write(`line ${line}: ${message}\n`);
  };

  const processLine = async (text: string, line: number): Promise<string> => {
    let envelope: Envelope;
    try {
      const parsed: unknown = JSON.parse(text);
      envelope = isEnvelopeLike(parsed)
        ? assertEnvelope(parsed)
        : {
            id: ulid(),
            type: plan.source.event,
            time: new Date().toISOString(),
            payload: parsed as Record<string, unknown>,
          };
      if (!isEnvelopeLike(parsed)) assertEnvelope(envelope);
    } catch (err) {
      fail(
        line,
        err instanceof SyntaxError ? 'not valid JSON' : asIngestlayerError(err, 'ENVELOPE_INVALID').message,
      );
      return '';
    }
    for (let attempt = 1; ; attempt++) {
      try {
        const out = await step.process(envelope);
        return out.map((e) => JSON.stringify(e) + '\n').join('');
      } catch (err) {
        const error = asIngestlayerError(err);
        if (!error.retriable || attempt >= stepCommandDefaults.maxAttempts) {
          fail(line, `${error.message} [${codePrefix}${error.code}]`);
          return '';
        }
        await sleep(error.retryAfterMs ?? backoffDelay(attempt, stepCommandDefaults.retry));
      }
    }
  };

  // Keep a window of lines in flight and write results in input order.
  const pending: Promise<string>[] = [];
  let lineNo = 0;
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const out = await pending.shift()!;
      if (out && io.write(out) === false) await new Promise((r) => process.stdout.once('drain', r));
    }
  };
  for await (const text of createInterface({ input: io.input, crlfDelay: Infinity })) {
    lineNo += 1;
    if (text.trim() === '') continue;
    pending.push(processLine(text, lineNo));
    if (pending.length >= stepCommandDefaults.concurrency) await flush(stepCommandDefaults.concurrency / 2);
  }
  await flush(0);
  abort.abort();
  await step.close?.();
  return failures;
}

function isEnvelopeLike(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'payload' in value;
}
