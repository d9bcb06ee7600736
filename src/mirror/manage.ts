/**
 * `atmos-ts terraform cache list|stats|prune|delete` over the store's layout (see
 * store.ts): the path relative to the cache root is the key. Metadata (upstream answers)
 * ages and is pruned by `fetchedAt`; artifacts (zips, SHA256SUMS, module archives and the
 * mirror JSON derived from them) are immutable and only pruned with `--all`. Sidecars
 * (`.hashes.json`, archive `.json`) travel with their artifact; lock directories, temp
 * files and `tls/` are never listed, counted or deleted.
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import { MirrorStore, type MetaEnvelope } from './store.js';

export type EntryGroup = 'provider' | 'module' | 'discovery';
export type EntryClass = 'metadata' | 'artifact';

export interface CacheEntry {
  key: string;
  group: EntryGroup;
  kind: string;
  class: EntryClass;
  /** Bytes, sidecar included. */
  size: number;
  modTime: Date;
  /** When upstream answered (metadata envelopes). */
  fetchedAt?: Date;
}

/** Top-level directories keys may live in. */
const KEY_ROOTS = ['providers', 'modules', 'metadata'];

/** Classify a key (posix, relative to the root); undefined = not a cache object (sidecar, temp, lock). Pure. */
export function classify(key: string): Pick<CacheEntry, 'group' | 'kind' | 'class'> | undefined {
  const segs = key.split('/');
  const name = segs[segs.length - 1] ?? '';
  if (segs.some((s) => s.startsWith('.')) || name.endsWith('.lock')) return undefined;
  if (segs[0] === 'providers' && segs.length === 5) {
    if (name.endsWith('.zip.hashes.json')) return undefined;
    if (name.endsWith('.zip')) return { group: 'provider', kind: 'provider_package', class: 'artifact' };
    if (name.endsWith('_SHA256SUMS')) return { group: 'provider', kind: 'shasums', class: 'artifact' };
    if (name.endsWith('_SHA256SUMS.sig')) return { group: 'provider', kind: 'shasums_signature', class: 'artifact' };
    if (name.endsWith('.json')) return { group: 'provider', kind: 'mirror_index', class: 'artifact' };
    return undefined;
  }
  if (segs[0] === 'modules' && segs[1] === '_archives' && segs.length === 3) {
    return name.endsWith('.tar.gz') ? { group: 'module', kind: 'module_archive', class: 'artifact' } : undefined;
  }
  if (segs[0] === 'modules' && segs.length >= 6) {
    if (name === 'versions.json') return { group: 'module', kind: 'module_versions', class: 'metadata' };
    if (name === 'download.json') return { group: 'module', kind: 'module_download', class: 'metadata' };
    return undefined;
  }
  if (segs[0] === 'metadata' && segs[1] === 'discovery' && name.endsWith('.json')) return { group: 'discovery', kind: 'discovery', class: 'metadata' };
  if (segs[0] === 'metadata' && segs[1] === 'providers' && name.endsWith('.json')) {
    return { group: 'provider', kind: name === 'versions.json' ? 'provider_versions' : 'provider_download', class: 'metadata' };
  }
  return undefined;
}

/** The sidecar that belongs to an artifact key, if it has one. */
function sidecarOf(key: string): string | undefined {
  if (key.endsWith('.zip')) return `${key}.hashes.json`;
  if (key.startsWith('modules/_archives/') && key.endsWith('.tar.gz')) return `${key.slice(0, -'.tar.gz'.length)}.json`;
  return undefined;
}

export class CacheManager {
  readonly root: string;
  private readonly store: MirrorStore;

  constructor(root: string) {
    this.store = new MirrorStore(root);
    this.root = this.store.root;
  }

  async list(): Promise<CacheEntry[]> {
    const out: CacheEntry[] = [];
    for (const top of KEY_ROOTS) await this.walk(top, out);
    return out.sort((a, b) => a.key.localeCompare(b.key));
  }

