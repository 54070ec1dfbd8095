// Topology loader: YAML with positions → `${VAR}` interpolation → schema (whole file, then each
// component's own schema) → graph checks → a frozen plan. Every error is collected, each with
// file:line:col, before anything is returned.
import { readFile } from 'node:fs/promises';
import { Value } from '@sinclair/typebox/value';
import type { TSchema } from '@sinclair/typebox';
import {
  LineCounter,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parse as parseYaml,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { stepKinds as registeredStepKinds } from '../operators/index.ts';
import { destinationKinds as registeredDestinationKinds } from '../connectors/index.ts';
import type { AnyDestinationKind, AnyStepKind, ConfigIssue } from '../runtime/component.ts';
import { toMs } from '../runtime/duration.ts';
import { codePrefix, type ErrorCode } from '../runtime/errors.ts';
import { expressionIssues } from '../runtime/cel.ts';
import { fieldSpecs } from './events.ts';
import { hasMask, maskReferences, resolveMasks, type Reference } from './interpolate.ts';
import type { DestinationPlan, GatewayPlan, Plan, StepPlan, TopicPlan } from './plan.ts';
import { TopologySchema, destinationCommonKeys, stepCommonKeys, type TopologyDocument } from './schema.ts';

export type Path = readonly (string | number)[];

export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly path: string;
  readonly message: string;
  readonly code: ErrorCode;
  readonly severity: 'error' | 'warning';
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  /** `warn` (validate): an unset `${VAR}` is reported and left as text. `error` (run): it fails the load. */
  missingEnv?: 'error' | 'warn';
  stepKinds?: readonly AnyStepKind[];
  destinationKinds?: readonly AnyDestinationKind[];
}

export type LoadResult =
  | { ok: true; plan: Plan; warnings: Diagnostic[] }
  | { ok: false; errors: Diagnostic[]; warnings: Diagnostic[] };

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.path ? `${d.path}: ` : '';
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${d.file}:${d.line}:${d.col} ${tag}${where}${d.message} [${codePrefix}${d.code}]`;
}

export function formatPath(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

export async function loadTopologyFile(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    const diagnostic: Diagnostic = {
      file,
      line: 1,
      col: 1,
      path: '',
      message: `cannot read the topology: ${reason}`,
      code: 'TOPOLOGY_FILE',
      severity: 'error',
    };
    return { ok: false, errors: [diagnostic], warnings: [] };
  }
  return loadTopology(text, file, options);
}

/** Loads and throws one error listing every diagnostic; for callers that cannot go on without a plan. */
export async function requirePlan(file: string, options: LoadOptions = {}): Promise<Plan> {
  const result = await loadTopologyFile(file, { missingEnv: 'error', ...options });
  if (result.ok) return result.plan;
  throw new TopologyError(result.errors);
}

export class TopologyError extends Error {
  readonly code = 'TOPOLOGY_SCHEMA';
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(`invalid topology:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
    this.name = 'TopologyError';
    this.diagnostics = diagnostics;
  }
}

export function loadTopology(text: string, file: string, options: LoadOptions = {}): LoadResult {
  return new Loader(text, file, options).load();
}

