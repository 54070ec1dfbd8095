// classify as a kind: registration, the documented example, check(), and the `rules` provider.
// The `ollama` provider and the cache have their own files under test/operators/classify/.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { classify } from '../../operators/classify.ts';
import { stepKinds } from '../../operators/index.ts';
import type { ConfigIssue } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { configOf, only, stepOf, testContext, ticket } from './classify/context.ts';

const ticketFields = new Set(['ticket_id', 'subject', 'body', 'customer_tier', 'channel']);

const rulesModel = {
  provider: 'rules',
  prompt: 'Subject: {{subject}}\nBody: {{body}}',
  rules: [
    { label: 'critical', match: 'outage|is down|data loss' },
    { label: 'high', match: 'refund|cannot log ?in' },
  ],
  default: 'low',
};

const rulesConfig = { field: 'urgency', labels: ['low', 'high', 'critical'], model: rulesModel };

describe('classify kind', () => {
  it('is registered', () => {
    assert.ok(stepKinds.includes(classify));
  });

  it('adds its field for later nodes', () => {
    assert.deepEqual(classify.addsFields?.(configOf(rulesConfig)), ['urgency']);
  });

  it('documents an example that validates and passes check()', () => {
    const nodes = parse(classify.example) as Record<string, unknown>[];
    assert.equal(nodes.length, 1);
    const { id, uses, topic, ...own } = nodes[0] as Record<string, unknown>;
    assert.deepEqual([id, uses, topic], ['classify', 'classify', 'support-escalations.classified']);
    const config = configOf(own);
    assert.deepEqual(classify.check?.(config, { fields: ticketFields }), []);
  });

  it('fills defaults the issue names', () => {
    const config = configOf({ ...rulesConfig, model: { provider: 'ollama', name: 'm' } });
    assert.equal(config.onError, undefined, 'onError defaults to { dlq: true } in code');
    assert.deepEqual(config.cache, { maxEntries: 100_000, ttl: '24h', shared: false });
    assert.equal(config.concurrency, 16);
    assert.equal(config.timeout, '30s');
    assert.deepEqual(config.retry, { maxAttempts: 4, initialDelay: '500ms', maxDelay: '30s' });
    assert.ok(config.model.provider === 'ollama' && config.model.host === 'http://127.0.0.1:11434');
  });
});

describe('classify check()', () => {
  const flagship = {
    field: 'urgency',
    labels: ['low', 'high', 'critical'],
    model: { provider: 'ollama', name: 'llama3.2:3b', prompt: 'Subject: {{subject}}\nBody: {{ body }}' },
    onError: { label: 'critical' },
  };

  const cases: { name: string; config: Record<string, unknown>; issues: Omit<ConfigIssue, 'message'>[] }[] = [
    { name: 'flagship config', config: flagship, issues: [] },
    { name: 'rules config', config: rulesConfig, issues: [] },
    {
      name: 'onError label outside labels',
      config: { ...flagship, onError: { label: 'urgent' } },
      issues: [{ path: ['onError', 'label'], code: 'TOPOLOGY_INCONSISTENT' }],
    },
    {
      name: 'prompt field that is not a payload field',
      config: { ...flagship, model: { ...flagship.model, prompt: '{{subject}} {{priority}}' } },
      issues: [{ path: ['model', 'prompt'], code: 'TOPOLOGY_INCONSISTENT' }],
    },
    {
      name: 'rule label outside labels',
      config: {
        ...rulesConfig,
        model: { ...rulesModel, rules: [...rulesModel.rules, { label: 'p1', match: 'x' }] },
      },
      issues: [{ path: ['model', 'rules', 2, 'label'], code: 'TOPOLOGY_INCONSISTENT' }],
    },
    {
      name: 'default outside labels',
      config: { ...rulesConfig, model: { ...rulesModel, default: 'normal' } },
      issues: [{ path: ['model', 'default'], code: 'TOPOLOGY_INCONSISTENT' }],
    },
    {
      name: 'regex that does not compile',
      config: {
        ...rulesConfig,
        model: { ...rulesModel, rules: [...rulesModel.rules, { label: 'low', match: '(thanks' }] },
      },
      issues: [{ path: ['model', 'rules', 2, 'match'], code: 'TOPOLOGY_EXPRESSION' }],
    },
    {
      name: 'ollama without a model name',
      config: { ...flagship, model: { provider: 'ollama', prompt: '{{subject}}' } },
      issues: [{ path: ['model'], code: 'TOPOLOGY_SCHEMA' }],
    },
    {
      name: 'rules without rules and default',
      config: { ...rulesConfig, model: { provider: 'rules' } },
      issues: [
        { path: ['model'], code: 'TOPOLOGY_SCHEMA' },
        { path: ['model'], code: 'TOPOLOGY_SCHEMA' },
      ],
    },
    {
      name: 'settings of both providers, switched by provider',
      config: { ...flagship, model: { ...flagship.model, ...rulesModel, provider: 'rules' } },
      issues: [],
    },
    {
      name: 'every problem at once',
      config: {
        ...rulesConfig,
        onError: { label: 'nope' },
        model: {
          provider: 'rules',
          prompt: '{{missing}}',
          rules: [{ label: 'bad', match: '[' }],
          default: 'none',
        },
      },
      issues: [
        { path: ['onError', 'label'], code: 'TOPOLOGY_INCONSISTENT' },
        { path: ['model', 'rules', 0, 'label'], code: 'TOPOLOGY_INCONSISTENT' },
        { path: ['model', 'rules', 0, 'match'], code: 'TOPOLOGY_EXPRESSION' },
        { path: ['model', 'default'], code: 'TOPOLOGY_INCONSISTENT' },
        { path: ['model', 'prompt'], code: 'TOPOLOGY_INCONSISTENT' },
      ],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const issues = classify.check?.(configOf(c.config), { fields: ticketFields }) ?? [];
      assert.deepEqual(
        issues.map(({ path, code }) => ({ path, code })),
        c.issues,
      );
      for (const issue of issues) assert.ok(issue.message.length > 0);
    });
  }

  it('points at each unknown prompt field once, with its offset in the prompt', () => {
    const prompt = 'S: {{subject}} P: {{priority}} again {{ priority }} T: {{team}}';
    const issues = classify.check?.(configOf({ ...flagship, model: { ...flagship.model, prompt } }), {
      fields: ticketFields,
    });
    assert.deepEqual(
      issues?.map((i) => i.offset),
      [prompt.indexOf('{{priority}}'), prompt.indexOf('{{team}}')],
    );
  });

  it('names the unknown prompt field in the message', () => {
    const [issue] =
      classify.check?.(configOf({ ...flagship, model: { ...flagship.model, prompt: '{{priority}}' } }), {
        fields: ticketFields,
      }) ?? [];
    assert.match(issue?.message ?? '', /\{\{priority\}\}/);
  });

  it('create() refuses a config that contradicts itself', async () => {
    await assert.rejects(
      stepOf({ ...rulesConfig, model: { ...rulesModel, default: 'normal' } }, testContext()),
      (err: unknown) => err instanceof IngestlayerError && err.code === 'TOPOLOGY_INCONSISTENT',
    );
  });
});

