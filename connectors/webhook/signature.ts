// The webhook signature: Stripe's scheme, so receivers verify with code they already know.
//   X-Ingestlayer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=…]
// During a secret rotation (`secrets: [new, old]`) there is one `v1=` per secret; a receiver accepts the
// request when any of them matches a secret it knows.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const signatureHeader = 'x-ingestlayer-signature';

export function sign(body: Buffer, secrets: readonly string[], unixSeconds: number): string {
  const signed = signedPayload(body, unixSeconds);
  const parts = secrets.map((secret) => `v1=${createHmac('sha256', secret).update(signed).digest('hex')}`);
  return `t=${unixSeconds},${parts.join(',')}`;
}

/**
 * Receiver-side check (used by tests and shown in docs/receivers.md): true when one `v1=` of `header`
 * matches `secret` and the timestamp is within `toleranceSeconds` of `nowSeconds`.
 */
export function verify(options: {
  body: Buffer;
  header: string;
  secret: string;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): boolean {
  const fields = options.header.split(',').map((part) => part.trim().split('=', 2) as [string, string?]);
  const t = Number(fields.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - t) > (options.toleranceSeconds ?? 300)) return false;
  const expected = createHmac('sha256', options.secret).update(signedPayload(options.body, t)).digest();
  return fields.some(([k, v]) => {
    if (k !== 'v1' || v === undefined || !/^[0-9a-f]{64}$/.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
}

function signedPayload(body: Buffer, unixSeconds: number): Buffer {
  return Buffer.concat([Buffer.from(`${unixSeconds}.`), body]);
}
