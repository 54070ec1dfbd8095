import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  compileExpression,
  describePosition,
  evaluateCondition,
  expressionIssues,
  type CompiledExpression,
} from '../../runtime/cel.ts';
import type { Envelope } from '../../runtime/component.ts';
import { IngestlayerError } from '../../runtime/errors.ts';

const payload = {
  ticket_id: 'T-1001',
  subject: 'Checkout is down',
  body: 'Since 10:00 every payment fails with error 502.',
  customer_tier: 'pro',
  channel: 'email',
  urgency: 'critical',
  count: 5,
  score: 0.75,
  whole_score: 1,
  customer: { tier: 'pro', name: 'Acme', address: { country: 'DE' } },
  tags: ['billing', 'outage'],
  items: [{ sku: 'a', qty: 2 }],
  note: null,
  flag: true,
};

const event: Envelope = {
  id: '01J9Z3V4K6Q8R2T5W7Y9A1C3E5',
  type: 'support.ticket.created',
  time: '2024-05-01T10:00:00Z',
  idempotencyKey: 'helpdesk-1001',
  payload,
};

function compiled(source: string): CompiledExpression {
  const result = compileExpression(source);
  if (!result.ok) assert.fail(`${source}: ${result.message}`);
  return result.expression;
}

function evalError(source: string, input: Record<string, unknown> = payload, withEnvelope = true) {
  const expression = compiled(source);
  try {
    evaluateCondition(expression, input, withEnvelope ? event : undefined);
  } catch (err) {
    assert.ok(err instanceof IngestlayerError, `${source}: not an IngestlayerError`);
    return err;
  }
  return assert.fail(`${source}: expected an evaluation error`);
}

