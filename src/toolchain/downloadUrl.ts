/**
 * Where a public URL from a registry is actually fetched: `https://github.com` and
 * `https://api.github.com` move to the configured GitHub (GHES: GITHUB_SERVER_URL /
 * GITHUB_API_URL), then `toolchain.url_replacements` (longest matching prefix wins) points
 * at internal mirrors. The lock keeps the public URL, so a lock written behind a mirror
 * works without it and vice versa.
 */

import type { GitHubEndpoints } from '../github/index.js';

export interface UrlRewriter {
  (url: string): string;
}

export function createUrlRewriter(endpoints: GitHubEndpoints, replacements: Record<string, string> = {}): UrlRewriter {
  const prefixes = Object.entries(replacements)
    .filter(([from]) => from.length > 0)
    .sort((a, b) => b[0].length - a[0].length);
  return (url) => {
    let out = url;
    if (endpoints.apiUrl !== 'https://api.github.com' && startsWithPrefix(out, 'https://api.github.com')) {
      out = endpoints.apiUrl + out.slice('https://api.github.com'.length);
    } else if (endpoints.serverUrl !== 'https://github.com' && startsWithPrefix(out, 'https://github.com')) {
      out = endpoints.serverUrl + out.slice('https://github.com'.length);
    }
    for (const [from, to] of prefixes) {
      if (out.startsWith(from)) {
        out = to + out.slice(from.length);
        break;
      }
    }
    return out;
  };
}

/** `https://github.com` must not match `https://github.com.evil.example`. */
function startsWithPrefix(url: string, prefix: string): boolean {
  return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}
