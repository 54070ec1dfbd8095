// Kafka stops under load: the gateway answers 503 with Retry-After, its readiness drops, and no request is
// ever answered 2xx without its record on the topic. Uses a broker of its own (stopping the shared one would
// break other tests); the broker is restarted on the same data directory so the topic can be read back.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startLocalKafka, stopLocalKafka } from '../../runtime/local-kafka.ts';
import { apiKey, dropTable, gatewayTopology, ticket, uniqueTable } from '../connectors/gateway-fixture.ts';
import { eventually } from '../helpers/events.ts';
import { uniqueName } from '../helpers/kafka.ts';
import { createTopic, readTopic } from './gateway-helpers.ts';

const libDir = fileURLToPath(new URL('../../deploy/kafka/target/lib/', import.meta.url));

/**
 * Starts the broker of `dir` again from its existing server.properties, keeping its data (a fresh
 * `startLocalKafka` formats the directory anew). `stopLocalKafka({ dir })` finds and stops it.
 */
async function restartKeepingData(dir: string): Promise<void> {
  const log = await open(path.join(dir, 'kafka-restart.log'), 'w');
  const child = spawn(
    'java',
    [
      '-Xmx512m',
      '-XX:+UseG1GC',
      '-cp',
      path.join(libDir, '*'),
      'kafka.Kafka',
      path.join(dir, 'server.properties'),
    ],
    { cwd: dir, detached: true, stdio: ['ignore', log.fd, log.fd] },
  );
  await log.close();
  child.unref();
  await writeFile(path.join(dir, 'kafka.pid'), `${child.pid}\n`);
}

/** The gateway in a child process (see gateway-child.ts); readiness through its /readyz. */
async function startGatewayProcess(topologyFile: string): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./gateway-child.ts', import.meta.url)), topologyFile],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const address = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the gateway process exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve((JSON.parse(line) as { address: string }).address),
    );
  });
  return { child, address };
}

async function isReady(address: string): Promise<boolean> {
  return (await fetch(address + '/readyz')).status === 200;
}

interface Outcome {
  status: number;
  id?: string;
  retryAfter: string | null;
  code?: string;
}

describe('gateway while Kafka is stopped', () => {
  let dir: string;
  let bootstrap: string;
  let gateway: { child: ChildProcess; address: string } | undefined;
  const topic = uniqueName('gw-down');
  const table = uniqueTable();

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-gw-kafka-'));
    ({ bootstrap } = await startLocalKafka({ port: 0, dir }));
    await createTopic([bootstrap], topic, 2);
    const file = path.join(dir, 'topology.yaml');
    await writeFile(
      file,
      gatewayTopology({ topic, brokers: bootstrap, table, produceTimeout: '2s', healthInterval: '250ms' }),
    );
    gateway = await startGatewayProcess(file);
    const { address } = gateway;
    await eventually(() => isReady(address), 60_000, 'gateway ready');
  });
  after(async () => {
    if (gateway) {
      const exited = new Promise((resolve) => gateway!.child.once('exit', resolve));
      gateway.child.kill('SIGTERM');
      await exited;
    }
    await stopLocalKafka({ dir });
    await rm(dir, { recursive: true, force: true });
    await dropTable(table);
  });

  it('answers 503 with Retry-After, and never 2xx without a stored record', async () => {
    const { address } = gateway!;
    const outcomes: Outcome[] = [];
    let sending = true;
    const send = async (n: number): Promise<Outcome> => {
      const response = await fetch(address + '/v1/events/support.ticket.created', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
        body: JSON.stringify({ ...ticket, ticket_id: `T-${n}` }),
      });
      const body = (await response.json()) as { id?: string; code?: string };
      return {
        status: response.status,
        id: body.id,
        code: body.code,
        retryAfter: response.headers.get('retry-after'),
      };
    };
    let n = 0;
    const worker = async () => {
      while (sending) outcomes.push(await send(n++));
    };
    const workers = Array.from({ length: 8 }, worker);

    await eventually(
      () => outcomes.filter((o) => o.status === 202).length >= 200,
      60_000,
      '200 accepted events',
    );
    await stopLocalKafka({ dir });
    await eventually(async () => !(await isReady(address)), 30_000, 'readiness to drop');
    const countAtStop = outcomes.length;
    await eventually(
      () => outcomes.slice(countAtStop).filter((o) => o.status === 503).length >= 20,
      60_000,
      '503 answers while Kafka is down',
    );
    sending = false;
    await Promise.all(workers);

    for (const o of outcomes) {
      assert.ok(o.status === 202 || o.status === 503, `unexpected status ${o.status}`);
      if (o.status === 503) {
        assert.equal(o.retryAfter, '3');
        assert.equal(o.code, 'INGESTLAYER_ERR_INGEST_UNAVAILABLE');
      }
    }

    await restartKeepingData(dir);
    await eventually(() => isReady(address), 120_000, 'gateway ready again after Kafka restarted');
    const after = await send(n++);
    assert.equal(after.status, 202, 'accepting again once Kafka is back');
    outcomes.push(after);

    const storedIds = new Set((await readTopic([bootstrap], topic)).map((r) => r.envelope.id));
    const accepted = outcomes.filter((o) => o.status === 202);
    const missing = accepted.filter((o) => !storedIds.has(o.id!));
    assert.deepEqual(missing, [], 'every 2xx answer has its record on the topic');
    assert.ok(accepted.length >= 201);
  });
});
