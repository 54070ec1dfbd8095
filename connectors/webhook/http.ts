// One HTTP attempt of the webhook destination, with undici (the HTTP client Node's own fetch is built on):
// its Pool gives keep-alive connections to the one origin, a pluggable connector for the SSRF guard, and a
// body stream that can be read to a limit and then dropped.
//
// One absolute deadline covers the whole attempt — connect, TLS, headers and as much of the body as we
// read — so a receiver that hangs, trickles bytes or streams a huge body cannot hold an attempt longer
// than `timeout`. The status decides the outcome; the body is read only up to `maxResponseBytes` (so the
// connection can be reused) and never kept. Redirects are not followed.
import { EventEmitter } from 'node:events';
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
  private readonly clock: DeadlineClock;
  private stopSignal: AbortSignal | undefined;

  constructor(options: HttpTargetOptions) {
    this.path = `${options.url.pathname}${options.url.search}`;
    this.timeoutMs = options.timeoutMs;
    this.maxResponseBytes = Math.max(1, options.maxResponseBytes);
    this.clock = new DeadlineClock(options.timeoutMs);
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
    if (signal !== this.stopSignal) {
      // One listener per node, not one per attempt: stopping aborts every attempt in flight.
      this.stopSignal = signal;
      signal.addEventListener('abort', () => this.clock.abortAll(), { once: true });
    }
    if (signal.aborted) return stopped;
    const attempt = this.clock.start();
    try {
      const response = await this.pool.request({
        path: this.path,
        method: 'POST',
        headers,
        body,
        signal: attempt.signal,
      });
      const status = response.statusCode;
      // Read (and drop) at most maxResponseBytes; a larger or slower body is cut off (the deadline's
      // abort reaches the body too), which cannot change the outcome: the status line already arrived.
      await response.body.dump({ limit: this.maxResponseBytes }).catch(() => undefined);
      return outcomeOf(status, response.headers['retry-after']);
    } catch (err) {
      if (isForbiddenAddressError(err)) {
        return { outcome: 'fail', code: 'DELIVERY_FORBIDDEN_ADDRESS', message: forbiddenMessage(err) };
      }
      if (attempt.timedOut) {
        return {
          outcome: 'retry',
          code: 'DELIVERY_TIMEOUT',
          message: `no response within ${this.timeoutMs} ms`,
        };
      }
      if (signal.aborted) return stopped;
      return { outcome: 'retry', code: 'DELIVERY_NETWORK', message: `request failed (${errorCode(err)})` };
    } finally {
      this.clock.end(attempt);
    }
  }

  close(): Promise<void> {
    this.clock.abortAll();
    return this.pool.destroy();
  }
}

function abort(attempt: Attempt) {
  if (attempt.aborted) return;
  attempt.aborted = true;
  attempt.signal.emit('abort');
}

const stopped: DeliveryResult = {
  outcome: 'retry',
  code: 'DELIVERY_NETWORK',
  message: 'attempt aborted: the node is stopping',
};

interface Attempt {
  /**
   * undici takes an EventEmitter as well as an AbortSignal; an emitter costs a fraction of an
   * AbortController plus EventTarget listeners per request, which showed at thousands of requests a second.
   */
  readonly signal: EventEmitter;
  aborted: boolean;
  readonly deadline: number;
  timedOut: boolean;
  done: boolean;
}

/**
 * The absolute deadline of every attempt of one target, with one timer instead of one per attempt (at
 * thousands of attempts a second, creating and clearing timers showed in profiles). Every attempt has the
 * same timeout, so start order is deadline order: the queue's head is always the next to expire.
 */
class DeadlineClock {
  private queue: Attempt[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly timeoutMs: number) {}

  start(): Attempt {
    const attempt: Attempt = {
      signal: new EventEmitter(),
      aborted: false,
      deadline: performance.now() + this.timeoutMs,
      timedOut: false,
      done: false,
    };
    this.queue.push(attempt);
    if (!this.timer) this.arm();
    return attempt;
  }

  end(attempt: Attempt): void {
    attempt.done = true;
    this.dropFinished();
  }

  abortAll(): void {
    for (let i = this.head; i < this.queue.length; i++) {
      const attempt = this.queue[i]!;
      if (!attempt.done) abort(attempt);
    }
  }

  private dropFinished() {
    while (this.head < this.queue.length && this.queue[this.head]!.done) this.head++;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  private arm() {
    const next = this.queue[this.head];
    if (!next) {
      this.timer = undefined;
      return;
    }
    this.timer = setTimeout(() => this.fire(), Math.max(0, next.deadline - performance.now()));
    this.timer.unref();
  }

  private fire() {
    const now = performance.now();
    for (; this.head < this.queue.length; this.head++) {
      const attempt = this.queue[this.head]!;
      if (attempt.done) continue;
      if (attempt.deadline > now) break;
      attempt.timedOut = true;
      abort(attempt);
    }
    this.dropFinished();
    this.arm();
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
