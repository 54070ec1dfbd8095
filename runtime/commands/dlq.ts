// `ingestlayer dlq list|replay --destination <id> -t <file>`: inspect and re-deliver dead-lettered events.
//
// The DLQ topic is the record of truth for both: `list` reads it to the end and shows each dead letter with
// its reason; `replay` delivers the selected ones again through the destination (same envelope, same event
// id, attempt numbers continuing from the dead letter's) with the destination's retry policy, and records
// each outcome as a marker record in the same topic — no value, `ingestlayer.replay.*` headers naming the
// dead letter — so `list` shows what was replayed and a second `replay` skips what was delivered.
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import type { Logger } from 'pino';
import { requirePlan } from '../../topology/loader.ts';
import type { DestinationPlan, Plan } from '../../topology/plan.ts';
import { sleep } from '../backoff.ts';
import type { DeliveryResult, Destination } from '../component.ts';
import { dlqHeader } from '../dlq.ts';
import { asIngestlayerError, codePrefix } from '../errors.ts';
import { headerString, kafkajsPort, type IHeaders, type KafkaPort } from '../kafka.ts';
import { createLogger } from '../logger.ts';
import { createRegistry } from '../metrics.ts';
import { componentContext, serdeFor } from '../runner.ts';
import { retryDelay } from '../sink-host.ts';

export const replayHeader = {
  of: 'ingestlayer.replay.of',
  event: 'ingestlayer.replay.event',
  outcome: 'ingestlayer.replay.outcome',
  code: 'ingestlayer.replay.code',
  message: 'ingestlayer.replay.message',
  status: 'ingestlayer.replay.status',
  attempts: 'ingestlayer.replay.attempts',
  time: 'ingestlayer.replay.time',
} as const;

export const dlqCommandDefaults = {
  /** Reading the DLQ to its end gives up after this long. */
  readTimeoutMs: 60_000,
} as const;

export interface DeadLetterEntry {
  /** `<partition>:<offset>` in the DLQ topic. */
  readonly ref: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly eventId: string | undefined;
  readonly type: string | undefined;
  readonly code: string;
  readonly message: string;
  readonly attempts: number;
  readonly status: string | undefined;
  readonly time: string | undefined;
  readonly source: string;
  /** The last replay of this dead letter, if any; `attempts` counts the attempts of every replay so far. */
  replay?: { outcome: string; code?: string; time?: string; attempts: number };
}

/** Reads a DLQ topic from its beginning to the end it had when the read started. */
export async function readDeadLetters(
  kafka: KafkaPort,
  topic: string,
  group: string,
  timeoutMs: number = dlqCommandDefaults.readTimeoutMs,
): Promise<DeadLetterEntry[]> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = new Map<number, bigint>();
  try {
    for (const p of await admin.fetchTopicOffsets(topic))
      if (BigInt(p.high) > BigInt(p.low)) ends.set(p.partition, BigInt(p.high));
  } finally {
    await admin.disconnect();
  }
  const entries = new Map<string, DeadLetterEntry>();
  const replays: { of: string; headers: IHeaders }[] = [];
  if (ends.size > 0) {
    const consumer = kafka.consumer({ groupId: group });
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({
      partitionsConsumedConcurrently: 1,
      eachBatch: async ({ batch, resolveOffset }) => {
        for (const m of batch.messages) {
          const end = ends.get(batch.partition);
          if (end === undefined || BigInt(m.offset) >= end) continue;
          const ref = `${batch.partition}:${m.offset}`;
          const of = headerString(m.headers, replayHeader.of);
          if (of !== undefined) replays.push({ of, headers: m.headers ?? {} });
          else entries.set(ref, entryOf(ref, m.key, m.value, m.headers ?? {}));
          if (BigInt(m.offset) + 1n >= end) ends.delete(batch.partition);
        }
        const last = batch.messages[batch.messages.length - 1];
        if (last) resolveOffset(last.offset);
        if (ends.size === 0) finish();
      },
    });
    const timer = setTimeout(finish, timeoutMs);
    await finished;
    clearTimeout(timer);
    await consumer.disconnect();
    if (ends.size > 0) throw new Error(`could not read ${topic} to its end within ${timeoutMs} ms`);
  }
  for (const { of, headers } of replays) {
    const entry = entries.get(of);
    if (!entry) continue;
    entry.replay = {
      outcome: headerString(headers, replayHeader.outcome) ?? 'unknown',
      ...optional('code', headerString(headers, replayHeader.code)),
      ...optional('time', headerString(headers, replayHeader.time)),
      attempts: (entry.replay?.attempts ?? 0) + Number(headerString(headers, replayHeader.attempts) ?? 0),
    };
  }
  return [...entries.values()];
}

