// redact.pii: replaces personal data and secrets in chosen string fields of the payload with `[TYPE]` or a
// keyed hash `[TYPE:3f2a9c1e]`. The detectors live in `redact-pii/`; this file holds the config schema, the
// field paths and the step. The step is pure and synchronous: no I/O, the input event is never modified.
import { Type, type Static } from '@sinclair/typebox';
import type { ConfigIssue, Envelope, StepKind } from '../runtime/component.ts';
import { nonRetryable } from '../runtime/errors.ts';
import { supportedRegion } from './redact-pii/phone.ts';
import { redact, type Mask, type ScanOptions } from './redact-pii/scan.ts';
import { piiTypes, type PhoneOptions, type PiiType } from './redact-pii/types.ts';

/**
 * Regions whose national formats (`020 7946 0958`, `030 901820`, `06 12 34 56 78`) are recognised besides
 * `defaultCountry`. A national number is taken for one of them only when it is valid there and either
 * starts with the trunk prefix 0 or is announced as a phone number, so the list costs little precision.
 */
const defaultRegions = 'GB IE DE AT CH FR BE NL ES IT PT PL SE AU NZ IN PH MY SG NG KE ZA AE BR MX'.split(
  ' ',
);

export const defaultPhone: PhoneOptions = { defaultCountry: 'US', regions: defaultRegions };

/** `body`, `customer.notes`, `messages[].text`, `tags[]`: dotted keys, `[]` = every element of an array. */
const fieldPath = '^[^.\\[\\]\\s]+(?:\\[\\])?(?:\\.[^.\\[\\]\\s]+(?:\\[\\])?)*$';
const Region = Type.String({ pattern: '^[A-Z]{2}$' });

