/**
 * The warm stamp: what a full `toolchain install` proved about one project — "with these
 * pins, this lock, this atmos.yaml and this environment, every pinned default is installed,
 * and tool X is this binary". The fast entry (`src/cli/fast.ts`, loaded by `bin/atmos-ts.js`
 * before the CLI bundle) checks it and answers a warm `install` / `which` / `exec` without
 * loading the CLI, the config loader or the engine.
 *
 * This module is the CHECK side and imports Node builtins only (it is bundled into the
 * small fast-entry bundle). The stamp is valid only while every recorded input is unchanged:
 *   - each recorded file's content (sha256; `null` = must still be absent, `'exists'` = must
 *     still exist) — `.tool-versions`, the lock, the atmos.yaml in use, the config-file
 *     candidates discovery passed over and the `.git` markers that decided the git root;
 *   - the environment variables that change where pins and installs are (a digest);
 *   - each pinned install's marker (size, mtime, inode) and every binary's size.
 * Contents are hashed, not trusted by mtime, so a file put back with an old mtime
 * (`cp -p`, a cache restore) still invalidates it. Anything else → the full CLI.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { INSTALL_META } from '../layout.js';

export const STAMP_VERSION = 1;

/** File name of a shims directory's stamp (its mtime is what the POSIX shims compare against). */
export const SHIM_STAMP = '.atmos-shims-stamp';

/** A recorded file: sha256 of its content, `null` when it must not exist, `'exists'` when it must exist (a `.git`). */
export type FileFact = string | null | 'exists';

export interface InstallIdentity {
  /** The version directory. */
  dir: string;
  marker: { size: number; mtimeMs: number; ino: number };
  /** Binary name → size in bytes. */
  binaries: Record<string, number>;
}

export interface WarmStamp {
  v: typeof STAMP_VERSION;
  cwd: string;
  env: string;
  files: Record<string, FileFact>;
  installs: InstallIdentity[];
  /** Tool name as typed (alias, owner/repo, repo, binary name) → absolute binary path. */
  tools: Record<string, string>;
  /** PATH entries (version directories), highest precedence first. */
  dirs: string[];
  /** Number of pinned tool versions (for the `install` message). */
  count: number;
  /** When the recorded files were read (ms since the epoch). */
  at: number;
  /** Shims directories written for this project (rewritten with every new stamp) and how they start the CLI. */
  shims?: { dir: string; launch: string[] }[];
}

/**
 * Environment variables that change what a warm lookup answers: every `ATMOS_*` (atmos.yaml
 * keys can be overridden by them) except credentials, where the cache root is, and git's own
 * discovery variables. Tokens are left out: they never change a warm answer, and not even a
 * digest of a secret is written to disk.
 */
export function relevantEnv(env: NodeJS.ProcessEnv, platform = process.platform): [string, string][] {
  const fixed = new Set(['XDG_CACHE_HOME', 'HOME', 'USERPROFILE', 'LOCALAPPDATA', 'GIT_DIR', 'GIT_WORK_TREE', 'CI', 'GITHUB_ACTIONS']);
  const out: [string, string][] = [];
  for (const [rawName, value] of Object.entries(env)) {
    if (value === undefined) continue;
    // Windows environment names are case-insensitive.
    const name = platform === 'win32' ? rawName.toUpperCase() : rawName;
    if (name === 'ATMOS_TS_NO_FAST') continue;
    if ((name.startsWith('ATMOS_') && !/TOKEN|SECRET|PASSWORD/.test(name)) || fixed.has(name)) out.push([name, value]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function envDigest(env: NodeJS.ProcessEnv, platform = process.platform): string {
  return sha256(JSON.stringify([platform, process.arch, relevantEnv(env, platform)]));
}

/** Where the stamp for (cwd, environment) lives: under the cache root the environment names, so no config is read to find it. */
export function stampPath(cacheRootDir: string, cwd: string, env: NodeJS.ProcessEnv, platform = process.platform): string {
  const key = sha256(JSON.stringify([cwd, envDigest(env, platform)])).slice(0, 32);
  return path.join(cacheRootDir, 'toolchain-stamps', `${key}.json`);
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The fact that describes `file` now. */
export function fileFact(file: string): FileFact {
  try {
    if (statSync(file).isDirectory()) return 'exists';
    return sha256(readFileSync(file));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw err;
  }
}

function factHolds(file: string, fact: FileFact): boolean {
  if (fact === 'exists') {
    try {
      statSync(file);
      return true;
    } catch {
      return false;
    }
  }
  try {
    return fileFact(file) === fact;
  } catch {
    return false;
  }
}

/** The identity of a complete install now, or undefined when the marker or a binary is gone. */
export function installIdentity(dir: string, binaries: string[]): InstallIdentity | undefined {
  try {
    const m = statSync(path.join(dir, INSTALL_META));
    const sizes: Record<string, number> = {};
    for (const b of binaries) {
      const st = statSync(path.join(dir, b));
      if (!st.isFile()) return undefined;
      sizes[b] = st.size;
    }
    return { dir, marker: { size: m.size, mtimeMs: m.mtimeMs, ino: m.ino }, binaries: sizes };
  } catch {
    return undefined;
  }
}

function installHolds(rec: InstallIdentity): boolean {
  const now = installIdentity(rec.dir, Object.keys(rec.binaries));
  if (!now) return false;
  if (now.marker.size !== rec.marker.size || now.marker.mtimeMs !== rec.marker.mtimeMs || now.marker.ino !== rec.marker.ino) return false;
  return Object.entries(rec.binaries).every(([b, size]) => now.binaries[b] === size);
}

/** Why a stamp does not apply (for `--verbose`-style diagnostics and tests), or undefined when it does. */
export function stampProblem(stamp: WarmStamp, cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (stamp.v !== STAMP_VERSION) return `stamp version ${String(stamp.v)}`;
  if (stamp.cwd !== cwd) return `recorded for ${stamp.cwd}`;
  if (stamp.env !== envDigest(env)) return 'environment changed';
  for (const [file, fact] of Object.entries(stamp.files)) if (!factHolds(file, fact)) return `${file} changed`;
  for (const rec of stamp.installs) if (!installHolds(rec)) return `${rec.dir} changed`;
  return undefined;
}

/** The stamp for (cwd, env) when it exists and every input is unchanged; else undefined. */
export function readValidStamp(cacheRootDir: string, cwd: string, env: NodeJS.ProcessEnv): WarmStamp | undefined {
  let stamp: WarmStamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(cacheRootDir, cwd, env), 'utf8')) as WarmStamp;
  } catch {
    return undefined;
  }
  return stampProblem(stamp, cwd, env) === undefined ? stamp : undefined;
}

/**
 * Sets the POSIX shims' stamp file mtime to a whole second before `readAtMs` (when the recorded
 * files were read or verified), so a file changed after that reads as newer even where
 * `test -nt` compares whole seconds (dash). Only moves forward unless `force` (a new stamp).
 */
export function touchShimStamp(file: string, readAtMs: number, force = false): void {
  const t = Math.floor(readAtMs / 1000) - 1;
  try {
    if (!force && Math.floor(statSync(file).mtimeMs / 1000) >= t) return;
  } catch {
    return;
  }
  utimesSync(file, t, t);
}
