/**
 * Renders the toolchain's PATH entries for `toolchain env --format …` and `toolchain path`.
 * Pure: the caller passes the directories, the current PATH and the separator, so the
 * output is the same on every machine for the same input (and testable for Windows on Linux).
 *
 * Shell formats (bash, fish, powershell) reference the shell's own `$PATH` so that
 * `eval "$(atmos-ts toolchain env)"` composes with whatever the shell already has;
 * dotenv and json cannot reference variables, so they carry the full resulting value.
 */

import { AtmosError } from '../common/errors.js';

export const ENV_FORMATS = ['bash', 'json', 'dotenv', 'fish', 'powershell', 'github'] as const;
export type EnvFormat = (typeof ENV_FORMATS)[number];

export function parseEnvFormat(value: string | undefined): EnvFormat {
  const v = (value ?? 'bash').toLowerCase();
  // zsh and sh take the same syntax as bash; `pwsh` is PowerShell's binary name.
  const alias: Record<string, EnvFormat> = { sh: 'bash', zsh: 'bash', pwsh: 'powershell', env: 'dotenv' };
  const f = alias[v] ?? v;
  if ((ENV_FORMATS as readonly string[]).includes(f)) return f as EnvFormat;
  throw new AtmosError(`unknown env format "${value}"`, {
    code: 'INVALID_FLAG_VALUE',
    explanation: `--format must be one of ${ENV_FORMATS.join(', ')}.`,
    hint: 'Use e.g. `atmos-ts toolchain env --format fish`.',
  });
}

export interface EnvRenderInput {
  /** Toolchain bin directories, highest precedence first. */
  dirs: string[];
  /** The PATH the result extends (dotenv/json only). */
  currentPath?: string;
  /** PATH list separator: `:` on Unix, `;` on Windows. */
  delimiter: string;
}

/** `dirs` first, then the current PATH without entries that `dirs` already hold. */
export function joinPath(dirs: string[], currentPath: string | undefined, delimiter: string): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const d of [...dirs, ...(currentPath ? currentPath.split(delimiter) : [])]) {
    if (!d || seen.has(d)) continue;
    seen.add(d);
    out.push(d);
  }
  return out.join(delimiter);
}

/** POSIX shells: single quotes keep every character literal; a quote is closed, escaped, reopened. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** fish: inside single quotes only `\` and `'` are special. */
function fishQuote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** PowerShell single-quoted strings: a quote is doubled. */
function psQuote(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** dotenv: double quotes with backslash escapes (the form python-dotenv, docker and node read). */
function dotenvQuote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\n/g, '\\n')}"`;
}

/** Text for `format`, ending in a newline (empty when there are no directories, except json). */
export function renderEnv(format: EnvFormat, input: EnvRenderInput): string {
  const { dirs, delimiter } = input;
  switch (format) {
    case 'json':
      return `${JSON.stringify({ PATH: joinPath(dirs, input.currentPath, delimiter), path_entries: dirs }, null, 2)}\n`;
    case 'dotenv':
      return dirs.length ? `PATH=${dotenvQuote(joinPath(dirs, input.currentPath, delimiter))}\n` : '';
    case 'bash':
      return dirs.length ? `export PATH=${shellQuote(dirs.join(delimiter) + delimiter)}"$PATH"\n` : '';
    case 'fish':
      // fish keeps PATH as a list; `fish_add_path` would also persist, which `env` must not do.
      return dirs.length ? `set -gx PATH ${dirs.map(fishQuote).join(' ')} $PATH\n` : '';
    case 'powershell':
      return dirs.length ? `$env:PATH = ${psQuote(dirs.join(delimiter) + delimiter)} + $env:PATH\n` : '';
    case 'github':
      return renderGithubPath(dirs);
  }
}

/**
 * `$GITHUB_PATH` lines. The runner prepends each line in turn, so the LAST line ends up
 * first on PATH; the directories are written in reverse to keep our precedence order.
 */
export function renderGithubPath(dirs: string[]): string {
  return [...dirs]
    .reverse()
    .map((d) => `${d}\n`)
    .join('');
}
