// The rendered alerting rules run through Prometheus's own rule engine (`promtool test rules`) against
// synthetic series shaped like what the nodes export: each alert fires on the failure it names, stays
// quiet while things are healthy, and only for this topology's nodes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { alertRules, renderPrometheusRules, type AlertRule } from '../../deploy/prometheus.ts';
import { requirePlan } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';

const run = promisify(execFile);
const flagship = 'topology/pipelines/support-escalations.yaml';

interface Case {
  at: string;
  alert: string;
  fires: { labels: Record<string, string>; value?: string }[];
}

describe('deploy prometheus', () => {
  let plan: Plan;
  let dir: string;
  before(async () => {
    plan = await requirePlan(flagship, { missingEnv: 'warn', env: {} });
    dir = await mkdtemp(join(tmpdir(), 'ingestlayer-rules-'));
    await writeFile(join(dir, 'rules.yaml'), renderPrometheusRules(plan));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  /** Runs `promtool test rules` over `series` and the expected alerts; fails with promtool's own report. */
  async function promtoolTest(series: Record<string, string>, cases: Case[]): Promise<void> {
    const rules = new Map(alertRules(plan).map((r) => [r.alert, r]));
    const test = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: Object.entries(series).map(([name, values]) => ({ series: name, values })),
          alert_rule_test: cases.map((c) => ({
            eval_time: c.at,
            alertname: c.alert,
            exp_alerts: c.fires.map((f) => expected(rules.get(c.alert)!, f.labels, f.value)),
          })),
        },
      ],
    };
    await writeFile(join(dir, 'test.yaml'), stringify(test));
    try {
      await run('promtool', ['test', 'rules', 'test.yaml'], { cwd: dir });
    } catch (err) {
      const e = err as NodeJS.ErrnoException & { stdout?: string; stderr?: string };
      if (e.code === 'ENOENT') {
        assert.fail('promtool is not installed (Debian: apt-get install prometheus); .ci/run installs it');
      }
      assert.fail(`promtool test rules failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }

  it('passes promtool check rules', async () => {
    const { stdout } = await run('promtool', ['check', 'rules', join(dir, 'rules.yaml')]);
    assert.match(stdout, /SUCCESS: 8 rules found/);
  });

  it('fires NodeStalled for a node with input waiting that consumes nothing, not for a busy one', async () => {
    await promtoolTest(
      {
        'ingestlayer_consumer_lag{node="classify",topic="t",partition="0"}': '500x40',
        'ingestlayer_events_in_total{node="classify"}': '1000x40',
        'ingestlayer_consumer_lag{node="strip-pii",topic="t",partition="0"}': '500x40',
        'ingestlayer_events_in_total{node="strip-pii"}': '0+600x40',
        // Another pipeline's node of the same shape: not ours to alert on.
        'ingestlayer_consumer_lag{node="elsewhere",topic="t",partition="0"}': '500x40',
        'ingestlayer_events_in_total{node="elsewhere"}': '1000x40',
      },
      [
        { at: '5m', alert: 'IngestlayerNodeStalled', fires: [] },
        { at: '30m', alert: 'IngestlayerNodeStalled', fires: [{ labels: { node: 'classify' } }] },
        { at: '30m', alert: 'IngestlayerConsumerLagHigh', fires: [] },
      ],
    );
  });

  it('fires ConsumerLagHigh after 15 minutes above the threshold', async () => {
    await promtoolTest(
      {
        'ingestlayer_consumer_lag{node="oncall",topic="t",partition="0"}': '6000x30',
        'ingestlayer_consumer_lag{node="oncall",topic="t",partition="1"}': '6000x30',
        'ingestlayer_events_in_total{node="oncall"}': '0+100x30',
        'ingestlayer_consumer_lag{node="classify",topic="t",partition="0"}': '9000x30',
        'ingestlayer_events_in_total{node="classify"}': '0+100x30',
      },
      [
        { at: '10m', alert: 'IngestlayerConsumerLagHigh', fires: [] },
        {
          at: '20m',
          alert: 'IngestlayerConsumerLagHigh',
          fires: [{ labels: { node: 'oncall' }, value: '12000' }],
        },
      ],
    );
  });

  it('fires CircuitOpen, DeliveryFailing and DeadLetters for a failing destination', async () => {
    await promtoolTest(
      {
        'ingestlayer_circuit_open{node="oncall",destination="oncall"}': '0x5 1x20',
        'ingestlayer_deliveries_total{node="oncall",destination="oncall",outcome="ok"}': '0+10x30',
        'ingestlayer_deliveries_total{node="oncall",destination="oncall",outcome="retry"}': '0+90x30',
        'ingestlayer_dlq_total{node="oncall",destination="oncall"}': '0x10 0+1x20',
      },
      [
        { at: '8m', alert: 'IngestlayerDestinationCircuitOpen', fires: [] },
        {
          at: '15m',
          alert: 'IngestlayerDestinationCircuitOpen',
          fires: [{ labels: { node: 'oncall', destination: 'oncall' } }],
        },
        {
          at: '20m',
          alert: 'IngestlayerDeliveryFailing',
          fires: [{ labels: { node: 'oncall', destination: 'oncall' } }],
        },
        { at: '5m', alert: 'IngestlayerDeadLetters', fires: [] },
        {
          at: '15m',
          alert: 'IngestlayerDeadLetters',
          fires: [{ labels: { node: 'oncall', destination: 'oncall' } }],
        },
      ],
    );
  });

  it('stays quiet for a destination that delivers', async () => {
    await promtoolTest(
      {
        'ingestlayer_circuit_open{node="oncall",destination="oncall"}': '0x30',
        'ingestlayer_deliveries_total{node="oncall",destination="oncall",outcome="ok"}': '0+100x30',
        'ingestlayer_deliveries_total{node="oncall",destination="oncall",outcome="retry"}': '0+2x30',
        'ingestlayer_dlq_total{node="oncall",destination="oncall"}': '0x30',
        'ingestlayer_consumer_lag{node="oncall",topic="t",partition="0"}': '0x30',
        'ingestlayer_events_in_total{node="oncall"}': '0+100x30',
      },
      [
        'IngestlayerDestinationCircuitOpen',
        'IngestlayerDeliveryFailing',
        'IngestlayerDeadLetters',
        'IngestlayerNodeStalled',
      ].map((alert) => ({ at: '30m', alert, fires: [] })),
    );
  });

  it('fires ModelDegraded, GatewayRefusing and Errors on their signals', async () => {
    await promtoolTest(
      {
        'ingestlayer_model_calls_total{node="classify",outcome="ok"}': '0+10x30',
        'ingestlayer_model_calls_total{node="classify",outcome="timeout"}': '0+10x30',
        'ingestlayer_ingest_total{node="gateway",source="rest",outcome="rejected",reason="INGEST_UNAVAILABLE"}':
          '0x10 0+5x20',
        'ingestlayer_ingest_total{node="gateway",source="rest",outcome="rejected",reason="INGEST_INVALID"}':
          '0+5x30',
        'ingestlayer_errors_total{node="strip-pii",stage="decode",code="DECODE_FAILED"}': '0+1x30',
      },
      [
        { at: '25m', alert: 'IngestlayerModelDegraded', fires: [{ labels: { node: 'classify' } }] },
        { at: '11m', alert: 'IngestlayerGatewayRefusing', fires: [] },
        { at: '20m', alert: 'IngestlayerGatewayRefusing', fires: [{ labels: { node: 'gateway' } }] },
        {
          at: '20m',
          alert: 'IngestlayerErrors',
          fires: [{ labels: { node: 'strip-pii', stage: 'decode', code: 'DECODE_FAILED' } }],
        },
      ],
    );
  });

  it('leaves out the alerts of kinds the topology does not have', async () => {
    const rules = alertRules({ ...plan, gateway: undefined, destinations: [], steps: [] });
    assert.deepEqual(
      rules.map((r) => r.alert),
      ['IngestlayerErrors'],
    );
  });
});

/** promtool compares annotations too: render the rule's templates for the labels the alert will carry. */
function expected(rule: AlertRule, labels: Record<string, string>, value?: string) {
  const render = (text: string) =>
    text
      .replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => labels[name] ?? '')
      .replace(/\{\{ \$value \}\}/g, value ?? '');
  return {
    exp_labels: { ...rule.labels, ...labels },
    exp_annotations: {
      summary: render(rule.annotations.summary),
      description: render(rule.annotations.description),
    },
  };
}
