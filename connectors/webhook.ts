// webhook: POSTs each event (the envelope as JSON) to an HTTPS endpoint, signed the Stripe way. One call of
// `deliver` is one attempt; the sink host owns retries, backoff, the DLQ, commits and the circuit breaker.
// Loopback, private, link-local and other internal addresses are refused at connect time (runtime/ssrf.ts)
// unless `allowPrivateNetwork` is set, and plain http:// unless `allowInsecureHttp` is.
import { Type, type Static } from '@sinclair/typebox';
import type { ConfigIssue, DeliveryRequest, Destination, DestinationKind } from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { nonRetryable } from '../runtime/errors.ts';
import type { Resolver } from '../runtime/ssrf.ts';
import { version } from '../runtime/version.ts';
import { HttpTarget } from './webhook/http.ts';
import { sign, signatureHeader } from './webhook/signature.ts';
import { urlIssues } from './webhook/url.ts';

const schema = Type.Object(
  {
    url: Type.String({ minLength: 1, description: 'The endpoint, `https://…`.' }),
    auth: Type.Object(
      {
        type: Type.Union([Type.Literal('none'), Type.Literal('bearer'), Type.Literal('hmac')], {
          description: '`none`, `bearer` (Authorization header) or `hmac` (X-Ingestlayer-Signature).',
        }),
        token: Type.Optional(
          Type.String({ minLength: 1, description: 'Bearer token (a ${VAR} reference).' }),
        ),
        secret: Type.Optional(
          Type.String({ minLength: 1, description: 'HMAC secret (a ${VAR} reference).' }),
        ),
        secrets: Type.Optional(
          Type.Array(Type.String({ minLength: 1 }), {
            minItems: 1,
            maxItems: 5,
            description: 'HMAC secrets during a rotation, newest first: one `v1=` per secret.',
          }),
        ),
      },
      { additionalProperties: false, default: { type: 'none' } },
    ),
    timeout: Duration({
      default: '10s',
      description: 'Deadline of one attempt: connect, TLS, response headers and the body read.',
    }),
    headers: Type.Optional(
      Type.Record(Type.String({ pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$" }), Type.String(), {
        description: 'Extra request headers (not the ones ingestlayer sets).',
      }),
    ),
    allowPrivateNetwork: Type.Boolean({
      default: false,
      description: 'Allow loopback, private, link-local and other internal addresses.',
    }),
    allowInsecureHttp: Type.Boolean({ default: false, description: 'Allow plain `http://` URLs.' }),
    maxResponseBytes: Type.Integer({
      minimum: 1,
      maximum: 1_048_576,
      default: 16_384,
      description: 'Response bytes read (and discarded) before the connection is cut.',
    }),
  },
  { additionalProperties: false },
);

export type WebhookConfig = Static<typeof schema>;

/** Headers ingestlayer sets itself; `headers` may not override them. */
const reservedHeaders = new Set([
  'authorization',
  'connection',
  'content-length',
  'content-type',
  'host',
  'transfer-encoding',
  'user-agent',
]);

export const webhook: DestinationKind<typeof schema> = {
  kind: 'webhook',
  summary:
    'POSTs each event, the envelope as JSON, to `url` with `X-Ingestlayer-Event-Id`, `X-Ingestlayer-Attempt` ' +
    'and `User-Agent: ingestlayer/<version>`. Auth `bearer` adds `Authorization: Bearer <token>`; `hmac` adds ' +
    '`X-Ingestlayer-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (one `v1=` per secret while ' +
    'rotating). 2xx delivers; 408, 429, 5xx, timeouts and network errors are retried with backoff ' +
    '(`Retry-After` honoured up to `retry.maxDelay`); 3xx and other 4xx go to the DLQ at once. Internal ' +
    'addresses are refused at connect time unless `allowPrivateNetwork: true`; `http://` needs ' +
    '`allowInsecureHttp: true`. Receiver-side verification: docs/receivers.md.',
  schema,
  example: `
- id: oncall
  uses: webhook
  url: https://hooks.example.com/ingestlayer
  auth: { type: hmac, secrets: [\${WEBHOOK_SECRET}, \${WEBHOOK_SECRET_OLD:-previous}] }
  timeout: 10s
  retry: { maxAttempts: 8, initialDelay: 1s, maxDelay: 5m }
  when: urgency == "critical"
`,
  check(config) {
    return configIssues(config);
  },
  create(config) {
    return createWebhook(config);
  },
};

/**
 * Everything wrong with a config beyond its schema. `addresses: false` skips the IP-literal check: the
 * connect-time guard is the authority on addresses, this check only reports a literal one early.
 */
export function configIssues(config: WebhookConfig, options = { addresses: true }): ConfigIssue[] {
  const issues: ConfigIssue[] = urlIssues(config.url, config, options);
  const issue = (path: (string | number)[], message: string) =>
    issues.push({ path, message, code: 'TOPOLOGY_INCONSISTENT' });

  const { auth } = config;
  if (auth.type === 'bearer' && auth.token === undefined) issue(['auth'], 'auth type bearer needs `token`');
  if (auth.type === 'hmac' && (auth.secret === undefined) === (auth.secrets === undefined))
    issue(['auth'], 'auth type hmac needs exactly one of `secret` and `secrets`');
  if (auth.type !== 'bearer' && auth.token !== undefined)
    issue(['auth', 'token'], '`token` is only used with auth type bearer');
  if (auth.type !== 'hmac' && (auth.secret !== undefined || auth.secrets !== undefined))
    issue(['auth'], '`secret`/`secrets` are only used with auth type hmac');

  for (const [name, value] of Object.entries(config.headers ?? {})) {
    const lower = name.toLowerCase();
    if (reservedHeaders.has(lower) || lower.startsWith('x-ingestlayer-'))
      issue(['headers', name], `${name} is set by ingestlayer and cannot be overridden`);
    if (/[\r\n\0]/.test(value)) issue(['headers', name], 'a header value cannot contain line breaks');
  }
  if (auth.token !== undefined && /[\r\n\0]/.test(auth.token))
    issue(['auth', 'token'], 'the token cannot contain line breaks');
  return issues;
}

export interface WebhookDependencies {
  /** Name resolution; tests resolve names to chosen addresses. */
  resolve?: Resolver;
  /** Unix time in ms (signature timestamps). */
  now?: () => number;
}

export function createWebhook(config: WebhookConfig, deps: WebhookDependencies = {}): Destination {
  const url = URL.canParse(config.url) ? new URL(config.url) : undefined;
  if (url?.protocol === 'http:' && !config.allowInsecureHttp)
    throw nonRetryable('DELIVERY_INSECURE_URL', 'webhook url: plain http:// needs allowInsecureHttp: true');
  const first = configIssues(config, { addresses: false })[0];
  if (!url || first)
    throw nonRetryable(
      'TOPOLOGY_INCONSISTENT',
      `webhook ${first?.path.join('.') ?? 'url'}: ${first?.message ?? 'not a valid URL'}`,
    );
  const target = new HttpTarget({
    url,
    timeoutMs: toMs(config.timeout as string | number),
    maxResponseBytes: config.maxResponseBytes,
    allowPrivateNetwork: config.allowPrivateNetwork,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
  });
  const now = deps.now ?? Date.now;
  // The constant headers once per destination, in undici's flat [name, value, …] form: an attempt copies
  // this array and appends its own values instead of spreading an object undici then walks key by key.
  const fixed: string[] = [];
  for (const [name, value] of Object.entries(config.headers ?? {})) fixed.push(name, value);
  fixed.push('content-type', 'application/json', 'user-agent', `ingestlayer/${version}`);
  if (config.auth.type === 'bearer') fixed.push('authorization', `Bearer ${config.auth.token}`);
  const secrets = config.auth.type === 'hmac' ? (config.auth.secrets ?? [config.auth.secret!]) : undefined;

  return {
    deliver({ event, body, attempt, signal }: DeliveryRequest) {
      const headers = fixed.concat(eventIdHeader, event.id, attemptHeader, attemptText(attempt));
      if (secrets) headers.push(signatureHeader, sign(body, secrets, Math.floor(now() / 1000)));
      return target.post(headers, body, signal);
    },
    close: () => target.close(),
  };
}

const eventIdHeader = 'x-ingestlayer-event-id';
const attemptHeader = 'x-ingestlayer-attempt';
const attemptTexts = Array.from({ length: 16 }, (_, i) => String(i));

/** `X-Ingestlayer-Attempt`: almost always a small number, so its text is made once. */
function attemptText(attempt: number): string {
  return attemptTexts[attempt] ?? String(attempt);
}
