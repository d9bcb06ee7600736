import { execFileSync } from 'node:child_process';
import { AtmosError } from '../common/errors.js';
import { HttpClient, HttpStatusError } from '../common/http.js';
import { nextLink } from '../common/linkHeader.js';
import type { Logger } from '../common/logger.js';
import { githubAuthFor, githubEndpoints, githubToken, type GitHubEndpoints } from '../github/index.js';

/** One entry of `GET /repos/{o}/{r}/actions/caches`. */
export interface CacheEntry {
  id: number;
  key: string;
  ref: string;
  version: string;
  size_in_bytes: number;
  created_at: string;
  last_accessed_at: string;
}

export interface RestOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  logger: Logger;
  /** `--github-token`. */
  token?: string;
  /** `owner/repo`; default GITHUB_REPOSITORY, then the git remote. */
  repository?: string;
}

/** Administration of the repository's Actions caches over the REST API (works anywhere with a token). */
export class CacheRestClient {
  private readonly http: HttpClient;
  private readonly endpoints: GitHubEndpoints;
  readonly repository: string;

  constructor(options: RestOptions) {
    this.endpoints = githubEndpoints(options.env);
    const token = githubToken({ flag: options.token, env: options.env, allowGhCli: true });
    if (!token) {
      throw new AtmosError('no GitHub token to list or delete caches', {
        code: 'GITHUB_TOKEN_MISSING',
        explanation: 'The Actions cache REST API needs a token with "actions: read" (list) or "actions: write" (delete).',
        hint: 'Pass --github-token, set ATMOS_GITHUB_TOKEN or GITHUB_TOKEN, or log in with `gh auth login`.',
      });
    }
    this.repository = options.repository ?? repositoryFrom(options.env, options.cwd, this.endpoints);
    this.http = new HttpClient({ logger: options.logger, env: options.env, authFor: githubAuthFor(token, this.endpoints) });
  }

  private url(query: Record<string, string>): string {
    const u = new URL(`${this.endpoints.apiUrl}/repos/${this.repository}/actions/caches`);
    for (const [k, v] of Object.entries(query)) u.searchParams.set(k, v);
    return u.toString();
  }

  /** Every entry (all pages, via the Link header), optionally only keys starting with `prefix`. */
  async list(prefix?: string): Promise<CacheEntry[]> {
    const out: CacheEntry[] = [];
    let next: string | undefined = this.url({ per_page: '100', ...(prefix ? { key: prefix } : {}) });
    for (let page = 0; next && page < 1000; page++) {
      const res: { status: number; data: { actions_caches?: CacheEntry[] } | undefined; headers: Record<string, string> } = await this.http.getJson(next, {
        headers: apiHeaders,
        acceptStatus: [401, 403, 404],
      });
      if (res.status >= 400) throw restError(res.status, this.repository, 'list');
      out.push(...(res.data?.actions_caches ?? []));
      next = nextLink(res.headers.link);
    }
    // The API's `key` filter is a prefix match; filter again so a server that ignores it cannot widen the result.
    return (prefix ? out.filter((e) => e.key.startsWith(prefix)) : out).sort((a, b) => b.created_at.localeCompare(a.created_at));
  }

  /** Delete every entry with this exact key (all refs). A key that is not there is a success. */
  async delete(key: string): Promise<CacheEntry[]> {
    const res = await this.http.withRetry(`DELETE caches key=${key}`, async () => {
      const r = await this.http.request(this.url({ key }), { method: 'DELETE', headers: apiHeaders, acceptStatus: [401, 403, 404] });
      const text = await readAll(r.body);
      return { status: r.status, text };
    });
    if (res.status === 404) return [];
    if (res.status >= 400) throw restError(res.status, this.repository, 'delete');
    try {
      return ((JSON.parse(res.text) as { actions_caches?: CacheEntry[] }).actions_caches ?? []) as CacheEntry[];
    } catch {
      return [];
    }
  }
}

const apiHeaders = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };

async function readAll(body: NodeJS.ReadableStream): Promise<string> {
  let s = '';
  for await (const c of body) s += c.toString();
  return s;
}

function restError(status: number, repo: string, op: 'list' | 'delete'): AtmosError {
  const need = op === 'list' ? 'actions: read' : 'actions: write';
  return new HttpStatusError(status, `repos/${repo}/actions/caches`, '', {
    code: 'CACHE_REST_FAILED',
    explanation:
      status === 404 ? `Repository ${repo} was not found, or the token cannot see it.` : `GitHub refused to ${op} caches of ${repo} (HTTP ${status}).`,
    hint: `Use a token with "${need}" permission on ${repo} (in a workflow: \`permissions: actions: ${op === 'list' ? 'read' : 'write'}\`).`,
  });
}

/** `GITHUB_REPOSITORY`, else the `origin` remote of the checkout (GitHub or the configured GHES). */
export function repositoryFrom(env: NodeJS.ProcessEnv, cwd: string, endpoints: GitHubEndpoints = githubEndpoints(env)): string {
  if (env.GITHUB_REPOSITORY && /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY)) return env.GITHUB_REPOSITORY;
  let remote = '';
  try {
    remote = execFileSync('git', ['remote', 'get-url', 'origin'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    /* not a git checkout */
  }
  const parsed = parseRemote(remote, new URL(endpoints.serverUrl).host);
  if (parsed) return parsed;
  throw new AtmosError('cannot tell which GitHub repository the caches belong to', {
    code: 'GITHUB_REPOSITORY_UNKNOWN',
    explanation: remote
      ? `The git remote "${remote}" is not a ${endpoints.serverUrl} repository.`
      : 'GITHUB_REPOSITORY is not set and there is no git remote "origin".',
    hint: 'Set GITHUB_REPOSITORY=owner/repo, or run inside a clone of the repository.',
  });
}

export function parseRemote(remote: string, host: string): string | undefined {
  const h = host.replace(/\./g, '\\.');
  const m =
    new RegExp(`^(?:https?://(?:[^@/]+@)?|ssh://git@)${h}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`).exec(remote) ??
    new RegExp(`^git@${h}:([^/]+)/([^/]+?)(?:\\.git)?$`).exec(remote);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
