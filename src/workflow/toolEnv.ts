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
