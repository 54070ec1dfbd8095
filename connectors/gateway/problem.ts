// Errors of the gateway as RFC 9457 problem details (`application/problem+json`). Every problem carries the
// stable error code, so clients switch on `code`, never on `title` or `detail`.
import type { FastifyReply } from 'fastify';
import { codePrefix, errorTable, type ErrorCode } from '../../runtime/errors.ts';
import type { FieldError } from '../../topology/events.ts';

export const problemContentType = 'application/problem+json';

const statusOf: Partial<Record<ErrorCode, number>> = {
  INGEST_MALFORMED: 400,
  INGEST_INVALID: 400,
  INGEST_UNAUTHORIZED: 401,
  INGEST_SIGNATURE_INVALID: 401,
  INGEST_UNKNOWN_TYPE: 404,
  INGEST_UNKNOWN_SOURCE: 404,
  INGEST_IDEMPOTENCY_IN_PROGRESS: 409,
  INGEST_TOO_LARGE: 413,
  INGEST_UNSUPPORTED_MEDIA_TYPE: 415,
  INGEST_IDEMPOTENCY_MISMATCH: 422,
  INGEST_UNAVAILABLE: 503,
};

const titleOf: Partial<Record<ErrorCode, string>> = {
  INGEST_MALFORMED: 'Malformed request body',
  INGEST_INVALID: 'Invalid event payload',
  INGEST_UNAUTHORIZED: 'Missing or invalid API key',
  INGEST_SIGNATURE_INVALID: 'Invalid webhook signature',
  INGEST_UNKNOWN_TYPE: 'Unknown event type',
  INGEST_UNKNOWN_SOURCE: 'Unknown webhook source',
  INGEST_IDEMPOTENCY_IN_PROGRESS: 'Request with this idempotency key in progress',
  INGEST_TOO_LARGE: 'Request body too large',
  INGEST_UNSUPPORTED_MEDIA_TYPE: 'Unsupported media type',
  INGEST_IDEMPOTENCY_MISMATCH: 'Idempotency key reused with a different request',
  INGEST_UNAVAILABLE: 'Event store unavailable',
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  /** One entry per invalid field (RFC 9457 §3 example layout). */
  errors?: { pointer: string; field: string; detail: string }[];
}

export class ProblemError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: readonly FieldError[] | undefined;
  /** Seconds for `Retry-After`. */
  readonly retryAfter: number | undefined;
  constructor(
    code: ErrorCode,
    detail: string,
    options: { fieldErrors?: readonly FieldError[]; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = 'ProblemError';
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.retryAfter = options.retryAfter;
  }
}

export function problemOf(code: ErrorCode, detail: string, fieldErrors?: readonly FieldError[]): Problem {
  return {
    type: `urn:ingestlayer:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: titleOf[code] ?? errorTable[code].doc,
    status: statusOf[code] ?? 500,
    detail,
    code: codePrefix + code,
    ...(fieldErrors?.length
      ? { errors: fieldErrors.map((e) => ({ pointer: e.pointer, field: e.field, detail: e.message })) }
      : {}),
  };
}

export function sendProblem(reply: FastifyReply, error: ProblemError): FastifyReply {
  const problem = problemOf(error.code, error.message, error.fieldErrors);
  if (error.retryAfter !== undefined) void reply.header('retry-after', String(error.retryAfter));
  return reply.code(problem.status).type(problemContentType).send(problem);
}
