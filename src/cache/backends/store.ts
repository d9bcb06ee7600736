import os from 'node:os';
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { formatBytes } from '../../common/format.js';
import { openStore, type FleetStore, type ObjectInfo } from '../../store/index.js';
import { archiveExtension, createArchive, extractArchive, pickCompression, type Compression } from '../archive.js';
import { dirVersion, matchEntry } from './dir.js';
import type { CacheBackend, CacheRequest, RestoreResult, SaveResult } from './types.js';

/** Where entries live under the store URL: `ci-cache/<version>/<url-encoded key><ext>`. */
export const CI_CACHE_PREFIX = 'ci-cache/';

export interface StoreCacheEntry {
  key: string;
  version: string;
  compression: Compression;
  /** Object key in the store. */
  object: string;
  size: number;
  created: string;
}

function versionOf(patterns: string[], compression: Compression): string {
  return dirVersion(patterns, compression).slice(0, 16);
}

function objectKey(version: string, key: string, compression: Compression): string {
  // encodeURIComponent maps character by character, so a key prefix stays an object-name prefix.
  return `${CI_CACHE_PREFIX}${version}/${encodeURIComponent(key)}${archiveExtension(compression)}`;
}

/** An entry from its object name, or undefined for anything else under the prefix. */
export function entryOf(o: ObjectInfo): StoreCacheEntry | undefined {
  const m = /^ci-cache\/([0-9a-f]{16})\/(.+?)(\.tar\.zst|\.tgz)$/.exec(o.key);
  if (!m) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(m[2]);
  } catch {
    return undefined;
  }
  return { key, version: m[1], compression: m[3] === '.tgz' ? 'gzip' : 'zstd', object: o.key, size: o.size, created: o.modified.toISOString() };
}

const newestFirst = (a: StoreCacheEntry, b: StoreCacheEntry) => b.created.localeCompare(a.created);

/**
 * The CI cache on an object store (`ci.cache.backend: s3|azblob|file`, `ci.cache.store: <url>`):
 * the GitHub cache's matching (exact key, then key prefix, then each restore key as prefix;
 * newest first; same paths+compression version only), write-once by conditional create,
 * no size cap or idle eviction except the team's own `ci cache prune`. Entries survive
 * across repositories, branches and CI systems that share the store.
 */
export class StoreCacheBackend implements CacheBackend {
  private store?: FleetStore;
  constructor(
    readonly name: 's3' | 'azblob' | 'file',
    readonly url: string,
    /** An already-open store (tests, the CLI's admin commands); else opened with the first request's env. */
    preopened?: FleetStore,
  ) {
    this.store = preopened;
  }

  private open(req: Pick<CacheRequest, 'env' | 'logger'>): FleetStore {
    this.store ??= openStore(this.url, { env: req.env, logger: req.logger, setting: 'ci.cache.store' });
    return this.store;
  }

  private async candidates(store: FleetStore, version: string, prefix: string, compression: Compression): Promise<StoreCacheEntry[]> {
    const objects = await store.list(`${CI_CACHE_PREFIX}${version}/${encodeURIComponent(prefix)}`);
    const ext = archiveExtension(compression);
    return objects
      .map(entryOf)
      .filter((e): e is StoreCacheEntry => e !== undefined && e.object.endsWith(ext))
      .sort(newestFirst);
  }

