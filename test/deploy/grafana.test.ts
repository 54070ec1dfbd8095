// The rendered dashboard queries only metrics the nodes export, every query parses with Prometheus's own
// parser (`promtool check rules`), and panels neither overlap nor repeat ids.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { renderGrafanaDashboard, type Panel } from '../../deploy/grafana.ts';
import { createRegistry } from '../../runtime/metrics.ts';
import { requirePlan } from '../../topology/loader.ts';

const run = promisify(execFile);
const flagship = 'topology/pipelines/support-escalations.yaml';

async function dashboard() {
  const plan = await requirePlan(flagship, { missingEnv: 'warn', env: {} });
  return { plan, json: JSON.parse(renderGrafanaDashboard(plan)) as { panels: Panel[]; templating: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Series names a node's /metrics can hold: each metric, and a histogram's _bucket/_sum/_count. */
async function exportedNames(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const m of await createRegistry().getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const s of ['_bucket', '_sum', '_count']) names.add(m.name + s);
  }
  return names;
}

const queries = (panels: Panel[]) =>
  panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, ...t })));

describe('deploy grafana', () => {
  it('queries only metrics the nodes export', async () => {
    const { json } = await dashboard();
    const names = await exportedNames();
    const used = queries(json.panels).flatMap((q) => q.expr.match(/ingestlayer_\w+/g) ?? []);
    assert.ok(used.length > 20);
    assert.deepEqual(
      used.filter((n) => !names.has(n)),
      [],
    );
  });

  it('every query parses with Prometheus’s parser', async () => {
    const { json } = await dashboard();
    // Grafana substitutes its variables before Prometheus sees the query.
    const rules = queries(json.panels).map((q, i) => ({
      record: `panel_query_${i}`,
      expr: q.expr.replaceAll('$node', 'gateway|classify').replaceAll('$__rate_interval', '5m'),
    }));
    const dir = await mkdtemp(join(tmpdir(), 'ingestlayer-dashboard-'));
    try {
      await writeFile(join(dir, 'queries.yaml'), stringify({ groups: [{ name: 'dashboard', rules }] }));
      const { stdout } = await run('promtool', ['check', 'rules', join(dir, 'queries.yaml')]);
      assert.match(stdout, new RegExp(`SUCCESS: ${rules.length} rules found`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('has a row per kind of work the topology has, unique ids and no overlapping panels', async () => {
    const { plan, json } = await dashboard();
    const rows = json.panels.filter((p) => p.type === 'row').map((p) => p.title);
    assert.deepEqual(rows, [
      'Flow',
      'Errors',
      'Destinations',
      'Classify',
      'Redaction',
      'Gateway',
      'Processes',
    ]);
    const ids = json.panels.map((p) => p.id);
    assert.equal(new Set(ids).size, ids.length);
    const cells = new Set<string>();
    for (const p of json.panels) {
      const { x, y, w, h } = p.gridPos;
      assert.ok(x + w <= 24, `${p.title} fits the 24-column grid`);
      for (let i = x; i < x + w; i++)
        for (let j = y; j < y + h; j++) {
          assert.ok(!cells.has(`${i},${j}`), `${p.title} overlaps another panel`);
          cells.add(`${i},${j}`);
        }
    }
    const node = json.templating.list.find((v: { name: string }) => v.name === 'node');
    assert.equal(node.allValue, 'gateway|classify|critical-only|strip-pii|oncall');
    const bare = JSON.parse(
      renderGrafanaDashboard({ ...plan, gateway: undefined, destinations: [], steps: [] }),
    );
    assert.deepEqual(
      (bare.panels as Panel[]).filter((p) => p.type === 'row').map((p) => p.title),
      ['Flow', 'Errors', 'Processes'],
    );
  });
});
