// classify throughput, no Kafka (this measures the step, not the host):
//   1. the `rules` provider on one core: `process()` alone, and with the JSON decode/encode of one envelope
//      per line that `ingestlayer step` adds;
//   2. the `ollama` provider against the loopback Ollama stand-in answering every call after 200 ms: distinct
//      tickets handed to the step all at once (as the host does across keys) with concurrency 16, then the
//      same tickets again, which the cache must answer without a single model call.
// No model server can run where this is written, hence the stand-in (test/helpers/ollama-server.ts): the
// second figure measures the step's concurrency and cache, not a model. The stand-in runs in a child
// process, as a model server would, so its HTTP work does not share the step's event loop.
// Run: `node --import tsx bench/classify.ts [--seconds 2] [--tickets 480] [--latency 200]`.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Value } from '@sinclair/typebox/value';
import { pino } from 'pino';
import { classify, createClassifyStep, type ClassifyConfig } from '../operators/classify.ts';
import type { ComponentContext, Envelope } from '../runtime/component.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';
import { startOllamaStandIn } from '../test/helpers/ollama-server.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '2' },
    tickets: { type: 'string', default: '480' },
    latency: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '16' },
    serve: { type: 'boolean', default: false },
  },
});
const seconds = Number(values.seconds);
const ticketCount = Number(values.tickets);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);

const subjects = [
  'Checkout is down for all customers',
  'Question about my invoice',
  'Refund for a double charge',
  'Cannot log in since the update',
  'Feature request: dark mode',
  'Data loss after sync',
];

function tickets(n: number): Envelope[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `01J9Z3V4K6Q8R2T5W7Y9A${String(i).padStart(5, '0')}`,
    type: 'support.ticket.created',
    time: '2024-05-01T10:00:00Z',
    idempotencyKey: `helpdesk-${i}`,
    payload: {
      ticket_id: `T-${10_000 + i}`,
      subject: `${subjects[i % subjects.length]} (#${i})`,
      body:
        'Hello, since this morning our team cannot complete payments; the page shows an error after the ' +
        `card step. We tried two browsers. Please advise. Regards, customer ${i}`,
      customer_tier: ['free', 'pro', 'enterprise'][i % 3],
      channel: ['email', 'chat', 'form'][i % 3],
    },
  }));
}

function context(registry = createRegistry({ defaultMetrics: false })): ComponentContext {
  return {
    pipeline: 'bench',
    node: 'classify',
    logger: pino({ level: 'silent' }),
    metrics: Metrics.forNode(registry, 'classify'),
    signal: new AbortController().signal,
    openStore: () => Promise.reject(new Error('no store in this benchmark')),
  };
}

function configOf(raw: Record<string, unknown>): ClassifyConfig {
  const config = Value.Default(classify.schema, raw) as ClassifyConfig;
  if (!Value.Check(classify.schema, config)) throw new Error('benchmark config does not validate');
  return config;
}

const labels = ['low', 'high', 'critical'];
const prompt = 'Classify the urgency of this support ticket.\nSubject: {{subject}}\nBody: {{body}}';

