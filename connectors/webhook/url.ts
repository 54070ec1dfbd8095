// What every HTTP destination checks about its URL before the first request: http(s) only, https unless
// `allowInsecureHttp`, no credentials in the URL (they would be logged with it), and no literal internal
// address unless `allowPrivateNetwork`. Names are checked at connect time (runtime/ssrf.ts), not here.
import { isIP } from 'node:net';
import type { ConfigIssue } from '../../runtime/component.ts';
import { classifyAddress } from '../../runtime/ssrf.ts';

export interface UrlPolicy {
  allowInsecureHttp: boolean;
  allowPrivateNetwork: boolean;
}

/** `addresses: false` skips the IP-literal check (the connect-time guard is the authority). */
export function urlIssues(
  value: string,
  policy: UrlPolicy,
  options = { addresses: true },
  path: (string | number)[] = ['url'],
): ConfigIssue[] {
  // `${VAR}` left as text by `validate` without the variable: nothing to check yet.
  if (value.includes('${')) return [];
  const issue = (message: string): ConfigIssue => ({ path, message, code: 'TOPOLOGY_INCONSISTENT' });
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url) return [issue('not a valid URL')];
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return [issue(`only https:// URLs are delivered to, not ${url.protocol}//`)];
  const issues: ConfigIssue[] = [];
  if (url.protocol === 'http:' && !policy.allowInsecureHttp)
    issues.push(issue('plain http:// is refused: use https://, or set allowInsecureHttp: true'));
  if (url.username || url.password)
    issues.push(issue('credentials in the URL would be logged with it: use auth instead'));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addressClass = options.addresses && isIP(host) ? classifyAddress(host) : undefined;
  if (addressClass && !policy.allowPrivateNetwork)
    issues.push(issue(`${host} is a ${addressClass} address, refused unless allowPrivateNetwork: true`));
  return issues;
}
