import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, promises as fs, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A sibling temp path in the same directory, so a rename over the target is atomic. */
export function tempSibling(target: string, tag = 'tmp'): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Write a file so readers see either the old or the new content, never a torn one:
 * write a temp sibling, fsync, rename. The temp file is removed when anything fails.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = tempSibling(target);
  try {
    const handle = await fs.open(tmp, 'w', options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.mode !== undefined) await fs.chmod(tmp, options.mode);
    await fs.rename(tmp, target);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/**
 * writeFileAtomic for synchronous callers (the warm stamp and the shims, written at the end of
 * a command): temp sibling, rename, the temp file removed when anything fails. No fsync: these
 * files are rebuilt by the next install when lost.
 */
export function writeFileAtomicSync(target: string, data: string, options: { mode?: number } = {}): void {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = tempSibling(target);
  try {
    writeFileSync(tmp, data, { mode: options.mode ?? 0o644 });
    if (options.mode !== undefined) chmodSync(tmp, options.mode);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/** A regular file (following symlinks); false when missing or anything else. */
export async function isFile(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile();
  } catch {
    return false;
  }
}

export async function pathExists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Total size in bytes of a file or directory tree (symlinks not followed). */
export async function diskUsage(p: string): Promise<number> {
  let st;
  try {
    st = await fs.lstat(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.size;
  let total = 0;
  for (const entry of await fs.readdir(p)) total += await diskUsage(path.join(p, entry));
  return total;
}
