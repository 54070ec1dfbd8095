// classify: writes one label from a fixed set into a payload field — from the user's model (`ollama`) or
// from regex rules (`rules`, no server). This file holds the config schema and the step; `classify/` holds
// the providers, the cache, the prompt templates and the config checks.
import { Type, type Static } from '@sinclair/typebox';
import type { ComponentContext, Envelope, Step, StepKind } from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { IngestlayerError, nonRetryable, type ErrorCode } from '../runtime/errors.ts';
import { LabelCache, cacheKey } from './classify/cache.ts';
import { check, ownIssues } from './classify/check.ts';
import { createOllamaClassifier, type Verdict } from './classify/ollama.ts';
import { createRulesClassifier } from './classify/rules.ts';
import { compileTemplate, stringFields, textOf } from '../runtime/template.ts';

const Label = Type.String({ minLength: 1 });

// One model object for both providers, so a topology can carry the settings of each and switch with
// `provider: ${CLASSIFY_PROVIDER:-ollama}` (the flagship runs on rules where no model server is around).
// The keys the chosen provider needs are checked by `check` (classify/check.ts).
const Model = Type.Object(
  {
    provider: Type.Union([Type.Literal('ollama'), Type.Literal('rules')], {
      description: '`ollama`: the model you run; `rules`: regex rules, no server.',
    }),
    host: Type.String({
      default: 'http://127.0.0.1:11434',
      description: 'ollama: base URL of the Ollama server.',
    }),
    name: Type.Optional(
      Type.String({ minLength: 1, description: 'ollama (required): model name, e.g. `llama3.2:3b`.' }),
    ),
    prompt: Type.Optional(
      Type.String({
        description:
          'Prompt template (ollama), or the text the rules match (rules); `{{field}}` inserts a payload field ' +
          '(missing: empty). Default: every string field.',
      }),
    ),
    rules: Type.Optional(
      Type.Array(
        Type.Object(
          {
            label: Label,
            match: Type.String({ minLength: 1, description: 'Case-insensitive regular expression.' }),
          },
          { additionalProperties: false },
        ),
        { description: 'rules (required): tried in order; the first match gives the label.' },
      ),
    ),
    default: Type.Optional(Type.String({ description: 'rules (required): the label when no rule matches.' })),
  },
  { additionalProperties: false },
);

