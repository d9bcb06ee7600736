import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Runs a bundled action (`dist/<name>/index.js`) the way the GitHub runner does:
 * `INPUT_*` env vars, `GITHUB_OUTPUT`/`GITHUB_STATE`/`GITHUB_ENV`/`GITHUB_PATH`/
 * `GITHUB_STEP_SUMMARY` files, `STATE_*` from the main phase passed to the post phase,
 * cwd = GITHUB_WORKSPACE, RUNNER_TEMP and RUNNER_TOOL_CACHE set.
 */
export interface RunnerDirs {
  root: string;
  workspace: string;
  temp: string;
  toolCache: string;
  files: { output: string; state: string; env: string; path: string; summary: string };
}

export function makeRunnerDirs(root: string): RunnerDirs {
  const dirs: RunnerDirs = {
    root,
    workspace: path.join(root, 'workspace'),
    temp: path.join(root, 'runner-temp'),
    toolCache: path.join(root, 'tool-cache'),
    files: {
      output: path.join(root, 'github', 'output'),
      state: path.join(root, 'github', 'state'),
      env: path.join(root, 'github', 'env'),
      path: path.join(root, 'github', 'path'),
      summary: path.join(root, 'github', 'step_summary'),
    },
  };
  for (const d of [dirs.workspace, dirs.temp, dirs.toolCache, path.dirname(dirs.files.output)]) mkdirSync(d, { recursive: true });
  for (const f of Object.values(dirs.files)) if (!existsSync(f)) writeFileSync(f, '');
  return dirs;
}

export interface ActionRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Outputs written during this run. */
  outputs: Record<string, string>;
  /** State saved during this run (to pass to the post phase as STATE_*). */
  state: Record<string, string>;
  /** Variables exported during this run. */
  exported: Record<string, string>;
  /** Lines added to GITHUB_PATH during this run. */
  pathAdded: string[];
  summary: string;
  /** Values masked with ::add-mask:: */
  masks: string[];
}

export interface RunActionOptions {
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** State from the main phase (its `state`), for the post phase. */
  state?: Record<string, string>;
  timeoutMs?: number;
}

/** Parse a GitHub file-command file (`name=value` lines and `name<<DELIM … DELIM` heredocs). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function readSince(file: string, offset: number): string {
  return readFileSync(file, 'utf8').slice(offset);
}

/** The environment the runner gives an action step in `dirs` (plus `extra`). */
export function runnerEnv(dirs: RunnerDirs, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    RUNNER_OS: process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    GITHUB_OUTPUT: dirs.files.output,
    GITHUB_STATE: dirs.files.state,
    GITHUB_ENV: dirs.files.env,
    GITHUB_PATH: dirs.files.path,
    GITHUB_STEP_SUMMARY: dirs.files.summary,
    NO_PROXY: '127.0.0.1,localhost',
    ...extra,
  };
}

export async function runAction(bundle: string, dirs: RunnerDirs, options: RunActionOptions = {}): Promise<ActionRun> {
  const sizes = Object.fromEntries(Object.entries(dirs.files).map(([k, f]) => [k, readFileSync(f, 'utf8').length])) as Record<
    keyof RunnerDirs['files'],
    number
  >;
  const env = runnerEnv(dirs, options.env);
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;
  const child = spawn(process.execPath, [bundle], { cwd: dirs.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
  clearTimeout(timer);
  return {
    code,
    signal,
    stdout,
    stderr,
    outputs: parseCommandFile(readSince(dirs.files.output, sizes.output)),
    state: parseCommandFile(readSince(dirs.files.state, sizes.state)),
    exported: parseCommandFile(readSince(dirs.files.env, sizes.env)),
    pathAdded: readSince(dirs.files.path, sizes.path).split('\n').filter(Boolean),
    summary: readSince(dirs.files.summary, sizes.summary),
    masks: [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]),
  };
}
