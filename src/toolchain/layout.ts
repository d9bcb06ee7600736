import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The install root's on-disk layout (Atmos §1.10):
 *   bin/<owner>/<repo>/<version>/<binary>      installed versions, side by side
 *   bin/<owner>/<repo>/<version>/.atmos-install.json   what was installed, from where (read by warm lookups)
 *   bin/<owner>/<repo>/<version>.lock          per-version cross-process install lock
 *   downloads/<owner>/<repo>/<version>/<os_arch>/<asset>   download cache (`clean --cache-only`)
 *   tmp/                                       staging dirs; same filesystem as bin/, so rename is atomic
 */
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
  /** Command names installed in this directory (first = main binary). */
  binaries: string[];
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

  async readMeta(owner: string, repo: string, version: string): Promise<InstallMeta | undefined> {
    try {
      return JSON.parse(await fs.readFile(path.join(this.versionDir(owner, repo, version), INSTALL_META), 'utf8')) as InstallMeta;
    } catch {
      return undefined;
    }
  }

  /** Installed versions of one repo (directories holding a complete install). */
  async installedVersions(owner: string, repo: string): Promise<string[]> {
    let entries: string[];
    try {
      entries = await fs.readdir(this.repoDir(owner, repo));
    } catch {
      return [];
    }
    const out: string[] = [];
    for (const e of entries) {
      if (e.startsWith('.') || e.endsWith('.lock')) continue;
      try {
        await fs.access(path.join(this.repoDir(owner, repo), e, INSTALL_META));
        out.push(e);
      } catch {
        /* not a finished install */
      }
    }
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

/** Versions and asset names become directory names; refuse separators and dot-dot. */
export function safeSegment(s: string): string {
  if (!s || s === '.' || s === '..' || /[/\\\0]/.test(s)) return encodeURIComponent(s || '_').replace(/\./g, '%2E');
  return s;
}
