// Compile-time safety of the generated types: `tsc` over snippets that use the SDK with the flagship's
// generated types. A misspelt field and a value outside an enum must fail type-checking; a correct call
// must pass. The types are generated fresh by the codegen command, and the committed copy must match.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const flagship = path.join(root, 'topology/pipelines/support-escalations.yaml');

const header = (sdk: string) => `import { createClient } from ${JSON.stringify(sdk)};
import { topology, type Events } from './support-escalations.ts';

const client = createClient<Events>({ topology, transport: { http: { url: 'http://127.0.0.1:8080', apiKey: 'k' } } });
`;

const snippets: Record<string, string> = {
  'correct.ts': `
export const id: Promise<string> = client.ingest(
  'support.ticket.created',
  { ticket_id: 'T-1', subject: 'Down', body: 'Checkout fails', customer_tier: 'enterprise', channel: 'email' },
  { idempotencyKey: 'T-1' },
);
`,
  'wrong-field.ts': `
void client.ingest('support.ticket.created', {
  ticket_id: 'T-1',
  subjct: 'Down',
  body: 'Checkout fails',
  customer_tier: 'enterprise',
  channel: 'email',
});
`,
  'wrong-enum.ts': `
void client.ingest('support.ticket.created', {
  ticket_id: 'T-1',
  subject: 'Down',
  body: 'Checkout fails',
  customer_tier: 'gold',
  channel: 'email',
});
`,
  'wrong-type.ts': `
void client.ingest('support.ticket.updated', { ticket_id: 'T-1' });
`,
};

describe('generated types', () => {
  let dir: string;
  let diagnostics: string;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ingestlayer-sdk-types-'));
    // The CLI, as a user runs it.
    await run(
      process.execPath,
      [path.join(root, 'bin/ingestlayer.js'), 'codegen', '-t', flagship, '-o', dir],
      {
        cwd: root,
      },
    );
    const sdk = path.join(root, 'sdk/index.ts');
    for (const [file, body] of Object.entries(snippets))
      await writeFile(path.join(dir, file), header(sdk) + body);
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    await writeFile(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2023',
          lib: ['ES2023'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [path.join(root, 'node_modules/@types')],
        },
        files: Object.keys(snippets),
      }),
    );
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const result = await run(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], { cwd: dir }).then(
      (r) => r.stdout,
      (err: { stdout: string }) => err.stdout,
    );
    diagnostics = result;
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const errorsOf = (file: string) => diagnostics.split('\n').filter((line) => line.startsWith(file + '('));

  it('accepts a correct call', () => {
    assert.deepEqual(errorsOf('correct.ts'), [], diagnostics);
  });

  it('rejects a misspelt field, naming it', () => {
    const errors = errorsOf('wrong-field.ts');
    assert.equal(errors.length, 1, diagnostics);
    assert.match(
      errors[0]!,
      /error TS2561: .*'subjct' does not exist in type 'SupportTicketCreated'\. Did you mean to write 'subject'\?/,
    );
  });

  it('rejects a value outside an enum, naming it', () => {
    const errors = errorsOf('wrong-enum.ts');
    assert.equal(errors.length, 1, diagnostics);
    assert.match(
      errors[0]!,
      /error TS2322: Type '"gold"' is not assignable to type '"free" \| "pro" \| "enterprise"'/,
    );
  });

  it('rejects an event type the topology does not define', () => {
    const errors = errorsOf('wrong-type.ts');
    assert.equal(errors.length, 1, diagnostics);
    assert.match(errors[0]!, /"support\.ticket\.updated"/);
  });

  it('matches the committed sdk/generated copy byte for byte', async () => {
    const fresh = await readFile(path.join(dir, 'support-escalations.ts'), 'utf8');
    const committed = await readFile(path.join(root, 'sdk/generated/support-escalations.ts'), 'utf8');
    assert.equal(
      committed,
      fresh,
      'run: ingestlayer codegen -t topology/pipelines/support-escalations.yaml -o sdk/generated',
    );
  });
});
