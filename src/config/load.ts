import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import type { Logger } from '../common/logger.js';
import { cacheRoot } from '../common/paths.js';
import { atmosSchema, type AtmosConfig } from './schema.js';
import { formatIssue, formatWarnings, locateNode, parseYaml, sortIssues, validateConfig, type ConfigIssue, type ParsedYaml } from './validate.js';

export const CONFIG_FILE_NAMES = ['atmos.yaml', '.atmos.yaml', 'atmos.yml', '.atmos.yml'];

export interface LoadConfigOptions {
  /** `--config` flag: a file or a directory holding atmos.yaml. */
  configPath?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface LoadedConfig {
  /** The atmos.yaml in use, if any. */
  file?: string;
  /** Directory relative paths in the config resolve against (atmos.yaml's directory, else cwd). */
  baseDir: string;
  cwd: string;
  /** Cache root (`$XDG_CACHE_HOME/atmos`, `ATMOS_XDG_CACHE_HOME` wins). */
  cacheRoot: string;
  values: AtmosConfig;
  warnings: ConfigIssue[];
  env: NodeJS.ProcessEnv;
  /** File and line of a key path, for engine-level errors ("atmos.yaml:14: …"). */
  locate(path: readonly (string | number)[]): { file?: string; line?: number };
}

/** Git roots by directory: `git` is started at most once per directory and process. */
const gitRoots = new Map<string, string | undefined>();

/** Only asked when there is no atmos.yaml in the working directory (a spawn costs more than the rest of a load). */
function gitRoot(cwd: string): string | undefined {
  if (gitRoots.has(cwd)) return gitRoots.get(cwd);
  let root: string | undefined;
  try {
    root = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    root = undefined;
  }
  gitRoots.set(cwd, root);
  return root;
}

/** Parsed and validated configurations of this process, by everything the result depends on. */
interface LoadedValues {
  parsed?: ParsedYaml;
  value: AtmosConfig;
  warnings: ConfigIssue[];
}
const loadedValues = new Map<string, LoadedValues>();

/** Counters that let tests prove a process parses one atmos.yaml once. */
export const configLoadStats = { parses: 0 };

/** The environment variables a load can read, as part of the cache key. */
function envKey(env: NodeJS.ProcessEnv): string {
  return JSON.stringify(
    Object.keys(env)
      .sort()
      .map((k) => [k, env[k]]),
  );
}

function configInDir(dir: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const p = path.join(dir, name);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/** `--config` > `ATMOS_CLI_CONFIG_PATH` > current directory > git root. */
export function discoverConfigFile(options: LoadConfigOptions = {}): string | undefined {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  for (const [explicit, source] of [
    [options.configPath, '--config'],
    [env.ATMOS_CLI_CONFIG_PATH, 'ATMOS_CLI_CONFIG_PATH'],
  ] as const) {
    if (!explicit) continue;
    const p = path.resolve(cwd, explicit);
    if (existsSync(p) && statSync(p).isDirectory()) {
      const found = configInDir(p);
      if (found) return found;
      throw new AtmosError(`no atmos.yaml in ${p}`, {
        code: 'CONFIG_NOT_FOUND',
        explanation: `${source} points at a directory without ${CONFIG_FILE_NAMES.join(', ')}.`,
        hint: `Create ${path.join(p, 'atmos.yaml')} or point ${source} at an existing file.`,
      });
    }
    if (!existsSync(p)) {
      throw new AtmosError(`config file ${p} does not exist`, {
        code: 'CONFIG_NOT_FOUND',
        explanation: `${source} names a file that is not there.`,
        hint: `Check the path, or drop ${source} to use ./atmos.yaml.`,
      });
    }
    return p;
  }
  const here = configInDir(cwd);
  if (here) return here;
  const root = gitRoot(cwd);
  return root ? configInDir(root) : undefined;
}

/**
 * Load, validate and default the configuration: env > atmos.yaml > defaults.
 *
 * One command used to load atmos.yaml three times (`use:` check, custom commands, the command
 * itself), each a YAML parse and a validation. Within a process the result is reused as long
 * as the file's text, the directory and the environment are the same; every caller still gets
 * its own copy of the values (commands apply their flags to it).
 */
export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const file = discoverConfigFile({ ...options, cwd, env });
  const display = file ? path.relative(cwd, file) || file : undefined;
  const text = file ? readFileSync(file, 'utf8') : undefined;
  const key = JSON.stringify([file, display, text, envKey(env)]);
  let loaded = loadedValues.get(key);
  if (!loaded) {
    let parsed: ParsedYaml | undefined;
    configLoadStats.parses++;
    if (file) {
      const res = parseYaml(text!, display);
      if (res.issues.length > 0) throw configError(display!, res.issues);
      parsed = res.parsed;
    }
    const { value, errors, warnings: found } = validateConfig(atmosSchema, parsed, env);
    if (errors.length > 0) throw configError(display ?? 'configuration', sortIssues(errors));
    loaded = { parsed, value, warnings: sortIssues(found) };
    loadedValues.set(key, loaded);
  }
  const { parsed, value, warnings } = loaded;
  if (options.logger) warnOnce(options.logger, formatWarnings(warnings));
  return {
    file,
    baseDir: file ? path.dirname(file) : cwd,
    cwd,
    cacheRoot: cacheRoot(env),
    values: structuredClone(value),
    warnings,
    env,
    locate: (p) => locateNode(parsed, p),
  };
}

/**
 * One action or command loads the configuration several times (cache, toolchain, proxy);
 * the same warnings are printed once per logger, not once per load.
 */
const warned = new WeakMap<Logger, Set<string>>();

function warnOnce(logger: Logger, warnings: ReturnType<typeof formatWarnings>): void {
  const seen = warned.get(logger) ?? new Set<string>();
  warned.set(logger, seen);
  for (const w of warnings) {
    if (seen.has(w.message)) continue;
    seen.add(w.message);
    logger.warn(w.message, { file: w.file, line: w.line });
  }
}

export function configError(file: string, issues: ConfigIssue[]): AtmosError {
  const first = issues[0];
  return new AtmosError(`${file} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'})`, {
    code: 'CONFIG_INVALID',
    explanation: issues.map(formatIssue).join('\n'),
    hint: 'Fix the keys listed above; each line names the file, line and key, and what is allowed.',
    context: { file: first?.file, line: first?.line },
  });
}

/** Apply CLI flag values on top of a loaded config (flags beat env and file). */
export function applyOverrides(config: LoadedConfig, overrides: Record<string, unknown>): LoadedConfig {
  for (const [dotted, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const keys = dotted.split('.');
    let target = config.values as unknown as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) {
      if (typeof target[k] !== 'object' || target[k] === null) target[k] = {};
      target = target[k] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = value;
  }
  return config;
}
