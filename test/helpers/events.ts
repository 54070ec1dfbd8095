// Envelopes and polling for tests.
import { ulid } from 'ulid';
import type { Envelope } from '../../runtime/component.ts';

export function envelope(payload: Record<string, unknown>, extra: Partial<Envelope> = {}): Envelope {
  return { id: ulid(), type: 'test.event', time: new Date().toISOString(), payload, ...extra };
}

/** Polls `check` until it holds; fails with `message` after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  message = 'condition',
): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
