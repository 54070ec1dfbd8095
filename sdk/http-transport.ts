// Through the gateway: `POST /v1/events/<type>` with the API key and the idempotency key. The gateway
// assigns the id and answers once Kafka has the event. 503, 409 (same key in progress), 429, 502, 504 and
// network errors are retried with exponential backoff and full jitter, honouring Retry-After. With an
// idempotency key a retry can never store a second event; without one, a retry after a timeout can.
import { codeOf, IngestError } from './errors.ts';

export interface HttpTransportOptions {
  /** The gateway's base URL, e.g. `https://ingest.example.com`. */
  url: string;
  apiKey: string;
  /** Milliseconds one attempt may take. */
  timeout?: number;
  retry?: { maxAttempts?: number; initialDelay?: number; maxDelay?: number };
  /** Injected for tests; the global fetch by default. */
  fetch?: typeof fetch;
}

export const httpTransportDefaults = {
  timeout: 10_000,
  retry: { maxAttempts: 3, initialDelay: 200, maxDelay: 5_000 },
} as const;

const retriedStatuses = new Set([409, 429, 502, 503, 504]);

interface Problem {
  code?: unknown;
  detail?: unknown;
  title?: unknown;
  errors?: { pointer?: string; field?: string; detail?: string }[];
}

export class HttpTransport {
  private readonly base: string;
  private readonly fetch: typeof fetch;
  private readonly timeout: number;
  private readonly retry: { maxAttempts: number; initialDelay: number; maxDelay: number };

  constructor(private readonly options: HttpTransportOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.fetch = options.fetch ?? globalThis.fetch;
    this.timeout = options.timeout ?? httpTransportDefaults.timeout;
    this.retry = { ...httpTransportDefaults.retry, ...options.retry };
  }

  async send(type: string, payload: unknown, idempotencyKey: string | undefined): Promise<string> {
    const body = JSON.stringify(payload);
    for (let attempt = 1; ; attempt++) {
      let error: IngestError;
      try {
        return await this.attempt(type, body, idempotencyKey);
      } catch (err) {
        error =
          err instanceof IngestError
            ? err
            : new IngestError(
                'INGEST_UNAVAILABLE',
                `the gateway could not be reached: ${(err as Error).message}`,
                {
                  cause: err,
                },
              );
      }
      if (!error.retriable || attempt >= this.retry.maxAttempts) throw error;
      const backoff =
        Math.random() * Math.min(this.retry.maxDelay, this.retry.initialDelay * 2 ** (attempt - 1));
      await new Promise((resolve) => setTimeout(resolve, error.retryAfterMs ?? backoff));
    }
  }

  private async attempt(type: string, body: string, idempotencyKey: string | undefined): Promise<string> {
    const response = await this.fetch(`${this.base}/v1/events/${encodeURIComponent(type)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${this.options.apiKey}`,
        ...(idempotencyKey !== undefined ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body,
      signal: AbortSignal.timeout(this.timeout),
    });
    const text = await response.text();
    if (response.status === 202 || response.status === 200 || response.status === 201) {
      const id = (JSON.parse(text) as { id?: unknown }).id;
      if (typeof id !== 'string')
        throw new IngestError('INGEST_UNAVAILABLE', 'the gateway answered without an id');
      return id;
    }
    let problem: Problem = {};
    try {
      problem = JSON.parse(text) as Problem;
    } catch {
      // not a problem document (a proxy's error page)
    }
    const retryAfter = Number(response.headers.get('retry-after'));
    const retriable = retriedStatuses.has(response.status);
    const code = codeOf(problem.code) ?? (retriable ? 'INGEST_UNAVAILABLE' : 'INGEST_INVALID');
    const detail = typeof problem.detail === 'string' ? problem.detail : `HTTP ${response.status}`;
    throw new IngestError(code, `the gateway refused the event (${response.status}): ${detail}`, {
      status: response.status,
      retriable,
      ...(retryAfter > 0 ? { retryAfterMs: Math.min(retryAfter * 1000, this.retry.maxDelay) } : {}),
      fieldErrors: (problem.errors ?? []).map((e) => ({
        field: e.field ?? '',
        pointer: e.pointer ?? '',
        message: e.detail ?? '',
      })),
    });
  }

  async close(): Promise<void> {}
}
