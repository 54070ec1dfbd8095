import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { renderK8s } from '../../deploy/k8s.ts';
import { requirePlan } from '../../topology/loader.ts';

const flagship = 'topology/pipelines/support-escalations.yaml';

async function render(env: NodeJS.ProcessEnv = {}) {
  const plan = await requirePlan(flagship, { missingEnv: 'warn', env });
  return renderK8s(plan, { topologyText: await readFile(flagship, 'utf8'), image: 'ingestlayer:0.1.0' });
}

describe('deploy k8s', () => {
  it('renders one Deployment per node running only that node, with probes and scrape annotations', async () => {
    const docs = parseAllDocuments(await render()).map((d) => d.toJS() as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
    const deployments = docs.filter((d) => d.kind === 'Deployment');
    assert.deepEqual(
      deployments.map((d) => d.metadata.name),
      ['gateway', 'classify', 'critical-only', 'strip-pii', 'oncall'].map((n) => `support-escalations-${n}`),
    );
    for (const d of deployments) {
      const node = d.metadata.labels['app.kubernetes.io/component'];
      const container = d.spec.template.spec.containers[0];
      assert.deepEqual(container.args.slice(0, 5), [
        'run',
        '-t',
        '/etc/ingestlayer/topology.yaml',
        '--only',
        node,
      ]);
      assert.equal(container.readinessProbe.httpGet.path, '/readyz');
      assert.equal(container.livenessProbe.httpGet.path, '/healthz');
      assert.equal(d.spec.template.metadata.annotations['prometheus.io/scrape'], 'true');
      const webhookSecret = container.env.find((e: { name: string }) => e.name === 'WEBHOOK_SECRET');
      assert.deepEqual(
        webhookSecret.valueFrom.secretKeyRef,
        { name: 'support-escalations-env', key: 'WEBHOOK_SECRET' },
        'no default: required',
      );
      const brokers = container.env.find((e: { name: string }) => e.name === 'KAFKA_BROKERS');
      assert.equal(brokers.valueFrom.secretKeyRef.optional, true, 'has a default: optional');
    }
    assert.equal(docs.filter((d) => d.kind === 'Service').length, 1, 'a Service for the gateway only');
    const configMap = docs.find((d) => d.kind === 'ConfigMap')!;
    assert.equal(configMap.data['topology.yaml'], await readFile(flagship, 'utf8'));
  });

  it('never puts secret values in the manifests', async () => {
    const text = await render({ WEBHOOK_SECRET: 'wh-secret-value-123', INGEST_API_KEY: 'api-key-value-456' });
    assert.ok(!text.includes('wh-secret-value-123') && !text.includes('api-key-value-456'));
  });

  it('the committed manifests of the flagship are current', async () => {
    assert.equal(
      await readFile('deploy/k8s/support-escalations.yaml', 'utf8'),
      await render(),
      'run: npx ingestlayer deploy k8s -t topology/pipelines/support-escalations.yaml -o deploy/k8s/support-escalations.yaml',
    );
  });
});
