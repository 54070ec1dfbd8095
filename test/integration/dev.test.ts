// `ingestlayer dev` headless, end to end on the real broker: only critical demo tickets reach the inbox,
// with PII stripped and signatures verified, and the view's counts agree with the inbox.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { silentLogger } from '../../runtime/logger.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';
import { memoryStore } from '../../runtime/store.ts';
import { demoTickets } from '../../runtime/dev/demo.ts';
import { requirePlan } from '../../topology/loader.ts';
import { envelope } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';

const flagship = 'topology/pipelines/support-escalations.yaml';
const demoFile = 'deploy/demo/support-tickets.jsonl';

/** Ticket ids the flagship's rules label critical, computed with the real classify step. */
async function expectedCritical(file: string): Promise<Set<string>> {
  const plan = await requirePlan(file, {
    env: { ...process.env, CLASSIFY_PROVIDER: 'rules', WEBHOOK_SECRET: 'x' },
  });
  const classify = plan.steps.find((s) => s.kind.kind === 'classify')!;
  const step = await classify.kind.create(classify.config, {
    pipeline: plan.name,
    node: classify.id,
    logger: silentLogger,
    metrics: Metrics.forNode(createRegistry({ defaultMetrics: false }), classify.id),
    signal: new AbortController().signal,
    openStore: async () => memoryStore(),
  });
  const critical = new Set<string>();
  for (const ticket of await demoTickets(demoFile)) {
    const [out] = await step.process(envelope(ticket));
    if (out?.payload.urgency === 'critical') critical.add(String(ticket.ticket_id));
  }
  return critical;
}

describe('ingestlayer dev (headless)', { timeout: 180_000 }, () => {
  it('delivers only critical tickets, PII stripped, signatures verified; the view agrees with the inbox', async () => {
    const name = uniqueName('escalations');
    const dir = await mkdtemp(join(tmpdir(), 'ingestlayer-dev-'));
    const file = join(dir, 'topology.yaml');
    await writeFile(file, (await readFile(flagship, 'utf8')).replaceAll('support-escalations', name));
    const expected = await expectedCritical(file);
    assert.ok(
      expected.size >= 5 && expected.size < 50,
      `the demo set has some critical tickets (${expected.size})`,
    );

    const child = spawn(process.execPath, ['bin/ingestlayer.js', 'dev', '-t', file], {
      env: { ...process.env, KAFKA_BROKERS: brokers().join(','), GATEWAY_PORT: '0', METRICS_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    const deadline = Date.now() + 150_000;
    const inboxLine = `inbox: ${expected.size} escalations (${expected.size} signatures verified`;
    while (!stdout.includes(inboxLine) && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250));
    }
    child.kill('SIGINT');
    const code = await exited;
    assert.ok(stdout.includes(inboxLine), `inbox never reached ${expected.size}:\n${stdout}\n${stderr}`);
    assert.equal(code, 0, `dev exits 0 on Ctrl-C:\n${stderr}`);

    const escalations = stdout.split('\n').filter((l) => l.startsWith('escalation '));
    const received = new Set(escalations.map((l) => l.split(' ')[1]!));
    assert.deepEqual(
      [...received].sort(),
      [...expected].sort(),
      'exactly the critical tickets reached the inbox',
    );
    for (const line of escalations) {
      assert.match(line, /urgency=critical signature=verified/);
      assert.doesNotMatch(line, /[\w.+-]+@[\w-]+\.[\w.]+/, 'no email address in a delivered body');
      assert.doesNotMatch(line, /\+?\d[\d ()-]{8,}\d/, 'no phone number in a delivered body');
    }
    // The final summary (after shutdown) agrees with the inbox.
    const summary = stdout.slice(stdout.lastIndexOf('summary:'));
    assert.match(summary, new RegExp(`classify\\s+50\\s+50\\s+0\\s+0\\s+0`));
    assert.match(summary, new RegExp(`critical-only\\s+50\\s+${expected.size}\\s+${50 - expected.size}\\s`));
    assert.match(summary, new RegExp(`oncall\\s+${expected.size}\\s+${expected.size}\\s`));
    assert.match(summary, new RegExp(`deliveries: ok=${expected.size}; dead-lettered: 0`));
    assert.match(
      summary,
      new RegExp(`inbox: ${expected.size} escalations \\(${expected.size} signatures verified, 0 rejected`),
    );
  });
});
