// Dead-letter records (design §4): the original key and value bytes unchanged, the original headers
// kept, and the failure described in `ingestlayer.error.*` headers.
import type { IngestlayerError } from './errors.ts';
import { codePrefix } from './errors.ts';
import type { IHeaders, KafkaMessage, OutRecord } from './kafka.ts';

export const dlqHeader = {
  node: 'ingestlayer.error.node',
  stage: 'ingestlayer.error.stage',
  code: 'ingestlayer.error.code',
  message: 'ingestlayer.error.message',
  attempts: 'ingestlayer.error.attempts',
  status: 'ingestlayer.error.status',
  topic: 'ingestlayer.error.topic',
  partition: 'ingestlayer.error.partition',
  offset: 'ingestlayer.error.offset',
  time: 'ingestlayer.error.time',
} as const;

export interface DeadLetter {
  node: string;
  error: Pick<IngestlayerError, 'code' | 'stage' | 'message' | 'status'>;
  attempts: number;
  source: { topic: string; partition: number; offset: string };
  now?: Date;
}

const maxMessageLength = 1000;

export function dlqRecord(
  message: Pick<KafkaMessage, 'key' | 'value' | 'headers'>,
  letter: DeadLetter,
): OutRecord {
  const headers: IHeaders = { ...(message.headers ?? {}) };
  headers[dlqHeader.node] = letter.node;
  headers[dlqHeader.stage] = letter.error.stage;
  headers[dlqHeader.code] = codePrefix + letter.error.code;
  headers[dlqHeader.message] = letter.error.message.slice(0, maxMessageLength);
  headers[dlqHeader.attempts] = String(letter.attempts);
  if (letter.error.status !== undefined) headers[dlqHeader.status] = String(letter.error.status);
  headers[dlqHeader.topic] = letter.source.topic;
  headers[dlqHeader.partition] = String(letter.source.partition);
  headers[dlqHeader.offset] = letter.source.offset;
  headers[dlqHeader.time] = (letter.now ?? new Date()).toISOString();
  return { key: message.key, value: message.value, headers };
}
