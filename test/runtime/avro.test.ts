// The Avro serde against the real schema registry (SCHEMA_REGISTRY_URL): derived schemas, the Confluent wire
// format, registration under `<topic>-value`, resolution of an older writer schema, and which failures are
// retriable.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { avroSerde, topicSchemas } from '../../runtime/avro.ts';
import { IngestlayerError } from '../../runtime/errors.ts';
import { serdeFor } from '../../runtime/runner.ts';
import { envelope } from '../helpers/events.ts';
import { uniqueName } from '../helpers/kafka.ts';
import { avroFlagshipPlan, registryUrl } from '../helpers/registry.ts';

const ticket = {
  ticket_id: 'T-1',
  subject: 'Site down',
  body: 'Everything is down since 14:05',
  customer_tier: 'enterprise',
  channel: 'email',
};

function isError(code: string, retriable: boolean) {
  return (err: unknown) =>
    err instanceof IngestlayerError && err.code === code && err.retriable === retriable;
}

async function latestId(topic: string): Promise<number> {
  const response = await fetch(`${registryUrl()}/subjects/${topic}-value/versions/latest`);
  assert.equal(response.status, 200, `subject ${topic}-value is registered`);
  return ((await response.json()) as { id: number }).id;
}

describe('Avro serde (real schema registry)', { timeout: 60_000 }, () => {
  it('derives one schema per topic: declared fields, enums as strings, step fields optional', async () => {
    const plan = await avroFlagshipPlan(uniqueName('avro-schema'), { brokers: false });
    const schemas = topicSchemas(plan);
    assert.deepEqual(
      [...schemas.keys()].sort(),
      [plan.source.topic, ...plan.steps.map((s) => s.output)].sort(),
    );
    const payloadOf = (topic: string) =>
      (schemas.get(topic)!.schema.fields as { name: string; type: unknown }[]).find(
        (f) => f.name === 'payload',
      )!.type as { fields: { name: string; type: unknown; doc?: string; default?: unknown }[] };
    const raw = payloadOf(plan.source.topic).fields;
    assert.deepEqual(
      raw.map((f) => f.name),
      ['ticket_id', 'subject', 'body', 'customer_tier', 'channel'],
    );
    const tier = raw.find((f) => f.name === 'customer_tier')!;
    assert.equal(tier.type, 'string');
    assert.match(tier.doc ?? '', /"free", "pro", "enterprise"/);
    const classified = payloadOf(plan.steps[0]!.output).fields.find((f) => f.name === 'urgency');
    assert.deepEqual(classified?.type, ['null', 'string']);
    assert.equal(classified?.default, null);
  });

  it('writes the Confluent wire format with the id registered under <topic>-value, and reads it back', async () => {
    const plan = await avroFlagshipPlan(uniqueName('avro-wire'), { brokers: false });
    const serde = serdeFor(plan);
    assert.equal(serde.name, 'avro');
    assert.equal(serdeFor(plan), serde, 'one serde (and cache) per plan');
    const topic = plan.steps[0]!.output;
    const event = envelope(
      { ...ticket, urgency: 'critical', note: { from: 'helpdesk', tags: ['a'] } },
      { type: 'support.ticket.created', idempotencyKey: 'key-1' },
    );
    const bytes = await serde.encode(event, topic);
    assert.equal(bytes[0], 0, 'magic byte');
    assert.equal(bytes.readInt32BE(1), await latestId(topic));
    assert.deepEqual(await serde.decode(bytes, topic), event, 'undeclared payload fields are kept');

    const bare = envelope(ticket, { type: 'support.ticket.created' });
    assert.deepEqual(await serde.decode(await serde.encode(bare, topic), topic), bare);
  });

  it('reads records of an older schema version with the current one (BACKWARD evolution)', async () => {
    const name = uniqueName('avro-evolve');
    const v1 = await avroFlagshipPlan(name, { brokers: false });
    const v2 = await avroFlagshipPlan(name, {
      brokers: false,
      edit: (yaml) => yaml.replace('    channel: {', '    region: string?\n    channel: {'),
    });
    const topic = v1.source.topic;
    const old = envelope(ticket, { type: 'support.ticket.created' });
    const written = await avroSerde({ url: registryUrl(), plan: v1 }).encode(old, topic);
    const reader = avroSerde({ url: registryUrl(), plan: v2 });
    const newer = envelope({ ...ticket, region: 'eu' }, { type: 'support.ticket.created' });
    const writtenV2 = await reader.encode(newer, topic);
    assert.notEqual(writtenV2.readInt32BE(1), written.readInt32BE(1), 'a second version was registered');
    assert.deepEqual(await reader.decode(written, topic), old);
    assert.deepEqual(await reader.decode(writtenV2, topic), newer);
  });

  it('refuses an incompatible schema change with a retriable SCHEMA_INCOMPATIBLE', async () => {
    const name = uniqueName('avro-incompatible');
    const v1 = await avroFlagshipPlan(name, { brokers: false });
    const v2 = await avroFlagshipPlan(name, {
      brokers: false,
      edit: (yaml) => yaml.replace('    channel: {', '    region: string\n    channel: {'),
    });
    const topic = v1.source.topic;
    await avroSerde({ url: registryUrl(), plan: v1 }).encode(
      envelope(ticket, { type: 'support.ticket.created' }),
      topic,
    );
    await assert.rejects(
      avroSerde({ url: registryUrl(), plan: v2 }).encode(
        envelope({ ...ticket, region: 'eu' }, { type: 'support.ticket.created' }),
        topic,
      ),
      isError('SCHEMA_INCOMPATIBLE', true),
    );
  });

  it('rejects undecodable records with a non-retriable DECODE_FAILED', async () => {
    const plan = await avroFlagshipPlan(uniqueName('avro-garbage'), { brokers: false });
    const serde = serdeFor(plan);
    const topic = plan.source.topic;
    const good = await serde.encode(envelope(ticket, { type: 'support.ticket.created' }), topic);
    const unknownId = Buffer.from(good);
    unknownId.writeInt32BE(0x7ffffff0, 1);
    for (const [what, value] of [
      ['JSON (no magic byte)', Buffer.from(JSON.stringify({ id: 'x' }))],
      ['shorter than the header', Buffer.from([0, 0, 1])],
      ['tombstone', null],
      ['truncated body', good.subarray(0, good.length - 3)],
      ['unknown schema id', unknownId],
    ] as const) {
      await assert.rejects(
        Promise.resolve().then(() => serde.decode(value, topic)),
        isError('DECODE_FAILED', false),
        what,
      );
    }
  });

  it('fails an event that does not fit with ENCODE_FAILED, naming the field and not the value', async () => {
    const plan = await avroFlagshipPlan(uniqueName('avro-misfit'), { brokers: false });
    const serde = serdeFor(plan);
    await assert.rejects(
      async () =>
        serde.encode(
          envelope({ ...ticket, subject: 12345 }, { type: 'support.ticket.created' }),
          plan.source.topic,
        ),
      (err: unknown) =>
        isError('ENCODE_FAILED', false)(err) &&
        (err as Error).message.includes('subject') &&
        !(err as Error).message.includes('12345'),
    );
    await assert.rejects(
      async () => serde.encode(envelope(ticket, { type: 'not.declared' }), plan.source.topic),
      isError('ENCODE_FAILED', false),
    );
  });

  it('treats an unreachable registry as retriable, for encoding and for a schema id it has not seen', async () => {
    const plan = await avroFlagshipPlan(uniqueName('avro-down'), { brokers: false });
    const topic = plan.source.topic;
    const good = await serdeFor(plan).encode(envelope(ticket, { type: 'support.ticket.created' }), topic);
    const down = avroSerde({ url: 'http://127.0.0.1:9/apis/ccompat/v7', plan });
    await assert.rejects(
      down.encode(envelope(ticket, { type: 'support.ticket.created' }), topic),
      isError('SCHEMA_REGISTRY_UNAVAILABLE', true),
    );
    await assert.rejects(down.decode(good, topic), isError('SCHEMA_REGISTRY_UNAVAILABLE', true));
  });
});
