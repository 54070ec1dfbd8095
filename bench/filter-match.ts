// filter.match throughput on one core: CEL evaluations per second over a typical support ticket, for the
// expression alone and through the step (which also counts drops). No Kafka: this measures the step, not the
// host. Run: `node --import tsx bench/filter-match.ts [--seconds 2]`.
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { filterMatch } from '../operators/filter-match.ts';
import { compileExpression, evaluateCondition, type CompiledExpression } from '../runtime/cel.ts';
import type { ComponentContext, Envelope } from '../runtime/component.ts';
import { Metrics, createRegistry } from '../runtime/metrics.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2' } } });
const seconds = Number(values.seconds);

const urgencies = ['low', 'high', 'critical'] as const;
const tiers = ['free', 'pro', 'enterprise'] as const;
const channels = ['email', 'chat', 'form'] as const;

// 300 distinct tickets, cycled, so a result cannot be cached by shape or value.
const events: Envelope[] = Array.from({ length: 300 }, (_, i) => ({
  id: `01J9Z3V4K6Q8R2T5W7Y9A1${String(i).padStart(4, '0')}`,
  type: 'support.ticket.created',
  time: '2024-05-01T10:00:00Z',
  idempotencyKey: `helpdesk-${i}`,
  payload: {
    ticket_id: `T-${10_000 + i}`,
    subject: i % 7 === 0 ? 'Checkout is down for all customers' : 'Question about my invoice',
    body:
      'Hello, since this morning our team cannot complete payments; the page shows an error after the ' +
      'card step. We tried two browsers. Please advise. Regards, Jane',
    customer_tier: tiers[i % 3],
    channel: channels[(i >> 1) % 3],
    urgency: urgencies[i % 3],
    customer: { tier: tiers[i % 3], region: 'eu' },
    attempts: i % 5,
  },
}));

const expressions = [
  'urgency == "critical"',
  'customer_tier in ["pro", "enterprise"] && channel == "email"',
  'urgency == "critical" && (customer.tier == "enterprise" || subject.contains("down")) && attempts < 3',
  'event.type == "support.ticket.created" && urgency != "low"',
];

// Rates are per CPU-second of this process (process.cpuUsage), not per wall-clock second: "per core" is what
// we want, and on a shared machine wall-clock rates swing with whatever else runs.
function measure(run: (event: Envelope) => unknown): number {
  // Warm up so the JIT has compiled the hot path before we time it.
  for (const end = performance.now() + 300; performance.now() < end;) for (const e of events) run(e);
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

function compiled(source: string): CompiledExpression {
  const result = compileExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.message}`);
  return result.expression;
}

const context: ComponentContext = {
  pipeline: 'bench',
  node: 'filter',
  logger: pino({ level: 'silent' }),
  metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), 'filter'),
  signal: new AbortController().signal,
  openStore: () => {
    throw new Error('not used');
  },
};

const format = (n: number) => Math.round(n).toLocaleString('en-US');
console.log(`node ${process.version}, ${seconds}s per row, rates per CPU-second (one core)\n`);
console.log('| expression | evaluations/s | through the step/s |');
console.log('|---|---:|---:|');
for (const source of expressions) {
  const expression = compiled(source);
  const bare = measure((e) => evaluateCondition(expression, e.payload, e));
  const step = await filterMatch.create({ when: source }, context);
  const throughStep = measure((e) => step.process(e));
  console.log(`| \`${source}\` | ${format(bare)} | ${format(throughStep)} |`);
}
