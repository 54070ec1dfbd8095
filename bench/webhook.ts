// Webhook destination throughput against a loopback receiver (a child process, as a real endpoint is),
// compared in the same run with a bare undici request loop at the same concurrency.
//
// Rows: (1) receiver answers 200 at once — the raw undici loop (`concurrency` requests in flight, same body)
// and the destination host fed from a pre-filled topic on the real broker (decode, `when`, JSON body, one
// POST per event, watermark commits); (2) the same with HMAC signing; (3) a receiver that takes `--slow-ms`
// (50 ms) per request, against the ceiling maxInFlight / 50 ms; (4) the host with a destination that
// answers at once without HTTP — what consuming alone costs. The raw loop runs 1 s before its clock
// starts; the host's clock likewise starts only after its first `--warmup` deliveries (connections opened,
// code optimised, the group joined) and stops at the last delivery. In a round the raw loop runs before,
// between and after the two host rows (plain, hmac), and each host row is compared with the mean of the
// loops around it.
//
// Run: KAFKA_BROKERS=127.0.0.1:9092 node --import tsx bench/webhook.ts [--events 70000] [--seconds 5]
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { Pool } from 'undici';
import { createWebhook } from '../connectors/webhook.ts';
import type { DeliveryRequest, DeliveryResult, Destination, Envelope } from '../runtime/component.ts';
import { kafkajsPort } from '../runtime/kafka.ts';
import { silentLogger } from '../runtime/logger.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';
import { jsonSerde } from '../runtime/serde.ts';
import { startDestinationNode } from '../runtime/sink-host.ts';
import { version } from '../runtime/version.ts';
import type { DestinationPlan } from '../topology/plan.ts';

const { values } = parseArgs({
  options: {
    receiver: { type: 'string' },
    events: { type: 'string', default: '70000' },
    /** Host deliveries before its clock starts (the raw loop's counterpart is its 1 s warm-up). */
    warmup: { type: 'string', default: '10000' },
    'slow-events': { type: 'string', default: '12000' },
    seconds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '64' },
    'slow-ms': { type: 'string', default: '50' },
    rounds: { type: 'string', default: '3' },
    /** One row alone, once (for a CPU profile): raw, host, hmac or noop. */
    only: { type: 'string' },
    /** With --only: a CPU profile of the measured window alone (no topic fill, no group join). */
    profile: { type: 'string' },
  },
});

/** CPU profile of the measured window, when --profile names a file; no-ops otherwise. */
const profiler = (() => {
  const file = values.profile;
  if (file === undefined) return { start() {}, stop: async () => {} };
  const session = new Session();
  session.connect();
  return {
    start() {
      session.post('Profiler.enable', () => session.post('Profiler.start'));
    },
    stop: () =>
      new Promise<void>((resolve, reject) =>
        session.post('Profiler.stop', (err, result) => {
          if (err) return reject(err);
          writeFileSync(file, JSON.stringify(result.profile));
          resolve();
        }),
      ),
  };
})();

/** Milliseconds of GC pauses on the main thread since the bench started. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

// ── the receiver (child process) ─────────────────────────────────────────────────────────────────────
if (values.receiver !== undefined) {
  const delayMs = Number(values.receiver);
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (delayMs > 0) setTimeout(() => res.writeHead(200).end(), delayMs);
      else res.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
  // The bench holds our stdin open: its end means the bench is gone (even after a crash), so go too.
  process.stdin.on('end', () => process.exit(0)).resume();
} else {
  await main();
}

async function startReceiver(delayMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--receiver', String(delayMs)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`receiver exited (${code})`)));
  });
  return { url: `http://127.0.0.1:${port}/hook`, child };
}

function ticket(i: number): Envelope {
  return {
    id: `01J9Z3V4K6Q8R2T5W7Y9${String(i).padStart(6, '0')}`,
    type: 'support.ticket.created',
    time: '2026-11-26T10:00:00Z',
    payload: {
      ticket_id: `T-${10_000 + i}`,
      subject: 'Checkout is down for all customers',
      body:
        'Hello, since this morning our team cannot complete payments; the page shows an error after the ' +
        'card step. We tried two browsers. Please advise. Regards, [name]',
      customer_tier: 'enterprise',
      channel: 'email',
      urgency: 'critical',
    },
  };
}

/** Operations per second, and CPU microseconds of this process per operation (GC pauses among them). */
interface Rate {
  perSecond: number;
  cpuMicros: number;
  gcMicros: number;
  /** The measured window, ms since the process started (to match against --trace-gc lines). */
  window: [number, number];
}

