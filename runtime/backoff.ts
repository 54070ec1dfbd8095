// Exponential backoff with full jitter (the AWS Architecture Blog scheme): attempt n waits a uniform
// random time in [0, min(max, initial · 2^(n-1))], which spreads retries of many clients apart.

export interface BackoffOptions {
  initialDelayMs: number;
  maxDelayMs: number;
}

export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Waits `ms` in slices, calling `beat` between them so a consumer keeps its group membership while it
 * waits; stops early when `keepGoing` turns false.
 */
export async function waitWithHeartbeat(
  ms: number,
  beat: () => Promise<void>,
  keepGoing: () => boolean,
  sliceMs = 1000,
): Promise<void> {
  const until = Date.now() + ms;
  while (keepGoing()) {
    const left = until - Date.now();
    if (left <= 0) return;
    await sleep(Math.min(left, sliceMs));
    await beat().catch(() => undefined);
  }
}
