// A Grafana dashboard rendered from a topology, over the fixed metric set of runtime/metrics.ts: the flow
// through every node, errors and DLQs, and one row per kind of work the topology has (deliveries, model
// calls, redaction, ingestion). Import the JSON in Grafana (or provision it); pick the Prometheus data
// source that scrapes the nodes.
import { nodeIds, type Plan } from '../topology/plan.ts';

export interface Panel {
  id: number;
  type: 'timeseries' | 'row';
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { type: 'prometheus'; uid: string };
  targets?: { refId: string; expr: string; legendFormat: string }[];
  fieldConfig?: { defaults: { unit: string; min?: number }; overrides: [] };
  options?: object;
  collapsed?: boolean;
}

interface Chart {
  title: string;
  unit: string;
  queries: [expr: string, legend: string][];
}

const datasource = { type: 'prometheus', uid: '${datasource}' } as const;
const node = 'node=~"$node"';
const rate = (metric: string, labels = node) => `rate(${metric}{${labels}}[$__rate_interval])`;
const quantile = (q: number, metric: string, by: string, labels = node) =>
  `histogram_quantile(${q}, sum by (le, ${by}) (${rate(`${metric}_bucket`, labels)}))`;
/** p50 and p99 of a latency histogram, one series per value of `by`. */
const latency = (title: string, metric: string, by: string, legend: string): Chart => ({
  title,
  unit: 's',
  queries: [
    [quantile(0.5, metric, by), `p50 ${legend}`.trim()],
    [quantile(0.99, metric, by), `p99 ${legend}`.trim()],
  ],
});

