// redact.pii as a step: config, which fields it touches, hash mode, normalisation and metrics. The detectors
// themselves are covered table by table in redact-pii/detectors.test.ts.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { Value } from '@sinclair/typebox/value';
import { pino } from 'pino';
import { stepKinds } from '../../operators/index.ts';
import { redactPii } from '../../operators/redact-pii.ts';
import { hmacHex } from '../../operators/redact-pii/scan.ts';
import type { ComponentContext, Envelope } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { Metrics, createRegistry } from '../../runtime/metrics.ts';

type Config = Parameters<typeof redactPii.create>[0];

function context(logLines: string[] = []) {
  const registry = createRegistry({ defaultMetrics: false });
  const sink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const ctx: ComponentContext = {
    pipeline: 'p',
    node: 'x',
    logger: pino({ level: 'trace' }, sink),
    metrics: Metrics.forNode(registry, 'x'),
    signal: new AbortController().signal,
    openStore: () => {
      throw new Error('redact.pii opens no store');
    },
  };
  return { ctx, registry };
}

/** The config as the topology loader hands it over: schema defaults applied. */
function config(partial: Partial<Config> & { fields: string[] }): Config {
  return Value.Default(redactPii.schema, structuredClone(partial)) as Config;
}

async function step(partial: Partial<Config> & { fields: string[] }, logLines?: string[]) {
  const { ctx, registry } = context(logLines);
  return { step: await redactPii.create(config(partial), ctx), registry };
}

function event(payload: Record<string, unknown>): Envelope {
  return {
    id: '01J9Z3V4K6Q8R2T5W7Y9A1C001',
    type: 'support.ticket.created',
    time: '2024-05-01T10:00:00Z',
    idempotencyKey: 'helpdesk-1',
    payload,
  };
}

async function only(s: { process(e: Envelope): Envelope[] | Promise<Envelope[]> }, e: Envelope) {
  const out = await s.process(e);
  assert.equal(out.length, 1);
  return out[0]!;
}

async function redactions(registry: ReturnType<typeof createRegistry>): Promise<Record<string, number>> {
  const metric = await registry.getSingleMetric('ingestlayer_redactions_total')?.get();
  const counts: Record<string, number> = {};
  for (const v of metric?.values ?? []) {
    assert.equal(v.labels.node, 'x');
    counts[String(v.labels.type)] = v.value;
  }
  return counts;
}

describe('redact.pii config', () => {
  it('is registered', () => {
    assert.ok(stepKinds.includes(redactPii));
  });

  it('accepts the documented shapes and rejects others', () => {
    const ok: unknown[] = [
      { fields: ['body'] },
      { fields: ['body', 'customer.notes', 'messages[].text', 'tags[]'], types: ['email', 'phone'] },
      { fields: ['body'], mask: 'hash', hashKey: 'k', phone: { defaultCountry: 'GB', regions: ['IE'] } },
    ];
    for (const c of ok)
      assert.equal(
        Value.Check(redactPii.schema, Value.Default(redactPii.schema, c)),
        true,
        JSON.stringify(c),
      );
    const bad: unknown[] = [
      {},
      { fields: [] },
      { fields: ['body'], types: ['ssn', 'passport'] },
      { fields: ['body'], mask: 'stars' },
      { fields: ['a..b'] },
      { fields: ['body'], phone: { defaultCountry: 'usa' } },
      { fields: ['body'], extra: true },
    ];
    for (const c of bad)
      assert.equal(
        Value.Check(redactPii.schema, Value.Default(redactPii.schema, c)),
        false,
        JSON.stringify(c),
      );
    assert.match(redactPii.example, /uses: redact\.pii/);
  });

  it('check() reports a hash mask without a key and regions libphonenumber does not know', () => {
    const issues = redactPii.check!(
      config({ fields: ['body'], mask: 'hash', phone: { defaultCountry: 'US', regions: ['GB', 'ZZ'] } }),
      {
        fields: new Set(),
      },
    );
    assert.deepEqual(
      issues.map((i) => [i.path.join('.'), i.code]),
      [
        ['hashKey', 'TOPOLOGY_INCONSISTENT'],
        ['phone.regions.1', 'TOPOLOGY_SCHEMA'],
      ],
    );
    assert.deepEqual(redactPii.check!(config({ fields: ['body'] }), { fields: new Set() }), []);
  });

  it('create() refuses a hash mask without a key', async () => {
    await assert.rejects(
      async () => redactPii.create(config({ fields: ['body'], mask: 'hash' }), context().ctx),
      (err: unknown) => err instanceof IngestlayerError && err.code === 'TOPOLOGY_INCONSISTENT',
    );
  });
});

