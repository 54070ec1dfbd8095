// The email destination against a real SMTP server on loopback: the message as sent, the outcome of each
// kind of SMTP failure, and no address or server text in the outcome's message.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { createEmail, email, type EmailConfig } from '../../connectors/email.ts';
import type { Destination, DeliveryResult } from '../../runtime/component.ts';
import { envelope } from '../helpers/events.ts';
import { unusedLoopbackUrl } from '../helpers/ollama-server.ts';
import { startSmtpReceiver, type SmtpReceiver, type SmtpScript } from '../helpers/smtp-server.ts';

const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

async function receiver(script?: SmtpScript): Promise<SmtpReceiver> {
  const r = await startSmtpReceiver(script);
  cleanups.push(() => r.close());
  return r;
}

function sink(port: number, extra: Partial<EmailConfig> = {}): Destination {
  const d = createEmail({
    smtp: { host: '127.0.0.1', port, tls: 'none', maxConnections: 2 },
    sender: 'ingestlayer <alerts@example.com>',
    to: ['oncall@example.com'],
    subject: '[{{urgency}}] {{subject}}',
    text: 'Ticket {{ticket_id}}:\n{{body}}',
    timeout: '3s',
    ...extra,
  });
  cleanups.push(async () => d.close?.());
  return d;
}

const ticket = (extra: Record<string, unknown> = {}) =>
  envelope({
    ticket_id: 'T-1',
    urgency: 'critical',
    subject: 'Checkout is down',
    body: 'All carts fail.',
    ...extra,
  });

const deliver = (d: Destination, event = ticket()): Promise<DeliveryResult> =>
  d.deliver({
    event,
    body: Buffer.from(JSON.stringify(event)),
    attempt: 1,
    signal: new AbortController().signal,
  });

describe('email destination', () => {
  it('sends the rendered subject and text with the event id as Message-ID', async () => {
    const r = await receiver();
    const event = ticket({ subject: 'Checkout is down\r\nBcc: attacker@example.net' });
    assert.deepEqual(await deliver(sink(r.port), event), { outcome: 'ok' });
    assert.equal(r.received.length, 1);
    const mail = r.received[0]!;
    assert.equal(mail.from, 'alerts@example.com');
    assert.deepEqual(mail.to, ['oncall@example.com']);
    assert.match(mail.raw, /^Subject: \[critical\] Checkout is down Bcc: attacker@example.net\r$/m);
    assert.doesNotMatch(mail.raw, /^Bcc:/m, 'a line break in a payload value cannot add a header');
    assert.match(mail.raw, new RegExp(`^Message-ID: <${event.id}@ingestlayer>\\r$`, 'mi'));
    assert.match(mail.raw, new RegExp(`^X-Ingestlayer-Event-Id: ${event.id}\\r$`, 'mi'));
    assert.match(mail.raw, /Ticket T-1:\r\nAll carts fail\./);
  });

  it('sends the payload as JSON when there is no text template', async () => {
    const r = await receiver();
    const d = createEmail({
      smtp: { host: '127.0.0.1', port: r.port, tls: 'none', maxConnections: 1 },
      sender: 'alerts@example.com',
      to: ['oncall@example.com'],
      subject: '{{subject}}',
      timeout: '3s',
    });
    cleanups.push(async () => d.close?.());
    assert.equal((await deliver(d)).outcome, 'ok');
    assert.match(r.received[0]!.raw, /"ticket_id": "T-1"/);
  });

  it('dead-letters a permanent rejection, retries a deferral, and names neither address nor server text', async () => {
    const r = await receiver({
      rcpt: (a) => (a.startsWith('gone') ? 550 : a.startsWith('busy') ? 451 : undefined),
    });
    const gone = await deliver(sink(r.port, { to: ['gone@example.com'] }));
    assert.equal(gone.outcome, 'fail');
    assert.equal(gone.outcome === 'fail' && gone.code, 'DELIVERY_MAIL_REJECTED');
    assert.equal(gone.outcome === 'fail' && gone.status, 550);
    const busy = await deliver(sink(r.port, { to: ['busy@example.com'] }));
    assert.equal(busy.outcome, 'retry');
    assert.equal(busy.outcome === 'retry' && busy.code, 'DELIVERY_MAIL_DEFERRED');
    for (const result of [gone, busy]) {
      const message = (result as { message: string }).message;
      assert.match(message, /^SMTP (550|451) \(\w+\)$/);
      assert.doesNotMatch(message, /example\.com|refused/);
    }
    // One refused recipient among accepted ones: delivered to the others, not re-sent to them.
    const partly = await deliver(sink(r.port, { to: ['oncall@example.com', 'gone@example.com'] }));
    assert.equal(partly.outcome, 'ok');
    assert.equal(r.received.length, 1);
  });

  it('retries a refused login, and sends once the credentials are right', async () => {
    const r = await receiver({ login: { user: 'svc', password: 'right' } });
    const wrong = await deliver(
      sink(r.port, {
        smtp: {
          host: '127.0.0.1',
          port: r.port,
          tls: 'none',
          maxConnections: 1,
          user: 'svc',
          password: 'wrong',
        },
      }),
    );
    assert.equal(wrong.outcome, 'retry');
    assert.equal(wrong.outcome === 'retry' && wrong.code, 'DELIVERY_MAIL_DEFERRED');
    const right = await deliver(
      sink(r.port, {
        smtp: {
          host: '127.0.0.1',
          port: r.port,
          tls: 'none',
          maxConnections: 1,
          user: 'svc',
          password: 'right',
        },
      }),
    );
    assert.equal(right.outcome, 'ok');
    assert.equal(r.received.length, 1);
  });

  it('retries when nothing listens, and when STARTTLS is required but not offered', async () => {
    const port = Number(new URL(await unusedLoopbackUrl()).port);
    const down = await deliver(sink(port));
    assert.equal(down.outcome, 'retry');
    assert.equal(down.outcome === 'retry' && down.code, 'DELIVERY_NETWORK');
    const r = await receiver();
    const plain = await deliver(
      sink(r.port, { smtp: { host: '127.0.0.1', port: r.port, tls: 'starttls', maxConnections: 1 } }),
    );
    assert.equal(plain.outcome, 'retry', 'never falls back to plain text when TLS is required');
    assert.equal(r.received.length, 0);
  });

  it('checks that user and password come together', () => {
    const issues = email.check!(
      {
        smtp: { host: 'h', port: 587, tls: 'starttls', maxConnections: 1, user: 'u' },
        sender: 'a@b.c',
        to: ['x@y.z'],
        subject: 's',
        timeout: '10s',
      },
      { fields: new Set() },
    );
    assert.deepEqual(
      issues.map((i) => i.path.join('.')),
      ['smtp'],
    );
  });
});
