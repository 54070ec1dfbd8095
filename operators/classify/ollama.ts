// The `ollama` provider: one label per prompt from an Ollama server, through the official `ollama` client.
//
// Each call asks for structured output (a JSON schema whose `label` is an enum of the labels) at
// temperature 0, under a per-call timeout and a per-node concurrency bound. Transient failures (timeouts,
// connection errors, 408/429/5xx) are retried with exponential backoff and full jitter. An answer outside
// the labels gets one repair turn. What is left is sorted into two kinds:
//   - per-event failures (still no valid label after repair, every attempt timed out, the server rejected
//     this request with a 4xx) come back as a `failed` verdict, so the step applies `onError`;
//   - the server being unavailable (connection refused/reset, DNS, 404 model not pulled, 5xx after the
//     retry budget, node shutting down) throws a retriable STEP_UNAVAILABLE: the host backs off without
//     committing, so no event is dropped and no label is made up.
// Nothing here logs prompts or answers.
import { setMaxListeners } from 'node:events';
import { Ollama, type Message } from 'ollama';
import { backoffDelay, sleep } from '../../runtime/backoff.ts';
import { retryable } from '../../runtime/errors.ts';
import type { Metrics } from '../../runtime/metrics.ts';

export type Verdict =
  | { kind: 'label'; label: string }
  | { kind: 'failed'; reason: 'invalid_label' | 'timeout' | 'rejected'; status?: number };

export interface OllamaClassifierOptions {
  host: string;
  model: string;
  labels: readonly string[];
  timeoutMs: number;
  retry: { maxAttempts: number; initialDelayMs: number; maxDelayMs: number };
  concurrency: number;
  metrics: Metrics;
  /** The node's shutdown signal: waiting calls end and nothing new starts. */
  signal: AbortSignal;
  fetch?: typeof fetch;
  /** In [0, 1); the backoff jitter. */
  random?: () => number;
}

export interface OllamaClassifier {
  classify(prompt: string): Promise<Verdict>;
}

type Outcome = 'timeout' | 'unavailable' | 'error';

/** An HTTP exchange that produced an assistant message (valid or not). */
interface Answer {
  content: string;
  seconds: number;
}

/** One HTTP exchange that did not produce an answer. */
interface CallFailure {
  outcome: Outcome;
  /** Worth another attempt within the budget. */
  transient: boolean;
  status?: number;
  retryAfterMs?: number;
}

