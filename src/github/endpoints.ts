/**
 * GitHub (or GitHub Enterprise Server) base URLs and the token we may send there.
 * `GITHUB_SERVER_URL` / `GITHUB_API_URL` select GHES; tests point them at loopback fakes.
 */

import { execFileSync } from 'node:child_process';

export interface GitHubEndpoints {
  /** e.g. https://github.com or https://ghe.example.com */
  serverUrl: string;
  /** e.g. https://api.github.com or https://ghe.example.com/api/v3 */
  apiUrl: string;
}

export function githubEndpoints(env: NodeJS.ProcessEnv = process.env): GitHubEndpoints {
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  let apiUrl = env.GITHUB_API_URL?.replace(/\/+$/, '');
  if (!apiUrl) apiUrl = serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
  return { serverUrl, apiUrl };
}

const publicGitHubHosts = new Set([
  'github.com',
  'api.github.com',
  'uploads.github.com',
  'codeload.github.com',
  'raw.githubusercontent.com',
  'objects.githubusercontent.com',
  'release-assets.githubusercontent.com',
]);

/** True for hosts that belong to GitHub (public or the configured GHES): the only hosts that get a GitHub token. */
export function isGitHubHost(url: URL, endpoints: GitHubEndpoints): boolean {
  if (publicGitHubHosts.has(url.hostname)) return true;
  for (const base of [endpoints.serverUrl, endpoints.apiUrl]) {
    try {
      if (new URL(base).host === url.host) return true;
    } catch {
      /* ignore malformed env */
    }
  }
  return false;
}

export interface TokenOptions {
  /** `--github-token` flag value. */
  flag?: string;
  env?: NodeJS.ProcessEnv;
  /** Ask `gh auth token` as a last resort (list/delete of caches; not for installs). */
  allowGhCli?: boolean;
}

/** `--github-token` > `ATMOS_GITHUB_TOKEN` > `GITHUB_TOKEN` > `gh auth token` (when allowed). */
export function githubToken(options: TokenOptions = {}): string | undefined {
  const env = options.env ?? process.env;
  const direct = options.flag || env.ATMOS_GITHUB_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
  if (direct) return direct.trim();
  if (!options.allowGhCli) return undefined;
  try {
    const out = execFileSync('gh', ['auth', 'token'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

/** An `authFor` for {@link HttpClient} that sends the token to GitHub hosts only. */
export function githubAuthFor(token: string | undefined, endpoints: GitHubEndpoints): (url: URL) => string | undefined {
  return (url) => (token && isGitHubHost(url, endpoints) ? `Bearer ${token}` : undefined);
}
