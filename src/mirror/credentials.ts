/**
 * Registry credentials, keyed by host in Terraform's comparison form
 * (lower-case ASCII, Unicode labels as punycode, port kept).
 */

import { domainToASCII } from 'node:url';

export function normalizeHost(host: string): string {
  const trimmed = host.trim().replace(/\.$/, '');
  const m = /^(.*?)(:\d+)?$/.exec(trimmed);
  const name = (m?.[1] ?? trimmed).toLowerCase();
  // WHATWG IDNA: Unicode or punycode in, lower-case punycode out ('' when invalid).
  const ascii = domainToASCII(name) || name;
  return `${ascii.toLowerCase()}${m?.[2] ?? ''}`;
}

/**
 * Tokens from `TF_TOKEN_<host>` variables, decoded the way Terraform does
 * (`collectCredentialsFromEnv`): `__` → `-` first, then `_` → `.`; invalid names ignored.
 * `TF_TOKEN_my__registry_example_com` → `my-registry.example.com`,
 * `TF_TOKEN_xn____caf__dma_fr` → `xn--caf-dma.fr` (café.fr).
 */
export function tokensFromEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('TF_TOKEN_') || !value) continue;
    const encoded = name.slice('TF_TOKEN_'.length);
    if (!encoded) continue;
    const host = encoded.replace(/__/g, '-').replace(/_/g, '.');
    if (!/^[A-Za-z0-9.-]+$/.test(host) || host.startsWith('.') || host.endsWith('.') || host.includes('..')) continue;
    try {
      out[normalizeHost(host)] = value;
    } catch {
      // Not a valid hostname: Terraform ignores it too.
    }
  }
  return out;
}

/** A credentials lookup that only ever answers for the exact host a token was given for. */
export function credentialsLookup(credentials: Record<string, string> | undefined): (host: string) => string | undefined {
  const map = new Map<string, string>();
  for (const [host, token] of Object.entries(credentials ?? {})) if (token) map.set(normalizeHost(host), token);
  return (host) => {
    if (map.size === 0) return undefined;
    try {
      return map.get(normalizeHost(host));
    } catch {
      return undefined;
    }
  };
}
