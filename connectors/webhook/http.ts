// One HTTP attempt of the webhook destination, with undici (the HTTP client Node's own fetch is built on):
// its Pool gives keep-alive connections to the one origin and a pluggable connector for the SSRF guard,
// and its dispatcher API lets an attempt see the status and count body bytes without building a response
// stream — at thousands of attempts a second that stream (and an AbortSignal per request) was the largest
// cost a profile showed beyond the socket writes. The handler implements the callbacks undici's client
// calls itself (onConnect, onHeaders, onData, onComplete, onError — what its own request() uses): the
// controller-style callbacks are an adapter over them that allocates two objects per request and parses
// every response header into an object, where an attempt needs only the status and, on a retriable
// status, `Retry-After`.
//
// One absolute deadline covers the whole attempt — queueing, connect, TLS, headers and as much of the body
// as we read — so a receiver that hangs, trickles bytes or streams a huge body cannot hold an attempt
// longer than `timeout`. The status decides the outcome; at most `maxResponseBytes` of the body are read
// (so the connection can be reused) and none is kept. Redirects are not followed.
import type { Dispatcher } from 'undici';
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
  private readonly limits: { timeoutMs: number; maxResponseBytes: number };
  private readonly clock = new DeadlineClock();
  private stopSignal: AbortSignal | undefined;

  constructor(options: HttpTargetOptions) {
    this.path = `${options.url.pathname}${options.url.search}`;
    this.limits = { timeoutMs: options.timeoutMs, maxResponseBytes: Math.max(1, options.maxResponseBytes) };
    this.pool = new Pool(options.url.origin, {
      connect: guardedConnector({
        allowPrivateNetwork: options.allowPrivateNetwork,
        // A connect that outlives the attempt's deadline is closed too, not left to the default 10 s.
        connectTimeoutMs: options.timeoutMs,
        ...(options.resolve ? { resolve: options.resolve } : {}),
      }),
      // Backstops only: the absolute deadline ends every attempt first.
      headersTimeout: options.timeoutMs + 1000,
      bodyTimeout: options.timeoutMs + 1000,
    });
  }

  /** `headers`: an object, or undici's flat `[name, value, …]` array (cheaper to build per request). */
  post(
    headers: Record<string, string> | string[],
    body: Buffer,
    signal: AbortSignal,
  ): Promise<DeliveryResult> {
    if (signal !== this.stopSignal) {
      // One listener per node, not one per attempt: stopping ends every attempt in flight.
      this.stopSignal = signal;
      signal.addEventListener('abort', () => this.clock.endAll(), { once: true });
    }
    if (signal.aborted) return Promise.resolve(stopped);
    return new Promise<DeliveryResult>((resolve) => {
      const exchange = new Exchange(this.limits, this.clock, signal, resolve);
      this.clock.start(exchange);
      this.pool.dispatch({ path: this.path, method: 'POST', headers, body }, exchange);
    });
  }

  close(): Promise<void> {
    this.clock.endAll();
    return this.pool.destroy();
  }
}

/**
 * One request and its response, as undici's dispatch handler. A class rather than closures per request:
 * tsx keeps function names with a defineProperty on every named closure, which showed in profiles.
 */
class Exchange implements Dispatcher.DispatchHandler, Attempt {
  readonly deadline: number;
  ended = false;
  private status = 0;
  private retryAfter: string | undefined = undefined;
  private received = 0;
  private abort: ((err?: Error) => void) | undefined = undefined;

  constructor(
    private readonly limits: { timeoutMs: number; maxResponseBytes: number },
    private readonly clock: DeadlineClock,
    private readonly stop: AbortSignal,
    private readonly resolve: (result: DeliveryResult) => void,
  ) {
    this.deadline = performance.now() + limits.timeoutMs;
  }

  /** The deadline passed, or the node is stopping. */
  expire(why: 'deadline' | 'stop'): void {
    // Settle first: aborting makes undici report an error at once, which must not decide the outcome.
    if (this.status) this.settle(this.byStatus());
    else if (why === 'deadline')
      this.settle({
        outcome: 'retry',
        code: 'DELIVERY_TIMEOUT',
        message: `no response within ${this.limits.timeoutMs} ms`,
      });
    else this.settle(stopped);
    this.abort?.(new Error(why));
  }

