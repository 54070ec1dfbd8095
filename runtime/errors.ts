// One table of stable error codes. Code switches on `code`, never on message text; docs/errors.md is
// generated from this table and a test keeps the two in sync.

export type Stage =
  | 'config'
  | 'decode'
  | 'process'
  | 'produce'
  | 'deliver'
  | 'dlq'
  | 'commit'
  | 'ingest'
  | 'schema'
  | 'tooling';

interface ErrorSpec {
  readonly retriable: boolean;
  readonly stage: Stage;
  readonly doc: string;
}

export const errorTable = {
  // topology (validate)
  TOPOLOGY_YAML: { retriable: false, stage: 'config', doc: 'The topology file is not well-formed YAML.' },
  TOPOLOGY_SCHEMA: {
    retriable: false,
    stage: 'config',
    doc: 'A value does not match the topology schema (wrong type, unknown key, missing required key).',
  },
  TOPOLOGY_ENV: {
    retriable: false,
    stage: 'config',
    doc: 'A `${VAR}` reference names an unset environment variable and has no `:-default`.',
  },
  TOPOLOGY_UNKNOWN_KIND: {
    retriable: false,
    stage: 'config',
    doc: '`uses` names a step or destination kind that is not registered.',
  },
  TOPOLOGY_DUPLICATE_ID: { retriable: false, stage: 'config', doc: 'Two nodes share one id.' },
  TOPOLOGY_TOPIC_CONFLICT: {
    retriable: false,
    stage: 'config',
    doc: 'A topic is produced by more than one node.',
  },
  TOPOLOGY_DANGLING_TOPIC: {
    retriable: false,
    stage: 'config',
    doc: 'A node reads a topic that no node produces.',
  },
  TOPOLOGY_UNKNOWN_EVENT: {
    retriable: false,
    stage: 'config',
    doc: 'A reference names an event type that `events` does not define.',
  },
  TOPOLOGY_EXPRESSION: {
    retriable: false,
    stage: 'config',
    doc: 'A CEL expression (`when`) does not compile.',
  },
  TOPOLOGY_INCONSISTENT: {
    retriable: false,
    stage: 'config',
    doc: 'Fields of a component contradict each other (for example a label that is not in `labels`).',
  },
  TOPOLOGY_FILE: { retriable: false, stage: 'config', doc: 'The topology file cannot be read.' },

  // records in flight
  DECODE_FAILED: {
    retriable: false,
    stage: 'decode',
    doc: 'A record value could not be decoded (not JSON / not the schema).',
  },
  ENVELOPE_INVALID: {
    retriable: false,
    stage: 'decode',
    doc: 'A decoded record is not an ingestlayer envelope (id, type, time, payload).',
  },
  STEP_FAILED: {
    retriable: false,
    stage: 'process',
    doc: 'A step rejected the event for good; it goes to the DLQ.',
  },
  STEP_UNAVAILABLE: {
    retriable: true,
    stage: 'process',
    doc: 'A step depends on a service that is not answering (for example the model server); retried with backoff.',
  },
  EXPRESSION_EVAL: {
    retriable: false,
    stage: 'process',
    doc: 'A CEL expression failed at run time for this event.',
  },
  MODEL_LABEL_INVALID: {
    retriable: false,
    stage: 'process',
    doc: 'The model answered with a label outside `labels`, also after the repair attempt.',
  },
  MODEL_TIMEOUT: {
    retriable: false,
    stage: 'process',
    doc: 'Every model call for this event timed out within the retry budget; `onError` applies.',
  },
  PRODUCE_FAILED: { retriable: true, stage: 'produce', doc: 'Kafka did not acknowledge a produced record.' },
  ENCODE_FAILED: {
    retriable: false,
    stage: 'produce',
    doc: 'An event does not fit the Avro schema of the topic it is written to (an undeclared event type, a field of the wrong type); the input record goes to the DLQ.',
  },

  // schema registry (Avro topics)
  SCHEMA_REGISTRY_UNAVAILABLE: {
    retriable: true,
    stage: 'schema',
    doc: 'The schema registry did not answer (or answered 5xx) while registering a topic’s schema or fetching a record’s writer schema; retried with backoff, never dead-lettered.',
  },
  SCHEMA_INCOMPATIBLE: {
    retriable: true,
    stage: 'schema',
    doc: 'The registry refused the Avro schema derived from the topology for a topic: it breaks the subject’s compatibility rule (BACKWARD), or the subject is configured with another rule. A configuration problem, not the record’s: the node retries with backoff (the gateway answers 503) until the topology or the subject is fixed, and dead-letters nothing.',
  },
  DLQ_WRITE_FAILED: {
    retriable: true,
    stage: 'dlq',
    doc: 'Writing to the dead-letter topic failed; the partition stops rather than skip the record.',
  },
  COMMIT_FAILED: { retriable: true, stage: 'commit', doc: 'Committing consumer offsets failed.' },

  // delivery
  DELIVERY_HTTP_STATUS: {
    retriable: false,
    stage: 'deliver',
    doc: 'The receiver answered a status that is not retried (3xx, 4xx other than 408/429).',
  },
  DELIVERY_HTTP_RETRIABLE: {
    retriable: true,
    stage: 'deliver',
    doc: 'The receiver answered 408, 429 or 5xx; retried with backoff.',
  },
  DELIVERY_NETWORK: {
    retriable: true,
    stage: 'deliver',
    doc: 'The connection failed or was reset; retried with backoff.',
  },
  DELIVERY_TIMEOUT: {
    retriable: true,
    stage: 'deliver',
    doc: 'The attempt did not finish within `timeout`; retried.',
  },
  DELIVERY_DATABASE: {
    retriable: true,
    stage: 'deliver',
    doc: 'The database did not store the row for a reason that can pass (unreachable, timeout, overload, serialization failure, missing table or privilege); retried with backoff.',
  },
  DELIVERY_ROW_REJECTED: {
    retriable: false,
    stage: 'deliver',
    doc: 'The database rejected the row for its data (a constraint or a value of the wrong type): no retry can succeed, so the event goes to the DLQ.',
  },
  DELIVERY_MAIL_DEFERRED: {
    retriable: true,
    stage: 'deliver',
    doc: 'The SMTP server answered 4yz (try later) or refused the login; retried with backoff.',
  },
  DELIVERY_MAIL_REJECTED: {
    retriable: false,
    stage: 'deliver',
    doc: 'The SMTP server rejected the message for good (a permanent 5yz reply), or the message cannot be built; the event goes to the DLQ.',
  },
  DELIVERY_FORBIDDEN_ADDRESS: {
    retriable: false,
    stage: 'deliver',
    doc: 'The destination resolved to a loopback, private, link-local or otherwise internal address.',
  },
  DELIVERY_INSECURE_URL: {
    retriable: false,
    stage: 'deliver',
    doc: 'The destination uses plain http:// without `allowInsecureHttp: true`.',
  },
  DELIVERY_EXHAUSTED: {
    retriable: false,
    stage: 'deliver',
    doc: 'Every attempt failed; the event went to the DLQ.',
  },
  DELIVERY_CIRCUIT_OPEN: {
    retriable: true,
    stage: 'deliver',
    doc: 'Consecutive attempts failed (`circuitBreaker.failureThreshold`): the destination pauses consumption and probes the endpoint with backoff; events wait instead of using up their retries.',
  },

  // ingestion
  INGEST_INVALID: {
    retriable: false,
    stage: 'ingest',
    doc: 'An ingested payload does not match its event definition.',
  },
  INGEST_UNKNOWN_TYPE: {
    retriable: false,
    stage: 'ingest',
    doc: 'The event type is not defined in the topology.',
  },
  INGEST_UNAVAILABLE: {
    retriable: true,
    stage: 'ingest',
    doc: 'Kafka did not acknowledge the event; try again later.',
  },
  INGEST_MALFORMED: {
    retriable: false,
    stage: 'ingest',
    doc: 'The request body is not a JSON object.',
  },
  INGEST_UNAUTHORIZED: {
    retriable: false,
    stage: 'ingest',
    doc: 'The API key is missing or not one of the gateway’s `apiKeys`.',
  },
  INGEST_SIGNATURE_INVALID: {
    retriable: false,
    stage: 'ingest',
    doc: 'A webhook’s signature is missing, does not match the raw body, or its timestamp is outside the tolerance.',
  },
  INGEST_UNKNOWN_SOURCE: {
    retriable: false,
    stage: 'ingest',
    doc: 'No webhook ingress source of that name is configured.',
  },
  INGEST_TOO_LARGE: {
    retriable: false,
    stage: 'ingest',
    doc: 'The request body is larger than the gateway’s `bodyLimit`.',
  },
  INGEST_UNSUPPORTED_MEDIA_TYPE: {
    retriable: false,
    stage: 'ingest',
    doc: 'The request body is not `application/json`.',
  },
  INGEST_IDEMPOTENCY_MISMATCH: {
    retriable: false,
    stage: 'ingest',
    doc: 'The idempotency key was used before with a different event type or body.',
  },
  INGEST_IDEMPOTENCY_IN_PROGRESS: {
    retriable: true,
    stage: 'ingest',
    doc: 'Another request with the same idempotency key is still being stored; retry shortly.',
  },

  // local tooling
  TOOL_MISSING: {
    retriable: false,
    stage: 'tooling',
    doc: 'A program the command needs (java, mvn) is not installed.',
  },
  TOOL_FAILED: {
    retriable: false,
    stage: 'tooling',
    doc: 'A local service (Kafka, registry) did not start.',
  },
  PORT_IN_USE: { retriable: false, stage: 'tooling', doc: 'The port a local service needs is taken.' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof errorTable;

/** The prefix every code carries in messages, docs and DLQ headers. */
export const codePrefix = 'INGESTLAYER_ERR_';

export class IngestlayerError extends Error {
  readonly code: ErrorCode;
  readonly retriable: boolean;
  readonly stage: Stage;
  /** Last HTTP status, for delivery errors. */
  readonly status: number | undefined;
  /** Suggested wait before the next attempt (Retry-After), for retriable errors. */
  readonly retryAfterMs: number | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; retriable?: boolean; status?: number; retryAfterMs?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'IngestlayerError';
    this.code = code;
    this.retriable = options.retriable ?? errorTable[code].retriable;
    this.stage = errorTable[code].stage;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  get fullCode(): string {
    return codePrefix + this.code;
  }
}

export function retryable(
  code: ErrorCode,
  message: string,
  options: { cause?: unknown; status?: number; retryAfterMs?: number } = {},
): IngestlayerError {
  return new IngestlayerError(code, message, { ...options, retriable: true });
}

export function nonRetryable(
  code: ErrorCode,
  message: string,
  options: { cause?: unknown; status?: number } = {},
): IngestlayerError {
  return new IngestlayerError(code, message, { ...options, retriable: false });
}

/** Any thrown value as an IngestlayerError; unknown errors are treated as non-retriable step failures. */
export function asIngestlayerError(err: unknown, fallback: ErrorCode = 'STEP_FAILED'): IngestlayerError {
  if (err instanceof IngestlayerError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new IngestlayerError(fallback, message, { cause: err });
}
