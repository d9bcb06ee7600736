import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';
import { restoreAtomically } from '../staging.js';
import type { CacheBackend, CacheRequest, RestoreResult, SaveResult } from './types.js';

/**
 * The GitHub Actions cache (Cache Service v2) through the real `@actions/cache`: the
 * same archive format, zstd when available, chunked uploads and retries as
 * `actions/cache`. The library reads the process environment and the working directory,
 * so each call runs with cwd = GITHUB_WORKSPACE = cache root and relative patterns:
 * the entry version is then independent of where the root lives, and the tar entries
 * are root-relative.
 */
export class GitHubCacheBackend implements CacheBackend {
  readonly name = 'github' as const;

  async restore(req: CacheRequest, options: { lookupOnly?: boolean } = {}): Promise<RestoreResult> {
    requireRuntime(req.env);
    await fs.mkdir(req.paths.root, { recursive: true });
    const cache = await import('@actions/cache');
    const run = (root: string) =>
      withLibraryEnv({ ...req, paths: { ...req.paths, root } }, () =>
        cache.restoreCache([...req.paths.patterns], req.key, req.restoreKeys, { lookupOnly: options.lookupOnly }, false),
      );
    // The library extracts into GITHUB_WORKSPACE: point it at a staging directory and move complete files into place.
    const { value, notes } = options.lookupOnly ? await run(req.paths.root) : await restoreAtomically(req.paths.root, run, (r) => r.value !== undefined);
    const problem = explainProblems(notes, 'restore', req.logger, req.env);
    return { matchedKey: value, problem };
  }

  async save(req: CacheRequest): Promise<SaveResult> {
    requireRuntime(req.env);
    // ACTIONS_CACHE_MODE=read|none: the library would answer -1 without a request; say why up front.
    if (/^(read|none)$/i.test(req.env.ACTIONS_CACHE_MODE ?? '')) {
      return { status: 'denied', message: `saving is disabled for this job (ACTIONS_CACHE_MODE=${req.env.ACTIONS_CACHE_MODE})` };
    }
    if (!(await fs.stat(req.paths.root).catch(() => undefined))?.isDirectory()) {
      return { status: 'empty', message: `nothing to save: ${req.paths.root} does not exist` };
    }
    const cache = await import('@actions/cache');
    let id: number;
    let notes: LibraryNote[];
    try {
      ({ value: id, notes } = await withLibraryEnv(req, () => cache.saveCache([...req.paths.patterns], req.key, undefined, false)));
    } catch (err) {
      const msg = errorMessage(err);
      if (/Path Validation Error/.test(msg)) return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
      throw new AtmosError(`cache save failed: ${msg}`, { code: 'CACHE_SAVE_FAILED', cause: err });
    }
    if (id > 0) return { status: 'saved' };
    // The library folds every CreateCacheEntry failure into "Unable to reserve cache …";
    // its debug line ("Failed to reserve cache: …") carries the real cause.
    const all = notes.map((n) => n.text).join('\n');
    if (/cache write denied/i.test(all)) {
      return {
        status: 'denied',
        message:
          'the cache service denied the write: this run has a read-only cache token (untrusted trigger such as pull_request_target or a fork workflow_run). Restores still work; saves happen on trusted runs.',
      };
    }
    if (!/Rate limited|\(429\)/i.test(all) && !unreachable(all) && /\(409\)|already exists/i.test(all)) {
      return { status: 'exists', message: `an entry with key ${req.key} already exists (entries are write-once)` };
    }
    // Without this the library's own words would blame "another job may be creating this cache".
    const problem = explainProblems(notes, 'save', undefined, req.env) ?? 'the cache service did not accept the entry';
    return { status: 'failed', message: problem };
  }
}

/** Inside a runner's JavaScript action (or a step given its runtime variables). */
export function hasActionsRuntime(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}

export function requireRuntime(env: NodeJS.ProcessEnv): void {
  if (hasActionsRuntime(env)) return;
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
  throw new AtmosError('the GitHub Actions cache is not available here', {
    code: 'CACHE_UNAVAILABLE',
    explanation:
      `Saving and restoring the GitHub Actions cache needs the job's runtime credentials (${missing.join(' and ')} not set). ` +
      'GitHub gives them only to JavaScript action steps, never to `run:` steps or to a workstation.',
    hint:
      'In a workflow, use the atmos-ts `actions/cache` action, or add the `actions/github-runtime` action before this step and pass its ' +
      'outputs as ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL env. Outside CI use `atmos-ts ci cache list` / `delete` (REST API, ' +
      'token from --github-token, GITHUB_TOKEN or `gh auth token`), or `ci.cache.backend: dir` for a shared directory.',
  });
}

interface LibraryNote {
  level: 'warning' | 'error' | 'info' | 'debug';
  text: string;
}

/** Variables the library reads from process.env; copied from the request's env for the call. */
const PASSED_VARS = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'GITHUB_SERVER_URL',
  'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
  'RUNNER_TEMP',
  'NO_PROXY',
  'no_proxy',
];

let queue: Promise<unknown> = Promise.resolve();

/**
 * Run a library call with the environment and cwd it needs, capturing its workflow
 * commands: its warnings ("Failed to save: …") are classified by us instead of being
 * printed raw, its progress goes to our logger, and `::add-mask::` lines still reach
 * the runner. Calls are serialised because env and cwd are process-wide.
 */
