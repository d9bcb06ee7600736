/**
 * A per-package index of a merged Aqua `registry.yaml` (3.3 MB, ~2.3k packages), so that
 * resolving one tool does not parse the whole YAML on every run. Built once per registry
 * content hash (sha256) under `<cacheRoot>/toolchain/registry/index/<sha256>/`:
 * - `packages.jsonl` — one package per line as JSON;
 * - `index.json` — name/alias → byte range in `packages.jsonl`, plus what short-name lookup
 *   needs (repo name and command names per package). Written last, so its presence means the
 *   index is complete; both files are written atomically.
 * A lookup reads index.json and one byte range, nothing else.
 */

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pathExists, writeFileAtomic } from '../../common/atomicFile.js';
import { commandNames, packageNames, type AquaPackage } from './aquaPackage.js';

export const INDEX_FORMAT = 1;

export interface IndexFile {
  format: number;
  sha256: string;
  /** Name or alias → position in `entries`. The first definition of a name wins (Aqua's ToMap). */
  names: Record<string, number>;
  /** [package name, repo name, commands, byte offset, byte length]. */
  entries: [string, string, string[], number, number][];
  /** Where the registry came from, for the built-in snapshot (`registry/aqua/source.json`). */
  source?: { repository: string; commit: string };
}

/** The two files of an index, in memory: what {@link AquaIndex.open} caches and `npm run registry:index` commits. */
export interface CompiledIndex {
  index: IndexFile;
  packagesJsonl: Buffer;
}

export const INDEX_FILE = 'index.json';
export const PACKAGES_FILE = 'packages.jsonl';

/** Counters that let tests prove an index is reused instead of rebuilt. */
export const aquaIndexStats = { yamlParses: 0, indexBuilds: 0 };

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export class AquaIndex {
  private constructor(
    readonly dir: string,
    readonly index: IndexFile,
  ) {}

  /**
   * A complete index directory written ahead of time (the built-in registry shipped with the
   * package); undefined when the directory holds no valid index. Nothing is built or written.
   */
  static async openPrebuilt(dir: string): Promise<AquaIndex | undefined> {
    try {
      const index = JSON.parse(await fs.readFile(path.join(dir, INDEX_FILE), 'utf8')) as IndexFile;
      return index.format === INDEX_FORMAT && Array.isArray(index.entries) ? new AquaIndex(dir, index) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Open the index for this content hash, building it from `text()` when missing. */
  static async open(indexRoot: string, sha256: string, text: () => Promise<string>, file: string): Promise<AquaIndex> {
    const dir = path.join(indexRoot, sha256);
    const indexPath = path.join(dir, INDEX_FILE);
    if (await pathExists(indexPath)) {
      try {
        const index = JSON.parse(await fs.readFile(indexPath, 'utf8')) as IndexFile;
        if (index.format === INDEX_FORMAT && index.sha256 === sha256) return new AquaIndex(dir, index);
      } catch {
        // A corrupt index is rebuilt below.
      }
    }
    // The YAML parser loads only when an index is built: a run that finds its index never pays for it.
    const { parseRegistryYaml } = await import('./registryYaml.js');
    const index = await AquaIndex.build(dir, sha256, parseRegistryYaml(await text(), file));
    return new AquaIndex(dir, index);
  }

  private static async build(dir: string, sha256: string, packages: AquaPackage[]): Promise<IndexFile> {
    aquaIndexStats.indexBuilds++;
    const { index, packagesJsonl } = compileIndex(sha256, packages);
    await writeFileAtomic(path.join(dir, PACKAGES_FILE), packagesJsonl);
    await writeFileAtomic(path.join(dir, INDEX_FILE), JSON.stringify(index));
    return index;
  }

  find(name: string): string | undefined {
    const pos = this.index.names[name];
    return pos === undefined ? undefined : this.index.entries[pos][0];
  }

  async get(name: string): Promise<AquaPackage | undefined> {
    const pos = this.index.names[name];
    if (pos === undefined) return undefined;
    const [, , , offset, length] = this.index.entries[pos];
    const handle = await fs.open(path.join(this.dir, PACKAGES_FILE), 'r');
    try {
      const buf = Buffer.alloc(length);
      await handle.read(buf, 0, length, offset);
      return JSON.parse(buf.toString('utf8')) as AquaPackage;
    } finally {
      await handle.close();
    }
  }

  /** Every indexed package: [name, repo name, commands]. */
  packages(): [string, string, string[]][] {
    return this.index.entries.map(([n, r, c]) => [n, r, c]);
  }
}

/** Build an index in memory: one JSON line per package, and the name table pointing into them. */
export function compileIndex(sha256: string, packages: AquaPackage[], source?: IndexFile['source']): CompiledIndex {
  const index: IndexFile = { format: INDEX_FORMAT, sha256, names: {}, entries: [], ...(source ? { source } : {}) };
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const pkg of packages) {
    const names = packageNames(pkg);
    if (names.length === 0) continue;
    const line = Buffer.from(`${JSON.stringify(pkg)}\n`);
    const pos = index.entries.length;
    index.entries.push([names[0], pkg.repo_name ?? '', commandNames(pkg), offset, line.length]);
    for (const n of names) if (!(n in index.names)) index.names[n] = pos;
    chunks.push(line);
    offset += line.length;
  }
  return { index, packagesJsonl: Buffer.concat(chunks) };
}
