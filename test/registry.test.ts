// Registration is an explicit list; this test fails when a kind is unregistered, undocumented, or its
// documented example does not validate, and when a generated doc is stale.
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { destinationKinds } from '../connectors/index.ts';
import { stepKinds } from '../operators/index.ts';
import { codePrefix, errorTable } from '../runtime/errors.ts';
import { generatedDocs } from '../scripts/gen-docs.ts';
import { formatDiagnostic, loadTopology } from '../topology/loader.ts';

const base = (section: string) => `version: 1
name: example
kafka:
  brokers: 127.0.0.1:9092
events:
  support.ticket.created:
    ticket_id: string
    subject: string
    body: string
    customer_tier: { enum: [free, pro, enterprise] }
    channel: { enum: [email, chat, form] }
    urgency: string?
source:
  event: support.ticket.created
  topic: example.raw
${section}
`;

const indent = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n');

/** Files under a folder that define a kind (one kind, one file or one folder). */
async function kindModules(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() && e.name.endsWith('.ts') && e.name !== 'index.ts') || e.isDirectory())
    .map((e) => e.name.replace(/\.ts$/, ''));
}

describe('component registry', () => {
  it('every module in operators/ is a registered step kind', async () => {
    const registered = new Set(stepKinds.map((k) => k.kind.replace('.', '-')));
    for (const name of await kindModules('operators'))
      assert.ok(registered.has(name), `operators/${name} is not registered in operators/index.ts`);
  });

  it('every destination module in connectors/ is registered (the gateway is a source)', async () => {
    const registered = new Set(destinationKinds.map((k) => k.kind));
    for (const name of await kindModules('connectors')) {
      if (name === 'gateway') continue;
      assert.ok(registered.has(name), `connectors/${name} is not registered in connectors/index.ts`);
    }
  });

  for (const kind of stepKinds) {
    it(`step ${kind.kind}: its example validates`, () => {
      const result = loadTopology(base(`steps:\n${indent(kind.example)}`), `${kind.kind}.example.yaml`, {
        env: {},
        missingEnv: 'warn',
      });
      assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
    });
  }

  for (const kind of destinationKinds) {
    it(`destination ${kind.kind}: its example validates`, () => {
      const result = loadTopology(
        base(`destinations:\n${indent(kind.example)}`),
        `${kind.kind}.example.yaml`,
        { env: {}, missingEnv: 'warn' },
      );
      assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
    });
  }

  it('docs/components.md and docs/errors.md are current and name every kind and code', async () => {
    for (const [file, render] of Object.entries(generatedDocs)) {
      assert.equal(await readFile(file, 'utf8'), render(), `${file} is stale: run npm run docs`);
    }
    const components = await readFile('docs/components.md', 'utf8');
    for (const kind of [...stepKinds, ...destinationKinds])
      assert.ok(components.includes(`### \`${kind.kind}\``), `${kind.kind} is not documented`);
    const errors = await readFile('docs/errors.md', 'utf8');
    for (const code of Object.keys(errorTable))
      assert.ok(errors.includes(codePrefix + code), `${code} is not documented`);
  });
});
