// classify with the `ollama` provider, end to end through the real `ollama` client against the loopback
// Ollama stand-in (test/helpers/ollama-server.ts).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { IngestlayerError } from '../../../runtime/errors.ts';
import {
  startOllamaStandIn,
  unusedLoopbackUrl,
  type ChatScript,
  type OllamaStandIn,
} from '../../helpers/ollama-server.ts';
import { only, stepOf, testContext, ticket } from './context.ts';

const labels = ['low', 'high', 'critical'];
const prompt = 'Classify the urgency.\nSubject: {{subject}}\nBody: {{body}}';

function configFor(host: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    field: 'urgency',
    labels,
    model: { provider: 'ollama', host, name: 'llama3.2:3b', prompt },
    onError: { label: 'critical' },
    timeout: '2s',
    retry: { maxAttempts: 3, initialDelay: '1ms', maxDelay: '5ms' },
    ...overrides,
  };
}

const byKeyword: ChatScript = (req) => {
  const text = req.messages.at(-1)?.content ?? '';
  return { label: /outage/i.test(text) ? 'critical' : 'low' };
};

const servers: OllamaStandIn[] = [];
async function standIn(script: ChatScript): Promise<OllamaStandIn> {
  const server = await startOllamaStandIn(script);
  servers.push(server);
  return server;
}
after(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

/** Polls until `condition` holds (the server sees a client's abort a moment after the client moves on). */
async function eventually(condition: () => boolean, limitMs = 2000): Promise<void> {
  for (const start = Date.now(); !condition() && Date.now() - start < limitMs;) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function isError(code: string, retriable: boolean) {
  return (err: unknown) => {
    assert.ok(err instanceof IngestlayerError, `expected an IngestlayerError, got ${String(err)}`);
    assert.equal(err.code, code);
    assert.equal(err.retriable, retriable);
    return true;
  };
}

describe('classify with ollama: answers', () => {
  it('writes the label and asks with the enum schema, temperature 0 and the rendered prompt', async () => {
    const server = await standIn(byKeyword);
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    const input = ticket({
      ticket_id: 't-1',
      subject: 'Total outage',
      body: 'Nothing loads',
      channel: 'email',
    });
    const snapshot = structuredClone(input);

    const out = await only(step.process(input));

    assert.equal(out.payload.urgency, 'critical');
    assert.deepEqual(out, { ...snapshot, payload: { ...snapshot.payload, urgency: 'critical' } });
    assert.deepEqual(input, snapshot, 'the input envelope is not mutated');
    assert.equal(server.requests.length, 1);
    const [req] = server.requests;
    assert.equal(req?.model, 'llama3.2:3b');
    assert.equal(req?.stream, false);
    assert.deepEqual(req?.format, {
      type: 'object',
      properties: { label: { type: 'string', enum: labels } },
      required: ['label'],
    });
    assert.equal(req?.options?.temperature, 0);
    assert.equal(req?.messages.at(-1)?.role, 'user');
    assert.equal(
      req?.messages.at(-1)?.content,
      'Classify the urgency.\nSubject: Total outage\nBody: Nothing loads',
    );
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'ok' }), 1);
    assert.equal(await ctx.count('ingestlayer_classify_labels_total', { label: 'critical' }), 1);
    assert.equal(await ctx.count('ingestlayer_classify_cache_total', { result: 'miss' }), 1);
  });

  it('renders a missing field as empty text', async () => {
    const server = await standIn(byKeyword);
    const step = await stepOf(configFor(server.url), testContext());
    const out = await only(step.process(ticket({ subject: 'hello' })));
    assert.equal(out.payload.urgency, 'low');
    assert.equal(
      server.requests[0]?.messages.at(-1)?.content,
      'Classify the urgency.\nSubject: hello\nBody: ',
    );
  });

  it('without a prompt, sends every string field', async () => {
    const server = await standIn(byKeyword);
    const config = configFor(server.url, { model: { provider: 'ollama', host: server.url, name: 'm' } });
    const step = await stepOf(config, testContext());
    const out = await only(step.process(ticket({ subject: 'outage', body: 'b', priority: 3 })));
    assert.equal(out.payload.urgency, 'critical');
    const content = server.requests[0]?.messages.at(-1)?.content ?? '';
    assert.match(content, /^body: b$/m);
    assert.match(content, /^subject: outage$/m);
    assert.doesNotMatch(content, /priority/);
  });

  it('repairs a label outside the set with one follow-up turn', async () => {
    const server = await standIn((_req, i) =>
      i === 0 ? { content: '{"label":"urgent"}' } : { label: 'high' },
    );
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    const out = await only(step.process(ticket({ subject: 's', body: 'b' })));
    assert.equal(out.payload.urgency, 'high');
    assert.equal(server.requests.length, 2);
    const repair = server.requests[1]?.messages ?? [];
    assert.deepEqual(repair.at(-2), { role: 'assistant', content: '{"label":"urgent"}' });
    assert.equal(repair.at(-1)?.role, 'user');
    assert.match(repair.at(-1)?.content ?? '', /low, high, critical/);
    assert.deepEqual(server.requests[1]?.format, server.requests[0]?.format);
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'invalid_label' }), 1);
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'repaired' }), 1);
  });

  it('treats unparsable output like a label outside the set', async () => {
    const server = await standIn((_req, i) =>
      i === 0 ? { content: 'The urgency is high.' } : { label: 'high' },
    );
    const step = await stepOf(configFor(server.url), testContext());
    const out = await only(step.process(ticket({ subject: 's', body: 'b' })));
    assert.equal(out.payload.urgency, 'high');
    assert.equal(server.requests.length, 2);
  });

  it('applies the onError label when the repair fails too, and logs no ticket text', async () => {
    const server = await standIn(() => ({ content: '{"label":"p0"}' }));
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    const out = await only(
      step.process(ticket({ subject: 'secret-subject-text', body: 'secret-body-text' })),
    );
    assert.equal(out.payload.urgency, 'critical');
    assert.equal(server.requests.length, 2, 'one call and exactly one repair');
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'invalid_label' }), 2);
    assert.ok(ctx.logLines.some((line) => line.includes('MODEL_LABEL_INVALID')));
    assert.ok(!ctx.logLines.some((line) => /secret-|p0|Classify/.test(line)));
  });

  it('dead-letters (non-retriable MODEL_LABEL_INVALID) with onError dlq', async () => {
    const server = await standIn(() => ({ content: '{"label":"p0"}' }));
    const step = await stepOf(configFor(server.url, { onError: { dlq: true } }), testContext());
    await assert.rejects(
      async () => step.process(ticket({ subject: 's' })),
      isError('MODEL_LABEL_INVALID', false),
    );
    assert.equal(server.requests.length, 2);
  });

  it('dead-letters by default when onError is not set', async () => {
    const server = await standIn(() => ({ content: 'no' }));
    const { onError: _onError, ...config } = configFor(server.url);
    const step = await stepOf(config, testContext());
    await assert.rejects(
      async () => step.process(ticket({ subject: 's' })),
      isError('MODEL_LABEL_INVALID', false),
    );
  });

  it('retries a 5xx and uses the answer that follows', async () => {
    const server = await standIn((_req, i) => (i === 0 ? { status: 503 } : { label: 'low' }));
    const ctx = testContext();
    const step = await stepOf(configFor(server.url), ctx);
    const out = await only(step.process(ticket({ subject: 's' })));
    assert.equal(out.payload.urgency, 'low');
    assert.equal(server.requests.length, 2);
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'error' }), 1);
  });

  it('applies onError to a request the server rejects (4xx), without retrying', async () => {
    const server = await standIn(() => ({ status: 400, error: 'bad request' }));
    const step = await stepOf(configFor(server.url), testContext());
    const out = await only(step.process(ticket({ subject: 's' })));
    assert.equal(out.payload.urgency, 'critical');
    assert.equal(server.requests.length, 1);
    const dlq = await stepOf(configFor(server.url, { onError: { dlq: true } }), testContext());
    await assert.rejects(async () => dlq.process(ticket({ subject: 's' })), isError('STEP_FAILED', false));
  });

  it('keeps at most `concurrency` calls on the wire, however many events wait', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const server = await standIn(() => ({ label: 'low', delayMs: 20 }));
      const step = await stepOf(configFor(server.url, { concurrency: 3 }), testContext());
      const events = Array.from({ length: 30 }, (_, i) => ticket({ subject: `ticket ${i}` }));
      const outs = await Promise.all(events.map((e) => only(step.process(e))));
      assert.equal(server.requests.length, 30);
      assert.ok(server.maxInFlight <= 3, `saw ${server.maxInFlight} calls at once`);
      assert.ok(outs.every((o) => o.payload.urgency === 'low'));
      await new Promise((resolve) => setImmediate(resolve));
      // Waiting events must not each add a listener to the host's shutdown signal.
      assert.deepEqual(
        warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message),
        [],
      );
    } finally {
      process.off('warning', onWarning);
    }
  });
});

