// The step host on the real broker, run as `ingestlayer run` in child processes: kill -9 mid-stream (at least
// once, and exactly once with transactions), DLQ for undecodable records, graceful shutdown, and the node's
// HTTP endpoints.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { headerString } from '../../runtime/kafka.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { collect, createTopics, groupLag, produce } from '../helpers/topic-io.ts';

const children = new Set<ChildProcess>();
after(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** One passthrough step; exactly-once adds a second that reads the first's transactional output. */
async function topology(delivery: 'at-least-once' | 'exactly-once' = 'at-least-once') {
  const name = uniqueName('hosttest');
  const dir = await mkdtemp(join(tmpdir(), 'ingestlayer-host-'));
  const file = join(dir, 'topology.yaml');
  await writeFile(
    file,
    `version: 1
name: ${name}
kafka:
  brokers: ${brokers().join(',')}
events:
  test.event:
    n: integer
source:
  event: test.event
  topic: ${name}.raw
steps:
  - id: copy
    uses: passthrough
    topic: ${name}.copied
    delivery: ${delivery}
${
  delivery === 'exactly-once'
    ? `  - id: again
    uses: passthrough
    topic: ${name}.again
    delivery: exactly-once
`
    : ''
}`,
  );
  await createTopics([
    `${name}.raw`,
    `${name}.copied`,
    `${name}.copy.dlq`,
    ...(delivery === 'exactly-once' ? [`${name}.again`, `${name}.again.dlq`] : []),
  ]);
  return {
    name,
    file,
    raw: `${name}.raw`,
    out: `${name}.copied`,
    dlq: `${name}.copy.dlq`,
    group: `${name}.copy`,
  };
}

function startNode(
  file: string,
  nodes = 'copy',
): {
  child: ChildProcess;
  port: Promise<number>;
  exit: Promise<number | null>;
} {
  const child = spawn(
    process.execPath,
    ['bin/ingestlayer.js', 'run', '-t', file, '--only', nodes, '--metrics-port', '0'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  children.add(child);
  let stderr = '';
  const port = new Promise<number>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /"metricsPort":(\d+)/.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) =>
      reject(new Error(`node exited (${code}) before it was running:\n${stderr}`)),
    );
  });
  port.catch(() => undefined);
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => (children.delete(child), resolve(code))),
  );
  return { child, port, exit };
}

/**
 * Starts the node(s), produces `count` events of ~250 bytes while they run, and kill -9s them once they made
 * progress but before the end. Returns the events.
 */
async function killMidStream(t: { file: string; raw: string; group: string }, count: number, nodes = 'copy') {
  const events = Array.from({ length: count }, (_, i) => envelope({ n: i, pad: 'x'.repeat(200) }));
  const first = startNode(t.file, nodes);
  await first.port;
  const producing = produce(
    t.raw,
    events.map((e) => ({ key: e.id, value: JSON.stringify(e) })),
  );
  await eventually(
    async () => (await groupLag(t.group, t.raw).catch(() => Infinity)) < count * 0.9 || false,
    60_000,
    'the node to make progress',
  );
  first.child.kill('SIGKILL');
  await first.exit;
  await producing;
  const lagAtKill = await groupLag(t.group, t.raw);
  assert.ok(lagAtKill > 0, `the kill happened before the end (lag ${lagAtKill})`);
  return events;
}

const idOf = (value: Buffer | null) => (JSON.parse(value!.toString()) as { id: string }).id;

