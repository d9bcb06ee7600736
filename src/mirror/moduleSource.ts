import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as tar from 'tar';
import { AtmosError, errorMessage } from '../common/errors.js';
import { archiveFormat, extractAsset } from '../common/extract.js';
import { sha256File } from './hashes.js';
import { UpstreamError, type Upstream } from './upstream.js';

const execFileAsync = promisify(execFile);

/**
 * A module package location as the registry returned it (go-getter syntax), split into
 * the package itself (`base`, what we fetch and cache once) and the `//subdir` inside it
 * (kept out of the cache key, so a mono-repo used by many modules is fetched once).
 */
export type ModuleSourcePlan =
  | { kind: 'git'; base: string; repoUrl: string; ref?: string; subdir?: string; id: string }
  | { kind: 'http'; base: string; fetchUrl: string; format: string; checksum?: string; subdir?: string; id: string }
  /** Something we cannot fetch without the user's credentials or tools (s3::, gcs::, hg::, ssh keys): handed to the client unchanged. */
  | { kind: 'passthrough'; location: string };

const ARCHIVE_SUFFIXES = ['tar.gz', 'tgz', 'tar.bz2', 'tbz2', 'tar.xz', 'txz', 'zip'];

export function archiveId(base: string): string {
  return createHash('sha256').update(base).digest('hex').slice(0, 32);
}

/** go-getter's SourceDirSubdir: the first `//` after the scheme separator starts the subdir; the query stays with the package. */
export function splitSubdir(source: string): { base: string; subdir?: string } {
  const forced = /^([a-z0-9]+)::/i.exec(source);
  const prefix = forced ? forced[0] : '';
  let rest = source.slice(prefix.length);
  let query = '';
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q);
    rest = rest.slice(0, q);
  }
  const schemeEnd = rest.indexOf('://');
  const searchFrom = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const idx = rest.indexOf('//', searchFrom);
  if (idx < 0) return { base: `${prefix}${rest}${query}` };
  const subdir = rest.slice(idx + 2).replace(/^\/+|\/+$/g, '');
  return { base: `${prefix}${rest.slice(0, idx)}${query}`, subdir: subdir || undefined };
}

/** Expand Terraform's shorthands (`github.com/o/r`, `bitbucket.org/o/r`) the way its module installer does. */
function expandShorthand(source: string): string {
  const gh = /^(github\.com|bitbucket\.org)\/([^/?]+)\/([^/?]+)(.*)$/i.exec(source);
  if (gh) {
    const repo = gh[3].replace(/\.git$/, '');
    return `git::https://${gh[1]}/${gh[2]}/${repo}.git${gh[4]}`;
  }
  return source;
}

export function planModuleSource(location: string): ModuleSourcePlan {
  const expanded = expandShorthand(location.trim());
  const { base, subdir } = splitSubdir(expanded);
  if (base.startsWith('git::')) {
    const raw = base.slice('git::'.length);
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return { kind: 'passthrough', location }; // scp-style git@host:path needs the user's SSH keys
    }
    if (!['https:', 'http:', 'file:'].includes(url.protocol) || url.searchParams.has('sshkey')) return { kind: 'passthrough', location };
    const ref = url.searchParams.get('ref') ?? undefined;
    url.searchParams.delete('ref');
    url.searchParams.delete('depth');
    return { kind: 'git', base, repoUrl: url.toString(), ref, subdir, id: archiveId(base) };
  }
  if (/^https?:\/\//i.test(base)) {
    const url = new URL(base);
    const hint = url.searchParams.get('archive');
    const checksum = url.searchParams.get('checksum') ?? undefined;
    url.searchParams.delete('archive');
    url.searchParams.delete('checksum');
    const lower = url.pathname.toLowerCase();
    const format = hint ?? ARCHIVE_SUFFIXES.find((s) => lower.endsWith(`.${s}`));
    // No archive hint: go-getter would follow `terraform-get` meta redirects; leave that to the client.
    if (!format || format === 'false') return { kind: 'passthrough', location };
    return { kind: 'http', base, fetchUrl: url.toString(), format, checksum, subdir, id: archiveId(base) };
  }
  return { kind: 'passthrough', location };
}