/** Requests/s of a bare undici loop: `concurrency` workers, each POSTing as soon as its last one ended. */
async function rawLoop(url: string, concurrency: number, seconds: number): Promise<Rate> {
  const target = new URL(url);
  const pool = new Pool(target.origin);
  const body = Buffer.from(JSON.stringify(ticket(1)));
  // The headers the destination sends, so both put the same bytes on the wire.
  const headers = {
    'content-type': 'application/json',
    'user-agent': `ingestlayer/${version}`,
    'x-ingestlayer-event-id': ticket(1).id,
    'x-ingestlayer-attempt': '1',
  };
  const warmUntil = Date.now() + 1000;
  let count = 0;
  let counting = false;
  let end = Number.POSITIVE_INFINITY;
  const worker = async () => {
    while (Date.now() < end) {
      const response = await pool.request({ path: target.pathname, method: 'POST', headers, body });
      await response.body.dump();
      if (counting) count += 1;
    }
  };
  const workers = Array.from({ length: concurrency }, worker);
  while (Date.now() < warmUntil) await new Promise((r) => setTimeout(r, 50));
  counting = true;
  profiler.start();
  const cpu = process.cpuUsage();
  const gcBefore = gcMs;
  const started = performance.now();
  end = Date.now() + seconds * 1000;
  await Promise.all(workers);
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const gc = gcMs - gcBefore;
  await profiler.stop();
  await pool.close();
  return {
    perSecond: count / elapsed,
    cpuMicros: (used.user + used.system) / count,
    gcMicros: (gc * 1000) / count,
    window: [started, started + elapsed * 1000],
  };
}

