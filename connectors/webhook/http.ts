// One HTTP attempt of the webhook destination, with undici (the HTTP client Node's own fetch is built on):
// its Pool gives keep-alive connections to the one origin, a pluggable connector for the SSRF guard, and a
// body stream that can be read to a limit and then dropped.
//
// One absolute deadline covers the whole attempt — connect, TLS, headers and as much of the body as we
// read — so a receiver that hangs, trickles bytes or streams a huge body cannot hold an attempt longer
// than `timeout`. The status decides the outcome; the body is read only up to `maxResponseBytes` (so the
// connection can be reused) and never kept. Redirects are not followed.
import { Pool } from 'undici';
import type { DeliveryResult } from '../../runtime/component.ts';
import {
  ForbiddenAddressError,
  guardedConnector,
  isForbiddenAddressError,
  type Resolver,
} from '../../runtime/ssrf.ts';

export interface HttpTargetOptions {
  url: URL;
  timeoutMs: number;
  maxResponseBytes: number;
  allowPrivateNetwork: boolean;
  /** Injected name resolution (tests); the system resolver otherwise. */
  resolve?: Resolver;
}

export class HttpTarget {
  private readonly pool: Pool;
  private readonly path: string;
  private readonly timeoutMs: number;
  private readonly maxResponseBytes: number;

  constructor(options: HttpTargetOptions) {
    this.path = `${options.url.pathname}${options.url.search}`;
    this.timeoutMs = options.timeoutMs;
    this.maxResponseBytes = Math.max(1, options.maxResponseBytes);
    this.pool = new Pool(options.url.origin, {
      connect: guardedConnector({
        allowPrivateNetwork: options.allowPrivateNetwork,
        ...(options.resolve ? { resolve: options.resolve } : {}),
      }),
      // Backstops only: the absolute deadline below ends every attempt first.
      headersTimeout: options.timeoutMs + 1000,
      bodyTimeout: options.timeoutMs + 1000,
    });
  }

  async post(headers: Record<string, string>, body: Buffer, signal: AbortSignal): Promise<DeliveryResult> {
    const deadline = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      deadline.abort(new Error('deadline'));
    }, this.timeoutMs);
    const onStop = () => deadline.abort(new Error('stopping'));
    signal.addEventListener('abort', onStop, { once: true });
    if (signal.aborted) onStop();
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body,
        signal: deadline.signal,
      });
      const status = response.statusCode;
      // Read (and drop) at most maxResponseBytes; a larger or slower body is cut off, which cannot change
      // the outcome: the status line already arrived.
      await response.body
        .dump({ limit: this.maxResponseBytes, signal: deadline.signal })
        .catch(() => undefined);
      return outcomeOf(status, response.headers['retry-after']);
    } catch (err) {
      if (isForbiddenAddressError(err)) {
        return {
          outcome: 'fail',
          code: 'DELIVERY_FORBIDDEN_ADDRESS',
          message: forbiddenMessage(err),
        };
      }
      if (timedOut) {
        return {
          outcome: 'retry',
          code: 'DELIVERY_TIMEOUT',
          message: `no response within ${this.timeoutMs} ms`,
        };
      }
      if (signal.aborted) {
        return {
          outcome: 'retry',
          code: 'DELIVERY_NETWORK',
          message: 'attempt aborted: the node is stopping',
        };
      }
      return { outcome: 'retry', code: 'DELIVERY_NETWORK', message: `request failed (${errorCode(err)})` };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onStop);
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

/** The outcome of an HTTP status (design §6). */
export function outcomeOf(status: number, retryAfter?: string | string[]): DeliveryResult {
  if (status >= 200 && status < 300) return { outcome: 'ok', status };
  if (status === 408 || status === 429 || (status >= 500 && status < 600)) {
    const retryAfterMs = parseRetryAfter(Array.isArray(retryAfter) ? retryAfter[0] : retryAfter);
    return {
      outcome: 'retry',
      code: 'DELIVERY_HTTP_RETRIABLE',
      message: `receiver answered ${status}`,
      status,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    };
  }
  const why = status >= 300 && status < 400 ? ' (redirects are not followed)' : '';
  return {
    outcome: 'fail',
    code: 'DELIVERY_HTTP_STATUS',
    message: `receiver answered ${status}${why}`,
    status,
  };
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

function forbiddenMessage(err: unknown): string {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof ForbiddenAddressError) return e.message;
  }
  return 'refused to connect to a forbidden address';
}

/** A stable code of a network error (ECONNREFUSED, UND_ERR_SOCKET…), never the text, which may quote data. */
function errorCode(err: unknown): string {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z0-9_]+$/.test(code)) return code;
  }
  return err instanceof Error ? err.name : 'unknown';
}
