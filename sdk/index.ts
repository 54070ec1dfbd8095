// @ingestlayer/sdk — send events into an ingestlayer pipeline.
//
//   import { createClient } from '@ingestlayer/sdk';
//   import { topology, type Events } from './generated/support-escalations.ts'; // `ingestlayer codegen`
//
//   const client = createClient<Events>({ topology, transport: { http: { url, apiKey } } });
//   const id = await client.ingest('support.ticket.created', { …ticket }, { idempotencyKey: ticket.id });
export {
  configure,
  createClient,
  ingest,
  type Client,
  type ClientOptions,
  type EventDefinitions,
  type IngestOptions,
  type TopologyLike,
  type TransportOptions,
  type UntypedEvents,
} from './client.ts';
export { IngestError } from './errors.ts';
export { httpTransportDefaults, type HttpTransportOptions } from './http-transport.ts';
export { kafkaTransportDefaults, type KafkaTransportOptions } from './kafka-transport.ts';
export type { FieldError } from '../topology/events.ts';
