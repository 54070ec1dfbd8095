// redact.pii throughput on one core: 1 KiB support-ticket bodies per second, through the step. No Kafka: this
// measures the step, not the host. Run: `node --import tsx bench/redact-pii.ts [--seconds 3]`.
// Bodies are built from the labelled corpus (hand-written and generated tickets, concatenated to ~1 KiB), so
// they carry the usual mix of PII, identifiers and prose; a second set is prose and identifiers only.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { redactPii } from '../operators/redact-pii.ts';
import type { ComponentContext, Envelope } from '../runtime/component.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';
import { loadSet } from './redact-pii-quality.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' } } });
const seconds = Number(values.seconds);
const size = 1024;

function bodies(texts: string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let body = '';
    while (body.length < size) body += texts[i++ % texts.length] + '\n\n';
    out.push(body.slice(0, size));
  }
  return out;
}

const corpus = [...loadSet('tickets'), ...loadSet('generated')];
const withPii = bodies(
  corpus.map((i) => i.text),
  300,
);
const clean = bodies(
  corpus
    .filter((i) => Object.keys(i.pii).length === 0 || i.keep.length > 0)
    .map((i) => i.keep.join(' ') + ' ' + i.text.replace(/\S+@\S+/g, '')),
  300,
).map((b, i) =>
  i % 2 === 0
    ? b
    : 'The export job failed again after the upgrade, see the attached log. '.repeat(16).slice(0, size),
);

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

const envelope = (body: string, i: number): Envelope => ({
  id: `01J9Z3V4K6Q8R2T5W7Y9A1${String(i).padStart(4, '0')}`,
  type: 'support.ticket.created',
  time: '2024-05-01T10:00:00Z',
  payload: { ticket_id: `T-${i}`, subject: 'Checkout fails', body },
});

// Rates are per CPU-second of this process (process.cpuUsage): "per core", and steadier than wall clock on a
// shared machine.
function measure(events: Envelope[], run: (e: Envelope) => unknown): number {
  for (const end = performance.now() + 500; performance.now() < end;) for (const e of events) run(e);
  let count = 0;
  const end = performance.now() + seconds * 1000;
  const cpu = process.cpuUsage();
  while (performance.now() < end) {
    for (const e of events) run(e);
    count += events.length;
  }
  const used = process.cpuUsage(cpu);
  return count / ((used.user + used.system) / 1e6);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');

for (const [name, set] of [
  ['tickets with PII', withPii],
  ['prose and identifiers only', clean],
] as const) {
  for (const mask of ['type', 'hash'] as const) {
    const step = await redactPii.create(
      {
        fields: ['body'],
        types: ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret', 'name', 'address', 'dob'],
        mask,
        hashKey: 'bench-key',
        phone: {
          defaultCountry: 'US',
          regions: [
            'GB',
            'IE',
            'DE',
            'AT',
            'CH',
            'FR',
            'BE',
            'NL',
            'ES',
            'IT',
            'PT',
            'PL',
            'SE',
            'AU',
            'IN',
            'BR',
            'MX',
          ],
        },
      },
      context(),
    );
    const events = set.map(envelope);
    const rate = measure(events, (e) => step.process(e));
    console.log(
      `${name.padEnd(28)} mask=${mask.padEnd(4)} ${fmt(rate).padStart(8)} bodies/s (1 KiB, one core)`,
    );
  }
}