  private async walk(rel: string, out: CacheEntry[]): Promise<void> {
    let dirents;
    try {
      dirents = await fs.readdir(this.abs(rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of dirents) {
      const key = `${rel}/${d.name}`;
      if (d.isDirectory()) {
        if (!d.name.startsWith('.') && !d.name.endsWith('.lock')) await this.walk(key, out);
        continue;
      }
      if (!d.isFile()) continue;
      const cls = classify(key);
      if (!cls) continue;
      const st = await fs.stat(this.abs(key)).catch(() => undefined);
      if (!st) continue;
      let size = st.size;
      const sidecar = sidecarOf(key);
      if (sidecar) size += (await fs.stat(this.abs(sidecar)).catch(() => undefined))?.size ?? 0;
      let fetchedAt: Date | undefined;
      if (cls.class === 'metadata') {
        const env = await this.store.readJson<Partial<MetaEnvelope>>(this.abs(key));
        if (typeof env?.fetchedAt === 'number') fetchedAt = new Date(env.fetchedAt);
      }
      out.push({ key, ...cls, size, modTime: st.mtime, fetchedAt });
    }
  }

  async stats(): Promise<CacheStats> {
    const entries = await this.list();
    const age = (e: CacheEntry) => (e.fetchedAt ?? e.modTime).getTime();
    const largest = entries.reduce<CacheEntry | undefined>((m, e) => (!m || e.size > m.size ? e : m), undefined);
    const oldest = entries.reduce<CacheEntry | undefined>((m, e) => (!m || age(e) < age(m) ? e : m), undefined);
    return {
      root: this.root,
      objectCount: entries.length,
      providers: entries.filter((e) => e.group === 'provider').length,
      modules: entries.filter((e) => e.group === 'module').length,
      totalSize: entries.reduce((n, e) => n + e.size, 0),
      largest: largest && { key: largest.key, size: largest.size },
      oldest: oldest && { key: oldest.key, time: new Date(age(oldest)) },
    };
  }

  /** Metadata fetched before `now - olderThanMs` (with `all`: artifacts by mtime too). */
  async prune(options: { olderThanMs: number; all?: boolean; dryRun?: boolean; now?: Date }): Promise<{ entries: CacheEntry[]; bytes: number }> {
    const cutoff = (options.now ?? new Date()).getTime() - options.olderThanMs;
    const victims = (await this.list()).filter((e) => (e.class === 'metadata' || options.all) && (e.fetchedAt ?? e.modTime).getTime() < cutoff);
    if (!options.dryRun) for (const e of victims) await this.removeKey(e.key);
    return { entries: victims, bytes: victims.reduce((n, e) => n + e.size, 0) };
  }

  /** Delete one object (or every object under a directory key). Idempotent: returns what was removed. */
  async delete(key: string): Promise<CacheEntry[]> {
    const clean = validateKey(key);
    const st = await fs.stat(this.abs(clean)).catch(() => undefined);
    if (!st) return [];
    const victims = st.isDirectory() ? (await this.list()).filter((e) => e.key.startsWith(`${clean}/`)) : (await this.list()).filter((e) => e.key === clean);
    if (victims.length === 0 && !st.isDirectory()) {
      throw new AtmosError(`${clean} is not a cache object`, { code: 'CACHE_KEY_INVALID', hint: 'Use a key shown by `atmos-ts terraform cache list`.' });
    }
    for (const e of victims) await this.removeKey(e.key);
    return victims;
  }

  private async removeKey(key: string): Promise<void> {
    const sidecar = sidecarOf(key);
    await fs.rm(this.abs(key), { force: true });
    if (sidecar) await fs.rm(this.abs(sidecar), { force: true });
    await fs.rm(`${this.abs(key)}.lock`, { force: true, recursive: true });
    if (key.endsWith('.zip')) await this.unlistZip(key);
    await this.pruneEmptyDirs(path.dirname(this.abs(key)));
  }

  /** Keep the mirror JSON next to the zips truthful: drop the deleted zip from `<version>.json`. */
  private async unlistZip(key: string): Promise<void> {
    const dir = path.dirname(this.abs(key));
    const filename = path.basename(key);
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.endsWith('.json') || name === 'index.json' || name.endsWith('.hashes.json')) continue;
      const file = path.join(dir, name);
      const doc = await this.store.readJson<{ archives?: Record<string, { url?: string }> }>(file);
      if (!doc?.archives) continue;
      const kept = Object.fromEntries(Object.entries(doc.archives).filter(([, a]) => a.url !== filename));
      if (Object.keys(kept).length === Object.keys(doc.archives).length) continue;
      if (Object.keys(kept).length === 0) {
        await fs.rm(file, { force: true });
        await this.unlistVersion(dir, name.slice(0, -'.json'.length));
      } else await fs.writeFile(file, `${JSON.stringify({ ...doc, archives: kept }, null, 2)}\n`);
    }
  }

  private async unlistVersion(dir: string, version: string): Promise<void> {
    const file = path.join(dir, 'index.json');
    const index = await this.store.readJson<{ versions?: Record<string, unknown> }>(file);
    if (!index?.versions || !(version in index.versions)) return;
    delete index.versions[version];
    if (Object.keys(index.versions).length === 0) await fs.rm(file, { force: true });
    else await fs.writeFile(file, `${JSON.stringify(index, null, 2)}\n`);
  }

  /** Remove now-empty directories up to (not including) the cache root. */
  private async pruneEmptyDirs(dir: string): Promise<void> {
    for (let current = dir; current.startsWith(`${this.root}${path.sep}`); current = path.dirname(current)) {
      try {
        await fs.rmdir(current); // fails on a non-empty directory: stop there
      } catch {
        return;
      }
    }
  }

  private abs(key: string): string {
    return path.join(this.root, ...key.split('/'));
  }
}

export interface CacheStats {
  root: string;
  objectCount: number;
  providers: number;
  modules: number;
  totalSize: number;
  largest?: { key: string; size: number };
  oldest?: { key: string; time: Date };
}

/**
 * A key users may delete: relative, no `..`/`.` segments, no backslashes, inside
 * providers/, modules/ or metadata/ (so `tls/` and anything outside the cache are unreachable). Pure.
 */
export function validateKey(key: string): string {
  const bad = (why: string) =>
    new AtmosError(`invalid cache key ${JSON.stringify(key)}: ${why}`, {
      code: 'CACHE_KEY_INVALID',
      hint: 'Use a key shown by `atmos-ts terraform cache list`, e.g. providers/registry.terraform.io/hashicorp/null.',
    });
  if (!key || key.includes('\0')) throw bad('empty');
  if (path.isAbsolute(key) || path.win32.isAbsolute(key) || key.startsWith('/')) throw bad('absolute paths are not keys');
  if (key.includes('\\')) throw bad('use / as the separator');
  const segs = key.replace(/\/+$/, '').split('/');
  if (segs.some((s) => s === '..' || s === '.' || s === '')) throw bad('`..`, `.` and empty segments are not allowed');
  if (!KEY_ROOTS.includes(segs[0]!)) throw bad(`keys live under ${KEY_ROOTS.join('/, ')}/`);
  return segs.join('/');
}
