// `ingestlayer emit` end to end: JSON lines on stdin or from --file, through the SDK to the real broker;
// bad lines are reported by number and skipped, the exit code says whether everything was stored.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gatewayTopology, ticket } from '../connectors/gateway-fixture.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { createTopic, readTopic } from '../integration/gateway-helpers.ts';

const cli = fileURLToPath(new URL('../../bin/ingestlayer.js', import.meta.url));

function emit(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [cli, 'emit', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
}

describe('ingestlayer emit', () => {
  const topic = uniqueName('emit');
  let dir: string;
  let file: string;

  before(async () => {
    await createTopic(brokers(), topic);
    dir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-emit-'));
    file = path.join(dir, 'topology.yaml');
    await writeFile(file, gatewayTopology({ topic, brokers: brokers().join(',') }));
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('emits every valid line, keyed by --key-field, and reports the bad ones by line number', async () => {
    const lines = [
      JSON.stringify({ ...ticket, ticket_id: 'E-1' }),
      JSON.stringify({ ...ticket, ticket_id: 'E-2', customer_tier: 'gold' }),
      '{not json',
      '',
      JSON.stringify({ ...ticket, ticket_id: 'E-3' }),
      JSON.stringify({ subject: 'no id' }),
    ];
    const result = await emit(
      ['support.ticket.created', '-t', file, '--key-field', 'ticket_id'],
      lines.join('\n'),
    );
    assert.equal(result.code, 1, result.stderr);
    assert.match(
      result.stdout,
      new RegExp(`^emitted 2 support.ticket.created events to ${topic} in [0-9.]+ s; 3 lines not stored\\n$`),
    );
    assert.match(
      result.stderr,
      /^line 2: invalid support\.ticket\.created payload: customer_tier must be one of/m,
    );
    assert.match(result.stderr, /^line 3: not valid JSON$/m);
    assert.match(result.stderr, /^line 6: --key-field ticket_id: the field is missing/m);
    const records = await readTopic(brokers(), topic);
    assert.deepEqual(records.map((r) => r.key).sort(), ['E-1', 'E-3']);
    assert.deepEqual(records.find((r) => r.key === 'E-1')?.envelope.payload, { ...ticket, ticket_id: 'E-1' });
  });

  it('reads --file and exits 0 when every line was stored', async () => {
    const input = path.join(dir, 'events.jsonl');
    await writeFile(
      input,
      `${JSON.stringify({ actor: 'a' })}\n${JSON.stringify({ actor: 'b', count: 2 })}\n`,
    );
    const result = await emit(['audit.logged', '-t', file, '--file', input], '');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^emitted 2 audit\.logged events to /);
  });

  it('refuses an event type the topology does not define', async () => {
    const result = await emit(['audit.deleted', '-t', file], '{}\n');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /event type "audit\.deleted" is not defined/);
  });
});
