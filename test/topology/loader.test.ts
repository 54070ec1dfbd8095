import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { Type } from '@sinclair/typebox';
import type { AnyDestinationKind } from '../../runtime/component.ts';
import { formatDiagnostic, loadTopology, type LoadOptions } from '../../topology/loader.ts';

const run = promisify(execFile);

// A destination kind of the test's own, so these tests do not depend on any real connector.
const recorder: AnyDestinationKind = {
  kind: 'recorder',
  summary: 'test destination',
  schema: Type.Object({ label: Type.String({ default: 'x' }) }, { additionalProperties: false }),
  example: '',
  create: () => ({ deliver: async () => ({ outcome: 'ok' }) }),
};

const base = `version: 1
name: demo
kafka:
  brokers: \${BROKERS:-127.0.0.1:9092}
events:
  ticket.created:
    ticket_id: string
    urgency: { enum: [low, critical] }
    note: string?
source:
  event: ticket.created
  topic: demo.raw
steps:
  - id: copy
    uses: passthrough
    topic: demo.copied
  - id: critical-only
    uses: filter.match
    topic: demo.filtered
    when: urgency == "critical"
destinations:
  - id: sink
    uses: recorder
    when: ticket_id != ""
`;

function load(text: string, options: LoadOptions = {}) {
  return loadTopology(text, 'topo.yaml', { destinationKinds: [recorder], env: {}, ...options });
}

function errorsOf(text: string, options: LoadOptions = {}) {
  const result = load(text, options);
  assert.equal(result.ok, false, 'expected the topology to be invalid');
  return result.ok ? [] : result.errors;
}

