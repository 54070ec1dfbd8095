// `ingestlayer run -t <file> [--only <id> …]` and `ingestlayer topics create -t <file>`.
import { Command, InvalidArgumentError } from 'commander';
import { requirePlan } from '../../topology/loader.ts';
import { kafkajsPort } from '../kafka.ts';
import { createLogger } from '../logger.ts';
import { runPlan } from '../runner.ts';
import { createTopics } from '../topics.ts';

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port number from 0 to 65535');
  return port;
}

const collect = (value: string, previous: string[]) => [...previous, ...value.split(',').filter(Boolean)];

export function runCommand(): Command {
  return new Command('run')
    .description("run the topology's nodes (all by default) against its Kafka")
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .option('--only <node-id>', 'run only this node (repeatable, or comma separated)', collect, [])
    .option(
      '--metrics-port <port>',
      '/metrics, /healthz, /readyz port (default: observability.port)',
      parsePort,
    )
    .option('--log-level <level>', 'pino log level', 'info')
    .action(async (opts: { topology: string; only: string[]; metricsPort?: number; logLevel: string }) => {
      const plan = await requirePlan(opts.topology);
      const logger = createLogger({ level: opts.logLevel });
      const running = await runPlan({ plan, logger, only: opts.only, metricsPort: opts.metricsPort });
      logger.info({ nodes: running.nodes.map((n) => n.node), metricsPort: running.metricsPort }, 'running');
      await untilSignalOrFailure(running, logger);
    });
}

/** SIGTERM/SIGINT → finish the batches in flight, commit, leave the groups, exit 0. */
export async function untilSignalOrFailure(
  running: { stop(): Promise<void>; done: Promise<void> },
  logger: { info(msg: string): void; error(obj: object, msg: string): void },
): Promise<void> {
  const signalled = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  const outcome = await Promise.race([
    signalled,
    running.done.then(
      () => 'done' as const,
      (err: Error) => err,
    ),
  ]);
  if (outcome instanceof Error) {
    logger.error({ err: { message: outcome.message } }, 'a node failed; stopping');
    await running.stop();
    process.exitCode = 1;
    exitSoonAfterStop();
    return;
  }
  logger.info(`${outcome}: stopping`);
  await running.stop();
  exitSoonAfterStop();
}

export function topicsCommand(): Command {
  const topics = new Command('topics').description("manage the topology's Kafka topics");
  topics
    .command('create')
    .description('create the topics (and DLQs) of a topology; existing topics are left alone')
    .requiredOption('-t, --topology <file>', 'topology YAML file')
    .action(async (opts: { topology: string }) => {
      const plan = await requirePlan(opts.topology);
      const logger = createLogger({ level: 'warn' });
      const reports = await createTopics(
        plan,
        kafkajsPort({ brokers: plan.kafka.brokers, clientId: plan.kafka.clientId, logger }),
      );
      for (const { topic, created } of reports) {
        process.stdout.write(
          `${created ? 'created' : 'exists '} ${topic.name} (${topic.partitions} partitions, ${topic.role})\n`,
        );
      }
    });
  return topics;
}

/** How long a stopped process may linger on open client sockets before it exits anyway. */
export const exitGraceMs = 5_000;

/**
 * Everything is committed and every group left once stop() resolves; what can still hold the process open
 * is a client retrying a connection to an unreachable broker. Exit after a short grace period instead of
 * waiting out its retries (the timer does not itself keep the process alive).
 */
export function exitSoonAfterStop(): void {
  setTimeout(() => process.exit(), exitGraceMs).unref();
}
