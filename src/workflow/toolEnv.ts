import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The env key holding PATH (Windows spells it `Path`). */
export function pathKey(env: NodeJS.ProcessEnv): string {
  return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
}

/**
 * A child environment with `dirs` first on PATH (absolute, de-duplicated; entries
 * already present later in PATH are moved to the front so the pinned version wins).
 */
export function withPathFirst(env: NodeJS.ProcessEnv, dirs: readonly string[]): NodeJS.ProcessEnv {
  const key = pathKey(env);
  const front = [...new Set(dirs.map((d) => path.resolve(d)))];
  const rest = (env[key] ?? '').split(path.delimiter).filter((p) => p && !front.includes(p));
  return { ...env, [key]: [...front, ...rest].join(path.delimiter) };
}

/** Is `name` an executable on this env's PATH? */
export function onPath(name: string, env: NodeJS.ProcessEnv): boolean {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (env[pathKey(env)] ?? '').split(path.delimiter).filter(Boolean)) {
    for (const ext of exts) {
      try {
        accessSync(path.join(dir, name + ext), constants.X_OK);
        return true;
      } catch {
        /* next */
      }
    }
  }
  return false;
}