describe('CEL conditions over a payload', () => {
  const cases: [source: string, expected: boolean][] = [
    ['urgency == "critical"', true],
    ['urgency == "low"', false],
    ["urgency != 'low'", true],
    ['customer_tier in ["pro", "enterprise"] && channel == "email"', true],
    ['customer_tier in ["pro", "enterprise"] && channel == "chat"', false],
    ['customer_tier in ["free"] || channel == "email"', true],
    ['customer_tier in ["free"] || channel == "form"', false],
    ['!(urgency == "low")', true],
    ['urgency == "critical" ? channel == "email" : false', true],
    // string functions
    ['subject.contains("down")', true],
    ['subject.contains("up")', false],
    ['subject.startsWith("Checkout")', true],
    ['subject.endsWith("down")', true],
    ['body.matches("error [0-9]{3}")', true],
    ['body.matches("^error")', false],
    ['subject.lowerAscii().contains("checkout")', true],
    ['size(body) > 10', true],
    // numbers: JSON numbers are doubles; comparisons across int and double are defined by CEL
    ['count > 3', true],
    ['count > 5', false],
    ['count >= 5 && count <= 5', true],
    ['count == 5', true],
    ['count == 5.0', true],
    ['count in [1, 5, 9]', true],
    ['score > 0.5', true],
    ['score > 0.8', false],
    ['score < 1', true],
    ['whole_score >= 1', true],
    ['whole_score > 0.5', true],
    ['int(count) % 2 == 1', true],
    ['count + 1.0 == 6.0', true],
    ['score * 2.0 == 1.5', true],
    ['whole_score * 2.0 == 2.0', true],
    // nested maps and lists
    ['customer.tier == "pro"', true],
    ['customer.address.country == "FR"', false],
    ['"billing" in tags', true],
    ['tags.exists(t, t == "outage")', true],
    ['tags.all(t, t.size() > 3)', true],
    ['items.exists(i, i.qty > 1 && i.sku == "a")', true],
    ['size(tags) == 2', true],
    // presence and null
    ['has(customer.tier)', true],
    ['has(customer.plan)', false],
    ['has(event.payload.urgency)', true],
    ['has(event.payload.missing)', false],
    ['"urgency" in event.payload', true],
    ['!has(event.payload.missing) || missing > 3', true],
    ['has(event.payload.missing) && missing > 3', false],
    ['note == null', true],
    ['flag', true],
    // the envelope
    ['event.type == "support.ticket.created"', true],
    ['event.type.startsWith("billing.")', false],
    ['event.id.size() == 26', true],
    ['event.idempotencyKey == "helpdesk-1001"', true],
    ['timestamp(event.time) > timestamp("2024-01-01T00:00:00Z")', true],
    ['event.payload.customer.tier == customer.tier', true],
    ['true', true],
    ['false', false],
  ];
  for (const [source, expected] of cases) {
    it(`${source} → ${expected}`, () => {
      assert.equal(evaluateCondition(compiled(source), payload, event), expected);
    });
  }

  it('evaluates one compiled expression against many payloads', () => {
    const expression = compiled('urgency == "critical"');
    assert.equal(evaluateCondition(expression, { urgency: 'critical' }), true);
    assert.equal(evaluateCondition(expression, { urgency: 'low' }), false);
    assert.equal(evaluateCondition(expression, { urgency: 'critical' }), true);
  });

  it('gives the whole envelope when `event` is used as a value, and only what is there', () => {
    const withoutKey: Envelope = { ...event, idempotencyKey: undefined };
    assert.equal(evaluateCondition(compiled('"payload" in event && "type" in event'), payload, event), true);
    assert.equal(evaluateCondition(compiled('has(event.idempotencyKey)'), payload, event), true);
    assert.equal(evaluateCondition(compiled('has(event.idempotencyKey)'), payload, withoutKey), false);
    assert.equal(evaluateCondition(compiled('size(event) == 4'), payload, withoutKey), true);
  });

  it('reads a JSON object that has a "constructor" key', () => {
    const input = { meta: { constructor: 'x', n: 1 } };
    assert.equal(evaluateCondition(compiled('meta.constructor == "x" && meta.n == 1'), input), true);
  });

  it('reads class instances and Dates as their JSON form', () => {
    class Customer {
      constructor(readonly tier: string) {}
    }
    const input = {
      customer: new Customer('pro'),
      at: new Date('2024-05-01T10:00:00Z'),
      raw: new Uint8Array([1]),
    };
    assert.equal(evaluateCondition(compiled('customer.tier == "pro"'), input), true);
    assert.equal(evaluateCondition(compiled('at == "2024-05-01T10:00:00.000Z"'), input), true);
    assert.equal(evaluateCondition(compiled('size(raw) == 1'), input), true);
  });

  it('lists the payload fields an expression reads, without event or comprehension variables', () => {
    const expression = compiled('urgency == "critical" && tags.exists(t, t == channel) && event.type == "x"');
    assert.deepEqual(
      expression.fields.map((f) => [f.name, f.offset]),
      [
        ['urgency', 0],
        ['tags', 25],
        ['channel', 45],
      ],
    );
  });
});

