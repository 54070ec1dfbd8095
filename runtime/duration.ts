// Durations in the topology are strings such as `250ms`, `10s`, `5m`, `24h`, `7d` (or a number of ms).
import { Type, type TSchema } from '@sinclair/typebox';

const unitMs = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const pattern = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$';

/** A TypeBox schema for a duration field with a default. */
export function Duration(options: { default: string; description: string }): TSchema {
  return Type.Union([Type.String({ pattern }), Type.Integer({ minimum: 0 })], {
    default: options.default,
    description: `${options.description} Duration such as \`500ms\`, \`10s\`, \`5m\`, \`24h\`.`,
  });
}

export function toMs(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h|d)$/.exec(value);
  if (!match) throw new RangeError(`not a duration: ${value}`);
  return Math.round(Number(match[1]) * unitMs[match[2] as keyof typeof unitMs]);
}
