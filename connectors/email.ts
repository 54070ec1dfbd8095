// email: sends each event as a plain-text message over SMTP, with nodemailer (the maintained SMTP client of
// the Node ecosystem: pooling, STARTTLS, AUTH, and errors that say whether a reply was permanent). One call
// of `deliver` is one attempt; the sink host owns retries, backoff, the DLQ, commits and the circuit
// breaker. The Message-ID is derived from the event id, so a re-delivered event is the same message to
// mail systems and to the people threading it.
//
// Outcomes: a 4yz reply, a dropped connection or a timeout is retried; a permanent 5yz rejection of the
// message (an unknown mailbox, content refused) goes to the DLQ at once; a refused login or TLS upgrade is
// the operator's to fix and is retried (the circuit breaker pauses the destination meanwhile). Messages carry the SMTP reply code and
// nodemailer's error code, never addresses or the server's text, which often quotes them.
import { Type, type Static } from '@sinclair/typebox';
import nodemailer from 'nodemailer';
import type {
  ConfigIssue,
  DeliveryRequest,
  DeliveryResult,
  Destination,
  DestinationKind,
} from '../runtime/component.ts';
import { Duration, toMs } from '../runtime/duration.ts';
import { compileTemplate } from '../runtime/template.ts';
import { version } from '../runtime/version.ts';

const Address = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^\\s<>@]+@[^\\s<>@]+$' });

const schema = Type.Object(
  {
    smtp: Type.Object(
      {
        host: Type.String({
          minLength: 1,
          description: 'SMTP server (a relay or your provider’s submission host).',
        }),
        port: Type.Integer({ minimum: 1, maximum: 65535, default: 587, description: 'SMTP port.' }),
        tls: Type.Union([Type.Literal('starttls'), Type.Literal('implicit'), Type.Literal('none')], {
          default: 'starttls',
          description:
            '`starttls` (upgrade required, port 587), `implicit` (TLS from the first byte, port 465), or ' +
            '`none` (plain text: only for a relay on a trusted network).',
        }),
        user: Type.Optional(Type.String({ minLength: 1, description: 'AUTH user (a ${VAR} reference).' })),
        password: Type.Optional(
          Type.String({ minLength: 1, description: 'AUTH password (a ${VAR} reference).' }),
        ),
        maxConnections: Type.Integer({
          minimum: 1,
          maximum: 50,
          default: 5,
          description: 'Connections kept open.',
        }),
      },
      { additionalProperties: false },
    ),
    // Not `from`: that key is every destination's input topic.
    sender: Type.String({
      minLength: 3,
      description: 'The From address, `alerts@acme.com` or `Acme alerts <alerts@acme.com>`.',
    }),
    to: Type.Array(Address, { minItems: 1, maxItems: 50, description: 'Recipients.' }),
    subject: Type.String({
      minLength: 1,
      description: 'Subject template over payload fields: `[{{urgency}}] {{subject}}`.',
    }),
    text: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Body template over payload fields. Default: the payload as indented JSON.',
      }),
    ),
    timeout: Duration({
      default: '10s',
      description: 'Limit of each wait: connect, greeting, every SMTP reply.',
    }),
  },
  { additionalProperties: false },
);

export type EmailConfig = Static<typeof schema>;

export const email: DestinationKind<typeof schema> = {
  kind: 'email',
  summary:
    'Sends each event as a plain-text email over SMTP (nodemailer, pooled connections, STARTTLS by default). ' +
    '`subject` and `text` are `{{field}}` templates over the payload; the Message-ID comes from the event id and ' +
    '`X-Ingestlayer-Event-Id` carries it, so a re-delivery is recognisably the same message. 4yz replies, lost ' +
    'connections, timeouts, a refused login or TLS upgrade are retried with backoff; a permanent 5yz rejection of ' +
    'the message (its recipients or content) goes to the DLQ at once. When some recipients are refused and others accepted, the event counts as delivered.',
  schema,
  example: `
- id: oncall-mail
  uses: email
  smtp: { host: smtp.example.com, port: 587, user: \${SMTP_USER}, password: \${SMTP_PASSWORD} }
  sender: ingestlayer <alerts@example.com>
  to: [oncall@example.com]
  subject: "[{{urgency}}] {{subject}}"
  text: "{{body}}"
  when: urgency == "critical"
`,
  check(config) {
    const issues: ConfigIssue[] = [];
    if ((config.smtp.user === undefined) !== (config.smtp.password === undefined))
      issues.push({
        path: ['smtp'],
        message: 'AUTH needs both `user` and `password`, or neither',
        code: 'TOPOLOGY_INCONSISTENT',
      });
    return issues;
  },
  create(config) {
    return createEmail(config);
  },
};

export function createEmail(config: EmailConfig): Destination {
  const timeoutMs = toMs(config.timeout as string | number);
  const transport = nodemailer.createTransport({
    pool: true,
    host: config.smtp.host,
    port: config.smtp.port,
    secure: config.smtp.tls === 'implicit',
    requireTLS: config.smtp.tls === 'starttls',
    ignoreTLS: config.smtp.tls === 'none',
    maxConnections: config.smtp.maxConnections,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    ...(config.smtp.user !== undefined
      ? { auth: { user: config.smtp.user, pass: config.smtp.password ?? '' } }
      : {}),
  });
  const subject = compileTemplate(config.subject);
  const text = config.text === undefined ? undefined : compileTemplate(config.text);

  return {
    async deliver({ event }: DeliveryRequest): Promise<DeliveryResult> {
      try {
        await transport.sendMail({
          from: config.sender,
          to: config.to,
          // A header is one line: line breaks from the payload must not start new headers.
          subject: subject.render(event.payload).replace(/[\r\n]+/g, ' '),
          text: text ? text.render(event.payload) : JSON.stringify(event.payload, null, 2),
          messageId: `<${event.id}@ingestlayer>`,
          date: new Date(event.time),
          headers: { 'X-Ingestlayer-Event-Id': event.id, 'X-Mailer': `ingestlayer/${version}` },
        });
        return { outcome: 'ok' };
      } catch (err) {
        return outcomeOf(err as SmtpError);
      }
    },
    close: async () => transport.close(),
  };
}

type SmtpError = Error & { code?: string; responseCode?: number; permanent?: boolean };

function outcomeOf(e: SmtpError): DeliveryResult {
  const code = e.code ?? 'unknown';
  if (e.responseCode !== undefined) {
    const message = `SMTP ${e.responseCode} (${code})`;
    // Only a refusal of this message (its sender, recipients or content) is final for the event; a refused
    // login or TLS upgrade is the configuration's problem and waits to be fixed.
    if (e.permanent && (code === 'EENVELOPE' || code === 'EMESSAGE'))
      return { outcome: 'fail', code: 'DELIVERY_MAIL_REJECTED', message, status: e.responseCode };
    return { outcome: 'retry', code: 'DELIVERY_MAIL_DEFERRED', message, status: e.responseCode };
  }
  if (code === 'ETIMEDOUT') return { outcome: 'retry', code: 'DELIVERY_TIMEOUT', message: 'SMTP timed out' };
  // Missing credentials, a message nodemailer cannot build: no attempt can succeed.
  if (code === 'EENVELOPE' || code === 'EMESSAGE' || code === 'ECONFIG')
    return {
      outcome: 'fail',
      code: 'DELIVERY_MAIL_REJECTED',
      message: `SMTP message not sendable (${code})`,
    };
  return { outcome: 'retry', code: 'DELIVERY_NETWORK', message: `SMTP connection failed (${code})` };
}
