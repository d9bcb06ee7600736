import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../../common/errors.js';
import { formatBytes } from '../../common/format.js';
import { archiveExtension, createArchive, extractArchive, pickCompression, type Compression } from '../archive.js';
import { STALE_TEMP_MS } from '../staging.js';
import type { CacheBackend, CacheRequest, RestoreResult, SaveResult } from './types.js';

/** What `<dir>/<name>.json` holds; its atomic creation is the commit point of an entry. */
export interface DirEntryMeta {
  key: string;
  version: string;
  compression: Compression;
  /** Archive file name (in the same directory). */
  archive: string;
  size: number;
  created: string;
}

/**
 * A shared directory as cache store, for self-hosted runners and other CI systems.
 * Save writes the archive under a unique name, then creates `<name>.json` with `link()`
 * — atomic and failing when it exists — so two concurrent savers never corrupt or
 * double-write an entry: exactly one wins, the other reports "already exists".
 * Restore matches like the GitHub service: exact key, then key prefix, then each
 * restore key as prefix; newest first; same version only.
 */
export class DirCacheBackend implements CacheBackend {
  readonly name = 'dir' as const;
  constructor(readonly dir: string) {}

  async restore(req: CacheRequest, options: { lookupOnly?: boolean } = {}): Promise<RestoreResult> {
    await this.removeLitter();
    const compression = pickCompression();
    const version = dirVersion(req.paths.patterns, compression);
    const entries = (await this.entries()).filter((e) => e.version === version);
    const match = matchEntry(entries, req.key, req.restoreKeys);
    if (!match) return {};
    if (!options.lookupOnly) {
      await extractArchive(path.join(this.dir, match.archive), req.paths.root, match.compression);
      req.logger.debug(`restored ${formatBytes(match.size)} from ${path.join(this.dir, match.archive)}`);
    }
    return { matchedKey: match.key, size: match.size };
  }

  async save(req: CacheRequest): Promise<SaveResult> {
    const compression = pickCompression();
    const version = dirVersion(req.paths.patterns, compression);
    await fs.mkdir(this.dir, { recursive: true });
    await this.removeLitter();
    const metaPath = path.join(this.dir, `${entryName(req.key, version)}.json`);
    if (await exists(metaPath)) return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir}` };
    const unique = `${entryName(req.key, version)}.${Date.now()}-${randomBytes(4).toString('hex')}${archiveExtension(compression)}`;
    const archivePath = path.join(this.dir, unique);
    const tmpArchive = path.join(this.dir, `.tmp-${unique}`);
    const tmpMeta = path.join(this.dir, `.tmp-${unique}.json`);
    try {
      const { files } = await createArchive(req.paths, tmpArchive, compression);
      if (files === 0) return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
      await fs.rename(tmpArchive, archivePath);
      const size = (await fs.stat(archivePath)).size;
      const meta: DirEntryMeta = { key: req.key, version, compression, archive: unique, size, created: new Date().toISOString() };
      await fs.writeFile(tmpMeta, `${JSON.stringify(meta, null, 2)}\n`);
      try {
        await fs.link(tmpMeta, metaPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
          await fs.rm(archivePath, { force: true });
          return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir} (another job saved it first)` };
        }
        throw err;
      }
      return { status: 'saved', size };
    } catch (err) {
      await fs.rm(archivePath, { force: true });
      if (err instanceof AtmosError) throw err;
      throw new AtmosError(`could not save the cache to ${this.dir}: ${(err as Error).message}`, { code: 'CACHE_SAVE_FAILED', cause: err });
    } finally {
      await fs.rm(tmpArchive, { force: true });
      await fs.rm(tmpMeta, { force: true });
    }
  }

  /** Complete entries (those with metadata), newest first. */
  async entries(): Promise<DirEntryMeta[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const out: DirEntryMeta[] = [];
    for (const n of names) {
      if (!n.endsWith('.json') || n.startsWith('.tmp-')) continue;
      try {
        out.push(JSON.parse(await fs.readFile(path.join(this.dir, n), 'utf8')) as DirEntryMeta);
      } catch {
        /* unreadable metadata: not a usable entry */
      }
    }
    return out.sort((a, b) => b.created.localeCompare(a.created));
  }

  /**
   * What killed saves leave: `.tmp-*` files, and archives no metadata points to (killed
   * between the archive's rename and the metadata's link). Only when older than
   * STALE_TEMP_MS — another runner may be writing them right now.
   */
  async removeLitter(now = Date.now()): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const referenced = new Set((await this.entries()).map((e) => e.archive));
    const removed: string[] = [];
    for (const name of names) {
      const orphan = /\.(tar\.zst|tgz)$/.test(name) && !referenced.has(name);
      if (!name.startsWith('.tmp-') && !orphan) continue;
      const file = path.join(this.dir, name);
      const st = await fs.lstat(file).catch(() => undefined);
      if (!st?.isFile() || now - st.mtimeMs <= STALE_TEMP_MS) continue;
      await fs.rm(file, { force: true });
      removed.push(name);
    }
    return removed;
  }

  /** Remove every entry with this exact key (any version). Missing → nothing to do. */
  async delete(key: string): Promise<number> {
    let n = 0;
    for (const e of await this.entries()) {
      if (e.key !== key) continue;
      await fs.rm(path.join(this.dir, `${entryName(e.key, e.version)}.json`), { force: true });
      await fs.rm(path.join(this.dir, e.archive), { force: true });
      n++;
    }
    return n;
  }
}

export function dirVersion(patterns: string[], compression: Compression): string {
  return createHash('sha256')
    .update([...patterns, compression, 'atmos-ts-dir-1'].join('|'))
    .digest('hex');
}

/** File-system-safe, unique per key and version. */
function entryName(key: string, version: string): string {
  return `${encodeURIComponent(key).replace(/%/g, '~')}--${version.slice(0, 12)}`;
}

export function matchEntry<T extends { key: string }>(newestFirst: T[], key: string, restoreKeys: string[]): T | undefined {
  return (
    newestFirst.find((e) => e.key === key) ??
    newestFirst.find((e) => e.key.startsWith(key)) ??
    restoreKeys.map((r) => newestFirst.find((e) => e.key.startsWith(r))).find(Boolean)
  );
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}
