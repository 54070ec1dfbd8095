// The frozen plan a topology file compiles to. Everything that runs (nodes, topics, groups, DLQs) and
// everything generated (manifests, docs, types) is derived from it.
import type { AnyDestinationKind, AnyStepKind } from '../runtime/component.ts';
import type { EventDefinition } from './events.ts';

export interface TopicPlan {
  readonly name: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  readonly retentionMs: number;
  readonly compacted: boolean;
  /** Who writes it: the source, a step id, or the DLQ of a node. */
  readonly role: 'source' | 'step' | 'dlq' | 'store';
}

interface NodePlanBase {
  readonly id: string;
  /** The consumer group of this node: `<pipeline>.<id>`. */
  readonly group: string;
  /** `<pipeline>.<id>.dlq` */
  readonly dlqTopic: string;
  readonly input: string;
}

export interface StepPlan extends NodePlanBase {
  readonly role: 'step';
  readonly kind: AnyStepKind;
  readonly output: string;
  readonly delivery: 'at-least-once' | 'exactly-once';
  /** The kind's own config, validated with defaults applied. */
  readonly config: Readonly<Record<string, unknown>>;
}

export interface RetryPlan {
  readonly maxAttempts: number;
  readonly initialDelayMs: number;
  readonly maxDelayMs: number;
}

export interface DestinationPlan extends NodePlanBase {
  readonly role: 'destination';
  readonly kind: AnyDestinationKind;
  readonly when: string | undefined;
  readonly retry: RetryPlan;
  readonly maxInFlight: number;
  readonly circuitBreaker: {
    readonly failureThreshold: number;
    readonly probeIntervalMs: number;
    readonly maxProbeIntervalMs: number;
  };
  readonly config: Readonly<Record<string, unknown>>;
}

export interface GatewayPlan {
  readonly id: 'gateway';
  readonly output: string;
  readonly config: Readonly<Record<string, unknown>>;
}

export interface Plan {
  readonly file: string;
  readonly version: 1;
  readonly name: string;
  readonly kafka: {
    readonly brokers: readonly string[];
    readonly schemaRegistry: string | undefined;
    readonly clientId: string;
  };
  readonly events: Readonly<Record<string, EventDefinition>>;
  readonly source: { readonly event: string; readonly topic: string };
  readonly gateway: GatewayPlan | undefined;
  readonly steps: readonly StepPlan[];
  readonly destinations: readonly DestinationPlan[];
  readonly topics: readonly TopicPlan[];
  readonly observability: { readonly port: number };
}

export type NodePlan = StepPlan | DestinationPlan;

/** Every node id in the plan, in pipeline order (gateway first). */
export function nodeIds(plan: Plan): string[] {
  return [
    ...(plan.gateway ? ['gateway'] : []),
    ...plan.steps.map((s) => s.id),
    ...plan.destinations.map((d) => d.id),
  ];
}