describe('CEL evaluation errors', () => {
  const cases: [source: string, code: RegExp][] = [
    ['missing == "x"', /column 1: no field "missing" in the event/],
    ['customer.plan == "pro"', /no field "customer\.plan" in the event/],
    ['urgency == critical', /column 12: no field "critical" in the event/],
    ['count + 1 > 3', /no matching overload for '_\+_' applied to '\(double, int\)'/],
    ['urgency', /returned string, expected bool/],
    ['count', /returned double, expected bool/],
    ['note', /returned null_type, expected bool/],
    ['tags[5] == "x"', /list index out of bounds/],
    ['int(body) > 1', /int\(\) failed for this event's value/],
    ['bool(subject)', /bool\(\) failed for this event's value/],
    ['timestamp(subject) > timestamp(event.time)', /timestamp\(\) failed for this event's value/],
    ['customer[subject] == 1', /column 1: key not found in "customer"/],
    ['body.matches(subject + "(")', /invalid regular expression/],
    ['urgency == "critical" && missing', /no field "missing"/],
  ];
  for (const [source, message] of cases) {
    it(`${source} → EXPRESSION_EVAL`, () => {
      const err = evalError(source);
      assert.equal(err.code, 'EXPRESSION_EVAL');
      assert.equal(err.retriable, false);
      assert.match(err.message, message);
      // Never a value from the event in the message.
      for (const value of [payload.subject, payload.body, 'Acme', 'critical'])
        if (!source.includes(value))
          assert.ok(!err.message.includes(value), `${err.message} quotes ${value}`);
    });
  }

  it('reports `event` as unavailable when no envelope is given', () => {
    const err = evalError('event.type == "x"', payload, false);
    assert.match(err.message, /no event envelope/);
  });

  it('never reads inherited properties as fields', () => {
    const err = evalError('constructor == "x"', {});
    assert.match(err.message, /no field "constructor"/);
  });
});

describe('CEL compile errors', () => {
  const cases: [source: string, offset: number, message: RegExp][] = [
    ['', 0, /empty/],
    ['   ', 0, /empty/],
    ['urgency == "crit', 11, /unterminated string literal/],
    ["urgency == 'crit\n && x", 11, /unterminated string literal/],
    ['customer_tier in ["pro", "enterprise"', 17, /"\[" is never closed/],
    ['(urgency == "critical"', 0, /"\(" is never closed/],
    ['urgency == "critical")', 21, /unexpected "\)"/],
    ['urgency = "critical"', 8, /unexpected "=" \(compare with "=="\)/],
    ['urgency == "critical" &&', 22, /unexpected "&&"/],
    ['urgency ==', 8, /unexpected "=="/],
    ['urgency "critical"', 8, /unexpected string literal/],
    ['foo(urgency)', 0, /unknown function "foo"/],
    ['urgency == "x" && subject.shout()', 25, /unknown function "shout"/],
    ['has(urgency)', 0, /has\(\) takes a field selection/],
    ['google.protobuf.Duration{seconds: 1}', 0, /message literals/],
  ];
  for (const [source, offset, message] of cases) {
    it(`${JSON.stringify(source)} → offset ${offset}`, () => {
      const result = compileExpression(source);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.match(result.message, message);
      assert.equal(result.offset, offset);
    });
  }

  it('does not mistake quotes inside strings or raw strings for unterminated ones', () => {
    for (const source of [
      'subject == "say \\"hi\\""',
      "subject == r'C:\\'",
      'subject == """multi\nline"""',
      'subject.contains(")")',
    ]) {
      assert.equal(compileExpression(source).ok, true, source);
    }
  });

  it('describes positions by column, and by line in multi-line expressions', () => {
    assert.equal(describePosition('urgency == x', 11), 'column 12');
    assert.equal(describePosition('urgency == "a" &&\n  x', 20), 'line 2, column 3');
  });
});

describe('expressionIssues', () => {
  it('reports fields the events reaching the node do not have, with their offsets', () => {
    const issues = expressionIssues(
      'urgncy == "critical" && channel == email && event.type == "x"',
      new Set(['urgency', 'channel', 'subject']),
    );
    assert.deepEqual(
      issues.map((i) => i.offset),
      [0, 35],
    );
    assert.match(issues[0]?.message ?? '', /unknown field "urgncy"/);
    assert.match(issues[1]?.message ?? '', /unknown field "email".*string literals need quotes/);
  });

  it('skips the field check when the fields are not known', () => {
    assert.deepEqual(expressionIssues('anything == "x"', new Set()), []);
  });

  it('returns the compile error alone for an expression that does not compile', () => {
    assert.deepEqual(expressionIssues('urgency ==', new Set(['urgency'])), [
      { message: 'syntax error: unexpected "=="', offset: 8 },
    ]);
  });
});
