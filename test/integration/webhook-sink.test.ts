// The webhook destination end to end: the real broker, the real destination host (through the runner,
// in-process or as `ingestlayer run` in a child process), and real loopback receivers.
import assert from 'node:assert/strict';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, describe, it } from 'node:test';
import type { KafkaMessage } from 'kafkajs';
import { verify } from '../../connectors/webhook/signature.ts';
import type { Envelope } from '../../runtime/component.ts';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { runPlan, type Running } from '../../runtime/runner.ts';
import { formatDiagnostic, loadTopology, requirePlan } from '../../topology/loader.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { startReceiver, statusSequence, type Receiver } from '../helpers/receiver.ts';
import { collect, createTopics, groupLag, kafka, produce, recordCount } from '../helpers/topic-io.ts';

const run = promisify(execFile);
const children = new Set<ChildProcess>();
const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

async function receiver(...args: Parameters<typeof startReceiver>): Promise<Receiver> {
  const r = await startReceiver(...args);
  cleanups.push(() => r.close());
  return r;
}

/** A topology with no steps: the destinations read the source topic. */
async function pipeline(options: { partitions?: number; destinations: string }) {
  const name = uniqueName('wh');
  const dir = await mkdtemp(join(tmpdir(), 'ingestlayer-webhook-'));
  const file = join(dir, 'topology.yaml');
  const text = `version: 1
name: ${name}
kafka:
  brokers: ${brokers().join(',')}
  topics: { partitions: ${options.partitions ?? 3} }
events:
  test.event:
    n: integer
source:
  event: test.event
  topic: ${name}.raw
destinations:
${options.destinations.replace(/^\n/, '')}
`;
  await writeFile(file, text);
  const plan = await requirePlan(file);
  await createTopics(
    plan.topics.map((t) => t.name),
    options.partitions ?? 3,
  );
  return { name, file, plan, raw: `${name}.raw` };
}

async function startSinks(plan: Awaited<ReturnType<typeof pipeline>>['plan']): Promise<Running> {
  const running = await runPlan({ plan, logger: silentLogger, metricsPort: false });
  cleanups.push(() => running.stop());
  return running;
}

async function send(topic: string, events: Envelope[]) {
  await produce(
    topic,
    events.map((e) => ({ key: e.idempotencyKey ?? e.id, value: JSON.stringify(e) })),
  );
}

const idOf = (m: { value: Buffer | null }) => (JSON.parse(m.value!.toString()) as { id: string }).id;
const eventIdOf = (r: { headers: Record<string, unknown> }) => String(r.headers['x-ingestlayer-event-id']);

async function deadLetters(topic: string, count: number): Promise<KafkaMessage[]> {
  const messages = await collect(topic, (m) => m.length >= count, 60_000);
  assert.equal(messages.length, count, `${count} dead letters in ${topic}`);
  return messages;
}

const fast = 'retry: { maxAttempts: 5, initialDelay: 20ms, maxDelay: 100ms }';

