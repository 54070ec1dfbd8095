// redact.pii throughput on one core: 1 KiB support-ticket bodies per second, through the step. No Kafka: this
// measures the step, not the host. Run: `node --import tsx bench/redact-pii.ts [--seconds 5] [--set typical]`
// (`--set` runs one set only, for a CPU profile of it: typical, dense or no-pii).
// Three sets of 300 distinct 1 KiB bodies, from the labelled corpus (hand-written and generated tickets):
//   typical — one ticket padded with PII-free support prose (identifiers, versions, timestamps) to 1 KiB;
//   dense   — tickets concatenated to 1 KiB (~2.3 phone numbers, ~4 names, ~1.5 emails per body);
//   no PII  — the prose alone.
// Each set runs with mask=type and mask=hash, and with mask=type and `learned: false` (the rules alone).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { defaultPhone, redactPii } from '../operators/redact-pii.ts';
import { piiTypes } from '../operators/redact-pii/types.ts';
import type { ComponentContext, Envelope } from '../runtime/component.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';
import { loadSet } from './redact-pii-quality.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '5' }, set: { type: 'string' } },
});
const seconds = Number(values.seconds);
const size = 1024;

const corpus = [...loadSet('tickets'), ...loadSet('generated')].map((i) => i.text);

// PII-free support prose: the identifiers redact.pii must leave alone, in the sentences they come in.
const prose = [
  'The export job failed again after the upgrade to v2.14.3, see the attached log.',
  'Order ORD-2024-118833 was charged $1,299.00 on 2024-03-05 but the invoice INV-2024-0042 shows €49,90.',
  'We get ERR_CONN_RESET at 10:22:31 and then 0x80070005 when the service restarts on port 5432.',
  'Request id 550e8400-e29b-41d4-a716-446655440000 returned 503; trace_id=4bf92f3577b34da6a3ce929d0e0e4736.',
  'Ticket #48213 was merged into TCK-99812 yesterday, the fix ships in build 10.0.19045.',
  'The tracking number 1Z999AA10123456784 has not moved since March 2, 2024.',
  'Our dashboard shows 1,245 orders (+12.5%) for last week and 97% uptime.',
  'SKU-1029-BLK-L is out of stock; the restock ETA is 2024-04-15.',
  'After the 3.9.12 to 3.11.4 upgrade the worker crashes with exit code 137 (OOM).',
  'Please check the nginx logs around 2024-03-05T10:22:31Z for the 502s on :8080.',
  'The SQL error was SQLSTATE 23505 for id 9007199254740991 in the orders table.',
  'We tried Chrome 122.0.6261.112 and Firefox 123.0 with the same result.',
  'The batch BATCH-20240305-01 had 14 payments, 2 failed with codes R01 and R03.',
  'Nothing changed after clearing the cache and logging in again; it still spins forever.',
  'This blocks our month-end close, so any update before Friday would help a lot.',
];
function padded(ticket: string, i: number): string {
  let body = ticket;
  for (let k = i; body.length < size; k++) body += ' ' + prose[k % prose.length];
  return body.slice(0, size);
}
function concatenated(texts: string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let body = '';
    while (body.length < size) body += texts[i++ % texts.length] + '\n\n';
    out.push(body.slice(0, size));
  }
  return out;
}

const sets: [string, string[]][] = [
  ['typical', Array.from({ length: 300 }, (_, i) => padded(corpus[(i * 7) % corpus.length]!, i))],
  ['dense', concatenated(corpus, 300)],
  ['no PII', Array.from({ length: 300 }, (_, i) => padded('', i))],
];

function context(): ComponentContext {
  return {
    pipeline: 'bench',
    node: 'strip-pii',
    logger: pino({ level: 'silent' }),
    metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), 'strip-pii'),
    signal: new AbortController().signal,
    openStore: () => {
      throw new Error('redact.pii opens no store');
    },
  };
}

// Envelopes as the host hands them to the step: decoded from a record's JSON value. (Built directly, each body
// would be a slice of a longer string, which V8 reads through one more indirection per character.)
const envelope = (body: string, i: number): Envelope =>
  JSON.parse(
    JSON.stringify({
      id: `01J9Z3V4K6Q8R2T5W7Y9A1${String(i).padStart(4, '0')}`,
      type: 'support.ticket.created',
      time: '2024-05-01T10:00:00Z',
      payload: { ticket_id: `T-${i}`, subject: 'Checkout fails', body },
    }),
  ) as Envelope;

// Rates are per CPU-second of this process (process.cpuUsage): "per core", and steadier than wall clock on a
// shared machine. Every configuration is warmed up first (V8 compiles the regexes and the hot functions after
// a while), then measured in 250 ms windows taken in turn, `seconds` in all per configuration. Other work on
// the machine only ever slows a window down, so the table shows the best window and the median one.
function measure(events: Envelope[], run: (e: Envelope) => unknown, ms: number): number {
  let count = 0;
  const end = performance.now() + ms;
  const cpu = process.cpuUsage();
  while (performance.now() < end) {
    for (const e of events) run(e);
    count += events.length;
  }
  const used = process.cpuUsage(cpu);
  return count / ((used.user + used.system) / 1e6);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

interface Run {
  name: string;
  mask: string;
  events: Envelope[];
  process: (e: Envelope) => unknown;
  rates: number[];
}
const runs: Run[] = [];
for (const [name, set] of sets) {
  if (values.set !== undefined && values.set !== name.replace(' ', '-').toLowerCase()) continue;
  // The default (with the learned reading) in both masks, and the rules alone, interleaved in every window.
  for (const [mask, learned] of [
    ['type', true],
    ['hash', true],
    ['type', false],
  ] as const) {
    const step = await redactPii.create(
      {
        fields: ['body'],
        types: [...piiTypes],
        mask,
        hashKey: 'bench-key',
        phone: { defaultCountry: defaultPhone.defaultCountry, regions: [...defaultPhone.regions] },
        learned,
      },
      context(),
    );
    const label = learned ? mask : `${mask}, rules only`;
    runs.push({ name, mask: label, events: set.map(envelope), process: (e) => step.process(e), rates: [] });
  }
}
for (const run of runs) measure(run.events, run.process, 1500);
const windowMs = 250;
for (let w = 0; w < (seconds * 1000) / windowMs; w++) {
  for (const run of runs) run.rates.push(measure(run.events, run.process, windowMs));
}
for (const run of runs) {
  const sorted = [...run.rates].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const best = sorted[sorted.length - 1]!;
  console.log(
    `${run.name.padEnd(8)} mask=${run.mask.padEnd(16)} best ${fmt(best).padStart(7)}  median ${fmt(median).padStart(7)}` +
      ' bodies/s (1 KiB, one core)',
  );
}
console.log(
  `load average (1/5/15 min) at the end: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
