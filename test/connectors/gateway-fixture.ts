// A small topology for gateway tests: the flagship's ticket event, a second event type, and two webhook
// sources (the Stripe-style timestamped scheme with a JSON pointer mapping, and GitHub-style plain hex).
import assert from 'node:assert/strict';
import pg from 'pg';
import { formatDiagnostic, loadTopology } from '../../topology/loader.ts';
import type { Plan } from '../../topology/plan.ts';
import { uniqueName } from '../helpers/kafka.ts';

export const apiKey = 'test-key';
export const helpdeskSecret = 'whsec-test';

export interface FixtureOptions {
  name?: string;
  topic?: string;
  brokers?: string;
  table?: string;
  produceTimeout?: string;
  healthInterval?: string;
  tolerance?: string;
}

export function gatewayTopology(o: FixtureOptions = {}): string {
  return `version: 1
name: ${o.name ?? 'gw-test'}
kafka:
  brokers: ${o.brokers ?? '127.0.0.1:9092'}
events:
  support.ticket.created:
    ticket_id: string
    subject: string
    body: { type: string, description: free text }
    customer_tier: { enum: [free, pro, enterprise] }
    channel: { enum: [email, chat, form] }
    tags: { type: array, items: string, optional: true }
  audit.logged:
    actor: string
    count: integer?
source:
  event: support.ticket.created
  topic: ${o.topic ?? 'gw-test.raw'}
gateway:
  port: 0
  host: 127.0.0.1
  apiKeys: [${apiKey}, '']
  produceTimeout: ${o.produceTimeout ?? '2s'}
  retryAfter: 3s
  healthInterval: ${o.healthInterval ?? '200ms'}
  idempotency: { url: '${databaseUrl}', table: ${o.table ?? 'ingestlayer_idempotency_test'}, wait: 5s }
  webhooks:
    - source: helpdesk
      event: support.ticket.created
      secret: ${helpdeskSecret}
      signature: { tolerance: ${o.tolerance ?? '300s'} }
      mapping:
        ticket_id: /ticket/id
        subject: /ticket/subject
        body: /ticket/body
        customer_tier: /customer/tier
        channel: /channel
      idempotencyKey: /delivery_id
    - source: forge
      event: audit.logged
      secret: [old-secret, new-secret]
      signature: { header: X-Hub-Signature-256, scheme: hex, prefix: 'sha256=' }
    - source: unsigned
      event: audit.logged
      secret: ''
`;
}

export function gatewayPlan(o: FixtureOptions = {}): Plan {
  const result = loadTopology(gatewayTopology(o), 'gateway.yaml', { env: {} });
  assert.ok(result.ok, result.ok ? '' : result.errors.map(formatDiagnostic).join('\n'));
  return result.plan;
}

export const ticket = {
  ticket_id: 'T-1001',
  subject: 'Checkout is down',
  body: 'Since 9:00 no payment goes through.',
  customer_tier: 'enterprise',
  channel: 'email',
};

/** A helpdesk webhook body that maps onto `ticket`. */
export function helpdeskBody(deliveryId = 'dlv-1') {
  return {
    delivery_id: deliveryId,
    channel: ticket.channel,
    ticket: { id: ticket.ticket_id, subject: ticket.subject, body: ticket.body },
    customer: { tier: ticket.customer_tier, name: 'Jane' },
  };
}

export const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A table name of this test's own for the idempotency keys. */
export function uniqueTable(): string {
  return uniqueName('gw_idem').replace(/-/g, '_');
}

export async function dropTable(table: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP TABLE IF EXISTS "${table}"`);
  } finally {
    await client.end();
  }
}

export async function tableRows(table: string): Promise<{ key: string; state: string; event_id: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT key, state, event_id FROM "${table}" ORDER BY key`)).rows;
  } finally {
    await client.end();
  }
}
