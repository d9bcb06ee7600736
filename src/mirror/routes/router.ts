import type { ModuleAddr } from './modules.js';
import type { ProviderAddr } from './providers.js';

/** Every route the proxy answers, parsed from the raw request path (pure; no I/O). */
export type Route =
  | { kind: 'providerVersions'; p: ProviderAddr }
  | { kind: 'providerDownload'; p: ProviderAddr; version: string; os: string; arch: string }
  | { kind: 'providerFile'; p: ProviderAddr; version: string; os: string; arch: string; file: 'zip' | 'shasums' | 'sig' }
  | { kind: 'mirrorIndex'; p: ProviderAddr }
  | { kind: 'mirrorVersion'; p: ProviderAddr; version: string }
  | { kind: 'mirrorZip'; p: ProviderAddr; filename: string }
  | { kind: 'moduleVersions'; m: ModuleAddr }
  | { kind: 'moduleDownload'; m: ModuleAddr; version: string }
  | { kind: 'archive'; id: string };

export type RouteResult = { route: Route } | { status: number; message: string };

/** One path segment: names, versions (`1.2.0-beta.1+meta`), hosts (`example.com:8443`). Never `.`/`..`. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._+~:-]*$/;

/**
 * Raw-path checks run before anything else: traversal (`..`, `%2e%2e`), encoded or
 * literal separators (`%2f`, `%5c`, `\`) and NUL are refused, not normalised.
 */
export function unsafePath(rawPath: string): boolean {
  if (/[\\\0]/.test(rawPath)) return true;
  if (/%(2e|2f|5c|00)/i.test(rawPath)) return true;
  return rawPath.split('/').some((s) => s === '.' || s === '..');
}

export function parseRoute(rawUrl: string, secret: string): RouteResult {
  const q = rawUrl.indexOf('?');
  const rawPath = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
  if (unsafePath(rawPath)) return { status: 400, message: 'invalid path' };
  const segs = rawPath.split('/').slice(1);
  // Outside the per-run secret prefix nothing exists (same answer whatever the path).
  if (segs[0] !== secret || segs.length < 3) return { status: 404, message: 'not found' };
  const rest = segs.slice(1);
  if (rest[0] !== 'v1') return { status: 404, message: 'not found' };
  const [area, ...s] = rest.slice(1);
  if (s.length === 0 || !s.every((x) => SEGMENT.test(x))) return { status: 404, message: 'not found' };
  const host = s[0].toLowerCase();
  switch (area) {
    case 'providers': {
      const p = { host, ns: s[1], type: s[2] };
      if (s.length === 4 && s[3] === 'versions') return { route: { kind: 'providerVersions', p } };
      if ((s.length === 7 || s.length === 8) && s[4] === 'download') {
        const [version, , os, arch] = s.slice(3);
        if (s.length === 7) return { route: { kind: 'providerDownload', p, version, os, arch } };
        const file = s[7] === 'SHA256SUMS' ? 'shasums' : s[7] === 'SHA256SUMS.sig' ? 'sig' : s[7].endsWith('.zip') ? 'zip' : undefined;
        if (file) return { route: { kind: 'providerFile', p, version, os, arch, file } };
      }
      break;
    }
    case 'mirror': {
      if (s.length !== 4) break;
      const p = { host, ns: s[1], type: s[2] };
      if (s[3] === 'index.json') return { route: { kind: 'mirrorIndex', p } };
      if (s[3].endsWith('.zip')) return { route: { kind: 'mirrorZip', p, filename: s[3] } };
      if (s[3].endsWith('.json')) return { route: { kind: 'mirrorVersion', p, version: s[3].slice(0, -'.json'.length) } };
      break;
    }
    case 'modules': {
      const m = { host, ns: s[1], name: s[2], system: s[3] };
      if (s.length === 5 && s[4] === 'versions') return { route: { kind: 'moduleVersions', m } };
      if (s.length === 6 && s[5] === 'download') return { route: { kind: 'moduleDownload', m, version: s[4] } };
      break;
    }
    case 'archives': {
      // go-getter may append `//subdir` which it strips itself; we only ever see the file.
      const m = s.length === 1 ? /^([0-9a-f]{32})\.tar\.gz$/.exec(s[0]) : null;
      if (m) return { route: { kind: 'archive', id: m[1] } };
      break;
    }
  }
  return { status: 404, message: 'not found' };
}
