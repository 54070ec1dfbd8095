// Avro in the Confluent wire format (magic byte 0, 4-byte big-endian schema id, Avro binary), used when the
// topology names a schema registry (`kafka.schemaRegistry`). Every topic's schema is derived from the plan —
// the envelope, the payload fields of the `events` block, and the fields earlier steps add — and registered
// under the subject `<topic>-value` (Confluent's TopicNameStrategy) on first use. A record is decoded with the
// schema its id names (the writer's, fetched once from the registry) resolved to the topic's current schema.
//
// Choices that keep schema evolution sane under the registry's BACKWARD rule:
// - enums are Avro strings (their values are listed in the field's `doc`): adding a value to an Avro enum is
//   not backward compatible for readers still on the old schema, a label like `p-1` is not a valid Avro
//   symbol, and enums of numbers or booleans do not exist in Avro. The gateway and SDK still validate values.
// - fields a step adds (classify's label) are optional strings with a null default, so inserting a step in
//   front of an existing topic registers a compatible new version.
// - `object` fields and lists of objects travel as JSON text: the field language gives them no shape.
// - payload fields the `events` block does not declare are kept, as a JSON object in `payloadExtra`.
// - `time` stays the RFC 3339 text the producer wrote, so an envelope reads back exactly as it was sent.
import avro from 'avsc';
import { SchemaRegistry, SchemaType } from '@kafkajs/confluent-schema-registry';
import type { Envelope } from './component.ts';
import { nonRetryable, retryable, type IngestlayerError } from './errors.ts';
import type { Serde } from './serde.ts';
import { fieldSpecs, type FieldSpec } from '../topology/events.ts';
import type { Plan } from '../topology/plan.ts';

/** avsc does not export the resolver's class by name. */
type Resolver = ReturnType<avro.Type['createResolver']>;

const namespace = 'ingestlayer';
const magicByte = 0;
const headerLength = 5;

/** How one payload field is written in Avro. */
interface FieldCodec {
  name: string;
  /** JSON text in Avro (objects, lists of anything but scalars). */
  json: boolean;
  optional: boolean;
}

interface PayloadLayout {
  /** Full Avro name of the payload record: the union branch key when the payload is a union of several. */
  fullName: string;
  fields: FieldCodec[];
  declared: ReadonlySet<string>;
}

/** The derived schema of one topic and how envelopes map onto it. */
export interface TopicSchema {
  readonly schema: Record<string, unknown>;
  readonly payloads: ReadonlyMap<string, PayloadLayout>;
  /** True when the payload is a union of several event types (avsc then wraps the value by branch name). */
  readonly wrapped: boolean;
}

// ─── schema derivation ───────────────────────────────────────────────────────────────────────────────

const scalarAvro = { string: 'string', number: 'double', integer: 'long', boolean: 'boolean' } as const;