describe('webhook destination on the real broker', { timeout: 300_000 }, () => {
  it('delivers every event exactly once in a clean run, signed; the group lag ends at 0', async () => {
    const r = await receiver();
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    auth: { type: hmac, secrets: [new-secret, old-secret] }
`,
    });
    const events = Array.from({ length: 500 }, (_, i) =>
      envelope({ n: i }, { idempotencyKey: `ticket-${i % 40}` }),
    );
    await send(p.raw, events);
    const running = await startSinks(p.plan);
    await eventually(() => r.requests.length >= events.length, 60_000, 'all deliveries');
    await eventually(async () => (await groupLag(`${p.name}.hook`, p.raw)) === 0, 30_000, 'lag 0');
    await running.stop();

    const byId = new Map(events.map((e) => [e.id, e]));
    assert.equal(r.requests.length, events.length, 'no duplicates in a clean run');
    assert.deepEqual(new Set(r.requests.map(eventIdOf)), new Set(byId.keys()));
    for (const request of r.requests) {
      const header = String(request.headers['x-ingestlayer-signature']);
      for (const secret of ['new-secret', 'old-secret'])
        assert.ok(verify({ body: request.body, header, secret }), `signature verifies with ${secret}`);
      assert.deepEqual(JSON.parse(request.body.toString()), byId.get(eventIdOf(request)));
      assert.equal(request.headers['x-ingestlayer-attempt'], '1');
    }
    // Per-key order: each ticket's events arrived in the order they were produced.
    for (let k = 0; k < 40; k++) {
      const arrived = r.requests
        .map((q) => JSON.parse(q.body.toString()) as Envelope)
        .filter((e) => e.idempotencyKey === `ticket-${k}`)
        .map((e) => e.payload.n);
      const produced = events.filter((e) => e.idempotencyKey === `ticket-${k}`).map((e) => e.payload.n);
      assert.deepEqual(arrived, produced, `order of ticket-${k}`);
    }
    assert.equal(await recordCount(`${p.name}.hook.dlq`), 0);
  });

  it('500, 500, 500, then 200: delivered on attempt 4, nothing dead-lettered', async () => {
    const r = await receiver(statusSequence([500, 500, 500, 200]));
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    retry: { maxAttempts: 8, initialDelay: 20ms, maxDelay: 100ms }
`,
    });
    const events = [envelope({ n: 1 }), envelope({ n: 2 })];
    await send(p.raw, events);
    const running = await startSinks(p.plan);
    await eventually(async () => (await groupLag(`${p.name}.hook`, p.raw)) === 0, 60_000, 'lag 0');
    await running.stop();
    for (const e of events) {
      assert.deepEqual(
        r.byEvent(e.id).map((q) => q.headers['x-ingestlayer-attempt']),
        ['1', '2', '3', '4'],
      );
    }
    assert.equal(await recordCount(`${p.name}.hook.dlq`), 0);
  });

  it('400: dead-lettered after one attempt', async () => {
    const r = await receiver(() => ({ status: 400 }));
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    ${fast}
`,
    });
    const event = envelope({ n: 1 });
    await send(p.raw, [event]);
    const running = await startSinks(p.plan);
    const [dead] = await deadLetters(`${p.name}.hook.dlq`, 1);
    await eventually(async () => (await groupLag(`${p.name}.hook`, p.raw)) === 0, 30_000, 'lag 0');
    await running.stop();
    assert.equal(r.byEvent(event.id).length, 1);
    assert.equal(dead!.value!.toString(), JSON.stringify(event));
    assert.equal(headerString(dead!.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_HTTP_STATUS');
    assert.equal(headerString(dead!.headers, dlqHeader.attempts), '1');
    assert.equal(headerString(dead!.headers, dlqHeader.status), '400');
  });

  it('500 forever: dead-lettered after maxAttempts with every header; the offset moves on; other keys were delivered meanwhile', async () => {
    const poison = envelope({ n: 0 }, { idempotencyKey: 'poison' });
    const r = await receiver((q) => ({ status: eventIdOf(q) === poison.id ? 500 : 200 }));
    const p = await pipeline({
      partitions: 1,
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    retry: { maxAttempts: 5, initialDelay: 150ms, maxDelay: 300ms }
`,
    });
    const others = Array.from({ length: 100 }, (_, i) => envelope({ n: i + 1 }));
    await send(p.raw, [poison, ...others]);
    const running = await startSinks(p.plan);
    const [dead] = await deadLetters(`${p.name}.hook.dlq`, 1);
    await eventually(async () => (await groupLag(`${p.name}.hook`, p.raw)) === 0, 30_000, 'lag 0');
    await running.stop();

    const attempts = r.byEvent(poison.id);
    assert.deepEqual(
      attempts.map((q) => q.headers['x-ingestlayer-attempt']),
      ['1', '2', '3', '4', '5'],
    );
    const lastAttempt = attempts[attempts.length - 1]!.receivedAt;
    for (const e of others) {
      const [delivered] = r.byEvent(e.id);
      assert.ok(delivered, 'every other event delivered');
      assert.ok(delivered.receivedAt <= lastAttempt, 'delivered while the poison event was retrying');
    }
    assert.equal(idOf(dead!), poison.id);
    assert.equal(dead!.key!.toString(), 'poison');
    const h = (name: string) => headerString(dead!.headers, name);
    assert.equal(h(dlqHeader.node), 'hook');
    assert.equal(h(dlqHeader.stage), 'deliver');
    assert.equal(h(dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_EXHAUSTED');
    assert.match(
      h(dlqHeader.message)!,
      /5 attempts failed; last: .*DELIVERY_HTTP_RETRIABLE: receiver answered 500/,
    );
    assert.equal(h(dlqHeader.attempts), '5');
    assert.equal(h(dlqHeader.status), '500');
    assert.equal(h(dlqHeader.topic), p.raw);
    assert.equal(h(dlqHeader.partition), '0');
    assert.equal(h(dlqHeader.offset), '0');
    assert.ok(!Number.isNaN(Date.parse(h(dlqHeader.time)!)));
  });

  describe('each attempt ends at its deadline', () => {
    const cases = [
      { name: 'a receiver that hangs', reply: { hang: true as const }, deadLetter: true },
      {
        name: 'a receiver that trickles bytes',
        reply: { trickleBody: { status: 200, intervalMs: 50 } },
        deadLetter: false,
      },
      {
        name: 'a receiver that returns 50 MB',
        reply: { huge: { status: 500, bytes: 50 * 1024 * 1024 } },
        deadLetter: true,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const r = await receiver(() => c.reply);
        const p = await pipeline({
          destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    timeout: 1s
    retry: { maxAttempts: 2, initialDelay: 10ms, maxDelay: 20ms }
`,
        });
        const event = envelope({ n: 1 });
        await send(p.raw, [event]);
        const running = await startSinks(p.plan);
        await eventually(async () => (await groupLag(`${p.name}.hook`, p.raw)) === 0, 60_000, 'lag 0');
        await running.stop();
        const attempts = r.byEvent(event.id);
        assert.equal(attempts.length, c.deadLetter ? 2 : 1);
        for (const q of attempts) {
          await eventually(() => q.closedAt !== undefined, 5_000, 'the client to let go');
          const held = q.closedAt! - q.receivedAt;
          assert.ok(held < 1_000 + 1_500, `attempt held ${held} ms, deadline 1000 ms`);
          assert.ok(q.bytesWritten < 50 * 1024 * 1024);
        }
        assert.equal(await recordCount(`${p.name}.hook.dlq`), c.deadLetter ? 1 : 0);
      });
    }
  });

  it('kill -9 while 10 000 events flow, then restart: every event id reaches the receiver; duplicates only among uncommitted ones', async () => {
    const r = await receiver();
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
`,
    });
    const events = Array.from({ length: 10_000 }, (_, i) => envelope({ n: i, pad: 'x'.repeat(200) }));
    const where = new Map<string, { partition: number; offset: bigint }>();
    const first = startNode(p.file);
    // Produce in chunks with explicit partitions, so each event's offset is known.
    const producer = kafka().producer();
    await producer.connect();
    cleanups.push(() => producer.disconnect());
    const producing = (async () => {
      for (let i = 0; i < events.length; i += 500) {
        const chunk = events.slice(i, i + 500);
        const partitionOf = (j: number) => (i + j) % 3;
        const metadata = await producer.send({
          topic: p.raw,
          acks: -1,
          messages: chunk.map((e, j) => ({ key: e.id, value: JSON.stringify(e), partition: partitionOf(j) })),
        });
        const next = new Map(metadata.map((m) => [m.partition, BigInt(m.baseOffset ?? '0')]));
        chunk.forEach((e, j) => {
          const partition = partitionOf(j);
          const offset = next.get(partition)!;
          next.set(partition, offset + 1n);
          where.set(e.id, { partition, offset });
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await eventually(() => r.requests.length >= 2_500, 60_000, 'deliveries before the kill');
    first.child.kill('SIGKILL');
    await first.exit;
    await producing;
    const admin = kafka().admin();
    await admin.connect();
    const [committed] = await admin.fetchOffsets({ groupId: `${p.name}.hook`, topics: [p.raw] });
    await admin.disconnect();
    const committedAtKill = new Map(
      committed!.partitions.map((x) => [x.partition, BigInt(x.offset === '-1' ? '0' : x.offset)]),
    );
    const receivedAtKill = r.requests.length;
    assert.ok(receivedAtKill < events.length, 'the kill landed mid-stream');

    const second = startNode(p.file);
    const ids = new Set(events.map((e) => e.id));
    await eventually(
      () => new Set(r.requests.map(eventIdOf)).size >= ids.size,
      150_000,
      'every event id at the receiver',
    );
    second.child.kill('SIGTERM');
    assert.equal(await second.exit, 0);
    assert.equal(await groupLag(`${p.name}.hook`, p.raw), 0);

    const counts = new Map<string, number>();
    for (const q of r.requests) counts.set(eventIdOf(q), (counts.get(eventIdOf(q)) ?? 0) + 1);
    for (const id of ids) assert.ok(counts.has(id), `event ${id} never arrived`);
    let duplicates = 0;
    for (const [id, count] of counts) {
      if (count < 2) continue;
      duplicates += count - 1;
      const at = where.get(id)!;
      assert.ok(
        at.offset >= committedAtKill.get(at.partition)!,
        `duplicate of a committed event (partition ${at.partition}, offset ${at.offset})`,
      );
    }
    assert.ok(duplicates <= receivedAtKill, `${duplicates} duplicates`);
  });

  it('refuses internal addresses: a DNS name resolving to loopback is dead-lettered without a connection; literals fail validation', async () => {
    const r = await receiver();
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: http://localhost:${r.port}/hook
    allowInsecureHttp: true
    ${fast}
`,
    });
    const event = envelope({ n: 1 });
    await send(p.raw, [event]);
    const running = await startSinks(p.plan);
    const [dead] = await deadLetters(`${p.name}.hook.dlq`, 1);
    await running.stop();
    assert.equal(headerString(dead!.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_FORBIDDEN_ADDRESS');
    assert.equal(headerString(dead!.headers, dlqHeader.attempts), '1');
    assert.equal(r.connections(), 0, 'no connection reached the receiver');

    for (const host of ['127.0.0.1', '2130706433', '0x7f000001', '[::ffff:169.254.169.254]', '10.1.2.3']) {
      const changed = (await readFile(p.file, 'utf8')).replace(
        `http://localhost:${r.port}/hook`,
        `http://${host}:${r.port}/hook`,
      );
      const result = loadTopology(changed, 'topology.yaml', { env: {} });
      assert.ok(!result.ok, host);
      assert.match(
        result.errors.map(formatDiagnostic).join('\n'),
        /destinations\[0\]\.url: .* address, refused unless allowPrivateNetwork: true/,
      );
    }
  });

  it('fan-out: a failing destination never re-delivers to a healthy one', async () => {
    const healthy = await receiver();
    const failing = await receiver(() => ({ status: 503 }));
    const p = await pipeline({
      destinations: `
  - id: everything
    uses: webhook
    url: ${healthy.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
  - id: evens
    uses: webhook
    url: ${failing.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    when: int(n) % 2 == 0
    retry: { maxAttempts: 3, initialDelay: 10ms, maxDelay: 20ms }
    # Let every event use up its attempts (the breaker would otherwise hold them, waiting for the endpoint).
    circuitBreaker: { failureThreshold: 1000 }
`,
    });
    const events = Array.from({ length: 40 }, (_, i) => envelope({ n: i }));
    await send(p.raw, events);
    const running = await startSinks(p.plan);
    await deadLetters(`${p.name}.evens.dlq`, 20);
    await eventually(
      async () =>
        (await groupLag(`${p.name}.everything`, p.raw)) === 0 &&
        (await groupLag(`${p.name}.evens`, p.raw)) === 0,
      30_000,
      'both groups at lag 0',
    );
    await running.stop();
    assert.equal(healthy.requests.length, 40, 'each event exactly once at the healthy destination');
    assert.deepEqual(new Set(healthy.requests.map(eventIdOf)), new Set(events.map((e) => e.id)));
    assert.equal(failing.requests.length, 20 * 3);
    for (const q of failing.requests)
      assert.equal(((JSON.parse(q.body.toString()) as Envelope).payload.n as number) % 2, 0);
  });

  it('dlq list shows the dead letters with reasons; dlq replay delivers them once the receiver is fixed', async () => {
    const r = await receiver(() => ({ status: 422 }));
    const p = await pipeline({
      destinations: `
  - id: hook
    uses: webhook
    url: ${r.url}
    allowPrivateNetwork: true
    allowInsecureHttp: true
    auth: { type: bearer, token: replay-token }
    ${fast}
`,
    });
    const events = Array.from({ length: 5 }, (_, i) => envelope({ n: i }));
    await send(p.raw, events);
    const running = await startSinks(p.plan);
    await deadLetters(`${p.name}.hook.dlq`, 5);
    await running.stop();

    const cli = (...args: string[]) =>
      run(process.execPath, ['bin/ingestlayer.js', 'dlq', ...args, '--destination', 'hook', '-t', p.file]);
    const listed = await cli('list');
    assert.match(listed.stdout, /5 dead-lettered event\(s\)/);
    for (const e of events) {
      const line = listed.stdout.split('\n').find((l) => l.includes(e.id));
      assert.ok(line, `${e.id} listed`);
      assert.match(
        line,
        /DELIVERY_HTTP_STATUS {2}status 422 {2}attempts 1 .* not replayed {2}— receiver answered 422/,
      );
    }

    // A replay while the receiver still refuses: the failure is recorded, the dead letter stays.
    const stillBroken = await cli('replay', '--id', events[0]!.id).catch((err: { stdout: string }) => err);
    assert.match(stillBroken.stdout, /replayed 1: 0 delivered, 1 failed/);
    assert.match(
      stillBroken.stdout,
      new RegExp(`${events[0]!.id} {2}failed: DELIVERY_HTTP_STATUS \\(status 422\\)`),
    );

    r.setScript(() => ({ status: 200 }));
    const before = r.requests.length;
    const one = await cli('replay', '--id', events[1]!.id);
    assert.match(one.stdout, /replayed 1: 1 delivered, 0 failed/);
    const replayed = await cli('replay');
    assert.match(replayed.stdout, /replayed 4: 4 delivered, 0 failed/);
    const replays = r.requests.slice(before);
    assert.deepEqual(new Set(replays.map(eventIdOf)), new Set(events.map((e) => e.id)), 'same event ids');
    for (const q of replays) {
      const e = events.find((x) => x.id === eventIdOf(q))!;
      assert.deepEqual(JSON.parse(q.body.toString()), e, 'the same envelope');
      // Attempt numbers continue from the dead letter's (and the failed replay's, for events[0]).
      assert.equal(q.headers['x-ingestlayer-attempt'], e === events[0] ? '3' : '2');
      assert.equal(q.headers.authorization, 'Bearer replay-token');
    }

    // The outcome is recorded: list shows it, and a second replay has nothing left to do.
    const relisted = await cli('list', '--json');
    const entries = relisted.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { eventId: string; replay?: { outcome: string } });
    assert.equal(entries.length, 5);
    for (const entry of entries) assert.equal(entry.replay?.outcome, 'delivered', entry.eventId);
    const again = await cli('replay');
    assert.match(again.stdout, /replayed 0: 0 delivered, 0 failed/);
    assert.equal(r.requests.length, before + 5);
  });
});

function startNode(file: string): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(
    process.execPath,
    ['bin/ingestlayer.js', 'run', '-t', file, '--only', 'hook', '--metrics-port', '0', '--log-level', 'warn'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  children.add(child);
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => (children.delete(child), resolve(code))),
  );
  return { child, exit };
}
