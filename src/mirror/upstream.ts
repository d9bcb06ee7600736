import { createHash } from 'node:crypto';
import { AtmosError, errorMessage, type ErrorCode } from '../common/errors.js';
import { HTTP_DEFAULTS, HttpClient, HttpNetworkError, HttpStatusError, readBodyText, redactUrl } from '../common/http.js';
import type { Logger } from '../common/logger.js';
import { isOfflineError } from '../common/offline.js';
import { credentialsLookup, normalizeHost } from './credentials.js';
import { isOutageStatus } from './freshness.js';
import type { MetaEnvelope } from './store.js';

/** The upstream is down or broken (5xx, timeout, refused, bad bytes): the caller may serve stale data or answer 502. */
export class UpstreamError extends AtmosError {
  readonly upstreamUrl: string;
  constructor(url: string, reason: string, code: ErrorCode = 'UPSTREAM_FAILED', cause?: unknown) {
    super(`upstream ${redactUrl(url)} failed: ${reason}`, { code, cause, context: { url: redactUrl(url) } });
    this.upstreamUrl = url;
  }
}

/** What the inbound request carried that may be relayed upstream. */
export interface InboundHeaders {
  userAgent?: string;
  authorization?: string;
  terraformVersion?: string;
}

export interface UpstreamOptions {
  credentials?: Record<string, string>;
  /** registry host → base URL serving its `.well-known/terraform.json`. */
  upstreams?: Record<string, string>;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /** Artifact downloads: time to first byte, idle read, retry budget (the `http:` section; defaults HTTP_DEFAULTS). */
  http?: UpstreamTimeouts;
  /** Whole metadata request, retries included (default 8 s: Terraform gives the proxy 10 s). */
  metaDeadlineMs?: number;
}

export interface UpstreamTimeouts {
  headersTimeoutMs?: number;
  bodyTimeoutMs?: number;
  retryBudgetMs?: number;
}

/**
 * Terraform gives a registry metadata request 10 s (TF_REGISTRY_CLIENT_TIMEOUT): the
 * proxy's whole upstream attempt (one retry included) ends well inside that, so the
 * client gets a stale copy or a 5xx it retries, never its own timeout.
 */
export const META_DEADLINE_MS = 8000;

/** Statuses that are answers (passed to the client, never cached) rather than outages. */
const ANSWER_STATUSES = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => !isOutageStatus(s));

/**
 * All traffic to upstream registries and download hosts. Credentials: a configured token
 * goes only to the exact host it was configured for; the client's own Authorization only
 * to the registry host the route targets and only when we hold no token for it; both are
 * dropped on a redirect to another host (HttpClient does that). User-Agent is relayed.
 */
export class Upstream {
  private readonly tokenFor: (host: string) => string | undefined;
  /** URL host → the registry host it serves (itself unless it is a configured upstream base). */
  private readonly registryHostOf: (host: string) => string;
  private readonly upstreams: Map<string, string>;
  private readonly discoveryUrls = new Map<string, string>();
  private readonly meta: HttpClient;
  private readonly artifacts: HttpClient;
  private readonly metaDeadlineMs: number;

  constructor(options: UpstreamOptions) {
    const lookup = credentialsLookup(options.credentials);
    this.upstreams = new Map(Object.entries(options.upstreams ?? {}).map(([h, u]) => [normalizeHost(h), u]));
    // A registry served from a configured base URL (internal mirror, tests) gets its
    // registry host's token at that base URL's host too — and nowhere else.
    const aliases = new Map<string, string>();
    for (const [h, u] of this.upstreams) {
      try {
        const baseHost = normalizeHost(new URL(u).host);
        if (!aliases.has(baseHost)) aliases.set(baseHost, h);
      } catch {
        // An invalid base URL fails later with a clear message at request time.
      }
    }
    this.registryHostOf = (host) => aliases.get(normalizeHost(host)) ?? normalizeHost(host);
    this.tokenFor = (host) => lookup(host) ?? lookup(this.registryHostOf(host));
    const authFor = (url: URL): string | undefined => {
      const token = this.tokenFor(url.host);
      return token ? `Bearer ${token}` : undefined;
    };
    this.metaDeadlineMs = options.metaDeadlineMs ?? META_DEADLINE_MS;
    // Two attempts of at most half the deadline each, all of it cut at the deadline.
    const metaAttemptMs = Math.max(1, Math.floor(this.metaDeadlineMs / 2));
    this.meta = new HttpClient({
      logger: options.logger,
      env: options.env,
      authFor,
      retries: 1,
      headersTimeoutMs: metaAttemptMs,
      bodyTimeoutMs: metaAttemptMs,
      retryBudgetMs: metaAttemptMs,
    });
    // Zips can be big: no total deadline, but a bounded time to first byte and no long silence.
    const t = options.http ?? {};
    this.artifacts = new HttpClient({
      logger: options.logger,
      env: options.env,
      authFor,
      retries: 2,
      headersTimeoutMs: t.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs,
      bodyTimeoutMs: t.bodyTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs,
      retryBudgetMs: t.retryBudgetMs ?? HTTP_DEFAULTS.retryBudgetMs,
    });
  }