describe('classify with the rules provider', () => {
  const withPrompt: { name: string; payload: Record<string, unknown>; label: string }[] = [
    {
      name: 'matches case-insensitively',
      payload: { subject: 'Site is DOWN', body: 'help' },
      label: 'critical',
    },
    { name: 'matches in the body', payload: { subject: 'hi', body: 'we had Data Loss' }, label: 'critical' },
    { name: 'second rule', payload: { subject: 'Refund please', body: '' }, label: 'high' },
    { name: 'regex syntax in rules', payload: { subject: 'I cannot login', body: '' }, label: 'high' },
    {
      name: 'first matching rule wins',
      payload: { subject: 'refund after the outage', body: '' },
      label: 'critical',
    },
    { name: 'default when nothing matches', payload: { subject: 'thanks', body: 'all good' }, label: 'low' },
    { name: 'missing field renders empty', payload: { subject: 'is down' }, label: 'critical' },
    {
      name: 'only the rendered prompt is matched',
      payload: { subject: 'hi', body: 'x', channel: 'outage' },
      label: 'low',
    },
  ];
  for (const c of withPrompt) {
    it(`with a prompt: ${c.name}`, async () => {
      const step = await stepOf(rulesConfig, testContext());
      const out = await only(step.process(ticket(c.payload)));
      assert.equal(out.payload.urgency, c.label);
    });
  }

  const withoutPrompt: { name: string; payload: Record<string, unknown>; label: string }[] = [
    { name: 'any string field matches', payload: { subject: 'hi', channel: 'OUTAGE' }, label: 'critical' },
    { name: 'rule order beats field order', payload: { a: 'refund', b: 'outage' }, label: 'critical' },
    {
      name: 'non-string fields are ignored',
      payload: { subject: 'hi', tags: ['outage'], n: 1 },
      label: 'low',
    },
    { name: 'default', payload: { subject: 'hello' }, label: 'low' },
  ];
  for (const c of withoutPrompt) {
    it(`without a prompt: ${c.name}`, async () => {
      const { prompt: _prompt, ...model } = rulesModel;
      const step = await stepOf({ ...rulesConfig, model }, testContext());
      const out = await only(step.process(ticket(c.payload)));
      assert.equal(out.payload.urgency, c.label);
    });
  }

  it('returns a new envelope and leaves the input alone', async () => {
    const step = await stepOf(rulesConfig, testContext());
    const input = ticket({ subject: 'outage', body: 'b' });
    const snapshot = structuredClone(input);
    const out = await only(step.process(input));
    assert.deepEqual(input, snapshot);
    assert.notEqual(out, input);
    assert.notEqual(out.payload, input.payload);
    assert.deepEqual(out, { ...snapshot, payload: { ...snapshot.payload, urgency: 'critical' } });
  });

  it('counts labels and touches neither the cache nor model metrics', async () => {
    const ctx = testContext();
    const step = await stepOf(rulesConfig, ctx);
    await step.process(ticket({ subject: 'outage' }));
    await step.process(ticket({ subject: 'outage' }));
    await step.process(ticket({ subject: 'hello' }));
    assert.equal(await ctx.count('ingestlayer_classify_labels_total', { label: 'critical' }), 2);
    assert.equal(await ctx.count('ingestlayer_classify_labels_total', { label: 'low' }), 1);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'miss' }), 0);
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'ok' }), 0);
  });
});