describe('redact.pii fields', () => {
  it('redacts the configured fields only and returns a new envelope without touching the input', async () => {
    const { step: s } = await step({ fields: ['body', 'customer.notes', 'messages[].text', 'tags[]'] });
    const input = event({
      subject: 'Call me at (415) 555-0132',
      body: 'Hi, my email is jane.doe@example.com',
      customer: { notes: 'SSN 123-45-6789', email: 'kept@example.com' },
      messages: [
        { text: 'card 4111 1111 1111 1111', from: 'jane@example.com' },
        { text: 42 },
        'not an object',
      ],
      tags: ['ip 203.0.113.42', 7, null],
      count: 3,
    });
    const before = structuredClone(input);
    const out = await only(s, input);
    assert.deepEqual(input, before, 'the input event is not modified');
    assert.notEqual(out, input);
    assert.deepEqual({ ...out, payload: undefined }, { ...input, payload: undefined });
    assert.deepEqual(out.payload, {
      subject: 'Call me at (415) 555-0132',
      body: 'Hi, my email is [EMAIL]',
      customer: { notes: 'SSN [SSN]', email: 'kept@example.com' },
      messages: [{ text: 'card [CARD]', from: 'jane@example.com' }, { text: 42 }, 'not an object'],
      tags: ['ip [IP]', 7, null],
      count: 3,
    });
  });

  it('leaves missing paths, non-strings and a field without PII alone (sharing what it did not change)', async () => {
    const { step: s } = await step({
      fields: ['body', 'customer.notes', 'messages[].text', 'nested.deep.field'],
    });
    const customer = { notes: 'nothing to see' };
    const input = event({ body: 17, customer, messages: 'not an array', nested: null });
    const out = await only(s, input);
    assert.deepEqual(out.payload, input.payload);
    assert.equal((out.payload as { customer: unknown }).customer, customer);
  });

  it('detects only the configured types', async () => {
    const { step: s } = await step({ fields: ['body'], types: ['email'] });
    const out = await only(s, event({ body: 'jane@example.com, (415) 555-0132' }));
    assert.equal(out.payload.body, '[EMAIL], (415) 555-0132');
  });
  it('reads codes with the learned model by default, and with the rules alone when `learned: false`', async () => {
    // A PIN the rules leave (no rule reads "the last one I set was") and the learned reading takes.
    const body = 'Please reset the PIN on my account, the last one I set was 2468.';
    const { step: withModel } = await step({ fields: ['body'] });
    const { step: rulesOnly } = await step({ fields: ['body'], learned: false });
    assert.equal(
      (await only(withModel, event({ body }))).payload.body,
      'Please reset the PIN on my account, the last one I set was [SECRET].',
    );
    assert.equal((await only(rulesOnly, event({ body }))).payload.body, body);
  });
});