export function createOllamaClassifier(options: OllamaClassifierOptions): OllamaClassifier {
  const { labels, metrics, retry } = options;
  // One listener on the host's signal; every waiting call listens on this node-internal one instead, so
  // hundreds of queued events do not pile listeners onto a signal we do not own.
  const shutdown = new AbortController();
  const signal = shutdown.signal;
  setMaxListeners(0, signal);
  if (options.signal.aborted) shutdown.abort();
  else options.signal.addEventListener('abort', () => shutdown.abort(), { once: true });
  const fetchImpl = options.fetch ?? fetch;
  const random = options.random ?? Math.random;
  const slots = new Semaphore(options.concurrency);
  const labelSet = new Set(labels);
  const format = {
    type: 'object',
    properties: { label: { type: 'string', enum: [...labels] } },
    required: ['label'],
  };
  const instructions =
    `You are a classifier. Answer only with a JSON object {"label": "<label>"} where <label> is exactly ` +
    `one of: ${labels.join(', ')}.`;
  const repairText = `That answer is not valid. The label must be exactly one of: ${labels.join(', ')}. Answer only with {"label": "<label>"}.`;

  function labelOf(content: string): string | undefined {
    try {
      const parsed: unknown = JSON.parse(content);
      if (parsed !== null && typeof parsed === 'object' && 'label' in parsed) {
        const label = (parsed as { label: unknown }).label;
        if (typeof label === 'string' && labelSet.has(label)) return label;
      }
    } catch {
      // not JSON: invalid output, handled like a label outside the set
    }
    return undefined;
  }

  function shuttingDown(): Error {
    return retryable('STEP_UNAVAILABLE', 'the node is shutting down; the model call was not finished');
  }

  /** One HTTP exchange bounded by the timeout; holds a concurrency slot only while on the wire. */
  async function callOnce(messages: Message[]): Promise<Answer | CallFailure> {
    await slots.acquire(signal).catch(() => {
      throw shuttingDown();
    });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, options.timeoutMs);
    const onShutdown = () => controller.abort();
    signal.addEventListener('abort', onShutdown, { once: true });
    let retryAfterMs: number | undefined;
    // The client passes no signal for non-streaming calls, so the abort goes in through `fetch`; it also
    // cuts a response whose body never finishes. Error bodies are replaced with a bare status: the client
    // prints to stdout on non-JSON error bodies (stdout carries events in `step` mode), and a server's
    // error text may quote the prompt.
    const boundFetch: typeof fetch = async (input, init) => {
      const response = await fetchImpl(input, { ...init, signal: controller.signal });
      if (response.ok) return response;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      await response.body?.cancel().catch(() => undefined);
      return new Response(JSON.stringify({ error: `HTTP ${response.status}` }), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    };
    const started = performance.now();
    try {
      const client = new Ollama({ host: options.host, fetch: boundFetch });
      const response = await client.chat({
        model: options.model,
        messages,
        stream: false,
        format,
        options: { temperature: 0 },
      });
      const content = typeof response?.message?.content === 'string' ? response.message.content : '';
      return { content, seconds: (performance.now() - started) / 1000 };
    } catch (err) {
      if (signal.aborted) throw shuttingDown();
      const failure = failureOf(err, timedOut);
      metrics.modelCall(failure.outcome, (performance.now() - started) / 1000);
      return retryAfterMs === undefined ? failure : { ...failure, retryAfterMs };
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onShutdown);
      slots.release();
    }
  }

  /** Up to `maxAttempts` exchanges; answers, returns a per-event failure, or throws STEP_UNAVAILABLE. */
  async function callWithRetry(messages: Message[]): Promise<Answer | Verdict> {
    let last: CallFailure | undefined;
    let everyAttemptTimedOut = true;
    for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
      if (attempt > 1 && last) {
        const jittered = backoffDelay(attempt - 1, retry, random);
        await sleep(Math.min(retry.maxDelayMs, Math.max(jittered, last.retryAfterMs ?? 0)), signal);
        if (signal.aborted) throw shuttingDown();
      }
      const result = await callOnce(messages);
      if ('content' in result) return result;
      last = result;
      everyAttemptTimedOut &&= result.outcome === 'timeout';
      if (!result.transient) return { kind: 'failed', reason: 'rejected', status: result.status };
    }
    // A call that keeps timing out is about this event (a prompt the model is slow on). Anything else
    // after the budget — refused, reset, 5xx, also mixed with timeouts — means the server is not serving,
    // which no label may paper over.
    if (everyAttemptTimedOut) return { kind: 'failed', reason: 'timeout' };
    throw retryable(
      'STEP_UNAVAILABLE',
      `the model server did not answer after ${retry.maxAttempts} attempts` +
        (last?.status === undefined ? '' : ` (last HTTP status ${last.status})`),
      { status: last?.status, retryAfterMs: last?.retryAfterMs },
    );
  }

  return {
    async classify(prompt) {
      const messages: Message[] = [
        { role: 'system', content: instructions },
        { role: 'user', content: prompt },
      ];
      const first = await callWithRetry(messages);
      if ('kind' in first) return first;
      const label = labelOf(first.content);
      if (label !== undefined) {
        metrics.modelCall('ok', first.seconds);
        return { kind: 'label', label };
      }
      metrics.modelCall('invalid_label', first.seconds);

      const repaired = await callWithRetry([
        ...messages,
        { role: 'assistant', content: first.content },
        { role: 'user', content: repairText },
      ]);
      if ('kind' in repaired) return repaired;
      const second = labelOf(repaired.content);
      if (second !== undefined) {
        metrics.modelCall('repaired', repaired.seconds);
        return { kind: 'label', label: second };
      }
      metrics.modelCall('invalid_label', repaired.seconds);
      return { kind: 'failed', reason: 'invalid_label' };
    },
  };
}

const connectionCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function failureOf(err: unknown, timedOut: boolean): CallFailure {
  if (timedOut) return { outcome: 'timeout', transient: true };
  const status = (err as { status_code?: unknown } | null)?.status_code;
  if (typeof status === 'number') {
    // 404: the model is not pulled on this server — not this event's fault, and fixed by an operator.
    if (status === 404) return { outcome: 'unavailable', transient: true, status };
    if (status === 408 || status === 429 || status >= 500)
      return { outcome: 'error', transient: true, status };
    return { outcome: 'error', transient: false, status };
  }
  const code = causeCode(err);
  if (code !== undefined && connectionCodes.has(code)) return { outcome: 'unavailable', transient: true };
  // A 200 whose body is not a chat response (a proxy page, a cut stream): retried, and after the
  // budget reported as unavailable, since it is not about this event.
  if (err instanceof SyntaxError) return { outcome: 'error', transient: true };
  return { outcome: 'unavailable', transient: true };
}

function causeCode(err: unknown): string | undefined {
  for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A counting semaphore: at most `limit` holders; waiters are served in arrival order. */
export class Semaphore {
  private available: number;
  private readonly waiters: (() => void)[] = [];

  constructor(limit: number) {
    this.available = limit;
  }

  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const index = this.waiters.indexOf(grant);
        if (index >= 0) this.waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(grant);
    });
  }

  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }
}
