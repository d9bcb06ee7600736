/**
 * The bits of the GitHub REST API the toolchain needs: releases (paged by `Link`),
 * tags, one release by tag with its assets' `digest` (`sha256:<hex>`, GitHub 2025+).
 */

import type { HttpClient } from '../common/http.js';
import { nextLink } from '../common/linkHeader.js';
import type { GitHubEndpoints } from './endpoints.js';

export interface ReleaseAsset {
  name: string;
  size: number;
  browser_download_url: string;
  digest?: string | null;
}

export interface Release {
  tag_name: string;
  draft: boolean;
  prerelease: boolean;
  published_at?: string;
  assets: ReleaseAsset[];
}

export interface ReleasesClientOptions {
  http: HttpClient;
  endpoints: GitHubEndpoints;
  /** Maps the API base to a mirror (url_replacements); identity by default. */
  rewrite?: (url: string) => string;
}

export class GitHubReleases {
  constructor(private readonly options: ReleasesClientOptions) {}

  private url(pathname: string): string {
    const url = `${this.options.endpoints.apiUrl}${pathname}`;
    return this.options.rewrite ? this.options.rewrite(url) : url;
  }

  /** All releases (newest first, as GitHub orders them), following `Link: rel="next"` up to `maxPages`. */
  async listReleases(owner: string, repo: string, maxPages = 10): Promise<Release[]> {
    return this.paged<Release>(this.url(`/repos/${owner}/${repo}/releases?per_page=100`), maxPages);
  }

  async listTags(owner: string, repo: string, maxPages = 10): Promise<string[]> {
    const tags = await this.paged<{ name: string }>(this.url(`/repos/${owner}/${repo}/tags?per_page=100`), maxPages);
    return tags.map((t) => t.name);
  }

  /** One release by tag, or undefined on 404. */
  async releaseByTag(owner: string, repo: string, tag: string): Promise<Release | undefined> {
    const res = await this.options.http.getJson<Release>(this.url(`/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag)}`), {
      acceptStatus: [404],
      headers: { accept: 'application/vnd.github+json' },
    });
    return res.status === 404 ? undefined : res.data;
  }

  /** The asset's API digest as `{algorithm, hex}`, when GitHub has one. */
  async assetDigest(owner: string, repo: string, tag: string, asset: string): Promise<{ algorithm: string; hex: string } | undefined> {
    const release = await this.releaseByTag(owner, repo, tag);
    const digest = release?.assets.find((a) => a.name === asset)?.digest;
    const m = digest ? /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(digest) : null;
    return m ? { algorithm: m[1], hex: m[2].toLowerCase() } : undefined;
  }

  /**
   * Sigstore bundles GitHub stores for an artifact digest (`sha256:<hex>`): the attestations
   * API (`gh attestation verify` reads the same). An empty list when there are none (404).
   */
  async attestations(owner: string, repo: string, digest: string, predicateType?: string): Promise<unknown[]> {
    const query = `?per_page=100${predicateType ? `&predicate_type=${encodeURIComponent(predicateType)}` : ''}`;
    const res = await this.options.http.getJson<{ attestations?: { bundle?: unknown }[] }>(this.url(`/repos/${owner}/${repo}/attestations/${digest}${query}`), {
      acceptStatus: [404],
      headers: { accept: 'application/vnd.github+json' },
    });
    if (res.status === 404) return [];
    return (res.data?.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
  }

  private async paged<T>(first: string, maxPages: number): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = first;
    for (let page = 0; next && page < maxPages; page++) {
      const res: { data: T[] | undefined; headers: Record<string, string> } = await this.options.http.getJson<T[]>(next, {
        headers: { accept: 'application/vnd.github+json' },
      });
      out.push(...(res.data ?? []));
      next = nextLink(res.headers.link);
      if (next && this.options.rewrite) next = this.options.rewrite(next);
    }
    return out;
  }
}
