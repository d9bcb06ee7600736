import path from 'node:path';
import { findOnPath, pathKey } from '../common/paths.js';

export { pathKey };

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
  return findOnPath(name, env) !== undefined;
}
