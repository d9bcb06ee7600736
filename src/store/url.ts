// Store URLs: `s3://bucket/prefix?endpoint=&path_style=&region=`, `azblob://container/prefix`
// (`?account=`, `?endpoint=`), `file:///path`. Parsed once into a description the backends
// open; bad URLs name the setting they came from and what a good one looks like.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AtmosError } from '../common/errors.js';

export type StoreLocation =
  | { kind: 'file'; root: string; url: string }
  | { kind: 's3'; bucket: string; prefix: string; endpoint?: string; pathStyle?: boolean; region?: string; url: string }
  | { kind: 'azblob'; container: string; prefix: string; account?: string; endpoint?: string; url: string };

const EXAMPLES = 's3://bucket/prefix, azblob://container/prefix or file:///shared/dir';

function invalid(text: string, setting: string, why: string): AtmosError {
  return new AtmosError(`${setting}: invalid store URL ${JSON.stringify(text)}: ${why}`, {
    code: 'STORE_URL_INVALID',
    hint: `Use ${EXAMPLES} (S3 options: ?endpoint=https://host&path_style=true&region=eu-west-1).`,
  });
}

function cleanPrefix(p: string): string {
  return p.replace(/^\/+/, '').replace(/\/+$/, '');
}

/** Parse a store URL; `setting` names where it came from (e.g. `ci.cache.store`) for messages. */
export function parseStoreUrl(text: string, setting = 'store'): StoreLocation {
  const trimmed = text.trim();
  if (!trimmed) throw invalid(text, setting, 'it is empty');
  if (trimmed.startsWith('/')) return { kind: 'file', root: path.resolve(trimmed), url: `file://${path.resolve(trimmed)}` };
  let u: URL;
  try {
    u = new URL(trimmed);
  } catch {
    throw invalid(text, setting, 'not a URL');
  }
  if (u.username || u.password)
    throw invalid(text, setting, 'credentials do not belong in the URL (they would be logged); use the standard environment variables');
  switch (u.protocol) {
    case 'file:': {
      if (u.host && u.host !== 'localhost') throw invalid(text, setting, 'file URLs need an absolute path (file:///dir)');
      const root = fileURLToPath(new URL(`file://${u.pathname}`));
      return { kind: 'file', root, url: `file://${root}` };
    }
    case 's3:': {
      if (!u.hostname) throw invalid(text, setting, 'no bucket (s3://bucket/prefix)');
      const known = new Set(['endpoint', 'path_style', 'region']);
      for (const k of u.searchParams.keys()) if (!known.has(k)) throw invalid(text, setting, `unknown option "${k}" (known: endpoint, path_style, region)`);
      const endpoint = u.searchParams.get('endpoint') ?? undefined;
      if (endpoint && !/^https?:\/\//.test(endpoint)) throw invalid(text, setting, `endpoint must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
      const ps = u.searchParams.get('path_style');
      if (ps !== null && !/^(true|false)$/.test(ps)) throw invalid(text, setting, `path_style must be true or false, got ${JSON.stringify(ps)}`);
      const prefix = cleanPrefix(decodeURIComponent(u.pathname));
      return {
        kind: 's3',
        bucket: u.hostname,
        prefix,
        endpoint,
        pathStyle: ps === null ? undefined : ps === 'true',
        region: u.searchParams.get('region') ?? undefined,
        url: `s3://${u.hostname}${prefix ? `/${prefix}` : ''}`,
      };
    }
    case 'azblob:': {
      if (!u.hostname) throw invalid(text, setting, 'no container (azblob://container/prefix)');
      const known = new Set(['account', 'endpoint']);
      for (const k of u.searchParams.keys()) if (!known.has(k)) throw invalid(text, setting, `unknown option "${k}" (known: account, endpoint)`);
      const prefix = cleanPrefix(decodeURIComponent(u.pathname));
      return {
        kind: 'azblob',
        container: u.hostname,
        prefix,
        account: u.searchParams.get('account') ?? undefined,
        endpoint: u.searchParams.get('endpoint') ?? undefined,
        url: `azblob://${u.hostname}${prefix ? `/${prefix}` : ''}`,
      };
    }
    default:
      throw invalid(text, setting, `unsupported scheme "${u.protocol.replace(/:$/, '')}"`);
  }
}

/** Join the URL prefix and a relative key. */
export function joinKey(prefix: string, key: string): string {
  return prefix ? `${prefix}/${key}` : key;
}
