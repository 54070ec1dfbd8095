// The fixed metric set every node emits (design §7). Components never create metrics: they get this
// object, already bound to their node, through their context. Label values are bounded: node ids,
// destination ids, stages, codes, outcomes and detector types — never ids, keys or messages.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const latencyBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createRegistry(options: { defaultMetrics?: boolean } = {}): Registry {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'ingestlayer_' });
  metricSets.set(registry, defineMetrics(registry));
  return registry;
}

function defineMetrics(registry: Registry) {
  const r = [registry];
  return {
    eventsIn: new Counter({
      name: 'ingestlayer_events_in_total',
      help: 'Records consumed by a node.',
      labelNames: ['node'],
      registers: r,
    }),
    eventsOut: new Counter({
      name: 'ingestlayer_events_out_total',
      help: 'Events produced or delivered by a node.',
      labelNames: ['node'],
      registers: r,
    }),
    eventsDropped: new Counter({
      name: 'ingestlayer_events_dropped_total',
      help: 'Events a step dropped on purpose, by reason.',
      labelNames: ['node', 'reason'],
      registers: r,
    }),
    errors: new Counter({
      name: 'ingestlayer_errors_total',
      help: 'Errors by stage and stable code.',
      labelNames: ['node', 'stage', 'code'],
      registers: r,
    }),
    processSeconds: new Histogram({
      name: 'ingestlayer_process_seconds',
      help: 'Time to process one batch of records, consume to commit.',
      labelNames: ['node'],
      buckets: latencyBuckets,
      registers: r,
    }),
    consumerLag: new Gauge({
      name: 'ingestlayer_consumer_lag',
      help: 'Records between the last processed offset and the high watermark.',
      labelNames: ['node', 'topic', 'partition'],
      registers: r,
    }),
    classifyCache: new Counter({
      name: 'ingestlayer_classify_cache_total',
      help: 'Classify cache lookups by result (hit, miss, shared).',
      labelNames: ['node', 'result'],
      registers: r,
    }),
    classifyLabels: new Counter({
      name: 'ingestlayer_classify_labels_total',
      help: 'Labels assigned by classify, per label value (bounded by `labels`).',
      labelNames: ['node', 'label'],
      registers: r,
    }),
    modelCalls: new Counter({
      name: 'ingestlayer_model_calls_total',
      help: 'Model calls by outcome (ok, repaired, invalid_label, timeout, unavailable, error).',
      labelNames: ['node', 'outcome'],
      registers: r,
    }),
    modelSeconds: new Histogram({
      name: 'ingestlayer_model_seconds',
      help: 'Model call latency.',
      labelNames: ['node'],
      buckets: latencyBuckets,
      registers: r,
    }),
    redactions: new Counter({
      name: 'ingestlayer_redactions_total',
      help: 'PII values redacted, by detector type.',
      labelNames: ['node', 'type'],
      registers: r,
    }),
    deliveries: new Counter({
      name: 'ingestlayer_deliveries_total',
      help: 'Delivery attempts by destination and outcome (ok, retry, fail).',
      labelNames: ['node', 'destination', 'outcome'],
      registers: r,
    }),
    deliverySeconds: new Histogram({
      name: 'ingestlayer_delivery_seconds',
      help: 'Delivery attempt latency.',
      labelNames: ['node', 'destination'],
      buckets: latencyBuckets,
      registers: r,
    }),
    retries: new Counter({
      name: 'ingestlayer_retries_total',
      help: 'Delivery retries scheduled.',
      labelNames: ['node', 'destination'],
      registers: r,
    }),
    dlq: new Counter({
      name: 'ingestlayer_dlq_total',
      help: 'Events written to a dead-letter topic.',
      labelNames: ['node', 'destination'],
      registers: r,
    }),
    ingest: new Counter({
      name: 'ingestlayer_ingest_total',
      help: 'Requests to the gateway by source (rest or a webhook source), outcome and reason (a stable code).',
      labelNames: ['node', 'source', 'outcome', 'reason'],
      registers: r,
    }),
    produceSeconds: new Histogram({
      name: 'ingestlayer_produce_seconds',
      help: 'Time from handing a record to the producer to its acknowledgement by Kafka.',
      labelNames: ['node'],
      buckets: latencyBuckets,
      registers: r,
    }),
    circuitState: new Gauge({
      name: 'ingestlayer_circuit_open',
      help: '1 while a destination is paused by its circuit breaker.',
      labelNames: ['node', 'destination'],
      registers: r,
    }),
  };
}

type MetricSet = ReturnType<typeof defineMetrics>;

const metricSets = new WeakMap<Registry, MetricSet>();

/** The metric set of one node. `registry` holds the metrics of every node in the process. */
export class Metrics {
  readonly node: string;
  private readonly set: MetricSet;

  private constructor(node: string, set: MetricSet) {
    this.node = node;
    this.set = set;
  }

  static forNode(registry: Registry, node: string): Metrics {
    return new Metrics(node, metricSetOf(registry));
  }

  eventsIn(n = 1) {
    this.set.eventsIn.inc({ node: this.node }, n);
  }
  eventsOut(n = 1) {
    this.set.eventsOut.inc({ node: this.node }, n);
  }
  dropped(reason: string, n = 1) {
    this.set.eventsDropped.inc({ node: this.node, reason }, n);
  }
  error(stage: string, code: string) {
    this.set.errors.inc({ node: this.node, stage, code });
  }
  processSeconds(seconds: number) {
    this.set.processSeconds.observe({ node: this.node }, seconds);
  }
  lag(topic: string, partition: number, lag: number) {
    this.set.consumerLag.set({ node: this.node, topic, partition: String(partition) }, lag);
  }
  classifyCache(result: 'hit' | 'miss' | 'shared') {
    this.set.classifyCache.inc({ node: this.node, result });
  }
  classifyLabel(label: string) {
    this.set.classifyLabels.inc({ node: this.node, label });
  }
  modelCall(outcome: string, seconds?: number) {
    this.set.modelCalls.inc({ node: this.node, outcome });
    if (seconds !== undefined) this.set.modelSeconds.observe({ node: this.node }, seconds);
  }
  redactions(type: string, n = 1) {
    this.set.redactions.inc({ node: this.node, type }, n);
  }
  delivery(destination: string, outcome: string, seconds?: number) {
    this.set.deliveries.inc({ node: this.node, destination, outcome });
    if (seconds !== undefined) this.set.deliverySeconds.observe({ node: this.node, destination }, seconds);
  }
  retry(destination: string) {
    this.set.retries.inc({ node: this.node, destination });
  }
  deadLettered(destination: string) {
    this.set.dlq.inc({ node: this.node, destination });
  }
  /** `source`: `rest` or a configured webhook source; `outcome`: accepted, duplicate or rejected. */
  ingest(source: string, outcome: 'accepted' | 'duplicate' | 'rejected', reason: string) {
    this.set.ingest.inc({ node: this.node, source, outcome, reason });
  }
  produceSeconds(seconds: number) {
    this.set.produceSeconds.observe({ node: this.node }, seconds);
  }
  circuit(destination: string, open: boolean) {
    this.set.circuitState.set({ node: this.node, destination }, open ? 1 : 0);
  }
}

function metricSetOf(registry: Registry): MetricSet {
  const set = metricSets.get(registry);
  if (!set) throw new Error('the registry was not made by createRegistry()');
  return set;
}
