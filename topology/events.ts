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
import { FormatRegistry, Type, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';

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

// ── runtime validation (the gateway and the SDK) ─────────────────────────────────────────────────────

/** One reason a payload does not match its event definition. Messages never quote the value. */
export interface FieldError {
  /** The field name (`tags[2]` inside a list). */
  field: string;
  /** JSON pointer into the payload (RFC 6901), as RFC 9457 `errors[].pointer` wants it. */
  pointer: string;
  message: string;
}

export type PayloadValidator = (payload: unknown) => FieldError[];

// TypeBox rejects a string with a `format` it has no checker for, so the formats the field language
// offers are registered here, once, before any schema is compiled.
const formats: Record<string, (value: string) => boolean> = {
  email: (v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v),
  'date-time': (v) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
    !Number.isNaN(Date.parse(v)),
  uri: (v) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(v) && URL.canParse(v),
};
for (const [name, check] of Object.entries(formats))
  if (!FormatRegistry.Has(name)) FormatRegistry.Set(name, check);

/**
 * Compiles a validator for payloads of one event type: an empty list when the payload is valid, else every
 * problem, one per field. The compiled schema decides; the per-field walk only explains.
 */
export function payloadValidator(definition: EventDefinition): PayloadValidator {
  const compiled = TypeCompiler.Compile(payloadSchema(definition));
  const specs = fieldSpecs(definition);
  return (payload) => {
    if (compiled.Check(payload)) return [];
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload))
      return [{ field: '', pointer: '', message: 'the payload must be a JSON object' }];
    const errors: FieldError[] = [];
    for (const spec of specs) {
      const problem = fieldProblem(spec, (payload as Record<string, unknown>)[spec.name]);
      if (problem)
        errors.push({
          field: spec.name + (problem.index === undefined ? '' : `[${problem.index}]`),
          pointer: `/${escapePointer(spec.name)}${problem.index === undefined ? '' : `/${problem.index}`}`,
          message: problem.message,
        });
    }
    if (errors.length > 0) return errors;
    // Only reachable if the explanation and the schema disagree; the schema still decides.
    return [...compiled.Errors(payload)].map((e) => ({
      field: e.path.slice(1).replace(/\//g, '.'),
      pointer: e.path,
      message: e.message,
    }));
  };
}

function fieldProblem(spec: FieldSpec, value: unknown): { message: string; index?: number } | undefined {
  if (value === undefined) return spec.optional ? undefined : { message: 'is required' };
  if (spec.enum) {
    return spec.enum.includes(value as string | number | boolean)
      ? undefined
      : { message: `must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}` };
  }
  const typeProblem = typeMismatch(spec.type, value);
  if (typeProblem) return { message: typeProblem };
  if (typeof value === 'string') {
    if (spec.maxLength !== undefined && value.length > spec.maxLength)
      return { message: `must be at most ${spec.maxLength} characters long` };
    if (spec.format && !(formats[spec.format]?.(value) ?? true))
      return { message: `must be a valid ${spec.format}` };
  }
  if (Array.isArray(value) && spec.items) {
    const itemType = spec.items;
    const index = value.findIndex((item) => typeMismatch(itemType, item) !== undefined);
    if (index >= 0) return { message: typeMismatch(itemType, value[index])!, index };
  }
  return undefined;
}

function typeMismatch(type: FieldSpec['type'], value: unknown): string | undefined {
  const ok =
    type === 'string'
      ? typeof value === 'string'
      : type === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : type === 'integer'
          ? Number.isInteger(value)
          : type === 'boolean'
            ? typeof value === 'boolean'
            : type === 'array'
              ? Array.isArray(value)
              : value !== null && typeof value === 'object' && !Array.isArray(value);
  return ok
    ? undefined
    : `must be ${type === 'integer' || type === 'array' || type === 'object' ? 'an' : 'a'} ${type}`;
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1');
}