/** A new input topic (3 partitions) and its DLQ, with `events` tickets in the input; returns the name. */
async function fillTopic(brokers: string[], events: number): Promise<string> {
  const name = `bench-webhook-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const kafka = new Kafka({ clientId: 'bench', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [`${name}.raw`, `${name}.hook.dlq`].map((t) => ({
      topic: t,
      numPartitions: 3,
      replicationFactor: 1,
    })),
  });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  for (let i = 0; i < events; i += 5000) {
    const messages = Array.from({ length: Math.min(5000, events - i) }, (_, j) => {
      const e = ticket(i + j);
      return { key: e.id, value: JSON.stringify(e) };
    });
    await producer.send({ topic: `${name}.raw`, acks: -1, messages });
  }
  await producer.disconnect();
  return name;
}

/**
 * Deliveries/s of the destination host over the `events` records of a filled topic, from the end of its
 * first `warmup` deliveries to the last one.
 */
async function sinkRun(options: {
  brokers: string[];
  /** From fillTopic. */
  name: string;
  /** Undefined: a destination that answers ok at once, without HTTP. */
  url: string | undefined;
  events: number;
  warmup: number;
  maxInFlight: number;
  hmac: boolean;
}): Promise<Rate> {
  const { name } = options;
  const topic = `${name}.raw`;

  const webhook: Destination = options.url
    ? createWebhook({
        url: options.url,
        auth: options.hmac ? { type: 'hmac', secret: 'bench-secret' } : { type: 'none' },
        timeout: '10s',
        allowPrivateNetwork: true,
        allowInsecureHttp: true,
        maxResponseBytes: 16_384,
      })
    : { deliver: async () => ({ outcome: 'ok' }) };
  const warmup = Math.min(options.warmup, options.events - 2);
  let delivered = 0;
  let cpu = process.cpuUsage();
  let first = 0;
  let last = 0;
  let used = { user: 0, system: 0 };
  let gcBefore = 0;
  let gc = 0;
  let finished!: () => void;
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const count = (result: DeliveryResult) => {
    if (result.outcome !== 'ok') return;
    const now = performance.now();
    delivered += 1;
    if (delivered === warmup + 1) {
      first = now;
      profiler.start();
      cpu = process.cpuUsage();
      gcBefore = gcMs;
    }
    last = now;
    if (delivered === options.events) {
      used = process.cpuUsage(cpu);
      gc = gcMs - gcBefore;
      finished();
    }
  };
  // Counts on the side of the destination's own promise: no async frame of its own per delivery, as the
  // raw loop's count costs nothing beyond its loop.
  const counting: Destination = {
    deliver(request: DeliveryRequest) {
      const result = webhook.deliver(request);
      void result.then(count);
      return result;
    },
    close: async () => webhook.close?.(),
  };
  const plan: DestinationPlan = {
    role: 'destination',
    id: 'hook',
    group: `${name}.hook`,
    dlqTopic: `${name}.hook.dlq`,
    input: topic,
    kind: undefined as never,
    when: 'urgency == "critical"',
    retry: { maxAttempts: 8, initialDelayMs: 1000, maxDelayMs: 300_000 },
    maxInFlight: options.maxInFlight,
    circuitBreaker: { failureThreshold: 10, probeIntervalMs: 5000, maxProbeIntervalMs: 120_000 },
    config: {},
  };
  const handle = await startDestinationNode({
    plan,
    destination: counting,
    kafka: kafkajsPort({ brokers: options.brokers, clientId: 'bench', logger: silentLogger }),
    serde: jsonSerde,
    metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), 'hook'),
    logger: silentLogger,
  });
  await allDone;
  await profiler.stop();
  await handle.stop();
  // The delivery that starts the clock is not counted.
  const measured = delivered - warmup - 1;
  return {
    perSecond: measured / ((last - first) / 1000),
    cpuMicros: (used.user + used.system) / measured,
    gcMicros: (gc * 1000) / measured,
    window: [first, last],
  };
}

/** The mean of two rows' rates and CPU. */
function mean(a: Rate, b: Rate): Rate {
  return {
    perSecond: (a.perSecond + b.perSecond) / 2,
    cpuMicros: (a.cpuMicros + b.cpuMicros) / 2,
    gcMicros: (a.gcMicros + b.gcMicros) / 2,
    window: [a.window[0], b.window[1]],
  };
}

async function main() {
  const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
  if (brokers.length === 0)
    throw new Error('set KAFKA_BROKERS (e.g. 127.0.0.1:9092): the bench reads a real topic');
  const concurrency = Number(values.concurrency);
  const seconds = Number(values.seconds);
  const slowMs = Number(values['slow-ms']);
  const format = (n: number) => Math.round(n).toLocaleString('en-US');
  console.log(`node ${process.version}, concurrency / maxInFlight ${concurrency}\n`);

  const fast = await startReceiver(0);
  const slow = await startReceiver(slowMs);
  const events = Number(values.events);
  const sinkRate = (
    url: string | undefined,
    options: { name: string; events: number; hmac: boolean; warmup?: number },
  ) =>
    sinkRun({
      brokers,
      url,
      warmup: Number(values.warmup),
      maxInFlight: concurrency,
      ...options,
    });
  const ratio = (a: Rate, b: Rate) => (a.perSecond / b.perSecond).toFixed(3);
  const cell = (r: Rate) => `${format(r.perSecond)}/s (${Math.round(r.cpuMicros)} µs)`;
  try {
    if (values.only !== undefined) {
      const rows: Record<string, () => Promise<Rate>> = {
        raw: () => rawLoop(fast.url, concurrency, seconds),
        host: async () => sinkRate(fast.url, { name: await fillTopic(brokers, events), events, hmac: false }),
        hmac: async () => sinkRate(fast.url, { name: await fillTopic(brokers, events), events, hmac: true }),
        noop: async () =>
          sinkRate(undefined, { name: await fillTopic(brokers, events), events, hmac: false }),
      };
      const row = rows[values.only];
      if (!row) throw new Error(`--only: one of ${Object.keys(rows).join(', ')}`);
      const rate = await row();
      console.log(`${values.only}: ${cell(rate)}, GC pauses ${rate.gcMicros.toFixed(1)} µs per item`);
      console.log(`window ${rate.window.map(Math.round).join('-')} ms`);
      return;
    }
    // Each host row runs between two raw loops and is compared with their mean, so a load that rises or
    // falls during a round weighs on both sides alike; the round's topics are filled before its first
    // loop, so the broker's writes fall on no measured row. The median round is the result.
    console.log('Receiver answers 200 at once; rate (CPU µs of the bench process per delivery).');
    console.log('Raw loops run before, between and after the two host rows; each host row is compared');
    console.log('with the mean of the two loops around it.\n');
    console.log('| round | raw undici loops | host | host / raw | host, hmac | host, hmac / raw |');
    console.log('|---|---:|---:|---:|---:|---:|');
    const rounds: { raw: Rate; sink: Rate; signed: Rate; rawSigned: Rate }[] = [];
    for (let round = 1; round <= Number(values.rounds); round++) {
      const names = [await fillTopic(brokers, events), await fillTopic(brokers, events)];
      const before = await rawLoop(fast.url, concurrency, seconds);
      const sink = await sinkRate(fast.url, { name: names[0]!, events, hmac: false });
      const between = await rawLoop(fast.url, concurrency, seconds);
      const signed = await sinkRate(fast.url, { name: names[1]!, events, hmac: true });
      const after = await rawLoop(fast.url, concurrency, seconds);
      const raw = mean(before, between);
      const rawSigned = mean(between, after);
      rounds.push({ raw, sink, signed, rawSigned });
      const loops = [before, between, after].map((r) => format(r.perSecond)).join(' / ');
      console.log(
        `| ${round} | ${loops}/s (${Math.round(mean(raw, rawSigned).cpuMicros)} µs) | ${cell(sink)} | ${ratio(sink, raw)} | ${cell(signed)} | ${ratio(signed, rawSigned)} |`,
      );
    }
    const middle = <T>(sorted: T[]) => sorted[Math.floor(sorted.length / 2)]!;
    const median = middle(
      [...rounds].sort((a, b) => a.sink.perSecond / a.raw.perSecond - b.sink.perSecond / b.raw.perSecond),
    );
    const signedRatios = rounds.map((r) => r.signed.perSecond / r.rawSigned.perSecond).sort((a, b) => a - b);
    console.log(
      `\nmedian round: host ${format(median.sink.perSecond)}/s = ${ratio(median.sink, median.raw)} of the raw loop` +
        `; with hmac, median ${middle(signedRatios).toFixed(3)}`,
    );

    const ceiling = concurrency / (slowMs / 1000);
    const rawSlow = await rawLoop(slow.url, concurrency, seconds);
    // At most 1 280/s here: a warm-up of 1 000 deliveries is as long as the raw loop's.
    const slowEvents = Number(values['slow-events']);
    const slowSink = await sinkRate(slow.url, {
      name: await fillTopic(brokers, slowEvents),
      events: slowEvents,
      hmac: false,
      warmup: 1000,
    });
    console.log(
      `\n| receiver | ceiling (maxInFlight / ${slowMs} ms) | raw undici loop | host | host / ceiling |`,
    );
    console.log('|---|---:|---:|---:|---:|');
    console.log(
      `| ${slowMs} ms per request | ${format(ceiling)}/s | ${format(rawSlow.perSecond)}/s | ${format(slowSink.perSecond)}/s | ${(slowSink.perSecond / ceiling).toFixed(3)} |`,
    );
    const noop = await sinkRate(undefined, { name: await fillTopic(brokers, events), events, hmac: false });
    console.log(`\nhost with a destination answering at once, no HTTP: ${cell(noop)}`);
  } finally {
    fast.child.kill('SIGTERM');
    slow.child.kill('SIGTERM');
  }
}
