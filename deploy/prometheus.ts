// Prometheus alerting rules rendered from a topology, over the fixed metric set of runtime/metrics.ts.
// Every rule is scoped to the topology's own node ids (metrics carry `node`, not the pipeline name), so
// several pipelines can share one Prometheus. The rule file is the plain `groups:` format: load it with
// `rule_files`, or paste `groups` into a PrometheusRule's `spec` under the Prometheus Operator.
import { stringify } from 'yaml';
import { nodeIds, type Plan } from '../topology/plan.ts';

export interface PrometheusOptions {
  /** Records waiting in a node's input before it counts as behind. */
  lagThreshold?: number;
  /** Share of failed delivery attempts (retry or fail) that pages. */
  deliveryFailureRatio?: number;
  /** Share of model calls that time out or fail before classify counts as degraded. */
  modelFailureRatio?: number;
}

export const prometheusDefaults = {
  lagThreshold: 10_000,
  deliveryFailureRatio: 0.5,
  modelFailureRatio: 0.2,
} as const;

export interface AlertRule {
  alert: string;
  expr: string;
  for: string;
  labels: { severity: 'critical' | 'warning'; pipeline: string };
  annotations: { summary: string; description: string };
}

export function alertRules(plan: Plan, options: PrometheusOptions = {}): AlertRule[] {
  const o = { ...prometheusDefaults, ...options };
  const pipeline = plan.name;
  const consumers = [...plan.steps.map((s) => s.id), ...plan.destinations.map((d) => d.id)];
  // Node ids are `[a-z][a-z0-9-]*` (topology/schema.ts): safe inside a regex matcher as they are.
  const of = (ids: readonly string[]) => `node=~"${ids.join('|')}"`;
  const all = of(nodeIds(plan));
  const rule = (
    alert: string,
    severity: AlertRule['labels']['severity'],
    expr: string,
    duration: string,
    summary: string,
    description: string,
  ): AlertRule => ({
    alert,
    expr,
    for: duration,
    labels: { severity, pipeline },
    annotations: { summary, description },
  });

  const rules: AlertRule[] = [];
  if (consumers.length > 0) {
    const c = of(consumers);
    rules.push(
      rule(
        'IngestlayerNodeStalled',
        'critical',
        `sum by (node) (ingestlayer_consumer_lag{${c}}) > 0\n` +
          `and on (node) sum by (node) (rate(ingestlayer_events_in_total{${c}}[10m])) == 0`,
        '10m',
        'Node {{ $labels.node }} has input waiting but consumes nothing',
        'The node has had records waiting in its input topic for 10 minutes without consuming any: it is stuck ' +
          '(a failed DLQ write, a produce that keeps failing, or a hung dependency). Check its logs and ' +
          '`ingestlayer_errors_total`; the records are not lost, they wait uncommitted.',
      ),
      rule(
        'IngestlayerConsumerLagHigh',
        'warning',
        `sum by (node) (ingestlayer_consumer_lag{${c}}) > ${o.lagThreshold}`,
        '15m',
        'Node {{ $labels.node }} is {{ $value }} records behind',
        `More than ${o.lagThreshold} records have waited in the node's input for 15 minutes: scale the node ` +
          '(its Deployment; up to one replica per partition) or look for a slow dependency.',
      ),
    );
  }
  rules.push(
    rule(
      'IngestlayerErrors',
      'warning',
      `sum by (node, stage, code) (rate(ingestlayer_errors_total{${all}}[5m])) > 0`,
      '10m',
      'Node {{ $labels.node }} reports {{ $labels.code }} errors at stage {{ $labels.stage }}',
      'Errors have been counted for 10 minutes. docs/errors.md explains each code; non-retriable ones sent ' +
        'records to the node’s DLQ topic.',
    ),
  );
  if (plan.destinations.length > 0) {
    const d = of(plan.destinations.map((x) => x.id));
    rules.push(
      rule(
        'IngestlayerDestinationCircuitOpen',
        'critical',
        `max by (node, destination) (ingestlayer_circuit_open{${d}}) == 1`,
        '5m',
        'Destination {{ $labels.destination }} is paused by its circuit breaker',
        'Consecutive deliveries failed, so the destination stopped consuming and probes the endpoint with ' +
          'backoff. Events wait in Kafka (nothing is lost); fix the endpoint and delivery resumes by itself.',
      ),
      rule(
        'IngestlayerDeliveryFailing',
        'critical',
        `sum by (node, destination) (rate(ingestlayer_deliveries_total{${d},outcome!="ok"}[5m]))\n` +
          `/ sum by (node, destination) (rate(ingestlayer_deliveries_total{${d}}[5m])) > ${o.deliveryFailureRatio}`,
        '10m',
        'Most deliveries to {{ $labels.destination }} fail',
        `More than ${o.deliveryFailureRatio * 100}% of delivery attempts failed for 10 minutes; events are ` +
          'retried with backoff and dead-lettered after the last attempt.',
      ),
      rule(
        'IngestlayerDeadLetters',
        'warning',
        `sum by (node, destination) (increase(ingestlayer_dlq_total{${d}}[15m])) > 0`,
        '0m',
        'Events to {{ $labels.destination }} were dead-lettered',
        'Events that could not be delivered are in the DLQ topic: `ingestlayer dlq list --destination ' +
          '{{ $labels.destination }} -t <topology>` shows why; `dlq replay` re-delivers them once fixed.',
      ),
    );
  }
  const modelSteps = plan.steps.filter((s) => s.kind.kind === 'classify').map((s) => s.id);
  if (modelSteps.length > 0) {
    const m = of(modelSteps);
    rules.push(
      rule(
        'IngestlayerModelDegraded',
        'warning',
        `sum by (node) (rate(ingestlayer_model_calls_total{${m},outcome=~"timeout|unavailable|error"}[5m]))\n` +
          `/ sum by (node) (rate(ingestlayer_model_calls_total{${m}}[5m])) > ${o.modelFailureRatio}`,
        '10m',
        'Model calls of {{ $labels.node }} time out or fail',
        `More than ${o.modelFailureRatio * 100}% of model calls failed for 10 minutes. Classify retries without ` +
          'committing, so events wait rather than get a made-up label; check the model server.',
      ),
    );
  }
  if (plan.gateway) {
    rules.push(
      rule(
        'IngestlayerGatewayRefusing',
        'critical',
        `sum by (node) (rate(ingestlayer_ingest_total{node="gateway",reason="INGEST_UNAVAILABLE"}[5m])) > 0`,
        '2m',
        'The gateway answers 503: Kafka does not acknowledge events',
        'Producers are told to retry later (503 with Retry-After); nothing was accepted without a record. ' +
          'Check the brokers and the gateway’s `/readyz`.',
      ),
    );
  }
  return rules;
}

export function renderPrometheusRules(plan: Plan, options: PrometheusOptions = {}): string {
  const header =
    `# Generated by \`ingestlayer deploy prometheus -t ${plan.file}\`. Do not edit by hand.\n` +
    '# Load with `rule_files:`, or use `groups` as the spec of a PrometheusRule (Prometheus Operator).\n';
  const groups = [{ name: `ingestlayer-${plan.name}`, rules: alertRules(plan, options) }];
  return header + stringify({ groups }, { lineWidth: 0, blockQuote: 'literal' });
}
