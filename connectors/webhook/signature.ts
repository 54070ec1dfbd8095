// The webhook signature: Stripe's scheme, so receivers verify with code they already know.
//   X-Ingestlayer-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=…]
// During a secret rotation (`secrets: [new, old]`) there is one `v1=` per secret; a receiver accepts the
// request when any of them matches a secret it knows.
import { hmac, verifySignature } from '../gateway/signature.ts';

export const signatureHeader = 'x-ingestlayer-signature';

export function sign(body: Buffer, secrets: readonly string[], unixSeconds: number): string {
  // HMAC-SHA256 over "<t>.<raw body>": the prefix, then the body as it is (no concatenated copy).
  const prefix = Buffer.from(`${unixSeconds}.`);
  let header = `t=${unixSeconds}`;
  for (const secret of secrets) header += `,v1=${hmac('sha256', secret, [prefix, body]).toString('hex')}`;
  return header;
}

/**
 * Receiver-side check (used by tests and the dev inbox, and shown in docs/receivers.md): true when one `v1=` of
 * `header` matches `secret` and the timestamp is within `toleranceSeconds` of `nowSeconds`. It is the gateway's
 * check of signed webhook ingress, which reads the same scheme.
 */
export function verify(options: {
  body: Buffer;
  header: string;
  secret: string;
  nowSeconds?: number;
  toleranceSeconds?: number;
}): boolean {
  const signature = {
    secrets: [options.secret],
    scheme: 'timestamped',
    algorithm: 'sha256',
    prefix: '',
    toleranceMs: (options.toleranceSeconds ?? 300) * 1000,
  } as const;
  const nowMs = options.nowSeconds === undefined ? Date.now() : options.nowSeconds * 1000;
  return verifySignature(signature, options.header, options.body, nowMs) === undefined;
}