const schema = Type.Object(
  {
    fields: Type.Array(Type.String({ pattern: fieldPath }), {
      minItems: 1,
      uniqueItems: true,
      description:
        'Payload fields to scan: dotted paths, `[]` for every element of an array (`body`, `customer.notes`, ' +
        '`messages[].text`, `tags[]`; quote a `[]` path inside a YAML `[…]` list). Values that are not strings, ' +
        'and paths that do not exist, are left alone.',
    }),
    types: Type.Array(Type.Union(piiTypes.map((t) => Type.Literal(t))), {
      minItems: 1,
      uniqueItems: true,
      default: [...piiTypes],
      description: `What to detect (default: all): ${piiTypes.map((t) => `\`${t}\``).join(', ')}.`,
    }),
    mask: Type.Union([Type.Literal('type'), Type.Literal('hash')], {
      default: 'type',
      description:
        '`type` writes `[EMAIL]`, `[PHONE]`, …; `hash` writes `[EMAIL:3f2a9c1e]`: the first 8 hex digits of ' +
        'HMAC-SHA256(`hashKey`, value), so one value always maps to one token (emails lower-cased, phones in ' +
        'E.164, card/IBAN/SSN digits only) and receivers can correlate without seeing it.',
    }),
    hashKey: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'HMAC key for `mask: hash`, as a secret reference (`${REDACT_HASH_KEY}`). Required with `hash`.',
      }),
    ),
    learned: Type.Boolean({
      default: true,
      description:
        'Also read tokens with a digit near a word for a secret, a code or a national number with the learned ' +
        'model (one-time codes and PINs a line after their word, codes in a CSV column or a JSON key). On ' +
        'labelled tickets it finds 29-47% of the codes and national numbers the rules miss; on 1 KiB bodies it ' +
        "costs 5-45% of the step's throughput, the more the more identifiers stand near such words " +
        '(bench/RESULTS.md). `false` runs the rules alone.',
    }),
    phone: Type.Object(
      {
        defaultCountry: Type.String({
          pattern: '^[A-Z]{2}$',
          default: defaultPhone.defaultCountry,
          description: 'Region (ISO 3166-1 alpha-2) of numbers written without a country code.',
        }),
        regions: Type.Array(Region, {
          uniqueItems: true,
          default: defaultRegions,
          description:
            'More regions whose national formats are recognised. A number valid there counts when it starts ' +
            'with the trunk prefix 0 or follows a word like "phone"/"call"; `+<code>` numbers are always recognised.',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
  },
  { additionalProperties: false },
);

type Config = Static<typeof schema>;

export function scanOptions(config: {
  types?: readonly PiiType[];
  phone?: Partial<PhoneOptions>;
  learned?: boolean;
}): ScanOptions {
  return {
    types: new Set(config.types ?? piiTypes),
    learned: config.learned ?? true,
    phone: {
      defaultCountry: config.phone?.defaultCountry ?? defaultPhone.defaultCountry,
      regions: config.phone?.regions ?? defaultPhone.regions,
    },
  };
}

function configIssues(config: Config): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  if (config.mask === 'hash' && !config.hashKey) {
    issues.push({
      path: ['hashKey'],
      code: 'TOPOLOGY_INCONSISTENT',
      message: '`mask: hash` needs a non-empty `hashKey`',
    });
  }
  const phone = config.phone ?? {};
  const regions: [(string | number)[], string | undefined][] = [
    [['phone', 'defaultCountry'], phone.defaultCountry],
    ...(phone.regions ?? []).map((r, i): [(string | number)[], string] => [['phone', 'regions', i], r]),
  ];
  for (const [path, region] of regions) {
    if (region !== undefined && !supportedRegion(region)) {
      issues.push({
        path,
        code: 'TOPOLOGY_SCHEMA',
        message: `${region} is not a region libphonenumber knows`,
      });
    }
  }
  return issues;
}

interface Segment {
  key: string;
  each: boolean;
}

function parsePath(path: string): Segment[] {
  return path
    .split('.')
    .map((part) =>
      part.endsWith('[]') ? { key: part.slice(0, -2), each: true } : { key: part, each: false },
    );
}

interface Rewrite {
  readonly options: ScanOptions;
  readonly mask: Mask;
  /** Redactions per type in the current event. */
  readonly counts: Map<PiiType, number>;
}

/**
 * `value` with the strings at `path` redacted; containers on the way are copied only when something below them
 * changed, so the input is never modified and untouched branches are shared. `depth`: segments already walked.
 */
function rewriteAt(value: unknown, path: readonly Segment[], rewrite: Rewrite, depth = 0): unknown {
  if (depth === path.length) {
    if (typeof value !== 'string') return value;
    const result = redact(value, rewrite.options, rewrite.mask);
    for (const [type, n] of result.counts) rewrite.counts.set(type, (rewrite.counts.get(type) ?? 0) + n);
    return result.text;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const head = path[depth]!;
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, head.key)) return value;
  const child = record[head.key];
  let next: unknown;
  if (head.each) {
    if (!Array.isArray(child)) return value;
    let changed = false;
    const items: unknown[] = [];
    for (const item of child) {
      const r = rewriteAt(item, path, rewrite, depth + 1);
      if (r !== item) changed = true;
      items.push(r);
    }
    next = changed ? items : child;
  } else {
    next = rewriteAt(child, path, rewrite, depth + 1);
  }
  return next === child ? value : { ...record, [head.key]: next };
}

export const redactPii: StepKind<typeof schema> = {
  kind: 'redact.pii',
  summary:
    'Replaces personal data and secrets in the chosen payload fields: emails, phone numbers (libphonenumber), ' +
    'payment cards (Luhn), IBANs (mod 97), US SSNs and their counterparts announced by name (UK NI numbers, ' +
    'Canadian SINs, Brazilian CPFs and the national numbers of about twenty more countries, each checked by its ' +
    'own check digit where it has one), IPv4/IPv6 (a network with its prefix length), secrets (Stripe, AWS, GitHub, JWT, Bearer, ' +
    '`password=`), names (by context and by a lexicon of given names), street addresses and dates of birth ' +
    'found by context. A learned second reading (an averaged perceptron trained on the labelled ticket corpus, ' +
    'shipped as data) then looks at the tokens with a digit near a word for a secret, a code or a national ' +
    'number that no rule took, and takes one for a secret or a national number when it is sure of it ' +
    '(one-time codes and PINs a line after their word, codes in a CSV column or a JSON key). ' +
    'Numbers read out in words are found after their word as call transcripts write them (a PIN, a card code, ' +
    'an SSN: "the social is four zero one, seven two, …"), and a national number or a birth date found is ' +
    'looked for again nearby as the person or a system mistyped it ("you have 130 692 545, the correct SIN is ' +
    '130 692 544"). Order and ticket ids, versions, timestamps, prices, error codes, UUIDs, ports, netmasks ' +
    'and plain dates are kept. Values are matched after NFKC folding with zero-width characters removed (so ' +
    '`４１１１…` and `j\\u200bohn@…` are found), but only the ' +
    'matches are replaced: the rest of the text stays byte for byte as written. Counts per type go to ' +
    '`ingestlayer_redactions_total{type}`; what was found is never logged.',
  schema,
  example: `
- id: strip-pii
  uses: redact.pii
  topic: example.redacted
  fields: [body, subject, customer.notes, "messages[].text"]
  mask: hash
  hashKey: \${REDACT_HASH_KEY:-change-me}
  phone: { defaultCountry: US, regions: [GB, DE, FR] }
`,
  check: (config) => configIssues(config),
  create(config, ctx) {
    const issues = configIssues(config);
    if (issues.length > 0)
      throw nonRetryable('TOPOLOGY_INCONSISTENT', issues.map((i) => i.message).join('; '));
    const options = scanOptions(config);
    const mask: Mask =
      config.mask === 'hash' ? { kind: 'hash', key: config.hashKey ?? '' } : { kind: 'type' };
    const paths = config.fields.map(parsePath);
    return {
      process(event: Envelope): Envelope[] {
        const rewrite: Rewrite = { options, mask, counts: new Map() };
        let payload: unknown = event.payload;
        for (const path of paths) payload = rewriteAt(payload, path, rewrite);
        for (const [type, n] of rewrite.counts) ctx.metrics.redactions(type, n);
        return [{ ...event, payload: payload as Record<string, unknown> }];
      },
    };
  },
};