describe('classify with ollama: timeouts', () => {
  it('aborts a hung call at the timeout, retries, then applies onError', async () => {
    const server = await standIn(() => ({ hang: true }));
    const ctx = testContext();
    const step = await stepOf(configFor(server.url, { timeout: '100ms' }), ctx);
    const out = await only(step.process(ticket({ subject: 's' })));
    assert.equal(out.payload.urgency, 'critical');
    assert.equal(server.requests.length, 3, 'maxAttempts calls');
    await eventually(() => server.requests.every((r) => r.abandoned));
    assert.ok(
      server.requests.every((r) => r.abandoned),
      'each call was aborted by the client',
    );
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'timeout' }), 3);
    assert.ok(ctx.logLines.some((line) => line.includes('MODEL_TIMEOUT')));
  });

  it('also times out a response whose body never arrives', async () => {
    const server = await standIn(() => ({ hangAfterHeaders: true }));
    const step = await stepOf(
      configFor(server.url, { timeout: '100ms', retry: { maxAttempts: 2 } }),
      testContext(),
    );
    const out = await only(step.process(ticket({ subject: 's' })));
    assert.equal(out.payload.urgency, 'critical');
    assert.equal(server.requests.length, 2);
  });

  it('dead-letters (non-retriable MODEL_TIMEOUT) with onError dlq', async () => {
    const server = await standIn(() => ({ hang: true }));
    const step = await stepOf(
      configFor(server.url, {
        timeout: '50ms',
        retry: { maxAttempts: 2, initialDelay: '1ms' },
        onError: { dlq: true },
      }),
      testContext(),
    );
    await assert.rejects(async () => step.process(ticket({ subject: 's' })), isError('MODEL_TIMEOUT', false));
    assert.equal(server.requests.length, 2);
  });

  it('recovers when a later attempt answers in time', async () => {
    const server = await standIn((_req, i) => (i === 0 ? { hang: true } : { label: 'high' }));
    const step = await stepOf(configFor(server.url, { timeout: '100ms' }), testContext());
    const out = await only(step.process(ticket({ subject: 's' })));
    assert.equal(out.payload.urgency, 'high');
    assert.equal(server.requests.length, 2);
  });
});

