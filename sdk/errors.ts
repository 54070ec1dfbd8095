// Errors the SDK throws: the project's stable codes (runtime/errors.ts), plus the invalid fields when the
// payload did not match its event definition. Switch on `code`; `retriable` says whether trying again
// (with the same idempotency key) can succeed.
import { IngestlayerError, codePrefix, errorTable, type ErrorCode } from '../runtime/errors.ts';
import type { FieldError } from '../topology/events.ts';

export class IngestError extends IngestlayerError {
  /** One entry per invalid field (INGEST_INVALID). */
  readonly fieldErrors: readonly FieldError[];

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      fieldErrors?: readonly FieldError[];
      status?: number;
      retryAfterMs?: number;
      retriable?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(code, message, options);
    this.name = 'IngestError';
    this.fieldErrors = options.fieldErrors ?? [];
  }
}

export function invalidPayload(type: string, errors: readonly FieldError[]): IngestError {
  const summary = errors.map((e) => `${e.field || 'payload'} ${e.message}`).join('; ');
  return new IngestError('INGEST_INVALID', `invalid ${type} payload: ${summary}`, { fieldErrors: errors });
}

/** The code of a gateway problem (`INGESTLAYER_ERR_…`), when it is one of ours. */
export function codeOf(text: unknown): ErrorCode | undefined {
  if (typeof text !== 'string' || !text.startsWith(codePrefix)) return undefined;
  const code = text.slice(codePrefix.length);
  return code in errorTable ? (code as ErrorCode) : undefined;
}
