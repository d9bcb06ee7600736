import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The cache root: `$ATMOS_XDG_CACHE_HOME/atmos` > `$XDG_CACHE_HOME/atmos` >
 * `~/.cache/atmos` (`%LOCALAPPDATA%\atmos` on Windows). Everything atmos-ts keeps —
 * installed tools, registry cache, Terraform plugin cache — lives under it, so one
 * CI cache entry carries all of it.
 */
export function cacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  const base =
    env.ATMOS_XDG_CACHE_HOME || env.XDG_CACHE_HOME || (process.platform === 'win32' && env.LOCALAPPDATA ? env.LOCALAPPDATA : path.join(os.homedir(), '.cache'));
  return path.resolve(base, 'atmos');
}

/** `~/x` → home-relative; relative paths against `base`. */
export function expandPath(p: string, base: string = process.cwd()): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
  return path.resolve(base, p);
}

/** Our own state directory under the cache root; never archived by the CI cache. */
export const STATE_DIR_NAME = '.atmos-ts';

/** The env key holding PATH (Windows spells it `Path`). */
export function pathKey(env: NodeJS.ProcessEnv): string {
  return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
}

/** The first executable called `name` on this env's PATH (`.exe`/`.cmd` tried on Windows), or undefined. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (env[pathKey(env)] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      const file = path.join(dir, name + ext);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        /* next */
      }
    }
  }
  return undefined;
}
