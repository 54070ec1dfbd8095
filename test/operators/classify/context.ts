// A ComponentContext for classify tests: real metrics on a private registry, a logger whose lines are
// kept (so tests can prove that no payload text is logged), and stores from a MemoryStores.
import { Writable } from 'node:stream';
import { Value } from '@sinclair/typebox/value';
import { pino } from 'pino';
import {
  classify,
  createClassifyStep,
  type ClassifyConfig,
  type ClassifyDeps,
} from '../../../operators/classify.ts';
import type { ComponentContext, Envelope, Step } from '../../../runtime/component.ts';
import { Metrics, createRegistry } from '../../../runtime/metrics.ts';
import { MemoryStores } from '../../helpers/memory-store.ts';

export interface TestContext extends ComponentContext {
  readonly logLines: string[];
  readonly stores: MemoryStores;
  readonly controller: AbortController;
  /** The value of a counter series, 0 when it was never incremented. */
  count(metric: string, labels: Record<string, string>): Promise<number>;
}

export function testContext(options: { stores?: MemoryStores } = {}): TestContext {
  const registry = createRegistry({ defaultMetrics: false });
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const stores = options.stores ?? new MemoryStores();
  const controller = new AbortController();
  return {
    pipeline: 'test',
    node: 'classify',
    logger: pino({ level: 'debug' }, sink),
    metrics: Metrics.forNode(registry, 'classify'),
    signal: controller.signal,
    openStore: stores.open,
    logLines,
    stores,
    controller,
    async count(metric, labels) {
      const values = (await registry.getSingleMetric(metric)?.get())?.values ?? [];
      const series = values.find((v) => Object.entries(labels).every(([k, want]) => v.labels[k] === want));
      return series?.value ?? 0;
    },
  };
}

/** A config as the topology loader hands it over: defaults applied, then checked against the schema. */
export function configOf(raw: Record<string, unknown>): ClassifyConfig {
  const config = Value.Default(classify.schema, structuredClone(raw)) as ClassifyConfig;
  const errors = [...Value.Errors(classify.schema, config)];
  if (errors.length > 0) {
    throw new Error(`invalid test config: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  }
  return config;
}

export async function stepOf(
  raw: Record<string, unknown>,
  ctx: TestContext,
  deps: ClassifyDeps = {},
): Promise<Step> {
  return createClassifyStep(configOf(raw), ctx, deps);
}

let seq = 0;
export function ticket(payload: Record<string, unknown>): Envelope {
  seq++;
  return {
    id: `01HZTEST${String(seq).padStart(18, '0')}`,
    type: 'support.ticket.created',
    time: '2025-01-01T00:00:00.000Z',
    payload,
  };
}

/** The one envelope a step returned, failing otherwise. */
export async function only(result: Envelope[] | Promise<Envelope[]>): Promise<Envelope> {
  const events = await result;
  if (events.length !== 1 || !events[0]) throw new Error(`expected one event, got ${events.length}`);
  return events[0];
}