describe('redact.pii hash mask', () => {
  const key = 'test-hash-key';
  const hmac = (value: string) => createHmac('sha256', key).update(value).digest('hex').slice(0, 8);

  it('writes [TYPE:<first 8 hex of HMAC-SHA256>] and maps one value to one token', async () => {
    const { step: s } = await step({ fields: ['body'], mask: 'hash', hashKey: key });
    const a = await only(s, event({ body: 'from jane.doe@example.com' }));
    const b = await only(s, event({ body: 'again: Jane.Doe@Example.com and bob@example.com' }));
    const token = `[EMAIL:${hmac('jane.doe@example.com')}]`;
    assert.equal(a.payload.body, `from ${token}`);
    assert.equal(b.payload.body, `again: ${token} and [EMAIL:${hmac('bob@example.com')}]`);
  });

  it('gives one token for one phone number written differently, and for one card', async () => {
    const { step: s } = await step({ fields: ['body'], mask: 'hash', hashKey: key });
    const out = await only(
      s,
      event({ body: '(415) 555-0132 / +1 415-555-0132 / 4111 1111 1111 1111 / 4111-1111-1111-1111' }),
    );
    const phone = `[PHONE:${hmac('+14155550132')}]`;
    const card = `[CARD:${hmac('4111111111111111')}]`;
    assert.equal(out.payload.body, `${phone} / ${phone} / ${card} / ${card}`);
  });

  it('is deterministic across step instances with one key and differs with another key', async () => {
    const body = 'jane.doe@example.com';
    const one = await only(
      (await step({ fields: ['body'], mask: 'hash', hashKey: key })).step,
      event({ body }),
    );
    const two = await only(
      (await step({ fields: ['body'], mask: 'hash', hashKey: key })).step,
      event({ body }),
    );
    const other = await only(
      (await step({ fields: ['body'], mask: 'hash', hashKey: 'another' })).step,
      event({ body }),
    );
    assert.equal(one.payload.body, two.payload.body);
    assert.notEqual(one.payload.body, other.payload.body);
    assert.match(String(other.payload.body), /^\[EMAIL:[0-9a-f]{8}\]$/);
  });

  it('computes exactly HMAC-SHA256 for short, block-sized and long keys and non-ASCII values', () => {
    const keys = ['k', 'test-hash-key', 'x'.repeat(64), 'y'.repeat(65), 'ключ-🔑'.repeat(20)];
    const values = ['', 'jane.doe@example.com', '+14155550132', 'José Müller', '🙂 名前', 'a'.repeat(200)];
    for (const k of keys) {
      for (const v of values) {
        assert.equal(hmacHex(k, v), createHmac('sha256', k).update(v).digest('hex'), `${k.length} ${v}`);
      }
    }
  });
});

describe('redact.pii normalisation', () => {
  const cases: [name: string, input: string, expected: string][] = [
    ['full-width digits', 'Card ４１１１ １１１１ １１１１ １１１１ declined', 'Card [CARD] declined'],
    ['full-width SSN', 'SSN ５２４-７１-３３０９.', 'SSN [SSN].'],
    [
      'zero-width space inside an email',
      'contact j\u200bohn.doe@exam\u200bple.com now',
      'contact [EMAIL] now',
    ],
    ['zero-width joiner and word joiner in a phone', 'call 415\u200d-555\u2060-0132', 'call [PHONE]'],
    ['soft hyphen and BOM in a card', '4111\u00ad1111\ufeff1111 1111', '[CARD]'],
    [
      'non-breaking spaces in an IBAN',
      'IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000',
      'IBAN [IBAN]',
    ],
    [
      'the rest of the text keeps its own characters',
      'Ｏｒｄｅｒ：ＡＢＣ\u200b — ticket ＃４８２１３, mail ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ',
      'Ｏｒｄｅｒ：ＡＢＣ\u200b — ticket ＃４８２１３, mail [EMAIL]',
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, async () => {
      const { step: s } = await step({ fields: ['body'] });
      assert.equal((await only(s, event({ body: input }))).payload.body, expected);
    });
  }

  it('hashes the normalised value: an obfuscated email gets the token of the plain one', async () => {
    const { step: s } = await step({ fields: ['body'], mask: 'hash', hashKey: 'k' });
    const plain = await only(s, event({ body: 'john.doe@example.com' }));
    const hidden = await only(s, event({ body: 'j\u200bohn.doe@ｅｘａｍｐｌｅ.com' }));
    assert.equal(hidden.payload.body, plain.payload.body);
  });
});

describe('redact.pii metrics and logs', () => {
  it('counts redactions per type in ingestlayer_redactions_total', async () => {
    const { step: s, registry } = await step({ fields: ['body', 'subject'] });
    await s.process(event({ subject: 'from bob@example.com', body: 'jane@example.com, (415) 555-0132' }));
    await s.process(event({ body: 'nothing here', subject: 'order ORD-2024-118833' }));
    await s.process(event({ body: 'IP 203.0.113.42 and 198.51.100.7' }));
    assert.deepEqual(await redactions(registry), { email: 2, phone: 1, ip: 2 });
  });

  it('never logs what it found', async () => {
    const lines: string[] = [];
    const { step: s } = await step({ fields: ['body'], mask: 'hash', hashKey: 'k' }, lines);
    await s.process(
      event({ body: 'Hi Maria, SSN 123-45-6789, jane@example.com, sk_live_liJ43HSztQZWOaUK34ONFp5o' }),
    );
    assert.deepEqual(lines, []);
  });
});