  onConnect(abort: (err?: Error) => void): void {
    this.abort = abort;
    if (this.ended) abort(new Error('attempt ended'));
  }

  onHeaders(statusCode: number, rawHeaders: Buffer[]): boolean {
    if (statusCode < 200) return true; // 1xx informational: the real status follows
    this.status = statusCode;
    if (retriableStatus(statusCode)) this.retryAfter = headerValue(rawHeaders, 'retry-after');
    return true;
  }

  onData(chunk: Buffer): boolean {
    this.received += chunk.length;
    if (this.received <= this.limits.maxResponseBytes) return true;
    this.settle(this.byStatus());
    this.abort?.(new Error('response body over maxResponseBytes'));
    return false;
  }

  onComplete(): void {
    this.settle(this.byStatus());
  }

  onError(err: Error): void {
    if (this.status) return this.settle(this.byStatus());
    if (isForbiddenAddressError(err))
      return this.settle({
        outcome: 'fail',
        code: 'DELIVERY_FORBIDDEN_ADDRESS',
        message: forbiddenMessage(err),
      });
    if (this.stop.aborted) return this.settle(stopped);
    this.settle({
      outcome: 'retry',
      code: 'DELIVERY_NETWORK',
      message: `request failed (${errorCode(err)})`,
    });
  }

  /** After the status line, nothing that happens to the body changes the outcome. */
  private byStatus(): DeliveryResult {
    return outcomeOf(this.status, this.retryAfter);
  }

  private settle(result: DeliveryResult) {
    if (this.ended) return;
    this.ended = true;
    this.clock.end();
    this.resolve(result);
  }
}

/** 408, 429 and 5xx: retried, honouring `Retry-After`. */
function retriableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status < 600);
}

/** The first value of a header in undici's raw `[name, value, …]` form; names compared without case. */
function headerValue(rawHeaders: Buffer[], name: string): string | undefined {
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const key = rawHeaders[i]!;
    if (key.length === name.length && key.toString('latin1').toLowerCase() === name)
      return rawHeaders[i + 1]!.toString('latin1');
  }
  return undefined;
}

/** The results of 2xx statuses, made once: nearly every attempt ends with one. */
const okResults: readonly DeliveryResult[] = Array.from({ length: 100 }, (_, i) =>
  Object.freeze({ outcome: 'ok' as const, status: 200 + i }),
);

/** The outcome of an HTTP status (design §6). */
export function outcomeOf(status: number, retryAfter?: string | string[]): DeliveryResult {
  if (status >= 200 && status < 300) return okResults[status - 200]!;
  if (retriableStatus(status)) {
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

const stopped: DeliveryResult = {
  outcome: 'retry',
  code: 'DELIVERY_NETWORK',
  message: 'attempt aborted: the node is stopping',
};

interface Attempt {
  readonly deadline: number;
  /** Settled (normally or by the clock). */
  readonly ended: boolean;
  expire(why: 'deadline' | 'stop'): void;
}

/**
 * The absolute deadline of every attempt of one target, with one timer instead of one per attempt (at
 * thousands of attempts a second, creating and clearing timers showed in profiles). Every attempt has the
 * same timeout, so start order is deadline order: the queue's head is always the next to expire.
 */
class DeadlineClock {
  // Slots of ended attempts are cleared as the head passes them, so an ended attempt is not kept alive here.
  private queue: (Attempt | undefined)[] = [];
  private head = 0;
  private timer: NodeJS.Timeout | undefined;

  start(attempt: Attempt): void {
    this.queue.push(attempt);
    if (!this.timer) this.arm();
  }

  /** An attempt ended: drop the ended ones at the head of the queue. */
  end(): void {
    while (this.head < this.queue.length && this.queue[this.head]!.ended) this.queue[this.head++] = undefined;
    if (this.head === this.queue.length) {
      this.queue.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  /** Ends every attempt in flight (the node is stopping). */
  endAll(): void {
    for (const attempt of this.queue.slice(this.head)) if (attempt && !attempt.ended) attempt.expire('stop');
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
    const expired: Attempt[] = [];
    for (let i = this.head; i < this.queue.length; i++) {
      const attempt = this.queue[i]!;
      if (attempt.deadline > now) break;
      if (!attempt.ended) expired.push(attempt);
    }
    for (const attempt of expired) attempt.expire('deadline');
    this.end();
    this.arm();
  }
}
