// chat: posts each event as a message to a chat channel's incoming webhook — Slack's format (also spoken by
// Mattermost and Rocket.Chat) or Discord's. The message is a `{{field}}` template over the payload. The
// HTTP attempt is the webhook destination's (undici, one absolute deadline, SSRF guard at connect time,
// Retry-After honoured), so the sink host retries 429/5xx and dead-letters a channel that answers 4xx.
//
// Payload text is escaped for the format: in Slack `&`, `<` and `>` (so a ticket cannot write `<!channel>`
// or a disguised link), in Discord mentions are switched off (`allowed_mentions: { parse: [] }`) — a
// customer's ticket must not page a whole workspace. The webhook URL is the credential: keep it in a
// ${VAR}; it is never logged.
import { Type, type Static } from '@sinclair/typebox';
import type { DeliveryRequest, Destination, DestinationKind } from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { nonRetryable } from '../runtime/errors.ts';
import type { Resolver } from '../runtime/ssrf.ts';
import { compileTemplate } from '../runtime/template.ts';
import { version } from '../runtime/version.ts';
import { HttpTarget } from './webhook/http.ts';
import { urlIssues } from './webhook/url.ts';

const schema = Type.Object(
  {
    url: Type.String({
      minLength: 1,
      description: 'The channel’s incoming-webhook URL (a ${VAR} reference: the URL is the credential).',
    }),
    format: Type.Union([Type.Literal('slack'), Type.Literal('discord')], {
      default: 'slack',
      description: '`slack` (also Mattermost, Rocket.Chat) or `discord`.',
    }),
    text: Type.String({
      minLength: 1,
      description: 'Message template over payload fields: `:rotating_light: *{{subject}}* ({{urgency}})`.',
    }),
    maxLength: Type.Integer({
      minimum: 100,
      maximum: 40_000,
      default: 3_000,
      description: 'Longer messages are cut here, ending in `…` (Discord allows at most 2 000 characters).',
    }),
    timeout: Duration({ default: '10s', description: 'Deadline of one attempt.' }),
    allowPrivateNetwork: Type.Boolean({
      default: false,
      description: 'Allow loopback, private, link-local and other internal addresses.',
    }),
    allowInsecureHttp: Type.Boolean({ default: false, description: 'Allow plain `http://` URLs.' }),
  },
  { additionalProperties: false },
);

export type ChatConfig = Static<typeof schema>;

export const chat: DestinationKind<typeof schema> = {
  kind: 'chat',
  summary:
    'Posts each event as a chat message through an incoming webhook: Slack’s format (also Mattermost, Rocket.Chat) ' +
    'or Discord’s. `text` is a `{{field}}` template; payload values are escaped (Slack) or mentions switched off ' +
    '(Discord), so a ticket cannot ping a channel. 429 and 5xx are retried honouring `Retry-After`, other 4xx go to ' +
    'the DLQ; internal addresses and plain http are refused as for `webhook`. Chat services do not deduplicate: a ' +
    're-delivery after a crash can post twice.',
  schema,
  example: `
- id: oncall-chat
  uses: chat
  url: \${SLACK_WEBHOOK_URL}
  text: ":rotating_light: *{{subject}}* ({{customer_tier}})"
  when: urgency == "critical"
`,
  check(config) {
    const issues = urlIssues(config.url, config);
    if (config.format === 'discord' && config.maxLength > 2_000)
      issues.push({
        path: ['maxLength'],
        message: 'Discord refuses messages over 2 000 characters',
        code: 'TOPOLOGY_INCONSISTENT',
      });
    return issues;
  },
  create(config) {
    return createChat(config);
  },
};

export function createChat(config: ChatConfig, deps: { resolve?: Resolver } = {}): Destination {
  const first = urlIssues(config.url, config, { addresses: false })[0];
  if (first) throw nonRetryable('TOPOLOGY_INCONSISTENT', `chat url: ${first.message}`);
  const target = new HttpTarget({
    url: new URL(config.url),
    timeoutMs: toMs(config.timeout as string | number),
    maxResponseBytes: 4_096,
    allowPrivateNetwork: config.allowPrivateNetwork,
    ...(deps.resolve ? { resolve: deps.resolve } : {}),
  });
  const template = compileTemplate(config.text);
  const headers = { 'content-type': 'application/json', 'user-agent': `ingestlayer/${version}` };
  const escape = config.format === 'slack' ? escapeSlack : (text: string) => text;
  const limit = Math.min(config.maxLength, config.format === 'discord' ? 2_000 : 40_000);

  return {
    deliver({ event, attempt, signal }: DeliveryRequest) {
      const escaped: Record<string, unknown> = {};
      for (const field of template.fields) {
        const value = event.payload[field];
        escaped[field] = typeof value === 'string' ? escape(value) : value;
      }
      const text = truncate(template.render(escaped), limit);
      const message =
        config.format === 'slack' ? { text } : { content: text, allowed_mentions: { parse: [] as string[] } };
      return target.post(
        { ...headers, 'x-ingestlayer-event-id': event.id, 'x-ingestlayer-attempt': String(attempt) },
        Buffer.from(JSON.stringify(message)),
        signal,
      );
    },
    close: () => target.close(),
  };
}

/** Slack's three control characters in message text (https://api.slack.com/reference/surfaces/formatting). */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  // Do not cut a surrogate pair in half.
  let end = limit - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end) + '…';
}
