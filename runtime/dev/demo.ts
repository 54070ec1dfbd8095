// Feeds the demo tickets through the SDK (straight to Kafka), as an application would: one `ingest` per
// ticket, keyed by its ticket id.
import { readFile } from 'node:fs/promises';
import { createClient } from '../../sdk/index.ts';
import { serdeFor } from '../serde.ts';
import type { Plan } from '../../topology/plan.ts';

export async function demoTickets(file: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export async function feedDemo(options: {
  plan: Plan;
  file: string;
  brokers: readonly string[];
}): Promise<number> {
  const tickets = await demoTickets(options.file);
  const client = createClient({
    topology: options.plan,
    // Avro when the topology names a schema registry, like every other producer of the source topic.
    transport: { kafka: { brokers: options.brokers, serde: serdeFor(options.plan) } },
  });
  try {
    await Promise.all(
      tickets.map((ticket) =>
        client.ingest(options.plan.source.event, ticket, { idempotencyKey: String(ticket.ticket_id) }),
      ),
    );
  } finally {
    await client.close();
  }
  return tickets.length;
}