/** Events per wall-clock second and per CPU-second of this process (one core; steadier on a shared machine). */
function measureSync(events: Envelope[], run: (event: Envelope) => unknown): { wall: number; cpu: number } {
  for (let end = performance.now() + 300; performance.now() < end;) for (const e of events) run(e);
  let count = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const end = start + seconds * 1000;
  while (performance.now() < end) {
    for (const e of events) run(e);
    count += events.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return {
    wall: count / ((performance.now() - start) / 1000),
    cpu: count / ((cpu.user + cpu.system) / 1e6),
  };
}

async function rulesFigures(): Promise<void> {
  const step = await createClassifyStep(
    configOf({
      field: 'urgency',
      labels,
      model: {
        provider: 'rules',
        prompt,
        rules: [
          { label: 'critical', match: 'outage|is down|data loss' },
          { label: 'high', match: 'refund|cannot log ?in|double charge' },
        ],
        default: 'low',
      },
    }),
    context(),
  );
  // The rules provider answers synchronously; the step-mode loop relies on that (as `step` does not).
  const processSync = (event: Envelope) => step.process(event) as Envelope[];
  const events = tickets(300);
  const lines = events.map((e) => JSON.stringify(e));
  const processOnly = measureSync(events, processSync);
  let i = 0;
  const stepMode = measureSync(events, () => {
    const line = lines[i++ % lines.length] as string;
    for (const out of processSync(JSON.parse(line) as Envelope)) JSON.stringify(out);
  });
  const rate = (r: { wall: number; cpu: number }) =>
    `${Math.round(r.cpu).toLocaleString('en')} events/CPU-s (${Math.round(r.wall).toLocaleString('en')} events/s wall)`;
  console.log(`rules provider, process() only:               ${rate(processOnly)}`);
  console.log(`rules provider, step mode (JSON line in/out):  ${rate(stepMode)}`);
}

/** The child process side: serve the stand-in, report its URL, answer request counts. */
async function serveStandIn(): Promise<void> {
  const server = await startOllamaStandIn(() => ({ label: 'low', delayMs: latencyMs }));
  process.on('message', (message) => {
    if (message === 'stats')
      process.send?.({ requests: server.requests.length, maxInFlight: server.maxInFlight });
    if (message === 'stop') void server.close().then(() => process.exit(0));
  });
  process.send?.({ url: server.url });
}

interface StandInStats {
  requests: number;
  maxInFlight: number;
}

async function remoteStandIn(): Promise<{
  url: string;
  stats(): Promise<StandInStats>;
  close(): Promise<void>;
}> {
  const child: ChildProcess = fork(
    fileURLToPath(import.meta.url),
    ['--serve', '--latency', String(latencyMs)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const [ready] = (await once(child, 'message')) as [{ url: string }];
  return {
    url: ready.url,
    async stats() {
      child.send('stats');
      const [stats] = (await once(child, 'message')) as [StandInStats];
      return stats;
    },
    async close() {
      child.send('stop');
      await once(child, 'exit');
    },
  };
}

async function ollamaFigures(): Promise<void> {
  const server = await remoteStandIn();
  const registry = createRegistry({ defaultMetrics: false });
  try {
    const step = await createClassifyStep(
      configOf({
        field: 'urgency',
        labels,
        model: { provider: 'ollama', host: server.url, name: 'llama3.2:3b', prompt },
        onError: { label: 'critical' },
        concurrency,
      }),
      context(registry),
    );
    const events = tickets(ticketCount);
    const run = async () => {
      const start = performance.now();
      const outs = await Promise.all(events.map(async (e) => step.process(e)));
      const elapsed = (performance.now() - start) / 1000;
      if (outs.some((o) => o[0]?.payload.urgency !== 'low')) throw new Error('unexpected label');
      return elapsed;
    };
    const cold = await run();
    const { requests: callsCold, maxInFlight } = await server.stats();
    const warm = await run();
    const callsWarm = (await server.stats()).requests - callsCold;
    const ceiling = concurrency / (latencyMs / 1000);
    const modelSeconds = (await registry.getSingleMetric('ingestlayer_model_seconds')?.get())?.values ?? [];
    const series = (suffix: string) =>
      modelSeconds.find((v) => (v as { metricName?: string }).metricName?.endsWith(suffix))?.value;
    const sum = series('_sum') ?? 0;
    const count = series('_count') ?? 1;
    console.log(
      `ollama stand-in (${latencyMs} ms/call), ${ticketCount} distinct tickets, concurrency ${concurrency}: ` +
        `${(ticketCount / cold).toFixed(1)} events/s (ceiling ${ceiling.toFixed(0)}/s), ${callsCold} model calls, ` +
        `max ${maxInFlight} in flight, mean call ${((sum / count) * 1000).toFixed(0)} ms`,
    );
    console.log(
      `same ${ticketCount} tickets again (cache): ${Math.round(ticketCount / warm).toLocaleString('en')} events/s, ` +
        `${callsWarm} model calls`,
    );
  } finally {
    await server.close();
  }
}

if (values.serve) {
  await serveStandIn();
} else {
  console.log(`node ${process.version}, ${seconds}s per figure`);
  await rulesFigures();
  await ollamaFigures();
}
