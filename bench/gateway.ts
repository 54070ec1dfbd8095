// Gateway throughput and latency against a bare fastify route, in the same run.
//
//   node --import tsx bench/gateway.ts [--seconds 10] [--connections 64] [--linger 0ms]
//
// Two server processes, each on its own: the gateway (validation, envelope, produce with acks=all to a real
// broker, 202 after the acknowledgement) and a bare fastify route that answers 202 without doing anything.
// autocannon (keep-alive) drives each from this process: first at full speed (accepted events/s, the target
// is >= 50% of the bare route), then at a fixed 1 000 req/s (p99 latency, target < 20 ms). A third row
// sends a unique Idempotency-Key per request, so every event also claims its key in PostgreSQL.
// Uses KAFKA_BROKERS when set, else starts a broker of its own for the run.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { startGatewayNode } from '../connectors/gateway.ts';
import { startLocalKafka, stopLocalKafka } from '../runtime/local-kafka.ts';
import { createLogger } from '../runtime/logger.ts';
import { createRegistry } from '../runtime/metrics.ts';
import { formatDiagnostic, loadTopology } from '../topology/loader.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    serve: { type: 'string' },
    brokers: { type: 'string' },
    topic: { type: 'string' },
    table: { type: 'string' },
    /** The gateway's `linger`; its default when not given. */
    linger: { type: 'string' },
  },
});

// autocannon ships no types; the part of its API used here.
interface AutocannonRequest {
  headers?: Record<string, string>;
}
interface AutocannonResult {
  '2xx': number;
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
  latency: { p50: number; p99: number };
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: object,
) => Promise<AutocannonResult>;

const apiKey = 'bench-key';
const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ticket = JSON.stringify({
  ticket_id: 'T-10042',
  subject: 'Checkout is down for all customers',
  body:
    'Hello, since this morning our team cannot complete payments; the page shows an error after the card ' +
    'step. We tried two browsers. Please advise. Regards, Jane',
  customer_tier: 'enterprise',
  channel: 'email',
});

function topology(brokers: string, topic: string, table: string): string {
  return `version: 1
name: bench-gateway
kafka:
  brokers: ${brokers}
events:
  support.ticket.created:
    ticket_id: string
    subject: string
    body: { type: string, description: free text }
    customer_tier: { enum: [free, pro, enterprise] }
    channel: { enum: [email, chat, form] }
source:
  event: support.ticket.created
  topic: ${topic}
gateway:
  port: 0
  host: 127.0.0.1
  apiKeys: [${apiKey}]${values.linger === undefined ? '' : `\n  linger: ${values.linger}`}
  idempotency: { url: '${databaseUrl}', table: ${table} }
`;
}

// ── the two servers, each in a child process ───────────────────────────────────────────────────────────
async function serve(kind: string) {
  if (kind === 'bare') {
    const app = Fastify({ logger: false });
    app.post('/v1/events/:type', async (_request, reply) => reply.code(202).send({ id: 'x' }));
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    process.stdout.write(JSON.stringify({ address }) + '\n');
    return;
  }
  const result = loadTopology(topology(values.brokers!, values.topic!, values.table!), 'bench.yaml', {
    env: {},
  });
  if (!result.ok) throw new Error(result.errors.map(formatDiagnostic).join('\n'));
  const gateway = await startGatewayNode({
    plan: result.plan,
    logger: createLogger({ level: 'warn' }),
    registry: createRegistry({ defaultMetrics: false }),
    port: 0,
  });
  while (!gateway.ready()) await new Promise((r) => setTimeout(r, 50));
  process.stdout.write(JSON.stringify({ address: gateway.address }) + '\n');
  process.on('SIGTERM', () => void gateway.stop().then(() => process.exit(0)));
}

function startServer(kind: string, args: string[] = []): Promise<{ child: ChildProcess; address: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'gateway.ts'), '--serve', kind, ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
    createInterface({ input: child.stdout! }).once('line', (line) =>
      resolve({ child, address: (JSON.parse(line) as { address: string }).address }),
    );
  });
}