function entryOf(ref: string, key: Buffer | null, value: Buffer | null, headers: IHeaders): DeadLetterEntry {
  let eventId: string | undefined;
  let type: string | undefined;
  try {
    const parsed = JSON.parse(value?.toString('utf8') ?? '') as { id?: unknown; type?: unknown };
    if (typeof parsed.id === 'string') eventId = parsed.id;
    if (typeof parsed.type === 'string') type = parsed.type;
  } catch {
    // Undecodable values are dead-lettered too; they are listed without an id.
  }
  const h = (name: string) => headerString(headers, name);
  return {
    ref,
    key,
    value,
    eventId,
    type,
    code: (h(dlqHeader.code) ?? 'unknown').replace(codePrefix, ''),
    message: h(dlqHeader.message) ?? '',
    attempts: Number(h(dlqHeader.attempts) ?? 0),
    status: h(dlqHeader.status),
    time: h(dlqHeader.time),
    source: `${h(dlqHeader.topic) ?? '?'}[${h(dlqHeader.partition) ?? '?'}]@${h(dlqHeader.offset) ?? '?'}`,
  };
}

/**
 * Event id and type of dead letters that are not JSON (Avro topics), read with the topology's serde. A value
 * that cannot be decoded (or a registry that is not answering) leaves the entry without them.
 */
export async function identified(
  entries: DeadLetterEntry[],
  plan: Plan,
  dest: DestinationPlan,
): Promise<DeadLetterEntry[]> {
  const serde = serdeFor(plan);
  if (serde.name === 'json') return entries;
  return Promise.all(
    entries.map(async (entry) => {
      if (entry.eventId !== undefined || entry.value === null) return entry;
      try {
        const envelope = await serde.decode(entry.value, dest.input);
        return { ...entry, eventId: envelope.id, type: envelope.type };
      } catch {
        return entry;
      }
    }),
  );
}

export interface ReplayOutcome {
  entry: DeadLetterEntry;
  result: DeliveryResult;
  attempts: number;
}

/** Delivers one dead letter again with the destination's retry policy; charges at most `maxAttempts`. */
export async function replayOne(options: {
  entry: DeadLetterEntry;
  destination: Destination;
  plan: Plan;
  dest: DestinationPlan;
  maxAttempts: number;
  signal: AbortSignal;
}): Promise<ReplayOutcome> {
  const { entry, destination, dest } = options;
  const serde = serdeFor(options.plan);
  let envelope;
  try {
    envelope = await serde.decode(entry.value, dest.input);
  } catch (err) {
    const error = asIngestlayerError(err, 'DECODE_FAILED');
    return { entry, attempts: 0, result: { outcome: 'fail', code: error.code, message: error.message } };
  }
  // The same bytes the destination host sends: a JSON record's own value, else the envelope serialised.
  const body = serde.name === 'json' && entry.value ? entry.value : Buffer.from(JSON.stringify(envelope));
  let result: DeliveryResult = { outcome: 'fail', code: 'DELIVERY_EXHAUSTED', message: 'not attempted' };
  for (let n = 1; n <= options.maxAttempts && !options.signal.aborted; n++) {
    // Numbering continues after the dead letter's attempts and those of earlier replays.
    const attempt = entry.attempts + (entry.replay?.attempts ?? 0) + n;
    try {
      result = await destination.deliver({ event: envelope, body, attempt, signal: options.signal });
    } catch (err) {
      const error = asIngestlayerError(err, 'DELIVERY_NETWORK');
      result = { outcome: error.retriable ? 'retry' : 'fail', code: error.code, message: error.message };
    }
    if (result.outcome !== 'retry') return { entry, result, attempts: n };
    if (n < options.maxAttempts) await sleep(retryDelay(n, result.retryAfterMs, dest.retry), options.signal);
  }
  return { entry, result, attempts: options.maxAttempts };
}

function replayMarker(outcome: ReplayOutcome): { key: Buffer | null; value: null; headers: IHeaders } {
  const { entry, result } = outcome;
  const headers: IHeaders = {
    [replayHeader.of]: entry.ref,
    [replayHeader.outcome]: result.outcome === 'ok' ? 'delivered' : 'failed',
    [replayHeader.attempts]: String(outcome.attempts),
    [replayHeader.time]: new Date().toISOString(),
  };
  if (entry.eventId) headers[replayHeader.event] = entry.eventId;
  if (result.outcome !== 'ok') {
    headers[replayHeader.code] = codePrefix + result.code;
    headers[replayHeader.message] = result.message.slice(0, 1000);
  }
  if (result.status !== undefined) headers[replayHeader.status] = String(result.status);
  return { key: entry.key, value: null, headers };
}

// ── the command ────────────────────────────────────────────────────────────────────────────────────

interface CommonOptions {
  destination: string;
  topology: string;
}

async function open(opts: CommonOptions, logger: Logger) {
  const plan = await requirePlan(opts.topology);
  const dest = plan.destinations.find((d) => d.id === opts.destination);
  if (!dest) {
    const known = plan.destinations.map((d) => d.id).join(', ') || 'none';
    throw new InvalidArgumentError(
      `no destination "${opts.destination}" in ${opts.topology}; it has: ${known}`,
    );
  }
  const kafka = kafkajsPort({ brokers: plan.kafka.brokers, clientId: `${plan.kafka.clientId}-dlq`, logger });
  const group = `${dest.group}.dlq-cli.${randomBytes(4).toString('hex')}`;
  return { plan, dest, kafka, group };
}

