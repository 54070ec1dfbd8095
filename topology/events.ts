// Event definitions (the `events` block): a small field language that yields one JSON Schema per event
// type. The gateway and the SDK validate payloads with it, and `codegen` turns it into TypeScript types.
//
//   ticket_id: string                          required string
//   note: string?                              optional
//   customer_tier: { enum: [free, pro] }       one of
//   body: { type: string, description: … }     with docs
//   tags: { type: array, items: string }       lists
//
// Fields not declared are accepted and kept: the event is stored whole.
import { Type, type Static, type TSchema } from '@sinclair/typebox';

export const scalarTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
type ScalarType = (typeof scalarTypes)[number];

const FieldShorthand = Type.String({
  pattern: `^(${scalarTypes.join('|')})\\??$`,
  description: 'A type name; a trailing `?` makes the field optional.',
});

const FieldObject = Type.Object(
  {
    type: Type.Optional(Type.Union(scalarTypes.map((t) => Type.Literal(t)))),
    enum: Type.Optional(
      Type.Array(Type.Union([Type.String(), Type.Number(), Type.Boolean()]), { minItems: 1 }),
    ),
    items: Type.Optional(FieldShorthand),
    description: Type.Optional(Type.String()),
    optional: Type.Optional(Type.Boolean({ default: false })),
    maxLength: Type.Optional(Type.Integer({ minimum: 0 })),
    format: Type.Optional(
      Type.Union([Type.Literal('email'), Type.Literal('date-time'), Type.Literal('uri')]),
    ),
  },
  { additionalProperties: false },
);

export const FieldSchema = Type.Union([FieldShorthand, FieldObject]);
export const EventDefinitionSchema = Type.Record(
  Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
  FieldSchema,
  {
    description: 'Payload fields of one event type.',
  },
);
export type EventDefinition = Static<typeof EventDefinitionSchema>;

export interface FieldSpec {
  name: string;
  type: ScalarType;
  enum?: readonly (string | number | boolean)[];
  items?: ScalarType;
  optional: boolean;
  description?: string;
  maxLength?: number;
  format?: string;
}

export function fieldSpecs(definition: EventDefinition): FieldSpec[] {
  return Object.entries(definition).map(([name, field]): FieldSpec => {
    if (typeof field === 'string') {
      return { name, type: field.replace('?', '') as ScalarType, optional: field.endsWith('?') };
    }
    const type: ScalarType = field.type ?? (field.enum ? enumType(field.enum) : 'string');
    return {
      name,
      type,
      optional: field.optional ?? false,
      ...(field.enum ? { enum: field.enum } : {}),
      ...(field.items ? { items: field.items.replace('?', '') as ScalarType } : {}),
      ...(field.description ? { description: field.description } : {}),
      ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
      ...(field.format ? { format: field.format } : {}),
    };
  });
}

function enumType(values: readonly (string | number | boolean)[]): ScalarType {
  const kinds = new Set(values.map((v) => typeof v));
  if (kinds.size === 1 && kinds.has('number')) return 'number';
  if (kinds.size === 1 && kinds.has('boolean')) return 'boolean';
  return 'string';
}

function typeSchema(type: ScalarType, spec?: FieldSpec): TSchema {
  const extra = {
    ...(spec?.description ? { description: spec.description } : {}),
    ...(spec?.maxLength !== undefined ? { maxLength: spec.maxLength } : {}),
    ...(spec?.format ? { format: spec.format } : {}),
  };
  switch (type) {
    case 'string':
      return Type.String(extra);
    case 'number':
      return Type.Number(extra);
    case 'integer':
      return Type.Integer(extra);
    case 'boolean':
      return Type.Boolean(extra);
    case 'object':
      return Type.Record(Type.String(), Type.Unknown(), extra);
    case 'array':
      return Type.Array(spec?.items ? typeSchema(spec.items) : Type.Unknown(), extra);
  }
}

/** The JSON Schema of a payload of this event type. */
export function payloadSchema(definition: EventDefinition): TSchema {
  const properties: Record<string, TSchema> = {};
  for (const spec of fieldSpecs(definition)) {
    const base = spec.enum
      ? Type.Union(
          spec.enum.map((v) => Type.Literal(v)),
          spec.description ? { description: spec.description } : {},
        )
      : typeSchema(spec.type, spec);
    properties[spec.name] = spec.optional ? Type.Optional(base) : base;
  }
  return Type.Object(properties, { additionalProperties: true });
}