// ── load ───────────────────────────────────────────────────────────────────────────────────────────────
interface Load {
  rate: number;
  p50: number;
  p99: number;
  ok: number;
  other: number;
}

async function load(address: string, options: { overallRate?: number; keyed?: boolean }): Promise<Load> {
  let n = 0;
  const run = Date.now().toString(36);
  const result = await autocannon({
    url: `${address}/v1/events/support.ticket.created`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: ticket,
    connections: options.overallRate ? 16 : Number(values.connections),
    duration: Number(values.seconds),
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    ...(options.keyed
      ? {
          requests: [
            {
              setupRequest: (request: AutocannonRequest) => ({
                ...request,
                headers: { ...request.headers, 'idempotency-key': `bench-${run}-${n++}` },
              }),
            },
          ],
        }
      : {}),
  });
  return {
    rate: result['2xx'] / (result.duration || Number(values.seconds)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    other: result.non2xx + result.errors + result.timeouts,
  };
}

async function main() {
  let brokers = process.env.KAFKA_BROKERS;
  let dir: string | undefined;
  if (!brokers) {
    dir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-bench-kafka-'));
    brokers = (await startLocalKafka({ port: 0, dir })).bootstrap;
  }
  const topic = `bench-gateway-${Date.now().toString(36)}`;
  const table = `bench_idem_${Date.now().toString(36)}`;
  const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });

  const bare = await startServer('bare');
  const gateway = await startServer('gateway', [
    ...['--brokers', brokers, '--topic', topic, '--table', table],
    ...(values.linger === undefined ? [] : ['--linger', values.linger]),
  ]);
  const rows: [string, Load][] = [];
  try {
    await load(gateway.address, { overallRate: 500 }); // warm-up: JIT, connections, producer id
    await load(bare.address, { overallRate: 500 });
    rows.push(['bare fastify 202, full speed', await load(bare.address, {})]);
    rows.push(['gateway, full speed', await load(gateway.address, {})]);
    rows.push(['gateway + Idempotency-Key, full speed', await load(gateway.address, { keyed: true })]);
    rows.push(['bare fastify 202, 1 000 req/s', await load(bare.address, { overallRate: 1000 })]);
    rows.push(['gateway, 1 000 req/s', await load(gateway.address, { overallRate: 1000 })]);
    rows.push([
      'gateway + Idempotency-Key, 1 000 req/s',
      await load(gateway.address, { overallRate: 1000, keyed: true }),
    ]);
  } finally {
    bare.child.kill('SIGTERM');
    gateway.child.kill('SIGTERM');
  }
  const offsets = await admin.fetchTopicOffsets(topic);
  const stored = offsets.reduce((sum, o) => sum + Number(o.high) - Number(o.low), 0);
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  await admin.disconnect();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query(`DROP TABLE IF EXISTS "${table}"`);
  await db.end();
  if (dir) {
    await stopLocalKafka({ dir });
    await rm(dir, { recursive: true, force: true });
  }

  const format = (n: number) => Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
  console.log(
    `node ${process.version}, ${values.seconds} s per row, ${values.connections} connections at full speed\n`,
  );
  console.log('| run | 2xx/s | p50 ms | p99 ms | 2xx | other |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, r] of rows)
    console.log(`| ${name} | ${format(r.rate)} | ${r.p50} | ${r.p99} | ${r.ok} | ${r.other} |`);
  const ratio = rows[1]![1].rate / rows[0]![1].rate;
  console.log(`\ngateway / bare at full speed: ${(ratio * 100).toFixed(1)}%`);
  const accepted = rows.filter(([name]) => name.startsWith('gateway')).reduce((s, [, r]) => s + r.ok, 0);
  console.log(`records on the topic: ${stored}; 2xx answered by the gateway (measured rows): ${accepted}`);
}

if (values.serve) await serve(values.serve);
else await main();