async function withLibraryEnv<T>(req: CacheRequest, fn: () => Promise<T>): Promise<{ value: T; notes: LibraryNote[] }> {
  const run = queue.then(async () => {
    const saved: Record<string, string | undefined> = {};
    const set = (k: string, v: string | undefined) => {
      if (!(k in saved)) saved[k] = process.env[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    };
    for (const k of PASSED_VARS) if (req.env[k] !== undefined) set(k, req.env[k]);
    // v1 ("artifactcache") is retired on github.com; the runtime variables alone mean v2.
    if (!req.env.ACTIONS_CACHE_SERVICE_V2) set('ACTIONS_CACHE_SERVICE_V2', 'true');
    set('GITHUB_WORKSPACE', req.paths.root);
    const runnerTemp = req.env.RUNNER_TEMP || path.join(os.tmpdir(), 'atmos-ts-runner-temp');
    await fs.mkdir(runnerTemp, { recursive: true });
    set('RUNNER_TEMP', runnerTemp);
    const cwd = process.cwd();
    process.chdir(req.paths.root);
    const notes: LibraryNote[] = [];
    const restoreStdout = captureStdout(notes, req.logger, req.env);
    try {
      return { value: await fn(), notes };
    } finally {
      restoreStdout();
      process.chdir(cwd);
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

function captureStdout(notes: LibraryNote[], logger: Logger, env: NodeJS.ProcessEnv): () => void {
  const original = process.stdout.write;
  const inRunner = env.GITHUB_ACTIONS === 'true';
  let forwarding = false;
  let pending = '';
  const handleLine = (line: string) => {
    const cmd = /^::(warning|error|debug|add-mask)(?: [^:]*)?::(.*)$/.exec(line);
    if (cmd) {
      const [, kind, text] = cmd;
      if (kind === 'add-mask') {
        if (inRunner) original.call(process.stdout, `${line}\n`);
        return;
      }
      notes.push({ level: kind as LibraryNote['level'], text: unescape(text) });
      if (kind === 'debug') logger.debug(unescape(text));
      return;
    }
    if (/^Failed to (save|restore):/.test(line) || /^Cache reservation failed/.test(line)) {
      notes.push({ level: 'info', text: line });
      return;
    }
    if (/^(Sent|Received) \d|^Cache Size|^Cache hit for/.test(line)) logger.info(line);
    else if (line.trim()) logger.debug(line);
  };
  process.stdout.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    if (forwarding) return (original as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
    forwarding = true;
    try {
      pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
      let nl = pending.indexOf('\n');
      while (nl >= 0) {
        handleLine(pending.slice(0, nl).replace(/\r$/, ''));
        pending = pending.slice(nl + 1);
        nl = pending.indexOf('\n');
      }
    } finally {
      forwarding = false;
    }
    const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    cb?.();
    return true;
  } as typeof process.stdout.write;
  return () => {
    process.stdout.write = original;
    if (pending) handleLine(pending);
  };
}

function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Turn the library's swallowed failures into one clear sentence (and warn once). */
function explainProblems(notes: LibraryNote[], op: 'restore' | 'save', logger: Logger | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const failures = notes.filter((n) => n.level === 'warning' || n.level === 'error' || /^Failed to (save|restore)/.test(n.text));
  if (failures.length === 0) return undefined;
  const all = notes.map((n) => n.text).join('\n');
  const network = unreachable(all);
  let message: string;
  if (network) {
    const where = network.service ? `the cache service at ${serviceHost(env)}` : 'the cache storage';
    message = `${where} could not be reached (${network.code}); the ${op} was skipped. Check the runner's network access to it.`;
  } else if (/Rate limited|\(429\)/i.test(all)) {
    const after = /reset in (\d+) seconds/i.exec(notes.map((n) => n.text).join('\n'));
    message = `the cache service rate-limited this ${op} (HTTP 429${after ? `, retry after ${after[1]} s` : ''}); continuing without it`;
  } else if (/quota|insufficient usage/i.test(all)) {
    message = `the repository's cache storage quota is used up; the ${op} was skipped (delete old entries with \`atmos-ts ci cache delete\`)`;
  } else if (/\((5\d\d)\)|Received non-retryable|Attempt \d of \d/i.test(all)) {
    message = `the cache service failed (server error) during ${op}, after retries: ${failures[failures.length - 1].text}`;
  } else if (/cache read denied/i.test(all)) {
    message = `the cache service denied reading: ${failures[failures.length - 1].text}`;
  } else {
    message = `cache ${op} problem: ${failures[failures.length - 1].text}`;
  }
  logger?.warn(message);
  return message;
}

/**
 * A connection-level failure in the library's notes. "Unable to make request: CODE" is how
 * its cache-service client reports one; a bare code comes from the blob storage client.
 */
function unreachable(all: string): { code: string; service: boolean } | undefined {
  const service = /Unable to make request: ([A-Z_]+)/.exec(all);
  if (service) return { code: service[1], service: true };
  const other = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b/.exec(all);
  return other ? { code: other[1], service: false } : undefined;
}

function serviceHost(env: NodeJS.ProcessEnv): string {
  try {
    return new URL(env.ACTIONS_RESULTS_URL ?? '').host;
  } catch {
    return String(env.ACTIONS_RESULTS_URL);
  }
}