describe('topology loader', () => {
  it('compiles a valid file into a frozen plan with topics, groups and DLQs', () => {
    const result = load(base);
    assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
    const { plan } = result;
    assert.deepEqual(plan.kafka.brokers, ['127.0.0.1:9092']);
    assert.deepEqual(
      plan.steps.map((s) => [s.id, s.input, s.output, s.group, s.dlqTopic]),
      [
        ['copy', 'demo.raw', 'demo.copied', 'demo.copy', 'demo.copy.dlq'],
        ['critical-only', 'demo.copied', 'demo.filtered', 'demo.critical-only', 'demo.critical-only.dlq'],
      ],
    );
    const sink = plan.destinations[0]!;
    assert.equal(sink.input, 'demo.filtered');
    assert.equal(sink.group, 'demo.sink');
    assert.deepEqual(sink.retry, { maxAttempts: 8, initialDelayMs: 1000, maxDelayMs: 300_000 });
    assert.equal(sink.maxInFlight, 64);
    assert.deepEqual(sink.config, { label: 'x' }, 'kind defaults applied, common keys removed');
    assert.deepEqual(
      plan.topics.map((t) => [t.name, t.role, t.partitions]),
      [
        ['demo.raw', 'source', 3],
        ['demo.copied', 'step', 3],
        ['demo.filtered', 'step', 3],
        ['demo.copy.dlq', 'dlq', 3],
        ['demo.critical-only.dlq', 'dlq', 3],
        ['demo.sink.dlq', 'dlq', 3],
      ],
    );
    assert.equal(plan.topics.find((t) => t.role === 'dlq')!.retentionMs, 30 * 86_400_000);
    assert.ok(Object.isFrozen(plan) && Object.isFrozen(plan.steps) && Object.isFrozen(plan.steps[0]!.config));
  });

  it('reports every error at once, each with line:col and a stable code', () => {
    const text = base
      .replace('uses: passthrough', 'uses: passthru') // 1: unknown kind (line 15)
      .replace('id: critical-only', 'id: copy') // 2: duplicate id (line 17)
      .replace('ticket_id != ""', 'ticket_id != ') // 3: CEL that does not compile (line 24)
      .replace('  topic: demo.raw', '  topic: demo.raw\n  extra: 1'); // 4: unknown key (line 13)
    const errors = errorsOf(text);
    const lines = errors.map(formatDiagnostic);
    assert.equal(errors.length, 4, lines.join('\n'));
    assert.match(
      lines[0]!,
      /^topo\.yaml:13:3 source\.extra: unknown key .*\[INGESTLAYER_ERR_TOPOLOGY_SCHEMA\]$/,
    );
    assert.match(
      lines[1]!,
      /^topo\.yaml:16:11 steps\[0\]\.uses: unknown step kind "passthru" \(did you mean "passthrough"\?\).*\[INGESTLAYER_ERR_TOPOLOGY_UNKNOWN_KIND\]$/,
    );
    assert.match(
      lines[2]!,
      /^topo\.yaml:18:9 steps\[1\]\.id: duplicate id "copy" \(first used at steps\[0\]\.id \(15:9\)\) \[INGESTLAYER_ERR_TOPOLOGY_DUPLICATE_ID\]$/,
    );
    assert.match(
      lines[3]!,
      /^topo\.yaml:25:11 destinations\[0\]\.when: .*\[INGESTLAYER_ERR_TOPOLOGY_EXPRESSION\]$/,
    );
  });

  it('points a bad filter expression at its line and column', () => {
    const errors = errorsOf(base.replace('when: urgency == "critical"', 'when: urgency === "critical"'));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.code, 'TOPOLOGY_EXPRESSION');
    assert.equal(errors[0]!.line, 20);
    assert.ok(errors[0]!.col >= 11, `column inside the expression, got ${errors[0]!.col}`);
  });

  it('reports YAML syntax errors with their position', () => {
    const errors = errorsOf('version: 1\nname: [unclosed\n');
    assert.equal(errors[0]!.code, 'TOPOLOGY_YAML');
    assert.equal(errors[0]!.line, 3);
  });

  it('finds topics produced twice and topics nobody produces', () => {
    const text = base
      .replace('topic: demo.filtered', 'topic: demo.copied')
      .replace('  - id: sink\n', '  - id: sink\n    from: demo.nowhere\n');
    const codes = errorsOf(text).map((e) => `${e.line}:${e.code}`);
    assert.deepEqual(codes, ['19:TOPOLOGY_TOPIC_CONFLICT', '23:TOPOLOGY_DANGLING_TOPIC']);
  });

  it('names an unknown event type with a suggestion', () => {
    const errors = errorsOf(base.replace('  event: ticket.created', '  event: ticket.create'));
    assert.match(
      errors[0]!.message,
      /"ticket\.create" is not defined in events \(did you mean "ticket\.created"\?\)/,
    );
    assert.equal(errors[0]!.line, 11);
  });

  describe('${VAR} interpolation', () => {
    const withEnv = base
      .replace('destinations:', 'observability:\n  port: ${METRICS_PORT:-9100}\ndestinations:')
      .replace('    when: ticket_id != ""', '    label: ${LABEL}\n    when: ticket_id != ""');

    it('resolves values, defaults and types, keeping positions', () => {
      const result = load(withEnv, { env: { LABEL: 'from-env', BROKERS: 'a:1, b:2' } });
      assert.ok(result.ok);
      assert.equal(result.plan.observability.port, 9100, 'a whole-scalar default is typed as YAML');
      assert.deepEqual(result.plan.kafka.brokers, ['a:1', 'b:2']);
      assert.deepEqual(result.plan.destinations[0]!.config, { label: 'from-env' });
    });

    it('works inside flow collections, where YAML forbids a bare {', () => {
      const text = withEnv
        .replace('    label: ${LABEL}\n', '')
        .replace('  - id: sink\n', '  - { id: sink, uses: recorder, label: ${LABEL} }\n  - id: other\n');
      const result = load(text, { env: { LABEL: 'flow' } });
      assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
      assert.deepEqual(result.plan.destinations[0]!.config, { label: 'flow' });
    });

    it('an unset variable is an error for run and a warning for validate, at its column', () => {
      const errors = errorsOf(withEnv, { missingEnv: 'error' });
      assert.equal(errors[0]!.code, 'TOPOLOGY_ENV');
      assert.equal(errors[0]!.line, 26);
      assert.equal(errors[0]!.col, 12);
      const lenient = load(withEnv, { missingEnv: 'warn' });
      assert.ok(lenient.ok);
      assert.equal(lenient.warnings[0]!.code, 'TOPOLOGY_ENV');
    });

    it('an empty variable takes the default; $${ is a literal', () => {
      const text = withEnv.replace('${LABEL}', '"$${LABEL} ${EMPTY:-fallback}"');
      const result = load(text, { env: { EMPTY: '' } });
      assert.ok(result.ok);
      assert.deepEqual(result.plan.destinations[0]!.config, { label: '${LABEL} fallback' });
    });
  });
});

describe('ingestlayer validate', () => {
  it('exits 1 and names three distinct mistakes with line:column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'validate-'));
    const file = join(dir, 'bad.yaml');
    await writeFile(
      file,
      base
        .replace('uses: recorder', 'uses: passthrough') // destinations only accept destination kinds
        .replace('uses: passthrough', 'uses: passthru')
        .replace('urgency == "critical"', 'urgency ==')
        .replace('name: demo', 'name: Demo Pipeline'),
    );
    const result = await run('node', ['bin/ingestlayer.js', 'validate', file]).then(
      () => assert.fail('validate should exit 1'),
      (err: { code: number; stderr: string }) => err,
    );
    assert.equal(result.code, 1);
    const lines = result.stderr.trim().split('\n');
    assert.match(lines[0]!, /bad\.yaml:2:7 name: .*\[INGESTLAYER_ERR_TOPOLOGY_SCHEMA\]/);
    assert.match(lines[1]!, /bad\.yaml:15:11 steps\[0\]\.uses: unknown step kind "passthru"/);
    assert.match(lines[2]!, /bad\.yaml:20:\d+ steps\[1\]\.when: .*\[INGESTLAYER_ERR_TOPOLOGY_EXPRESSION\]/);
    assert.match(
      lines[3]!,
      /bad\.yaml:23:11 destinations\[0\]\.uses: unknown destination kind "passthrough"/,
    );
    assert.match(lines[4]!, /4 errors/);
  });
});
