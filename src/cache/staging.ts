/**
 * Atomic restore: an archive is extracted into a staging directory inside the root's
 * state directory (same file system, never archived), and only complete files are then
 * renamed into place. A restore killed at any moment leaves each final path either as it
 * was or complete — never a truncated file that looks installed. What a killed restore
 * leaves in staging is removed by the next restore or save.
 */

import { randomBytes } from 'node:crypto';
import { promises as fs, type Stats } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { STATE_DIR_NAME } from '../common/paths.js';
import { isAlive } from '../common/process.js';

/** Staged restores older than this are removed whoever left them (another host may share the root). */
export const STALE_TEMP_MS = 3600_000;

function stagingParent(root: string): string {
  return path.join(root, STATE_DIR_NAME, 'restore');
}

const HOST = os.hostname().replace(/[^A-Za-z0-9-]/g, '_');

/**
 * Run `extract(staging)`, then move what it extracted into `root` — only when `complete`
 * says the extraction succeeded (a library that swallows a failed extraction may leave a
 * truncated file in staging). The staging directory is removed in any case.
 */
export async function restoreAtomically<T>(root: string, extract: (staging: string) => Promise<T>, complete: (result: T) => boolean = () => true): Promise<T> {
  await removeStaleStaging(root);
  const parent = stagingParent(root);
  await fs.mkdir(parent, { recursive: true });
  // <pid>.<host>.<random>: the next run on this host can tell a dead owner at once.
  const staging = path.join(parent, `${process.pid}.${HOST}.${randomBytes(4).toString('hex')}`);
  await fs.mkdir(staging);
  try {
    const result = await extract(staging);
    if (complete(result)) await moveInto(staging, root, true);
    return result;
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/**
 * Remove staging directories of killed restores: at once when their process is gone on
 * this host, after STALE_TEMP_MS otherwise (the root may be shared with other hosts).
 */
export async function removeStaleStaging(root: string, now = Date.now()): Promise<void> {
  const parent = stagingParent(root);
  let names: string[];
  try {
    names = await fs.readdir(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const [pid, host] = name.split('.');
    const dead = host === HOST && Number(pid) !== process.pid && !isAlive(Number(pid));
    const st = await fs.lstat(path.join(parent, name)).catch(() => undefined);
    if (st && (dead || now - st.mtimeMs > STALE_TEMP_MS)) await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** Merge the tree under `src` into `dst`, one rename per file (or per directory that is new). */
async function moveInto(src: string, dst: string, top = false): Promise<void> {
  for (const entry of await fs.readdir(src, { withFileTypes: true })) {
    // Our state is never taken from an archive (it is never saved either; a crafted archive could try).
    if (top && entry.name === STATE_DIR_NAME) continue;
    const from = path.join(src, entry.name);
    const to = path.join(dst, entry.name);
    if (!entry.isDirectory()) {
      await replace(from, to);
      continue;
    }
    // stat, not lstat: a symlink to a directory (a relocated subtree) is merged into, as tar does.
    const existing = await fs.stat(to).catch(() => undefined);
    if (existing?.isDirectory()) {
      await moveInto(from, to);
      await keepMode(from, to, existing);
      continue;
    }
    if (existing || (await fs.lstat(to).catch(() => undefined))) await fs.rm(to, { recursive: true, force: true });
    try {
      // A new directory arrives complete in one step.
      await fs.rename(from, to);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
      await fs.mkdir(to, { mode: (await fs.stat(from)).mode & 0o7777 });
      await moveInto(from, to);
    }
  }
}

/** As tar does: an existing directory takes the archived mode. */
async function keepMode(from: string, to: string, existing: Stats): Promise<void> {
  const mode = (await fs.stat(from)).mode & 0o7777;
  if ((existing.mode & 0o7777) !== mode) await fs.chmod(to, mode);
}

/** Atomically put one file (or symlink) at `to`, replacing whatever is there. */
async function replace(from: string, to: string): Promise<void> {
  try {
    await fs.rename(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
      // A directory where the archive has a file.
      await fs.rm(to, { recursive: true, force: true });
      await fs.rename(from, to);
    } else if (code === 'EXDEV') {
      // `to` is on another file system (a symlinked subtree): copy next to it, then rename.
      const tmp = `${to}.atmos-ts-tmp-${randomBytes(4).toString('hex')}`;
      try {
        await copyEntry(from, tmp);
        await fs.rename(tmp, to);
      } finally {
        await fs.rm(tmp, { force: true });
      }
    } else {
      throw err;
    }
  }
}

async function copyEntry(from: string, to: string): Promise<void> {
  const st = await fs.lstat(from);
  if (st.isSymbolicLink()) {
    await fs.symlink(await fs.readlink(from), to);
    return;
  }
  await fs.copyFile(from, to);
  await fs.chmod(to, st.mode & 0o7777);
  await fs.utimes(to, st.atime, st.mtime);
}
