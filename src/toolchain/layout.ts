/**
 * The install root's on-disk layout (Atmos §1.10):
 *   bin/<owner>/<repo>/<version>/<binary>      installed versions, side by side
 *   bin/<owner>/<repo>/<version>/.atmos-install.json   the install marker: what was installed, from where,
 *                                              each binary's size; written last (read by warm lookups)
 *   bin/<owner>/<repo>/<version>.lock          per-version cross-process install lock
 *   downloads/<owner>/<repo>/<version>/<os_arch>/<asset>   download cache (`clean --cache-only`)
 *   tmp/                                       staging dirs; same filesystem as bin/, so rename is atomic
 */

import { promises as fs } from 'node:fs';
import path from 'node:path';

export const INSTALL_META = '.atmos-install.json';

export interface InstallMeta {
  name: string;
  repoOwner: string;
  repoName: string;
  version: string;
  platform: string;
  url: string;
  checksum?: string;
  checksumAlgorithm?: string;
  size?: number;
  /** Signatures and provenance verified at install (kind, subject, signer). */
  signatures?: { kind: string; subject: string; signer: string; issuer?: string }[];
  /** Command names installed in this directory (first = main binary). */
  binaries: string[];
  /**
   * Size in bytes of each binary, so a truncated or missing one (a killed copy or restore)
   * is seen with a stat. Absent in markers written before sizes were recorded.
   */
  binarySizes?: Record<string, number>;
  /** Names the tool was asked for (aliases), so warm lookups find it without the registry. */
  names: string[];
  registry: string;
  installedAt: string;
}

export class InstallLayout {
  constructor(readonly root: string) {}

  get binRoot(): string {
    return path.join(this.root, 'bin');
  }

  repoDir(owner: string, repo: string): string {
    return path.join(this.root, 'bin', owner, repo);
  }

  versionDir(owner: string, repo: string, version: string): string {
    return path.join(this.repoDir(owner, repo), safeSegment(version));
  }

  downloadsRoot(): string {
    return path.join(this.root, 'downloads');
  }

  downloadPath(owner: string, repo: string, version: string, platformKey: string, asset: string): string {
    return path.join(this.downloadsRoot(), owner, repo, safeSegment(version), platformKey, safeSegment(asset));
  }

  tmpRoot(): string {
    return path.join(this.root, 'tmp');
  }

  /** The install marker as recorded (parsed only: the binaries are not checked). */
  async readMeta(owner: string, repo: string, version: string): Promise<InstallMeta | undefined> {
    return readMarker(this.versionDir(owner, repo, version));
  }

  /** The marker of a complete install, else undefined (see {@link checkInstall}). */
  async readInstalled(owner: string, repo: string, version: string): Promise<InstallMeta | undefined> {
    const c = await this.checkInstall(owner, repo, version);
    return c.state === 'complete' ? c.meta : undefined;
  }

  /**
   * Installed means complete: the marker parses and every binary it declares is a regular
   * file of the recorded size. A marker without sizes (written before they were recorded)
   * only needs the binaries to exist and be non-empty.
   */
  async checkInstall(owner: string, repo: string, version: string): Promise<InstallCheck> {
    const dir = this.versionDir(owner, repo, version);
    const meta = await readMarker(dir);
    if (!meta) return (await isDir(dir)) ? { state: 'incomplete', problem: `${INSTALL_META} is missing or unreadable` } : { state: 'absent' };
    const problem = await binaryProblem(dir, meta);
    return problem ? { state: 'incomplete', meta, problem } : { state: 'complete', meta };
  }

  /** Every version directory of one repo, complete or not (for uninstall and name lookups). */
  async versionDirs(owner: string, repo: string): Promise<string[]> {
    let entries;
    try {
      entries = await fs.readdir(this.repoDir(owner, repo), { withFileTypes: true });
    } catch {
      return [];
    }
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.endsWith('.lock')).map((e) => e.name);
  }

  /** Installed versions of one repo (complete installs only). */
  async installedVersions(owner: string, repo: string): Promise<string[]> {
    const out: string[] = [];
    for (const v of await this.versionDirs(owner, repo)) if ((await this.checkInstall(owner, repo, v)).state === 'complete') out.push(v);
    return out;
  }

  /** Every installed `owner/repo`. */
  async installedRepos(): Promise<{ owner: string; repo: string }[]> {
    const out: { owner: string; repo: string }[] = [];
    let owners: string[];
    try {
      owners = await fs.readdir(this.binRoot);
    } catch {
      return out;
    }
    for (const owner of owners) {
      if (owner.startsWith('.')) continue;
      let repos: string[] = [];
      try {
        repos = await fs.readdir(path.join(this.binRoot, owner));
      } catch {
        continue;
      }
      for (const repo of repos) if (!repo.startsWith('.') && !repo.endsWith('.lock')) out.push({ owner, repo });
    }
    return out;
  }
}

export type InstallCheck =
  | { state: 'complete'; meta: InstallMeta }
  | { state: 'absent' }
  /** Something is there but not a whole install (a killed copy, a truncated or deleted binary). */
  | { state: 'incomplete'; meta?: InstallMeta; problem: string };

async function readMarker(dir: string): Promise<InstallMeta | undefined> {
  try {
    const meta = JSON.parse(await fs.readFile(path.join(dir, INSTALL_META), 'utf8')) as InstallMeta;
    return Array.isArray(meta?.binaries) ? meta : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with the binaries a marker declares (one stat each), or undefined. */
async function binaryProblem(dir: string, meta: InstallMeta): Promise<string | undefined> {
  for (const name of meta.binaries) {
    const st = await fs.stat(path.join(dir, name)).catch(() => undefined);
    if (!st?.isFile()) return `${name} is missing`;
    const want = meta.binarySizes?.[name];
    if (want === undefined ? st.size === 0 : st.size !== want) {
      return `${name} is ${st.size} bytes, expected ${want ?? 'more than 0'}`;
    }
  }
  return undefined;
}

async function isDir(p: string): Promise<boolean> {
  return (await fs.stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

/** Versions and asset names become directory names; refuse separators and dot-dot. */
export function safeSegment(s: string): string {
  if (!s || s === '.' || s === '..' || /[/\\\0]/.test(s)) return encodeURIComponent(s || '_').replace(/\./g, '%2E');
  return s;
}
