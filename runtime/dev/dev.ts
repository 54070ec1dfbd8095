// `ingestlayer dev` (also `npm start`): the flagship end to end on one machine. It starts a local Kafka
// unless KAFKA_BROKERS names one, creates the topics, starts a local webhook inbox that verifies
// signatures, runs every node of the topology in this process, feeds the demo tickets through the SDK,
// and shows a live view. Ctrl-C stops everything it started and leaves no JVM or port behind.
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { requirePlan } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';
import { createLogger } from '../logger.ts';
import { createRegistry } from '../metrics.ts';
import { localKafkaStatus, startLocalKafka, stopLocalKafka } from '../local-kafka.ts';
import { runPlan, type Running } from '../runner.ts';
import { createTopics } from '../topics.ts';
import { exitSoonAfterStop } from '../commands/run.ts';
import { kafkajsPort } from '../kafka.ts';
import { startInbox, type Inbox } from './inbox.ts';
import { startView } from './view.ts';
import { feedDemo } from './demo.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const devDefaults = {
  topology: path.join(root, 'topology/pipelines/support-escalations.yaml'),
  demo: path.join(root, 'deploy/demo/support-tickets.jsonl'),
  kafkaDir: '.local/kafka',
  kafkaPort: 9092,
  gatewayPort: 8080,
  metricsPort: 9464,
};

export interface DevOptions {
  topology: string;
  demo: boolean;
  demoFile: string;
  interactive: boolean;
  logLevel: string;
  write: (text: string) => void;
}

/** Runs until SIGINT/SIGTERM; resolves after everything it started has stopped. */
export async function runDev(options: DevOptions): Promise<void> {
  const say = (line: string) => process.stderr.write(line + '\n');
  const logger = createLogger({ level: options.logLevel });
  const cleanups: (() => Promise<unknown>)[] = [];
  const cleanUp = async () => {
    for (const fn of cleanups.reverse())
      await fn().catch((err: Error) => say(`while stopping: ${err.message}`));
  };
  let stopRequested = false;
  const signalled = new Promise<void>((resolve) => {
    const onSignal = () => {
      stopRequested = true;
      resolve();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  });

  try {
    await setUpEnvironment(say, cleanups);
    if (stopRequested) return;
    const inbox = await startInbox({ secret: process.env.WEBHOOK_SECRET! });
    cleanups.push(() => inbox.close());
    process.env.ONCALL_WEBHOOK_URL ??= inbox.url;
    const plan = await requirePlan(options.topology);
    const kafka = kafkajsPort({ brokers: plan.kafka.brokers, clientId: plan.kafka.clientId, logger });
    const created = await createTopics(plan, kafka);
    say(
      `Topics ready: ${created.filter((t) => t.created).length} created, ${created.filter((t) => !t.created).length} existing.`,
    );

    const registry = createRegistry();
    const running = await startNodes(plan, logger, registry);
    cleanups.push(() => running.stop());
    const gateway = running.nodes.find((n) => n.node === 'gateway') as { address?: string } | undefined;
    const classifyProvider = process.env.CLASSIFY_PROVIDER ?? 'ollama';
    const header = [
      `ingestlayer dev — pipeline "${plan.name}" (${plan.file})`,
      `kafka ${plan.kafka.brokers.join(',')} · classify via ${classifyProvider} · inbox ${inbox.url}` +
        (gateway?.address ? ` · gateway ${gateway.address}` : '') +
        (running.metricsPort ? ` · metrics http://127.0.0.1:${running.metricsPort}/metrics` : ''),
    ];
    for (const line of header) say(line);
    const stopView = startView({
      plan,
      registry,
      inbox,
      write: options.write,
      interactive: options.interactive,
      header,
    });
    cleanups.push(stopView);

    if (options.demo) {
      const fed = await feedDemo({ plan, file: options.demoFile, brokers: plan.kafka.brokers });
      say(`Fed ${fed} demo tickets through the SDK; escalations appear below as the inbox receives them.`);
    }
    await Promise.race([signalled, running.done]);
    say('Stopping: finishing batches in flight…');
  } finally {
    await cleanUp();
    exitSoonAfterStop();
  }
}

/** Local Kafka, secrets and switches for the demo — each only where the user did not set it. */
async function setUpEnvironment(say: (line: string) => void, cleanups: (() => Promise<unknown>)[]) {
  if (!process.env.KAFKA_BROKERS) {
    const dir = devDefaults.kafkaDir;
    const status = await localKafkaStatus({ dir });
    if (status.running && status.bootstrap) {
      say(`Using the local Kafka already running at ${status.bootstrap} (${dir}).`);
      process.env.KAFKA_BROKERS = status.bootstrap;
    } else {
      const kafka = await startLocalKafka({ port: devDefaults.kafkaPort, dir, onProgress: say });
      cleanups.push(() => stopLocalKafka({ dir }));
      process.env.KAFKA_BROKERS = kafka.bootstrap;
    }
  }
  process.env.WEBHOOK_SECRET ??= randomBytes(24).toString('hex');
  process.env.HELPDESK_WEBHOOK_SECRET ||= randomBytes(24).toString('hex');
  process.env.ONCALL_ALLOW_PRIVATE_NETWORK ??= 'true';
  process.env.ONCALL_ALLOW_INSECURE_HTTP ??= 'true';
  // Without a model server the demo classifies with the topology's rules.
  process.env.CLASSIFY_PROVIDER ??= process.env.OLLAMA_HOST ? 'ollama' : 'rules';
  process.env.GATEWAY_PORT ??= String(await freePortOr(devDefaults.gatewayPort));
  process.env.METRICS_PORT ??= String(await freePortOr(devDefaults.metricsPort));
}

async function startNodes(
  plan: Plan,
  logger: Logger,
  registry: ReturnType<typeof createRegistry>,
): Promise<Running> {
  return runPlan({ plan, logger, registry, metricsPort: Number(process.env.METRICS_PORT) });
}

/** `preferred` when it is free, else any free port (a newcomer's 8080 is often taken). */
async function freePortOr(preferred: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as net.AddressInfo;
        server.close(() => resolve(bound));
      });
    });
  return (await tryListen(preferred)) ?? (await tryListen(0))!;
}

export type { Inbox };
