/**
 * Git mirrors for direct `git::` module sources. Terraform fetches a `git::` source written
 * in a root module with its own `git`, so the registry cache never sees it. We keep a
 * `git clone --mirror` of each such repository under `<cache root>/git/<id>.git`, refresh it
 * when older than the metadata TTL (a failed refresh keeps the old copy: stale-if-error),
 * and point Terraform's git at it through `url.<mirror>.insteadOf` in the child's
 * environment (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), which needs no
 * change to the user's files or global git config. Offline, mirrors are used whatever their
 * age and a missing one fails naming the repository.
 */

import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { writeFileAtomic } from '../common/atomicFile.js';
import { AtmosError, errorMessage } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';
import { silentLogger, type Logger } from '../common/logger.js';
import { isOffline, offlineError } from '../common/offline.js';

const execFileAsync = promisify(execFile);

/** Written inside each mirror (git ignores unknown files at the top of a bare repository). */
export const MIRROR_INFO = 'atmos-mirror.json';

export interface MirrorInfo {
  /** The repository URL as Terraform's git asks for it (no `git::`, query or `//subdir`). */
  url: string;
  /** Last successful clone or fetch (ms since epoch). */
  fetchedAt: number;
}

export interface GitMirrorOptions {
  /** Directory holding the mirrors (`<cache root>/git`). */
  root: string;
  /** Refresh a mirror older than this (ms); 0 or less: never refresh an existing mirror. */
  ttlMs: number;
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export interface MirrorResult {
  url: string;
  dir: string;
  state: 'fresh' | 'cloned' | 'fetched' | 'stale-if-error' | 'offline';
}

/** `<cache root>/git`. */
export function gitMirrorRoot(cacheRoot: string): string {
  return path.join(cacheRoot, 'git');
}

/** Directory name of a repository's mirror: a hash of its URL (URLs may carry anything). */
export function mirrorId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 32);
}

export function mirrorDir(root: string, url: string): string {
  return path.join(root, `${mirrorId(url)}.git`);
}

/**
 * The repository URL of a `git::` source, as go-getter hands it to `git clone`:
 * `git::https://h/r.git//sub?ref=v1` → `https://h/r.git`. Undefined for other sources and for
 * scp-style `git@host:path` (those need the user's SSH setup; left to Terraform).
 */
export function gitRepoUrl(source: string): string | undefined {
  if (!source.startsWith('git::')) return undefined;
  let rest = source.slice('git::'.length);
  const q = rest.indexOf('?');
  if (q >= 0) rest = rest.slice(0, q);
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (!scheme) return undefined;
  const sub = rest.indexOf('//', scheme[0].length);
  if (sub >= 0) rest = rest.slice(0, sub);
  return rest;
}

/**
 * `git::` module sources of a root module: its `*.tf` files, and those of the local modules
 * (`./…`, `../…`) it calls, recursively. Returns repository URLs, sorted and unique.
 */
export async function gitSourcesIn(dir: string): Promise<string[]> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const visit = async (d: string): Promise<void> => {
    const abs = path.resolve(d);
    if (seen.has(abs) || seen.size > 200) return;
    seen.add(abs);
    const names = (await fs.readdir(abs).catch(() => [] as string[])).filter((n) => n.endsWith('.tf')).sort();
    for (const name of names) {
      const text = await fs.readFile(path.join(abs, name), 'utf8').catch(() => '');
      for (const m of text.matchAll(/^\s*source\s*=\s*"([^"]+)"/gm)) {
        const source = m[1]!;
        const url = gitRepoUrl(source);
        if (url) found.add(url);
        else if (source.startsWith('./') || source.startsWith('../')) await visit(path.join(abs, source));
      }
    }
  };
  await visit(dir);
  return [...found].sort();
}

async function readInfo(dir: string): Promise<MirrorInfo | undefined> {
  try {
    const info = JSON.parse(await fs.readFile(path.join(dir, MIRROR_INFO), 'utf8')) as MirrorInfo;
    return typeof info.fetchedAt === 'number' ? info : undefined;
  } catch {
    return undefined;
  }
}

