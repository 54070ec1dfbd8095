// Runs the nodes of a plan — all of them in one process for development, or a chosen few (`--only`) as
// one Deployment per node does in production. It builds each component's context, starts its host, and
// serves /metrics, /healthz and /readyz for the process.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ComponentContext, KeyValueStore } from './component.ts';
import { startStepNode, type NodeHandle } from './host.ts';
import { startDestinationNode } from './sink-host.ts';
import { startGatewayNode } from '../connectors/gateway.ts';
import { kafkajsPort, type KafkaPort } from './kafka.ts';
import { Metrics, createRegistry } from './metrics.ts';
import { startObservabilityServer, type ObservabilityServer } from './observability.ts';
import { serdeFor } from './serde.ts';
import { openKafkaStore } from './store.ts';
import { nodeIds, type Plan } from '../topology/plan.ts';

export { serdeFor };

export interface RunOptions {
  plan: Plan;
  logger: Logger;
  /** Node ids to run; all when empty. */
  only?: readonly string[];
  kafka?: KafkaPort;
  registry?: Registry;
  /** Port of /metrics etc.; the topology's `observability.port` when unset; `false` for none. */
  metricsPort?: number | false;
  /** Extra nodes started after the plan's own (the gateway registers itself this way). */
  startExtra?: (context: {
    plan: Plan;
    kafka: KafkaPort;
    registry: Registry;
    logger: Logger;
  }) => Promise<NodeHandle[]>;
}

export interface Running {
  readonly nodes: readonly NodeHandle[];
  readonly metricsPort: number | undefined;
  readonly registry: Registry;
  ready(): boolean;
  /** Stops every node (batch in flight finished and committed) and the HTTP server. */
  stop(): Promise<void>;
  /** Rejects when any node fails for good. */
  readonly done: Promise<void>;
}

export function checkOnly(plan: Plan, only: readonly string[]): void {
  const known = nodeIds(plan);
  const unknown = only.filter((id) => !known.includes(id));
  if (unknown.length)
    throw new Error(
      `unknown node id ${unknown.map((u) => `"${u}"`).join(', ')}; the topology has: ${known.join(', ')}`,
    );
}

export function componentContext(options: {
  plan: Plan;
  node: string;
  kafka: KafkaPort;
  registry: Registry;
  logger: Logger;
  signal: AbortSignal;
  stores: KeyValueStore[];
}): ComponentContext {
  const { plan, node, kafka } = options;
  return {
    pipeline: plan.name,
    node,
    logger: options.logger.child({ node }),
    metrics: Metrics.forNode(options.registry, node),
    signal: options.signal,
    async openStore(name) {
      const store = await openKafkaStore({
        kafka,
        topic: `${plan.name}.${node}.${name}`,
        logger: options.logger.child({ node }),
      });
      options.stores.push(store);
      return store;
    },
  };
}

export async function runPlan(options: RunOptions): Promise<Running> {
  const { plan, logger } = options;
  const only = options.only ?? [];
  checkOnly(plan, only);
  const wanted = (id: string) => only.length === 0 || only.includes(id);
  const kafka =
    options.kafka ?? kafkajsPort({ brokers: plan.kafka.brokers, clientId: plan.kafka.clientId, logger });
  const registry = options.registry ?? createRegistry();
  const serde = serdeFor(plan);
  const abort = new AbortController();
  const stores: KeyValueStore[] = [];
  const nodes: NodeHandle[] = [];

  const stopAll = async () => {
    abort.abort();
    // Downstream first is not needed for correctness (each node commits only what it finished); stop in
    // parallel so shutdown takes as long as the slowest batch, not the sum.
    await Promise.allSettled(nodes.map((n) => n.stop()));
    await Promise.allSettled(stores.map((s) => s.close()));
  };

  try {
    for (const step of plan.steps.filter((s) => wanted(s.id))) {
      const ctx = componentContext({
        plan,
        node: step.id,
        kafka,
        registry,
        logger,
        signal: abort.signal,
        stores,
      });
      const instance = await step.kind.create(step.config, ctx);
      nodes.push(
        await startStepNode({
          node: step.id,
          input: step.input,
          output: step.output,
          group: step.group,
          dlqTopic: step.dlqTopic,
          step: instance,
          kafka,
          serde,
          metrics: ctx.metrics,
          logger,
          exactlyOnce: step.delivery === 'exactly-once',
        }),
      );
    }
    for (const dest of plan.destinations.filter((d) => wanted(d.id))) {
      const ctx = componentContext({
        plan,
        node: dest.id,
        kafka,
        registry,
        logger,
        signal: abort.signal,
        stores,
      });
      const destination = await dest.kind.create(dest.config, ctx);
      nodes.push(
        await startDestinationNode({ plan: dest, destination, kafka, serde, metrics: ctx.metrics, logger }),
      );
    }
    if (plan.gateway && wanted('gateway'))
      nodes.push(await startGatewayNode({ plan, kafka, logger, registry, serde }));
  } catch (err) {
    await stopAll();
    throw err;
  }

  let server: ObservabilityServer | undefined;
  const ready = () => nodes.length > 0 && nodes.every((n) => n.ready());
  const port = options.metricsPort === undefined ? plan.observability.port : options.metricsPort;
  if (port !== false) {
    try {
      server = await startObservabilityServer({ port, registry, ready });
    } catch (err) {
      await stopAll();
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(
          `port ${port} for /metrics is taken; choose another with --metrics-port (0 picks a free one)`,
          { cause: err },
        );
      }
      throw err;
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    nodes,
    metricsPort: server?.port,
    registry,
    ready,
    stop: () =>
      (stopping ??= (async () => {
        await stopAll();
        await server?.close();
      })()),
    done: Promise.all(nodes.map((n) => n.done)).then(() => undefined),
  };
}