describe('step host on the real broker', { timeout: 240_000 }, () => {
  it('kill -9 while 10 000 records flow, then restart: every record reaches the output at least once', async () => {
    const t = await topology();
    const events = await killMidStream(t, 10_000);

    const second = startNode(t.file);
    await second.port;
    const wanted = new Set(events.map((e) => e.id));
    const seen = new Set<string>();
    let read = 0;
    await collect(
      t.out,
      (messages) => {
        for (; read < messages.length; read++) seen.add(idOf(messages[read]!.value));
        return seen.size >= wanted.size && [...wanted].every((id) => seen.has(id));
      },
      120_000,
    );
    const missing = [...wanted].filter((id) => !seen.has(id));
    assert.equal(missing.length, 0, `${missing.length} records never reached the output`);
    second.child.kill('SIGTERM');
    assert.equal(await second.exit, 0, 'SIGTERM exits 0');
    assert.equal(await groupLag(t.group, t.raw), 0, 'everything committed after a graceful stop');
  });

  it('exactly-once: kill -9 while 5 000 records flow through two steps, then restart: each record once', async () => {
    const t = await topology('exactly-once');
    const again = { out: `${t.name}.again`, group: `${t.name}.again` };
    const events = await killMidStream(t, 5_000, 'copy,again');

    // The restarted node's producers take over the transactional ids, aborting what the killed one left open.
    const second = startNode(t.file, 'copy,again');
    await second.port;
    const drained = async () =>
      (await groupLag(t.group, t.raw)) === 0 && (await groupLag(again.group, t.out)) === 0;
    await eventually(drained, 120_000, 'both steps to commit to the end, past the transaction markers');
    second.child.kill('SIGTERM');
    assert.equal(await second.exit, 0, 'SIGTERM exits 0');
    // collect() reads read_committed, like every ingestlayer node: aborted records stay invisible. The topics
    // are final (lag 0, nodes stopped), so their first 5 000 records hold a duplicate if there is one anywhere.
    for (const topic of [t.out, again.out]) {
      const out = await collect(topic, (m) => m.length >= events.length, 60_000);
      assert.equal(out.length, events.length, `${topic}: as many records as events`);
      const ids = new Set(out.map((m) => idOf(m.value)));
      assert.deepEqual(ids, new Set(events.map((e) => e.id)), `${topic}: every record, once`);
    }
  });

  it('dead-letters invalid JSON with its headers and keeps processing the records after it', async () => {
    const t = await topology();
    // One key for all three (as record key and, for the outputs, as idempotency key) so they share a
    // partition on both topics: "after" is really after the bad record, and the output order is defined.
    const before = envelope({ n: 1 }, { idempotencyKey: 'k' });
    const afterIt = envelope({ n: 2 }, { idempotencyKey: 'k' });
    await produce(t.raw, [
      { key: 'k', value: JSON.stringify(before) },
      { key: 'k', value: '{"id": "oops", broken', headers: { traceparent: 't-1' } },
      { key: 'k', value: JSON.stringify(afterIt) },
    ]);
    const node = startNode(t.file);
    const port = await node.port;

    const out = await collect(t.out, (m) => m.length >= 2, 60_000);
    assert.deepEqual(
      out.map((m) => idOf(m.value)),
      [before.id, afterIt.id],
    );
    const [dead] = await collect(t.dlq, (m) => m.length >= 1, 60_000);
    assert.ok(dead, 'a DLQ record');
    assert.equal(dead.value!.toString(), '{"id": "oops", broken', 'original value bytes unchanged');
    assert.equal(dead.key!.toString(), 'k', 'original key unchanged');
    assert.equal(headerString(dead.headers, 'traceparent'), 't-1');
    assert.equal(headerString(dead.headers, dlqHeader.node), 'copy');
    assert.equal(headerString(dead.headers, dlqHeader.stage), 'decode');
    assert.equal(headerString(dead.headers, dlqHeader.code), 'INGESTLAYER_ERR_DECODE_FAILED');
    assert.equal(headerString(dead.headers, dlqHeader.topic), t.raw);
    assert.match(headerString(dead.headers, dlqHeader.offset)!, /^\d+$/);
    assert.match(headerString(dead.headers, dlqHeader.partition)!, /^\d+$/);
    assert.equal(headerString(dead.headers, dlqHeader.attempts), '1');
    assert.ok(headerString(dead.headers, dlqHeader.time));

    // The node's endpoints: ready after joining, the fixed metric set with the counts of this run.
    await eventually(
      async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).status === 200,
      30_000,
      'readyz',
    );
    assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    assert.match(metrics, /ingestlayer_events_in_total\{node="copy"\} 3/);
    assert.match(metrics, /ingestlayer_events_out_total\{node="copy"\} 2/);
    assert.match(metrics, /ingestlayer_errors_total\{node="copy",stage="decode",code="DECODE_FAILED"\} 1/);
    assert.doesNotMatch(metrics, /oops/, 'no record values in metrics');
    node.child.kill('SIGTERM');
    assert.equal(await node.exit, 0);
  });
});