const schema = Type.Object(
  {
    field: Type.String({
      pattern: '^[A-Za-z_][A-Za-z0-9_]*$',
      description: 'Payload field that receives the label.',
    }),
    labels: Type.Array(Label, {
      minItems: 1,
      uniqueItems: true,
      description: 'The labels a model may answer.',
    }),
    model: Model,
    // No schema default here: TypeBox's Value.Default merges an object default into a given union value
    // (`{ label }` would become `{ label, dlq }`), so the default `{ dlq: true }` is applied in code.
    onError: Type.Optional(
      Type.Union(
        [
          Type.Object({ label: Label }, { additionalProperties: false }),
          Type.Object({ dlq: Type.Literal(true) }, { additionalProperties: false }),
        ],
        {
          description:
            'For an event the model cannot label (no valid label after one repair turn, every call timed ' +
            'out): write `label`, or dead-letter it (default: `{ dlq: true }`). A model server that is down ' +
            'is retried, never labelled.',
        },
      ),
    ),
    cache: Type.Object(
      {
        maxEntries: Type.Integer({
          minimum: 0,
          default: 100_000,
          description: 'Labels kept per node (0: none).',
        }),
        ttl: Duration({ default: '24h', description: 'How long a cached label is reused.' }),
        shared: Type.Boolean({
          default: false,
          description: 'Also keep labels in a store shared by every replica, kept across restarts.',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    concurrency: Type.Integer({
      minimum: 1,
      maximum: 1024,
      default: 16,
      description: 'Model calls in flight per node.',
    }),
    timeout: Duration({ default: '30s', description: 'Limit for one model call.' }),
    retry: Type.Object(
      {
        maxAttempts: Type.Integer({
          minimum: 1,
          maximum: 100,
          default: 4,
          description: 'Attempts per model call.',
        }),
        initialDelay: Duration({
          default: '500ms',
          description: 'Backoff ceiling before the second attempt.',
        }),
        maxDelay: Duration({ default: '30s', description: 'Longest backoff between attempts.' }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false },
);

export type ClassifyConfig = Static<typeof schema>;

/** What tests and benchmarks may replace; production uses the defaults. */
export interface ClassifyDeps {
  now?: () => number;
  fetch?: typeof fetch;
  random?: () => number;
}

const storeName = 'classify-cache';
// Part of every cache key: bump it when the request shape changes, so old answers are not reused.
const cacheVersion = 'classify/1';

function withLabel(event: Envelope, field: string, label: string): Envelope[] {
  return [{ ...event, payload: { ...event.payload, [field]: label } }];
}

const failureCodes: Record<Extract<Verdict, { kind: 'failed' }>['reason'], ErrorCode> = {
  invalid_label: 'MODEL_LABEL_INVALID',
  timeout: 'MODEL_TIMEOUT',
  rejected: 'STEP_FAILED',
};

const failureMessages: Record<Extract<Verdict, { kind: 'failed' }>['reason'], string> = {
  invalid_label: 'the model answered outside `labels`, also after the repair turn',
  timeout: 'every model call for this event timed out',
  rejected: 'the model server rejected the request',
};

/** Builds the step; `create` is this with production dependencies. */
export async function createClassifyStep(
  config: ClassifyConfig,
  ctx: ComponentContext,
  deps: ClassifyDeps = {},
): Promise<Step> {
  const issues = ownIssues(config);
  if (issues[0]) {
    const first = issues[0];
    throw new IngestlayerError(first.code, `${first.path.join('.')}: ${first.message}`);
  }
  const { field, model } = config;

  if (model.provider === 'rules') {
    // ownIssues above guarantees both are present for the rules provider.
    const classifyPayload = createRulesClassifier({
      ...model,
      provider: 'rules',
      rules: model.rules!,
      default: model.default!,
    });
    return {
      process(event) {
        const label = classifyPayload(event.payload);
        ctx.metrics.classifyLabel(label);
        return withLabel(event, field, label);
      },
    };
  }

  const now = deps.now ?? Date.now;
  const onError = config.onError ?? { dlq: true };
  const fallbackLabel = 'label' in onError ? onError.label : undefined;
  const template = model.prompt === undefined ? undefined : compileTemplate(model.prompt);
  const defaultHeader = `Classify this event as one of: ${config.labels.join(', ')}.\n`;
  const ollama = createOllamaClassifier({
    host: model.host,
    model: model.name!,
    labels: config.labels,
    timeoutMs: toMs(config.timeout as string | number),
    retry: {
      maxAttempts: config.retry.maxAttempts,
      initialDelayMs: toMs(config.retry.initialDelay as string | number),
      maxDelayMs: toMs(config.retry.maxDelay as string | number),
    },
    concurrency: config.concurrency,
    metrics: ctx.metrics,
    signal: ctx.signal,
    ...(deps.fetch && { fetch: deps.fetch }),
    ...(deps.random && { random: deps.random }),
  });
  // The runtime closes the stores it opened for a node, after the node has stopped.
  const store = config.cache.shared ? await ctx.openStore(storeName) : undefined;
  const cache = new LabelCache({
    maxEntries: config.cache.maxEntries,
    ttlMs: toMs(config.cache.ttl as string | number),
    labels: config.labels,
    metrics: ctx.metrics,
    logger: ctx.logger,
    now,
    ...(store && { store }),
  });
  const keyPrefix = [cacheVersion, 'ollama', model.name!, model.prompt ?? null, config.labels];

  return {
    async process(event) {
      const payload = event.payload;
      let key: string;
      let prompt: () => string;
      if (template) {
        key = cacheKey([...keyPrefix, template.fields.map((name) => textOf(payload[name]))]);
        prompt = () => template.render(payload);
      } else {
        const fields = stringFields(payload);
        key = cacheKey([...keyPrefix, fields]);
        prompt = () => defaultHeader + fields.map(([name, value]) => `${name}: ${value}`).join('\n');
      }
      const verdict = await cache.lookup(key, () => ollama.classify(prompt()));
      if (verdict.kind === 'label') {
        ctx.metrics.classifyLabel(verdict.label);
        return withLabel(event, field, verdict.label);
      }
      const code = failureCodes[verdict.reason];
      const message =
        failureMessages[verdict.reason] + (verdict.status === undefined ? '' : ` (HTTP ${verdict.status})`);
      if (fallbackLabel !== undefined) {
        ctx.logger.warn({ code, fallback: 'label' }, 'classify: onError label applied');
        ctx.metrics.classifyLabel(fallbackLabel);
        return withLabel(event, field, fallbackLabel);
      }
      throw nonRetryable(code, message, verdict.status === undefined ? {} : { status: verdict.status });
    },
  };
}

export const classify: StepKind<typeof schema> = {
  kind: 'classify',
  summary:
    'Labels each event from a fixed set (`labels`) into `field`, with the model you bring (Ollama) or with regex ' +
    'rules. Model answers are cached; a model server that is down is retried, never replaced by a made-up label.',
  schema,
  example: `
- id: classify
  uses: classify
  topic: support-escalations.classified
  field: urgency
  labels: [low, high, critical]
  model:
    provider: ollama
    host: http://127.0.0.1:11434
    name: llama3.2:3b
    prompt: |
      Classify the urgency of this support ticket as low, high or critical.
      Subject: {{subject}}
      Body: {{body}}
  onError: { label: critical }
  cache: { maxEntries: 100000, ttl: 24h }
`,
  check,
  addsFields: (config) => [config.field],
  create: (config, ctx) => createClassifyStep(config, ctx),
};