  /** `https://<host>/.well-known/terraform.json`, or the configured base URL's. */
  discoveryUrl(host: string): string {
    let url = this.discoveryUrls.get(host);
    if (!url) {
      const base = this.upstreams.get(normalizeHost(host));
      url = base ? new URL('.well-known/terraform.json', base.endsWith('/') ? base : `${base}/`).toString() : `https://${host}/.well-known/terraform.json`;
      this.discoveryUrls.set(host, url);
    }
    return url;
  }

  private headers(url: string, inbound: InboundHeaders | undefined, routeHost: string | undefined, accept: string): Record<string, string | undefined> {
    const headers: Record<string, string | undefined> = { accept, 'user-agent': inbound?.userAgent || 'atmos-ts' };
    if (inbound?.terraformVersion) headers['x-terraform-version'] = inbound.terraformVersion;
    if (inbound?.authorization && routeHost) {
      const host = new URL(url).host;
      if (this.registryHostOf(host) === normalizeHost(routeHost) && !this.tokenFor(routeHost)) headers.authorization = inbound.authorization;
    }
    return headers;
  }

  /**
   * GET a metadata document. 2xx and client errors (404, 401…) come back as an envelope
   * (only 2xx may be cached); 5xx, timeouts and network errors throw {@link UpstreamError}.
   */
  async getMeta(url: string, options: { inbound?: InboundHeaders; routeHost?: string; signal?: AbortSignal } = {}): Promise<MetaEnvelope> {
    const deadline = AbortSignal.timeout(this.metaDeadlineMs);
    try {
      const res = await this.meta.getText(url, {
        headers: this.headers(url, options.inbound, options.routeHost, 'application/json'),
        acceptStatus: ANSWER_STATUSES,
        signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline,
      });
      const headers: Record<string, string> = {};
      for (const k of ['content-type', 'x-terraform-get', 'location']) if (res.headers[k]) headers[k] = res.headers[k];
      return { fetchedAt: Date.now(), status: res.status, url: res.url, body: res.text, headers };
    } catch (err) {
      if (deadline.aborted && !options.signal?.aborted) {
        throw new UpstreamError(url, `no answer within ${this.metaDeadlineMs / 1000} s`, 'UPSTREAM_TIMEOUT', err);
      }
      throw asUpstreamError(url, err);
    }
  }

  /**
   * Stream an artifact into `dest`, hashing as it goes; verifies Content-Length and, when
   * given, the SHA-256 (a mismatch throws and the caller does not commit the file).
   */
  async download(
    url: string,
    dest: string,
    options: { expectedSha256?: string; signal?: AbortSignal; onBytes?: (n: number) => void; routeHost?: string; inbound?: InboundHeaders } = {},
  ): Promise<{ size: number; sha256: string }> {
    let result: { size: number; sha256: string };
    try {
      result = await this.artifacts.withRetry(`download ${redactUrl(url)}`, async (_attempt, limits) => {
        const res = await this.artifacts.request(url, {
          headers: this.headers(url, options.inbound, options.routeHost, '*/*'),
          signal: options.signal,
          acceptStatus: ANSWER_STATUSES,
          headersTimeoutMs: limits.headersTimeoutMs,
        });
        if (res.status >= 300) {
          const text = await readBodyText(res.body, 2048);
          throw new HttpStatusError(res.status, res.url, text);
        }
        const hash = createHash('sha256');
        const size = await this.artifacts.writeBody(res, dest, {
          signal: options.signal,
          onChunk: (chunk) => {
            hash.update(chunk);
            options.onBytes?.(chunk.length);
          },
        });
        return { size, sha256: hash.digest('hex') };
      });
    } catch (err) {
      throw asUpstreamError(url, err);
    }
    if (options.expectedSha256 && result.sha256 !== options.expectedSha256.toLowerCase()) {
      throw new UpstreamError(
        url,
        `sha256 ${result.sha256} does not match the registry shasum ${options.expectedSha256.toLowerCase()} (not cached)`,
        'CHECKSUM_MISMATCH',
      );
    }
    return result;
  }
}

function asUpstreamError(url: string, err: unknown): UpstreamError {
  if (err instanceof UpstreamError) return err;
  // Offline refusals pass through unchanged: the router answers them with a 404 and the reason.
  if (isOfflineError(err)) throw err;
  if (err instanceof HttpStatusError) return new UpstreamError(url, `HTTP ${err.status}`, 'UPSTREAM_STATUS', err);
  if (err instanceof HttpNetworkError) return new UpstreamError(url, err.message, err.code === 'HTTP_TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_FAILED', err);
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return new UpstreamError(url, code ? `${code}: ${errorMessage(err)}` : errorMessage(err), 'UPSTREAM_FAILED', err);
}