async function git(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  // No prompts: a mirror refresh must fail, not hang, when credentials are missing.
  await execFileAsync('git', args, { env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 });
}

/**
 * Make sure the mirror of `url` exists and is fresh enough. One process at a time per
 * mirror (file lock); a new mirror is cloned into a temp sibling and renamed, so a killed
 * clone never leaves a half mirror that looks usable.
 */
export async function ensureMirror(url: string, options: GitMirrorOptions): Promise<MirrorResult> {
  const env = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const dir = mirrorDir(options.root, url);
  await fs.mkdir(options.root, { recursive: true });
  return withFileLock(dir, async () => {
    const info = await readInfo(dir);
    if (info) {
      if (isOffline(env)) return { url, dir, state: 'offline' };
      if (options.ttlMs <= 0 || Date.now() - info.fetchedAt < options.ttlMs) return { url, dir, state: 'fresh' };
      try {
        await git(['--git-dir', dir, 'remote', 'update', '--prune'], env);
        await writeFileAtomic(path.join(dir, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() } satisfies MirrorInfo));
        return { url, dir, state: 'fetched' };
      } catch (err) {
        const ageH = ((Date.now() - info.fetchedAt) / 3_600_000).toFixed(1);
        logger.warn(`git mirror: refreshing ${url} failed (${firstLine(err)}); using the copy from ${ageH} h ago`);
        return { url, dir, state: 'stale-if-error' };
      }
    }
    if (isOffline(env)) throw offlineError(`git repository ${url}`, url);
    await fs.rm(dir, { recursive: true, force: true });
    const tmp = path.join(options.root, `.${mirrorId(url)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
    try {
      logger.info(`git mirror: cloning ${url}`);
      await git(['clone', '--mirror', '-q', url, tmp], env);
      await writeFileAtomic(path.join(tmp, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() } satisfies MirrorInfo));
      await fs.rename(tmp, dir);
    } catch (err) {
      await fs.rm(tmp, { recursive: true, force: true });
      throw new AtmosError(`cannot mirror git repository ${url}`, {
        code: 'GIT_MIRROR_FAILED',
        explanation: firstLine(err),
        hint: 'Check the URL and your git credentials; Terraform would fail to fetch it the same way.',
        cause: err,
      });
    }
    return { url, dir, state: 'cloned' };
  });
}

function firstLine(err: unknown): string {
  const stderr = (err as { stderr?: string }).stderr?.trim();
  return (stderr || errorMessage(err)).split('\n').filter(Boolean).pop() ?? 'failed';
}

/**
 * Environment entries that make `git` fetch each repository from its mirror: one
 * `url.file://<mirror>.insteadOf <url>` per mirror, appended after any GIT_CONFIG_* entries
 * the environment already has.
 */
export function insteadOfEnv(mirrors: Pick<MirrorResult, 'url' | 'dir'>[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  let n = Number(env.GIT_CONFIG_COUNT ?? 0);
  if (!Number.isInteger(n) || n < 0) n = 0;
  for (const m of mirrors) {
    out[`GIT_CONFIG_KEY_${n}`] = `url.file://${m.dir}.insteadOf`;
    out[`GIT_CONFIG_VALUE_${n}`] = m.url;
    n++;
  }
  if (mirrors.length > 0) out.GIT_CONFIG_COUNT = String(n);
  return out;
}

/** Mirror every `git::` source of the root module in `dir`; returns the env for Terraform. */
export async function mirrorGitSources(dir: string, options: GitMirrorOptions): Promise<{ mirrors: MirrorResult[]; env: Record<string, string> }> {
  const urls = await gitSourcesIn(dir);
  const mirrors: MirrorResult[] = [];
  for (const url of urls) mirrors.push(await ensureMirror(url, options));
  return { mirrors, env: insteadOfEnv(mirrors, options.env) };
}