class Loader {
  private readonly errors: Diagnostic[] = [];
  private readonly warnings: Diagnostic[] = [];
  private readonly lineCounter = new LineCounter();
  private readonly stepKinds: readonly AnyStepKind[];
  private readonly destinationKinds: readonly AnyDestinationKind[];
  private doc!: Document.Parsed;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly options: LoadOptions,
  ) {
    this.stepKinds = options.stepKinds ?? registeredStepKinds;
    this.destinationKinds = options.destinationKinds ?? registeredDestinationKinds;
  }

  load(): LoadResult {
    const { masked, references } = maskReferences(this.text);
    this.doc = parseDocument(masked, {
      lineCounter: this.lineCounter,
      uniqueKeys: true,
      prettyErrors: false,
    });
    for (const e of this.doc.errors)
      this.reportAtOffset(e.pos[0], '', e.message.split('\n')[0] ?? e.message, 'TOPOLOGY_YAML');
    if (this.errors.length > 0) return this.result();
    this.interpolate(references);

    const raw: unknown = this.doc.toJS({ maxAliasCount: 100 });
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      this.report(
        [],
        'the topology must be a mapping with version, name, kafka, events, source, steps, destinations',
        'TOPOLOGY_SCHEMA',
      );
      return this.result();
    }
    const checked = this.validate(TopologySchema, raw, []);
    const steps = this.componentConfigs('steps', raw, this.stepKinds, stepCommonKeys);
    const destinations = this.componentConfigs(
      'destinations',
      raw,
      this.destinationKinds,
      destinationCommonKeys,
    );
    // Graph checks run even when the schema found errors, so one run reports everything it can; a
    // document too broken for them (a missing section, a list that is not a list) stops them quietly,
    // since the schema errors already explain it.
    let plan: Plan | undefined;
    try {
      plan = this.buildPlan(checked.value as TopologyDocument, steps, destinations);
    } catch (err) {
      if (checked.valid || !(err instanceof TypeError)) throw err;
    }
    return this.result(checked.valid ? plan : undefined);
  }

  private result(plan?: Plan): LoadResult {
    const sort = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.col - b.col;
    this.errors.sort(sort);
    this.warnings.sort(sort);
    if (plan && this.errors.length === 0)
      return { ok: true, plan: deepFreeze(plan), warnings: this.warnings };
    return { ok: false, errors: this.errors, warnings: this.warnings };
  }

  // ── interpolation ────────────────────────────────────────────────────────────────────────────────
  private interpolate(references: Reference[]) {
    if (references.length === 0) return;
    const env = this.options.env ?? process.env;
    visit(this.doc, {
      Scalar: (_key, node) => {
        if (typeof node.value !== 'string' || !hasMask(node.value)) return;
        const { value, missing, whole } = resolveMasks(node.value, references, env);
        for (const ref of missing) {
          const message = `environment variable ${ref.name} is not set and has no default (write \${${ref.name}:-default} to give one)`;
          if (this.options.missingEnv === 'error')
            this.reportAtOffset(ref.offset, '', message, 'TOPOLOGY_ENV');
          else this.reportAtOffset(ref.offset, '', message, 'TOPOLOGY_ENV', 'warning');
        }
        // A plain scalar that was exactly one reference is read as YAML again, so `port: ${PORT:-8080}`
        // is a number and `enabled: ${FLAG:-false}` a boolean.
        if (whole && node.type === 'PLAIN' && missing.length === 0) {
          const typed: unknown = safeScalar(value);
          node.value = typed;
        } else {
          node.value = value;
        }
      },
    });
  }

  // ── schema validation ────────────────────────────────────────────────────────────────────────────
  /** Applies defaults and reports every schema error under `base`; returns the value when valid. */
  private validate(schema: TSchema, value: unknown, base: Path): { value: unknown; valid: boolean } {
    const withDefaults = Value.Default(schema, Value.Clone(value));
    const seen = new Set<string>();
    let valid = true;
    for (const error of Value.Errors(schema, withDefaults)) {
      valid = false;
      const path = [...base, ...pointerToPath(error.path)];
      const key = formatPath(path);
      if ([...seen].some((s) => key === s || key.startsWith(s + '.') || key.startsWith(s + '['))) continue;
      seen.add(key);
      const atKey = error.message === 'Unexpected property';
      this.report(
        path,
        describeSchemaError(error.message, error.schema, error.value),
        'TOPOLOGY_SCHEMA',
        undefined,
        atKey,
      );
    }
    return { value: withDefaults, valid };
  }

  private componentConfigs<K extends AnyStepKind | AnyDestinationKind>(
    section: 'steps' | 'destinations',
    raw: object,
    kinds: readonly K[],
    commonKeys: string[],
  ): ({ kind: K; config: Record<string, unknown> } | undefined)[] {
    const list = (raw as Record<string, unknown>)[section];
    if (!Array.isArray(list)) return [];
    return list.map((item: unknown, index) => {
      if (item === null || typeof item !== 'object' || typeof (item as { uses?: unknown }).uses !== 'string')
        return undefined;
      const uses = (item as { uses: string }).uses;
      const kind = kinds.find((k) => k.kind === uses);
      if (!kind) {
        const known = kinds.map((k) => k.kind);
        const hint = closest(uses, known);
        const message = `unknown ${section === 'steps' ? 'step' : 'destination'} kind "${uses}"${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${known.join(', ') || 'none'}`;
        this.report([section, index, 'uses'], message, 'TOPOLOGY_UNKNOWN_KIND');
        return undefined;
      }
      const own = Object.fromEntries(Object.entries(item).filter(([key]) => !commonKeys.includes(key)));
      const config = this.validate(kind.schema, own, [section, index]);
      return config.valid ? { kind, config: config.value as Record<string, unknown> } : undefined;
    });
  }

  // ── graph checks and the plan ────────────────────────────────────────────────────────────────────
  private buildPlan(
    doc: TopologyDocument,
    stepConfigs: ({ kind: AnyStepKind; config: Record<string, unknown> } | undefined)[],
    destinationConfigs: ({ kind: AnyDestinationKind; config: Record<string, unknown> } | undefined)[],
  ): Plan | undefined {
    const name = doc.name;
    const defaults = doc.kafka.topics;
    const ids = new Map<string, Path>();
    const claimId = (id: string, path: Path) => {
      const first = ids.get(id);
      if (first)
        this.report(
          path,
          `duplicate id "${id}" (first used at ${this.where(first)})`,
          'TOPOLOGY_DUPLICATE_ID',
        );
      else ids.set(id, path);
    };
    if (doc.gateway) ids.set('gateway', ['gateway']);

    // Event references.
    if (!doc.events[doc.source.event]) this.unknownEvent(doc, ['source', 'event'], doc.source.event);
    doc.gateway?.webhooks.forEach((w, i) => {
      if (!doc.events[w.event]) this.unknownEvent(doc, ['gateway', 'webhooks', i, 'event'], w.event);
    });

    // Topics and who produces them.
    const producers = new Map<string, Path>([[doc.source.topic, ['source', 'topic']]]);
    const produce = (topic: string, path: Path) => {
      const first = producers.get(topic);
      if (first)
        this.report(
          path,
          `topic "${topic}" is already produced by ${this.where(first)}; each topic has one producer`,
          'TOPOLOGY_TOPIC_CONFLICT',
        );
      else producers.set(topic, path);
    };
    const sourceEvent = doc.events[doc.source.event];
    let fields = new Set<string>(sourceEvent ? fieldSpecs(sourceEvent).map((f) => f.name) : []);
    const fieldsByTopic = new Map<string, Set<string>>([[doc.source.topic, fields]]);
    let previousTopic = doc.source.topic;
    const steps: StepPlan[] = [];

    doc.steps.forEach((step, i) => {
      claimId(step.id, ['steps', i, 'id']);
      const input = step.from ?? previousTopic;
      const output = step.topic ?? `${name}.${step.id}`;
      if (!producers.has(input)) this.dangling(['steps', i, step.from ? 'from' : 'id'], input);
      produce(output, ['steps', i, step.topic ? 'topic' : 'id']);
      const inFields = fieldsByTopic.get(input) ?? fields;
      const resolved = stepConfigs[i];
      if (!resolved) {
        // An invalid step still tells later nodes which fields it adds, so one mistake is reported once
        // instead of again at every node downstream.
        const kind = this.stepKinds.find((k) => k.kind === step.uses);
        try {
          fields = new Set([...inFields, ...(kind?.addsFields?.(step) ?? [])]);
        } catch {
          fields = new Set(inFields);
        }
        fieldsByTopic.set(output, fields);
      } else {
        this.issues(['steps', i], resolved.kind.check?.(resolved.config, { fields: inFields }) ?? []);
        const added = resolved.kind.addsFields?.(resolved.config) ?? [];
        fields = new Set([...inFields, ...added]);
        fieldsByTopic.set(output, fields);
        steps.push({
          role: 'step',
          id: step.id,
          kind: resolved.kind,
          config: resolved.config,
          input,
          output,
          delivery: step.delivery,
          group: `${name}.${step.id}`,
          dlqTopic: `${name}.${step.id}.dlq`,
        });
      }
      previousTopic = output;
    });

    const destinations: DestinationPlan[] = [];
    doc.destinations.forEach((dest, i) => {
      claimId(dest.id, ['destinations', i, 'id']);
      const input = dest.from ?? previousTopic;
      if (!producers.has(input)) this.dangling(['destinations', i, dest.from ? 'from' : 'id'], input);
      if (dest.when !== undefined) {
        for (const issue of expressionIssues(dest.when, fieldsByTopic.get(input) ?? fields)) {
          this.report(['destinations', i, 'when'], issue.message, 'TOPOLOGY_EXPRESSION', issue.offset);
        }
      }
      const resolved = destinationConfigs[i];
      if (!resolved) return;
      this.issues(
        ['destinations', i],
        resolved.kind.check?.(resolved.config, { fields: fieldsByTopic.get(input) ?? fields }) ?? [],
      );
      destinations.push({
        role: 'destination',
        id: dest.id,
        kind: resolved.kind,
        config: resolved.config,
        input,
        when: dest.when,
        retry: {
          maxAttempts: dest.retry.maxAttempts,
          initialDelayMs: toMs(dest.retry.initialDelay as string | number),
          maxDelayMs: toMs(dest.retry.maxDelay as string | number),
        },
        maxInFlight: dest.maxInFlight,
        circuitBreaker: {
          failureThreshold: dest.circuitBreaker.failureThreshold,
          probeIntervalMs: toMs(dest.circuitBreaker.probeInterval as string | number),
          maxProbeIntervalMs: toMs(dest.circuitBreaker.maxProbeInterval as string | number),
        },
        group: `${name}.${dest.id}`,
        dlqTopic: `${name}.${dest.id}.dlq`,
      });
    });

    const topic = (topicName: string, role: TopicPlan['role']): TopicPlan => ({
      name: topicName,
      partitions: defaults.partitions,
      replicationFactor: defaults.replicationFactor,
      retentionMs: toMs((role === 'dlq' ? defaults.dlqRetention : defaults.retention) as string | number),
      compacted: false,
      role,
    });
    const topics: TopicPlan[] = [
      topic(doc.source.topic, 'source'),
      ...steps.map((s) => topic(s.output, 'step')),
      ...(doc.gateway ? [topic(`${name}.gateway.dlq`, 'dlq')] : []),
      ...steps.map((s) => topic(s.dlqTopic, 'dlq')),
      ...destinations.map((d) => topic(d.dlqTopic, 'dlq')),
    ];

    const gateway: GatewayPlan | undefined = doc.gateway
      ? { id: 'gateway', output: doc.source.topic, config: doc.gateway as unknown as Record<string, unknown> }
      : undefined;
    const brokers = (Array.isArray(doc.kafka.brokers) ? doc.kafka.brokers : doc.kafka.brokers.split(','))
      .map((b) => b.trim())
      .filter(Boolean);
    return {
      file: this.file,
      version: 1,
      name,
      kafka: { brokers, schemaRegistry: doc.kafka.schemaRegistry || undefined, clientId: doc.kafka.clientId },
      events: doc.events,
      source: doc.source,
      gateway,
      steps,
      destinations,
      topics,
      observability: doc.observability,
    };
  }

  private unknownEvent(doc: TopologyDocument, path: Path, event: string) {
    const known = Object.keys(doc.events);
    const hint = closest(event, known);
    this.report(
      path,
      `event type "${event}" is not defined in events${hint ? ` (did you mean "${hint}"?)` : ''}`,
      'TOPOLOGY_UNKNOWN_EVENT',
    );
  }

  private dangling(path: Path, topic: string) {
    this.report(
      path,
      `reads topic "${topic}", which no node of this topology produces`,
      'TOPOLOGY_DANGLING_TOPIC',
    );
  }

  private issues(base: Path, issues: ConfigIssue[]) {
    for (const issue of issues)
      this.report([...base, ...issue.path], issue.message, issue.code, issue.offset);
  }

  // ── positions ────────────────────────────────────────────────────────────────────────────────────
  private report(path: Path, message: string, code: ErrorCode, offsetInValue?: number, atKey = false) {
    const node = this.nodeAt(path, atKey);
    let offset = node?.range?.[0] ?? 0;
    if (offsetInValue !== undefined && node && isScalar(node) && node.srcToken && 'source' in node.srcToken) {
      // Point inside the expression: plain scalars start at the value; quoted ones one character later.
      offset += offsetInValue + (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0);
    }
    this.reportAtOffset(offset, formatPath(path), message, code);
  }

  private reportAtOffset(
    offset: number,
    path: string,
    message: string,
    code: ErrorCode,
    severity: 'error' | 'warning' = 'error',
  ) {
    const { line, col } = this.lineCounter.linePos(offset);
    (severity === 'error' ? this.errors : this.warnings).push({
      file: this.file,
      line: Math.max(line, 1),
      col: Math.max(col, 1),
      path,
      message,
      code,
      severity,
    });
  }

  private where(path: Path): string {
    const node = this.nodeAt(path);
    const { line, col } = this.lineCounter.linePos(node?.range?.[0] ?? 0);
    return `${formatPath(path)} (${line}:${col})`;
  }

  /** The deepest YAML node along `path` (the parent when the key is missing). */
  private nodeAt(path: Path, atKey = false): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const [depth, part] of path.entries()) {
      if (!isCollection(node)) break;
      let next: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === part);
        const last = depth === path.length - 1;
        next = pair ? ((atKey && last ? pair.key : pair.value) ?? pair.key) : undefined;
      } else if (isSeq(node)) {
        next = typeof part === 'number' ? node.items[part] : undefined;
      }
      if (next === undefined || next === null) break;
      node = next;
    }
    return node as Node | undefined;
  }
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describeSchemaError(message: string, schema: TSchema, value: unknown): string {
  const description = typeof schema.description === 'string' ? ` — ${schema.description}` : '';
  if (message === 'Expected required property') return `missing required key${description}`;
  if (message === 'Unexpected property') return 'unknown key (check the spelling; see docs/components.md)';
  if ('anyOf' in schema && Array.isArray(schema.anyOf)) {
    const consts = schema.anyOf.map((s: TSchema) => s.const).filter((c: unknown) => c !== undefined);
    if (consts.length === schema.anyOf.length)
      return `must be one of ${consts.map((c: unknown) => JSON.stringify(c)).join(', ')}, got ${JSON.stringify(value)}`;
    return `invalid value ${JSON.stringify(value)}${description}`;
  }
  if ('const' in schema) return `must be ${JSON.stringify(schema.const)}, got ${JSON.stringify(value)}`;
  if (typeof schema.pattern === 'string' && typeof value === 'string')
    return `${JSON.stringify(value)} is not valid${description}`;
  return `${message.charAt(0).toLowerCase()}${message.slice(1)}${description}`;
}

function safeScalar(text: string): unknown {
  try {
    const value: unknown = parseYaml(text);
    return value === null || typeof value === 'object' ? text : value;
  } catch {
    return text;
  }
}

/** The known name closest to `name` by edit distance, when it is close enough to be a likely typo. */
function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.ceil(name.length / 3)) + 1;
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length]!;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) {
      // Kinds are shared module objects; freezing them is fine but unnecessary, and skipping them keeps
      // the plan's own data frozen without touching the registry.
      if (typeof v === 'object' && v !== null && !('create' in v)) deepFreeze(v);
    }
  }
  return value;
}