describe('classify with ollama: server unavailable', () => {
  it('rejects with a retriable STEP_UNAVAILABLE when nothing listens — no label, whatever onError says', async () => {
    const ctx = testContext();
    const step = await stepOf(configFor(await unusedLoopbackUrl()), ctx);
    await assert.rejects(
      async () => step.process(ticket({ subject: 's' })),
      isError('STEP_UNAVAILABLE', true),
    );
    assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: 'unavailable' }), 3);
    assert.equal(await ctx.count('ingestlayer_classify_labels_total', { label: 'critical' }), 0);
  });

  const downCases: { name: string; script: ChatScript; outcome: string }[] = [
    { name: '5xx after the retry budget', script: () => ({ status: 502 }), outcome: 'error' },
    { name: 'connections reset', script: () => ({ reset: true }), outcome: 'unavailable' },
    {
      name: 'model not pulled (404)',
      script: () => ({ status: 404, error: 'model not found' }),
      outcome: 'unavailable',
    },
    {
      name: 'a 200 that is not a chat response',
      script: () => ({ rawBody: '<html>proxy</html>' }),
      outcome: 'error',
    },
  ];
  for (const c of downCases) {
    it(`rejects with STEP_UNAVAILABLE on ${c.name}`, async () => {
      const server = await standIn(c.script);
      const ctx = testContext();
      const step = await stepOf(configFor(server.url), ctx);
      await assert.rejects(
        async () => step.process(ticket({ subject: 's' })),
        isError('STEP_UNAVAILABLE', true),
      );
      assert.equal(server.requests.length, 3, 'the whole retry budget was used');
      assert.equal(await ctx.count('ingestlayer_model_calls_total', { outcome: c.outcome }), 3);
    });
  }

  it('rejects with STEP_UNAVAILABLE when timeouts mix with refused or failing calls', async () => {
    const server = await standIn((_req, i) => (i === 1 ? { status: 503 } : { hang: true }));
    const step = await stepOf(configFor(server.url, { timeout: '50ms' }), testContext());
    await assert.rejects(
      async () => step.process(ticket({ subject: 's' })),
      isError('STEP_UNAVAILABLE', true),
    );
    assert.equal(server.requests.length, 3);
  });

  it('stops waiting when the node shuts down', async () => {
    const server = await standIn(() => ({ hang: true }));
    const ctx = testContext();
    const step = await stepOf(configFor(server.url, { timeout: '30s' }), ctx);
    const pending = Promise.resolve(step.process(ticket({ subject: 's' })));
    await eventually(() => server.requests.length > 0);
    ctx.controller.abort();
    await assert.rejects(pending, isError('STEP_UNAVAILABLE', true));
    assert.equal(server.requests.length, 1, 'no retry after shutdown');
  });
});
