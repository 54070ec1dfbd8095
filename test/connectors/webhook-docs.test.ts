// The Node.js verification snippet in docs/receivers.md is what receivers copy: it must accept what the
// webhook destination signs and reject everything else.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { sign } from '../../connectors/webhook/signature.ts';

type Verify = (rawBody: Buffer, header: string, secret: string, toleranceSeconds?: number) => boolean;

async function documentedVerify(): Promise<Verify> {
  const doc = await readFile(new URL('../../docs/receivers.md', import.meta.url), 'utf8');
  const code = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  assert.ok(code, 'docs/receivers.md has a js snippet');
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
    verifyIngestlayer: Verify;
  };
  return module.verifyIngestlayer;
}

describe('docs/receivers.md, Node.js snippet', () => {
  it('verifies what the destination signs, with either secret of a rotation', async () => {
    const verify = await documentedVerify();
    const body = Buffer.from('{"id":"01JD8Z","type":"t","payload":{"subject":"Straße ist gesperrt"}}');
    const now = Math.floor(Date.now() / 1000);
    const header = sign(body, ['new-secret', 'old-secret'], now);
    assert.equal(verify(body, header, 'new-secret'), true);
    assert.equal(verify(body, header, 'old-secret'), true);
    assert.equal(verify(body, header, 'someone-else'), false);
    assert.equal(verify(Buffer.concat([body, Buffer.from(' ')]), header, 'new-secret'), false, 'tampered');
    assert.equal(verify(body, sign(body, ['new-secret'], now - 600), 'new-secret'), false, 'too old');
    assert.equal(verify(body, 'v1=abc', 'new-secret'), false, 'no timestamp');
  });
});
