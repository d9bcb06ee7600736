/**
 * The per-session directory holding the generated Terraform CLI config. The file can carry the
 * user's registry credentials, so a session killed with `kill -9` must not leave it behind for
 * good: the directory name carries the owner's pid, and every new session removes the
 * directories whose owner is gone (tmpdir is local, so a pid check is meaningful). Names without
 * a pid (written by older versions) are removed once a day old.
 */

import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive } from '../common/process.js';

const PREFIX = 'atmos-ts-tfrc-';
const OWNED = /^atmos-ts-tfrc-(\d+)-/;
const UNOWNED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** mkdtemp makes a 0700 directory: the file name is not guessable and not listable by others. */
export function makeCliConfigDir(tmpRoot = os.tmpdir()): string {
  return mkdtempSync(path.join(tmpRoot, `${PREFIX}${process.pid}-`));
}

/** Remove the config directories of sessions that died without cleaning up; returns what went. */
export async function sweepOrphanCliConfigDirs(tmpRoot = os.tmpdir(), now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.readdir(tmpRoot);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(tmpRoot, name);
    const owner = OWNED.exec(name);
    let orphan: boolean;
    if (owner) orphan = Number(owner[1]) !== process.pid && !isAlive(Number(owner[1]));
    else
      orphan = await fs.stat(dir).then(
        (s) => now - s.mtimeMs > UNOWNED_MAX_AGE_MS,
        () => false,
      );
    if (!orphan) continue;
    await fs.rm(dir, { recursive: true, force: true }).then(
      () => removed.push(dir),
      () => undefined, // another user's directory, or already gone: not ours to report
    );
  }
  return removed;
}