const collectValues = (value: string, previous: string[]) => [...previous, value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}

export function dlqCommand(): Command {
  const dlq = new Command('dlq').description("inspect and re-deliver a destination's dead-lettered events");
  const common = (command: Command) =>
    command
      .requiredOption('--destination <id>', 'destination id')
      .requiredOption('-t, --topology <file>', 'topology YAML file')
      .option('--log-level <level>', 'pino log level', 'warn');

  common(dlq.command('list').description('show dead-lettered events with their reasons'))
    .option('--json', 'one JSON object per line', false)
    .action(async (opts: CommonOptions & { json: boolean; logLevel: string }) => {
      const logger = createLogger({ level: opts.logLevel });
      const { plan, dest, kafka, group } = await open(opts, logger);
      const entries = await identified(await readDeadLetters(kafka, dest.dlqTopic, group), plan, dest);
      if (opts.json) {
        for (const e of entries) {
          const { key: _key, value: _value, ...shown } = e;
          process.stdout.write(JSON.stringify(shown) + '\n');
        }
        return;
      }
      process.stdout.write(`${dest.dlqTopic}: ${entries.length} dead-lettered event(s)\n`);
      for (const e of entries) process.stdout.write(describe(e) + '\n');
    });

  common(
    dlq.command('replay').description('re-deliver dead-lettered events (all not yet delivered by default)'),
  )
    .option('--id <event-id>', 'replay only this event (repeatable)', collectValues, [])
    .option('--code <code>', 'replay only dead letters with this error code (e.g. DELIVERY_HTTP_STATUS)')
    .option('--include-delivered', 'also replay events an earlier replay delivered', false)
    .option(
      '--max-attempts <n>',
      'attempts per event (default: the destination’s retry.maxAttempts)',
      positiveInt,
    )
    .action(
      async (
        opts: CommonOptions & {
          id: string[];
          code?: string;
          includeDelivered: boolean;
          maxAttempts?: number;
          logLevel: string;
        },
      ) => {
        const logger = createLogger({ level: opts.logLevel });
        const { plan, dest, kafka, group } = await open(opts, logger);
        const wanted = opts.code?.replace(codePrefix, '');
        const read = await readDeadLetters(kafka, dest.dlqTopic, group);
        const selected = (await identified(read, plan, dest)).filter(
          (e) =>
            (opts.id.length === 0 || (e.eventId !== undefined && opts.id.includes(e.eventId))) &&
            (wanted === undefined || e.code === wanted) &&
            (opts.includeDelivered || e.replay?.outcome !== 'delivered'),
        );
        const abort = new AbortController();
        const onSignal = () => abort.abort();
        process.once('SIGINT', onSignal);
        const ctx = componentContext({
          plan,
          node: dest.id,
          kafka,
          registry: createRegistry({ defaultMetrics: false }),
          logger,
          signal: abort.signal,
          stores: [],
        });
        const destination = await dest.kind.create(dest.config, ctx);
        const producer = kafka.producer();
        await producer.connect();
        let delivered = 0;
        try {
          // In DLQ order, one at a time: events of one key stay in order.
          for (const entry of selected) {
            if (abort.signal.aborted) break;
            const outcome = await replayOne({
              entry,
              destination,
              plan,
              dest,
              maxAttempts: opts.maxAttempts ?? dest.retry.maxAttempts,
              signal: abort.signal,
            });
            await producer.sendBatch([{ topic: dest.dlqTopic, messages: [replayMarker(outcome)] }]);
            const { result } = outcome;
            if (result.outcome === 'ok') delivered += 1;
            const what =
              result.outcome === 'ok'
                ? `delivered (status ${result.status ?? '-'})`
                : `failed: ${result.code}${result.status ? ` (status ${result.status})` : ''} ${result.message}`;
            process.stdout.write(`${entry.ref}  ${entry.eventId ?? '-'}  ${what}\n`);
          }
        } finally {
          process.removeListener('SIGINT', onSignal);
          await producer.disconnect();
          await destination.close?.();
        }
        const failed = selected.length - delivered;
        process.stdout.write(`replayed ${selected.length}: ${delivered} delivered, ${failed} failed\n`);
        if (failed > 0) process.exitCode = 1;
      },
    );
  return dlq;
}

function describe(e: DeadLetterEntry): string {
  const replay = e.replay
    ? `replayed: ${e.replay.outcome}${e.replay.code ? ` ${e.replay.code.replace(codePrefix, '')}` : ''}`
    : 'not replayed';
  return [
    e.ref,
    e.eventId ?? '-',
    e.type ?? '-',
    e.code,
    `status ${e.status ?? '-'}`,
    `attempts ${e.attempts}`,
    e.time ?? '-',
    `from ${e.source}`,
    replay,
    `— ${e.message}`,
  ].join('  ');
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