  async restore(req: CacheRequest, options: { lookupOnly?: boolean } = {}): Promise<RestoreResult> {
    const store = this.open(req);
    const compression = pickCompression();
    const version = versionOf(req.paths.patterns, compression);
    // One listing per distinct prefix; the primary key's listing also holds the exact entry.
    const seen = new Map<string, StoreCacheEntry>();
    for (const prefix of [req.key, ...req.restoreKeys]) for (const e of await this.candidates(store, version, prefix, compression)) seen.set(e.object, e);
    if (!store.available) return { problem: `the cache store ${this.url} is unavailable; continuing without a cache` };
    const ordered = [...seen.values()].sort(newestFirst);
    const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-ci-cache-'));
    try {
      // A corrupt entry is removed by the store layer; the next candidate is tried.
      for (let match = matchEntry(ordered, req.key, req.restoreKeys); match; match = matchEntry(ordered, req.key, req.restoreKeys)) {
        if (options.lookupOnly) return { matchedKey: match.key, size: match.size };
        const archive = path.join(tmpDir, `entry-${randomBytes(4).toString('hex')}${archiveExtension(compression)}`);
        const info = await store.fetchFile(match.object, archive);
        if (info) {
          await extractArchive(archive, req.paths.root, match.compression);
          req.logger.debug(`restored ${formatBytes(match.size)} from ${this.url}/${match.object}`);
          return { matchedKey: match.key, size: match.size };
        }
        if (!store.available) return { problem: `the cache store ${this.url} became unavailable during the restore` };
        ordered.splice(ordered.indexOf(match), 1);
      }
      return {};
    } finally {
      await fs.rm(tmpDir, { recursive: true, force: true });
    }
  }

  async save(req: CacheRequest): Promise<SaveResult> {
    const store = this.open(req);
    const compression = pickCompression();
    const object = objectKey(versionOf(req.paths.patterns, compression), req.key, compression);
    // Write-once: an existing entry is not rebuilt (the archive may take minutes).
    if (await store.head(object)) return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.url}` };
    if (!store.available) return { status: 'failed', message: `the cache store ${this.url} is unavailable` };
    const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-ci-cache-'));
    try {
      const archive = path.join(tmpDir, `entry${archiveExtension(compression)}`);
      const { files } = await createArchive(req.paths, archive, compression);
      if (files === 0) return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
      const size = (await fs.stat(archive)).size;
      const outcome = await store.put(object, { file: archive }, { ifAbsent: true, metadata: { cache_key: encodeURIComponent(req.key) } });
      if (outcome === 'created') return { status: 'saved', size };
      if (outcome === 'exists') return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.url} (another job saved it first)` };
      return { status: 'failed', message: `the cache store ${this.url} did not accept the entry (see the warning above)` };
    } finally {
      await fs.rm(tmpDir, { recursive: true, force: true });
    }
  }

  /** Every entry (any version), newest first; `keyPrefix` filters by cache key. */
  async entries(req: Pick<CacheRequest, 'env' | 'logger'>, keyPrefix = ''): Promise<StoreCacheEntry[]> {
    const all = (await this.open(req).list(CI_CACHE_PREFIX)).map(entryOf).filter((e): e is StoreCacheEntry => e !== undefined);
    return all.filter((e) => e.key.startsWith(keyPrefix)).sort(newestFirst);
  }

  /** Remove every entry with this exact key (any version). */
  async delete(req: Pick<CacheRequest, 'env' | 'logger'>, key: string): Promise<number> {
    let n = 0;
    for (const e of await this.entries(req)) if (e.key === key && (await this.open(req).delete(e.object))) n++;
    return n;
  }

  /**
   * The GitHub cache's eviction under the team's control: entries older than `olderThanMs`
   * go, then the oldest until the total is at most `maxBytes`. `dryRun` only reports.
   */
  async prune(
    req: Pick<CacheRequest, 'env' | 'logger'>,
    options: { olderThanMs?: number; maxBytes?: number; dryRun?: boolean; now?: number },
  ): Promise<{ removed: StoreCacheEntry[]; kept: StoreCacheEntry[] }> {
    const now = options.now ?? Date.now();
    const kept = await this.entries(req);
    const removed: StoreCacheEntry[] = [];
    if (options.olderThanMs !== undefined) {
      for (const e of [...kept]) if (now - Date.parse(e.created) > options.olderThanMs) removed.push(...kept.splice(kept.indexOf(e), 1));
    }
    if (options.maxBytes !== undefined) {
      let total = kept.reduce((s, e) => s + e.size, 0);
      while (total > options.maxBytes && kept.length > 0) {
        const oldest = kept.pop()!;
        total -= oldest.size;
        removed.push(oldest);
      }
    }
    if (!options.dryRun) for (const e of removed) await this.open(req).delete(e.object);
    return { removed, kept };
  }
}
