// The webhook signature: Stripe's scheme, so receivers verify with code they already know.
//   X-Ingestlayer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=…]
// During a secret rotation (`secrets: [new, old]`) there is one `v1=` per secret; a receiver accepts the
// request when any of them matches a secret it knows.
import { createHmac, timingSafeEqual, type Hmac } from 'node:crypto';

export const signatureHeader = 'x-ingestlayer-signature';

export function sign(body: Buffer, secrets: readonly string[], unixSeconds: number): string {
  let header = `t=${unixSeconds}`;
  for (const secret of secrets) header += `,v1=${signer(secret, body, unixSeconds).digest('hex')}`;
  return header;
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
  const expected = signer(options.secret, options.body, t).digest();
  return fields.some(([k, v]) => {
    if (k !== 'v1' || v === undefined || !/^[0-9a-f]{64}$/.test(v)) return false;
    return timingSafeEqual(Buffer.from(v, 'hex'), expected);
  });
}

/** HMAC-SHA256 over "<t>.<raw body>": the prefix, then the body as it is (no concatenated copy). */
function signer(secret: string, body: Buffer, unixSeconds: number): Hmac {
  return createHmac('sha256', secret).update(`${unixSeconds}.`).update(body);
}
