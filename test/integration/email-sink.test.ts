// The email destination end to end: the real broker, the destination host through the runner, a real SMTP
// server on loopback. Every wanted event is one message (Message-ID from the event id), a message the server
// refuses for good lands in the DLQ after one attempt, and the group's lag ends at 0.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { dlqHeader } from '../../runtime/dlq.ts';
import { headerString } from '../../runtime/kafka.ts';
import { silentLogger } from '../../runtime/logger.ts';
import { runPlan } from '../../runtime/runner.ts';
import { requirePlan } from '../../topology/loader.ts';
import { envelope, eventually } from '../helpers/events.ts';
import { brokers, uniqueName } from '../helpers/kafka.ts';
import { startSmtpReceiver } from '../helpers/smtp-server.ts';
import { collect, createTopics, groupLag, produce, writeTopology } from '../helpers/topic-io.ts';

const cleanups: (() => Promise<unknown>)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('email destination on the real broker', () => {
  it('mails every wanted event once and dead-letters what the server refuses', async () => {
    // The server refuses mail for one customer's team address, permanently.
    const smtp = await startSmtpReceiver({ rcpt: (a) => (a === 'team-7@example.com' ? 550 : undefined) });
    cleanups.push(() => smtp.close());
    const name = uniqueName('mail');
    const file = await writeTopology(
      `version: 1
name: ${name}
kafka:
  brokers: ${brokers().join(',')}
  topics: { partitions: 3 }
events:
  test.event:
    n: integer
    urgency: string
source:
  event: test.event
  topic: ${name}.raw
destinations:
  - id: mail
    uses: email
    smtp: { host: 127.0.0.1, port: ${smtp.port}, tls: none }
    sender: alerts@example.com
    to: [oncall@example.com]
    subject: "#{{n}} is {{urgency}}"
    when: urgency == "critical"
    retry: { maxAttempts: 3, initialDelay: 10ms, maxDelay: 50ms }
  - id: team-mail
    uses: email
    smtp: { host: 127.0.0.1, port: ${smtp.port}, tls: none }
    sender: alerts@example.com
    to: [team-7@example.com]
    subject: "#{{n}}"
    when: n == 7.0
    retry: { maxAttempts: 3, initialDelay: 10ms, maxDelay: 50ms }
`,
    );
    const plan = await requirePlan(file);
    await createTopics(plan.topics.map((t) => t.name));
    const events = Array.from({ length: 60 }, (_, n) => envelope({ n, urgency: n % 2 ? 'critical' : 'low' }));
    await produce(
      `${name}.raw`,
      events.map((e) => ({ key: e.id, value: JSON.stringify(e) })),
    );

    const running = await runPlan({ plan, logger: silentLogger, metricsPort: false });
    cleanups.push(() => running.stop());
    const critical = events.filter((e) => e.payload.urgency === 'critical');
    await eventually(() => smtp.received.length >= critical.length, 60_000, 'a message per critical event');
    const dead = await collect(`${name}.team-mail.dlq`, (m) => m.length >= 1, 30_000);
    for (const d of plan.destinations)
      await eventually(async () => (await groupLag(d.group, `${name}.raw`)) === 0, 30_000, `${d.id} lag 0`);

    const ids = smtp.received.map((m) => /^Message-ID: <([^@]+)@ingestlayer>\r$/im.exec(m.raw)?.[1]);
    assert.deepEqual(ids.sort(), critical.map((e) => e.id).sort(), 'one message per critical event, no more');
    assert.equal(dead.length, 1);
    assert.equal(JSON.parse(dead[0]!.value!.toString()).payload.n, 7);
    assert.equal(headerString(dead[0]!.headers, dlqHeader.code), 'INGESTLAYER_ERR_DELIVERY_MAIL_REJECTED');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.attempts), '1');
    assert.equal(headerString(dead[0]!.headers, dlqHeader.status), '550');
    await running.stop();
  });
});
