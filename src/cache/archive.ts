import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';
import * as tar from 'tar';
import { AtmosError } from '../common/errors.js';
import { pathSelected, type CachePaths } from './paths.js';
import { restoreAtomically } from './staging.js';

export type Compression = 'zstd' | 'gzip';

let zstdAvailable: boolean | undefined;
/** zstd when the binary exists (as `@actions/cache` decides), else gzip. */
export function pickCompression(): Compression {
  zstdAvailable ??= spawnSync('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
  return zstdAvailable ? 'zstd' : 'gzip';
}

export function archiveExtension(c: Compression): string {
  return c === 'zstd' ? '.tar.zst' : '.tgz';
}

/** Root-relative entries to archive: everything selected, excluded subtrees pruned. */
async function selectedEntries(paths: CachePaths): Promise<{ rel: string; dir: boolean }[]> {
  const out: { rel: string; dir: boolean }[] = [];
  const walk = async (rel: string) => {
    let entries;
    try {
      entries = await fs.readdir(rel ? path.join(paths.root, rel) : paths.root, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (!pathSelected(child, paths)) continue;
      const inside = paths.includes.some((inc) => inc === '.' || child === inc || child.startsWith(`${inc}/`));
      if (e.isDirectory()) {
        if (inside) out.push({ rel: child, dir: true });
        await walk(child);
      } else if (inside) out.push({ rel: child, dir: false });
    }
  };
  await walk('');
  return out;
}

/** Root-relative files (not directories) that an archive of these paths would hold now. */
export async function selectedFiles(paths: CachePaths): Promise<string[]> {
  return (await selectedEntries(paths)).filter((e) => !e.dir).map((e) => e.rel);
}

function compressor(c: Compression, level?: number): { proc?: ReturnType<typeof spawn>; stdin?: Writable; stdout?: Readable } {
  if (c !== 'zstd') return {};
  const proc = spawn('zstd', ['-q', '-T0', `-${level ?? 3}`, '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
  return { proc, stdin: proc.stdin!, stdout: proc.stdout! };
}

function waitExit(proc: ReturnType<typeof spawn>, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve() : reject(new AtmosError(`${what} exited with code ${code}`, { code: 'CACHE_ARCHIVE_FAILED' }))));
  });
}

/**
 * Write the selected part of the cache root into `dest` (tar + zstd/gzip). Entries are
 * listed explicitly with recursion off, so an excluded subtree can never sneak in
 * through its parent directory. File modes are kept.
 */
export async function createArchive(paths: CachePaths, dest: string, compression: Compression): Promise<{ files: number }> {
  const entries = (await selectedEntries(paths)).map((e) => e.rel);
  if (entries.length === 0) return { files: 0 };
  const pack = tar.c({ cwd: paths.root, gzip: compression === 'gzip', portable: true, noDirRecurse: true }, entries) as unknown as Readable;
  if (compression === 'gzip') {
    await pipeline(pack, createWriteStream(dest));
  } else {
    const z = compressor('zstd');
    const done = waitExit(z.proc!, 'zstd');
    await Promise.all([pipeline(pack, z.stdin!), pipeline(z.stdout!, createWriteStream(dest)), done]);
  }
  return { files: entries.length };
}

/**
 * Extract an archive into the root (merge; tar rejects absolute and `..` entries), through
 * a staging directory so a killed restore never leaves a truncated file at its final path.
 */
export async function extractArchive(file: string, root: string, compression: Compression): Promise<void> {
  await fs.mkdir(root, { recursive: true });
  await restoreAtomically(root, (staging) => extractInto(file, staging, compression));
}

async function extractInto(file: string, root: string, compression: Compression): Promise<void> {
  const unpack = tar.x({ cwd: root, preservePaths: false }) as unknown as Writable;
  if (compression === 'gzip') {
    await pipeline(createReadStream(file), unpack);
    return;
  }
  const proc = spawn('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
  const done = waitExit(proc, 'zstd -d');
  await Promise.all([pipeline(proc.stdout!, unpack), done]);
}

/** Entry names of an archive; only the tests use it, to check what a save packed. */
export async function listArchive(file: string, compression: Compression): Promise<string[]> {
  const names: string[] = [];
  const lister = tar.t({ onReadEntry: (e) => names.push(e.path) }) as unknown as Writable;
  if (compression === 'gzip') {
    await pipeline(createReadStream(file), lister);
  } else {
    const proc = spawn('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const done = waitExit(proc, 'zstd -d');
    await Promise.all([pipeline(proc.stdout!, lister), done]);
  }
  return names;
}