export function renderGrafanaDashboard(plan: Plan): string {
  const rows: [title: string, charts: Chart[]][] = [
    [
      'Flow',
      [
        {
          title: 'Events in / out per node',
          unit: 'ops',
          queries: [
            [`sum by (node) (${rate('ingestlayer_events_in_total')})`, 'in {{node}}'],
            [`sum by (node) (${rate('ingestlayer_events_out_total')})`, 'out {{node}}'],
          ],
        },
        {
          title: 'Consumer lag per node',
          unit: 'short',
          queries: [[`sum by (node) (ingestlayer_consumer_lag{${node}})`, '{{node}}']],
        },
        {
          title: 'Dropped on purpose, by reason',
          unit: 'ops',
          queries: [
            [`sum by (node, reason) (${rate('ingestlayer_events_dropped_total')})`, '{{node}} {{reason}}'],
          ],
        },
        {
          title: 'Batch processing time (p99)',
          unit: 's',
          queries: [[quantile(0.99, 'ingestlayer_process_seconds', 'node'), '{{node}}']],
        },
      ],
    ],
    [
      'Errors',
      [
        {
          title: 'Errors by node, stage and code',
          unit: 'ops',
          queries: [
            [
              `sum by (node, stage, code) (${rate('ingestlayer_errors_total')})`,
              '{{node}} {{stage}} {{code}}',
            ],
          ],
        },
        {
          title: 'Dead-lettered events',
          unit: 'short',
          queries: [
            [
              `sum by (node, destination) (increase(ingestlayer_dlq_total{${node}}[$__rate_interval]))`,
              '{{destination}}',
            ],
          ],
        },
      ],
    ],
  ];
  if (plan.destinations.length > 0) {
    rows.push([
      'Destinations',
      [
        {
          title: 'Delivery attempts by outcome',
          unit: 'ops',
          queries: [
            [
              `sum by (destination, outcome) (${rate('ingestlayer_deliveries_total')})`,
              '{{destination}} {{outcome}}',
            ],
          ],
        },
        latency('Delivery latency', 'ingestlayer_delivery_seconds', 'destination', '{{destination}}'),
        {
          title: 'Retries scheduled',
          unit: 'ops',
          queries: [[`sum by (destination) (${rate('ingestlayer_retries_total')})`, '{{destination}}']],
        },
        {
          title: 'Circuit breaker open',
          unit: 'bool',
          queries: [[`max by (destination) (ingestlayer_circuit_open{${node}})`, '{{destination}}']],
        },
      ],
    ]);
  }
  if (plan.steps.some((s) => s.kind.kind === 'classify')) {
    rows.push([
      'Classify',
      [
        {
          title: 'Model calls by outcome',
          unit: 'ops',
          queries: [
            [`sum by (node, outcome) (${rate('ingestlayer_model_calls_total')})`, '{{node}} {{outcome}}'],
          ],
        },
        latency('Model call latency', 'ingestlayer_model_seconds', 'node', '{{node}}'),
        {
          title: 'Cache hit ratio',
          unit: 'percentunit',
          queries: [
            [
              `sum by (node) (${rate('ingestlayer_classify_cache_total', `${node},result!="miss"`)})\n` +
                `/ sum by (node) (${rate('ingestlayer_classify_cache_total')})`,
              '{{node}}',
            ],
          ],
        },
        {
          title: 'Labels assigned',
          unit: 'ops',
          queries: [
            [`sum by (node, label) (${rate('ingestlayer_classify_labels_total')})`, '{{node}} {{label}}'],
          ],
        },
      ],
    ]);
  }
  if (plan.steps.some((s) => s.kind.kind === 'redact.pii')) {
    rows.push([
      'Redaction',
      [
        {
          title: 'PII values redacted, by type',
          unit: 'ops',
          queries: [[`sum by (type) (${rate('ingestlayer_redactions_total')})`, '{{type}}']],
        },
      ],
    ]);
  }
  if (plan.gateway) {
    rows.push([
      'Gateway',
      [
        {
          title: 'Requests by source, outcome and reason',
          unit: 'reqps',
          queries: [
            [
              `sum by (source, outcome, reason) (${rate('ingestlayer_ingest_total')})`,
              '{{source}} {{outcome}} {{reason}}',
            ],
          ],
        },
        latency('Kafka acknowledgement latency', 'ingestlayer_produce_seconds', 'node', ''),
      ],
    ]);
  }
  // Process metrics carry no `node` label (one registry per process): one series per scraped instance.
  rows.push([
    'Processes',
    [
      {
        title: 'CPU per instance',
        unit: 'percentunit',
        queries: [['rate(ingestlayer_process_cpu_seconds_total[$__rate_interval])', '{{instance}}']],
      },
      {
        title: 'Resident memory per instance',
        unit: 'bytes',
        queries: [['ingestlayer_process_resident_memory_bytes', '{{instance}}']],
      },
      {
        title: 'Event loop lag (p99) per instance',
        unit: 's',
        queries: [['ingestlayer_nodejs_eventloop_lag_p99_seconds', '{{instance}}']],
      },
    ],
  ]);

  const panels: Panel[] = [];
  let y = 0;
  for (const [title, charts] of rows) {
    panels.push({
      id: panels.length + 1,
      type: 'row',
      title,
      collapsed: false,
      gridPos: { x: 0, y, w: 24, h: 1 },
    });
    y += 1;
    charts.forEach((chart, i) => {
      const width = charts.length === 1 ? 24 : 12;
      panels.push({
        id: panels.length + 1,
        type: 'timeseries',
        title: chart.title,
        datasource,
        gridPos: { x: (i % 2) * 12, y: y + Math.floor(i / 2) * 8, w: width, h: 8 },
        targets: chart.queries.map(([expr, legendFormat], q) => ({
          refId: String.fromCharCode(65 + q),
          expr,
          legendFormat,
        })),
        fieldConfig: { defaults: { unit: chart.unit, min: 0 }, overrides: [] },
        options: { legend: { displayMode: 'list', placement: 'bottom' }, tooltip: { mode: 'multi' } },
      });
    });
    y += Math.ceil(charts.length / 2) * 8;
  }

  const ids = nodeIds(plan);
  const dashboard = {
    title: `ingestlayer · ${plan.name}`,
    uid: `ingestlayer-${plan.name}`.slice(0, 40),
    description: `Generated by \`ingestlayer deploy grafana -t ${plan.file}\`. Do not edit by hand.`,
    tags: ['ingestlayer', plan.name],
    editable: true,
    schemaVersion: 39,
    time: { from: 'now-1h', to: 'now' },
    refresh: '30s',
    templating: {
      list: [
        { name: 'datasource', label: 'Data source', type: 'datasource', query: 'prometheus' },
        {
          name: 'node',
          label: 'Node',
          type: 'custom',
          query: ids.join(','),
          multi: true,
          includeAll: true,
          // "All" means this pipeline's nodes, not every series named `node` in Prometheus.
          allValue: ids.join('|'),
          current: { text: 'All', value: '$__all' },
        },
      ],
    },
    panels,
  };
  return JSON.stringify(dashboard, null, 2) + '\n';
}