/**
 * Fetch a module package into `dest` as a `.tar.gz` whose root is the package root:
 * git sources with the system `git` (shallow, at the ref, submodules included, `.git`
 * dropped); HTTP archives downloaded (with upstream credentials for that host), their
 * `checksum=` verified, tar.gz kept byte-for-byte and other formats repacked.
 */
export async function fetchModuleArchive(
  plan: Exclude<ModuleSourcePlan, { kind: 'passthrough' }>,
  dest: string,
  options: { upstream: Upstream; signal?: AbortSignal; onBytes?: (n: number) => void },
): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-tf-modsrc-'));
  try {
    if (plan.kind === 'git') {
      const dir = path.join(work, 'src');
      await gitCheckout(plan.repoUrl, plan.ref, dir, options.signal);
      await packDir(dir, dest);
      return;
    }
    const file = path.join(work, 'download');
    await options.upstream.download(plan.fetchUrl, file, { signal: options.signal, onBytes: options.onBytes });
    if (plan.checksum) await verifyChecksum(file, plan.checksum, plan.fetchUrl);
    const format = archiveFormat(plan.format, `x.${plan.format}`);
    if (format === 'tar.gz') {
      await fs.copyFile(file, dest);
      return;
    }
    const dir = path.join(work, 'src');
    await extractAsset(file, format, dir, 'package');
    await packDir(dir, dest);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

async function verifyChecksum(file: string, checksum: string, url: string): Promise<void> {
  const [algo, want] = checksum.split(':');
  if (algo !== 'sha256' || !want) return; // other algorithms: the client verifies them against the original
  const got = await sha256File(file);
  if (got !== want.toLowerCase()) throw new UpstreamError(url, `checksum sha256:${got} does not match ${checksum}`, 'CHECKSUM_MISMATCH');
}

async function git(args: string[], cwd: string, signal: AbortSignal | undefined, remote: string): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, {
      cwd,
      signal,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' },
    });
    return stdout;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    // An unreachable repository is an upstream failure (502 naming it), not a proxy bug.
    throw new UpstreamError(remote, `git ${args[0]} failed: ${stderr || errorMessage(err)}`, 'MODULE_SOURCE_FETCH', err);
  }
}

/** Shallow fetch of exactly one ref (tag, branch or commit) — no full history. */
async function gitCheckout(repoUrl: string, ref: string | undefined, dir: string, signal?: AbortSignal): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  await git(['init', '-q'], dir, signal, repoUrl);
  await git(['remote', 'add', 'origin', repoUrl], dir, signal, repoUrl);
  try {
    await git(['fetch', '-q', '--depth', '1', 'origin', ref ?? 'HEAD'], dir, signal, repoUrl);
  } catch (err) {
    // Servers that refuse fetching an unadvertised commit: fall back to the full history.
    if (!ref || !/^[0-9a-f]{7,40}$/i.test(ref)) throw err;
    await git(['fetch', '-q', 'origin'], dir, signal, repoUrl);
  }
  await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', ref && /^[0-9a-f]{7,40}$/i.test(ref) ? ref : 'FETCH_HEAD'], dir, signal, repoUrl).catch(
    async (err: unknown) => {
      if (ref) await git(['checkout', '-q', 'FETCH_HEAD'], dir, signal, repoUrl);
      else throw err;
    },
  );
  if (
    await fs.stat(path.join(dir, '.gitmodules')).then(
      () => true,
      () => false,
    )
  ) {
    await git(['submodule', 'update', '-q', '--init', '--recursive', '--depth', '1'], dir, signal, repoUrl);
  }
  await fs.rm(path.join(dir, '.git'), { recursive: true, force: true });
}

/** tar.gz of a directory's contents (root = the directory), modes and symlinks kept, stable order. */
async function packDir(dir: string, dest: string): Promise<void> {
  const entries = (await fs.readdir(dir)).sort();
  if (entries.length === 0) throw new AtmosError('module package is empty', { code: 'MODULE_SOURCE_FETCH' });
  await tar.c({ gzip: true, cwd: dir, file: dest, portable: true, follow: false }, entries);
}