/** An Avro name segment from any text: letters, digits and `_`, not starting with a digit. */
function avroName(text: string): string {
  const name = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function fieldSchema(spec: FieldSpec): { schema: Record<string, unknown>; codec: FieldCodec } {
  let type: unknown;
  let json = false;
  const docs: string[] = spec.description ? [spec.description] : [];
  if (spec.enum) {
    type = scalarAvro[spec.type as keyof typeof scalarAvro] ?? 'string';
    docs.push(`one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}`);
  } else if (spec.type === 'array' && spec.items && spec.items in scalarAvro) {
    type = { type: 'array', items: scalarAvro[spec.items as keyof typeof scalarAvro] };
  } else if (spec.type === 'object' || spec.type === 'array') {
    type = 'string';
    json = true;
    docs.push(`JSON ${spec.type === 'object' ? 'object' : 'array'}`);
  } else {
    type = scalarAvro[spec.type];
  }
  const schema: Record<string, unknown> = spec.optional
    ? { name: spec.name, type: ['null', type], default: null }
    : { name: spec.name, type };
  if (docs.length) schema.doc = docs.join('; ');
  return { schema, codec: { name: spec.name, json, optional: spec.optional } };
}

/**
 * The Avro schema of every topic the plan's nodes read or write (DLQs and stores keep raw bytes): the source
 * topic carries the declared payloads, each step's output adds that step's fields.
 */
export function topicSchemas(plan: Plan): Map<string, TopicSchema> {
  const added = new Map<string, readonly string[]>([[plan.source.topic, []]]);
  const addedBy = new Map<string, string>();
  for (const step of plan.steps) {
    const own = step.kind.addsFields?.(step.config) ?? [];
    for (const field of own) if (!addedBy.has(field)) addedBy.set(field, step.id);
    added.set(step.output, [...(added.get(step.input) ?? []), ...own]);
  }
  const result = new Map<string, TopicSchema>();
  for (const [topic, fields] of added) result.set(topic, envelopeSchema(plan, fields, addedBy));
  return result;
}

function envelopeSchema(
  plan: Plan,
  addedFields: readonly string[],
  addedBy: ReadonlyMap<string, string>,
): TopicSchema {
  const payloads = new Map<string, PayloadLayout>();
  const records: Record<string, unknown>[] = [];
  const taken = new Set<string>(['Envelope']);
  for (const [type, definition] of Object.entries(plan.events)) {
    let name = avroName(type);
    for (let i = 2; taken.has(name); i++) name = `${avroName(type)}_${i}`;
    taken.add(name);
    const specs = fieldSpecs(definition);
    const declared = new Set(specs.map((s) => s.name));
    const fields = specs.map(fieldSchema);
    for (const field of addedFields) {
      if (declared.has(field)) continue;
      declared.add(field);
      fields.push({
        schema: {
          name: field,
          type: ['null', 'string'],
          default: null,
          doc: `added by step ${addedBy.get(field) ?? 'unknown'}`,
        },
        codec: { name: field, json: false, optional: true },
      });
    }
    records.push({ type: 'record', name, doc: `payload of ${type}`, fields: fields.map((f) => f.schema) });
    payloads.set(type, { fullName: `${namespace}.${name}`, fields: fields.map((f) => f.codec), declared });
  }
  const schema = {
    type: 'record',
    name: 'Envelope',
    namespace,
    doc: `ingestlayer envelope (pipeline ${plan.name})`,
    fields: [
      { name: 'id', type: 'string' },
      { name: 'type', type: 'string' },
      { name: 'time', type: 'string', doc: 'RFC 3339' },
      { name: 'idempotencyKey', type: ['null', 'string'], default: null },
      { name: 'payload', type: records.length === 1 ? records[0] : records },
      {
        name: 'payloadExtra',
        type: ['null', 'string'],
        default: null,
        doc: 'payload fields the events block does not declare, as a JSON object',
      },
    ],
  };
  return { schema, payloads, wrapped: records.length > 1 };
}

// ─── envelope ⇄ Avro value ───────────────────────────────────────────────────────────────────────────

function toAvro(topic: TopicSchema, envelope: Envelope): Record<string, unknown> {
  const layout = topic.payloads.get(envelope.type);
  if (layout === undefined)
    throw nonRetryable(
      'ENCODE_FAILED',
      `event type "${envelope.type}" is not defined in the topology's events`,
    );
  const record: Record<string, unknown> = {};
  for (const field of layout.fields) {
    const value = envelope.payload[field.name];
    if (value === undefined || value === null) record[field.name] = null;
    else record[field.name] = field.json ? JSON.stringify(value) : value;
  }
  const extra: Record<string, unknown> = {};
  let hasExtra = false;
  for (const [name, value] of Object.entries(envelope.payload)) {
    if (layout.declared.has(name)) continue;
    extra[name] = value;
    hasExtra = true;
  }
  return {
    id: envelope.id,
    type: envelope.type,
    time: envelope.time,
    idempotencyKey: envelope.idempotencyKey ?? null,
    payload: topic.wrapped ? { [layout.fullName]: record } : record,
    payloadExtra: hasExtra ? JSON.stringify(extra) : null,
  };
}

function fromAvro(topic: TopicSchema, value: Record<string, unknown>): Envelope {
  const type = value.type as string;
  const layout = topic.payloads.get(type);
  let record = value.payload as Record<string, unknown>;
  if (topic.wrapped) record = Object.values(record)[0] as Record<string, unknown>;
  const payload: Record<string, unknown> = {};
  try {
    if (typeof value.payloadExtra === 'string') Object.assign(payload, JSON.parse(value.payloadExtra));
    for (const field of layout?.fields ?? []) {
      const v = record[field.name];
      if (v === null || v === undefined) continue;
      payload[field.name] = field.json ? JSON.parse(v as string) : v;
    }
  } catch {
    throw nonRetryable('DECODE_FAILED', 'a JSON-text field of the Avro record is not valid JSON');
  }
  const envelope: Envelope = { id: value.id as string, type, time: value.time as string, payload };
  if (typeof value.idempotencyKey === 'string') envelope.idempotencyKey = value.idempotencyKey;
  return envelope;
}

// ─── the serde ───────────────────────────────────────────────────────────────────────────────────────

export const avroSerdeDefaults = {
  /** Registry requests are retried by the hosts (backoff, no dead-lettering); the client itself tries once more. */
  clientRetries: 1,
} as const;

export interface AvroSerdeOptions {
  /** The Confluent-compatible API, e.g. http://127.0.0.1:8081/apis/ccompat/v7 for Apicurio. */
  url: string;
  plan: Plan;
  clientId?: string;
}

interface Registered {
  id: number;
  header: Buffer;
}

/** The registry's answer status (mappersmith reports a failed connection as 400 with no answer behind it). */
function statusOf(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function unavailable(err: unknown, what: string): IngestlayerError {
  const status = statusOf(err);
  return retryable(
    'SCHEMA_REGISTRY_UNAVAILABLE',
    `the schema registry could not ${what}${status !== undefined && status !== 400 ? ` (HTTP ${status})` : ''}`,
    { cause: err },
  );
}

export interface AvroSerde extends Serde {
  readonly schemas: ReadonlyMap<string, TopicSchema>;
  encode(envelope: Envelope, topic: string): Promise<Buffer>;
  decode(value: Buffer | null, topic: string): Promise<Envelope>;
}

export function avroSerde(options: AvroSerdeOptions): AvroSerde {
  const client = new SchemaRegistry({
    host: options.url.replace(/\/+$/, ''),
    clientId: options.clientId ?? 'ingestlayer',
    retry: { retries: avroSerdeDefaults.clientRetries, initialRetryTimeInSecs: 0.1 },
  });
  const schemas = topicSchemas(options.plan);
  const readers = new Map<string, avro.Type>();
  const registered = new Map<string, Promise<Registered>>();
  /** `<topic>\0<writer id>` → a resolver from that writer schema to the topic's. */
  const resolvers = new Map<string, Resolver | 'same'>();

  function topicSchema(topic: string, forWhat: 'encode' | 'decode'): TopicSchema {
    const schema = schemas.get(topic);
    if (schema !== undefined) return schema;
    const message = `topic "${topic}" is not one of the topology's event topics, so it has no Avro schema`;
    throw forWhat === 'encode'
      ? nonRetryable('ENCODE_FAILED', message)
      : nonRetryable('DECODE_FAILED', message);
  }

  function readerOf(topic: string): avro.Type {
    let type = readers.get(topic);
    if (type === undefined) {
      type = avro.Type.forSchema(topicSchema(topic, 'decode').schema as avro.Schema);
      readers.set(topic, type);
    }
    return type;
  }

  function register(topic: string): Promise<Registered> {
    let pending = registered.get(topic);
    if (pending === undefined) {
      const schema = JSON.stringify(topicSchema(topic, 'encode').schema);
      pending = client
        .register({ type: SchemaType.AVRO, schema }, { subject: `${topic}-value` })
        .then(({ id }) => {
          const header = Buffer.alloc(headerLength);
          header.writeUInt8(magicByte, 0);
          header.writeInt32BE(id, 1);
          return { id, header };
        })
        .catch((err: unknown) => {
          registered.delete(topic); // the next record asks again
          const status = statusOf(err);
          if (status === 409 || status === 422 || (err as Error).name.endsWith('CompatibilityError'))
            // Every record of the topic would fail the same way: wait for the fix, dead-letter nothing.
            throw retryable(
              'SCHEMA_INCOMPATIBLE',
              `the registry refused the schema derived for topic "${topic}" (subject "${topic}-value"): ${(err as Error).message}`,
              { cause: err },
            );
          throw unavailable(err, `register the schema of topic "${topic}"`);
        });
      registered.set(topic, pending);
    }
    return pending;
  }

  async function resolverFor(topic: string, id: number): Promise<Resolver | 'same'> {
    const key = `${topic}\0${id}`;
    const cached = resolvers.get(key);
    if (cached !== undefined) return cached;
    let writer: avro.Type;
    try {
      writer = (await client.getSchema(id)) as avro.Type;
    } catch (err) {
      if (statusOf(err) === 404)
        throw nonRetryable('DECODE_FAILED', `schema id ${id} is not in the schema registry`, { cause: err });
      if (statusOf(err) === undefined)
        throw nonRetryable('DECODE_FAILED', `schema id ${id} is not an Avro schema`, { cause: err });
      throw unavailable(err, `return schema id ${id}`);
    }
    const reader = readerOf(topic);
    let resolver: Resolver | 'same';
    try {
      resolver = reader.equals(writer) ? 'same' : reader.createResolver(writer);
    } catch (err) {
      throw nonRetryable(
        'DECODE_FAILED',
        `records written with schema id ${id} cannot be read as topic "${topic}"'s schema`,
        { cause: err },
      );
    }
    resolvers.set(key, resolver);
    return resolver;
  }

  return {
    name: 'avro',
    schemas,
    async encode(envelope, topic) {
      const value = toAvro(topicSchema(topic, 'encode'), envelope);
      const { header } = await register(topic);
      const type = readerOf(topic);
      let body: Buffer;
      try {
        body = type.toBuffer(value);
      } catch {
        // avsc's own message quotes the value; report only the path that does not fit.
        let invalid: string | undefined;
        type.isValid(value, { errorHook: (path) => (invalid ??= path.join('.')) });
        throw nonRetryable(
          'ENCODE_FAILED',
          `field "${invalid ?? '?'}" does not fit topic "${topic}"'s Avro schema`,
        );
      }
      return Buffer.concat([header, body]);
    },
    async decode(value, topic) {
      if (value === null || value.length === 0)
        throw nonRetryable('DECODE_FAILED', 'record has no value (tombstone)');
      if (value.length < headerLength || value[0] !== magicByte)
        throw nonRetryable(
          'DECODE_FAILED',
          'value is not in the Confluent wire format (magic byte 0, 4-byte schema id, Avro body)',
        );
      const id = value.readInt32BE(1);
      const resolver = await resolverFor(topic, id);
      let decoded: Record<string, unknown>;
      try {
        const body = value.subarray(headerLength);
        const reader = readerOf(topic);
        decoded = resolver === 'same' ? reader.fromBuffer(body) : reader.fromBuffer(body, resolver);
      } catch {
        throw nonRetryable(
          'DECODE_FAILED',
          `the Avro body does not match schema id ${id} (truncated or corrupt)`,
        );
      }
      return fromAvro(topicSchema(topic, 'decode'), decoded);
    },
  };
}
