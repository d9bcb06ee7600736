/**
 * The one HTTP client of atmos-ts: proxies from HTTPS_PROXY/NO_PROXY, retries with
 * backoff on 5xx/408/429/resets/timeouts/truncated bodies, credentials chosen per host by
 * the caller (never carried across a redirect to another host), rate-limit answers
 * explained. p-retry does the backoff. The transport is Node's own `node:http`/`node:https`
 * (./nodeTransport.ts); undici only behind a proxy (HTTP(S)_PROXY in the client's env) or
 * with a caller's dispatcher, loaded on first use then (./undiciTransport.ts).
 *
 * Time is bounded: a wait for response headers and any silence while reading a body end
 * the attempt, and retries stop once the per-request retry budget is spent. Failures that
 * cannot heal within a run (unknown host, refused loopback port, 4xx) are not retried.
 */

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import pRetry from 'p-retry';
import type { Dispatcher } from './undici.js';
import { transportKind, type Transport, type TransportResponse } from './httpTransport.js';
import { nodeTransport } from './nodeTransport.js';
import { tempSibling } from './atomicFile.js';
import { AtmosError, errorMessage, type ErrorCode } from './errors.js';
import { silentLogger, type Logger, type Task } from './logger.js';
import { assertMayConnect } from './offline.js';

export interface HttpClientOptions {
  logger?: Logger;
  userAgent?: string;
  /** Authorization header value for a URL, or undefined. Asked again on every redirect hop. */
  authFor?: (url: URL) => string | undefined;
  /** Attempts after the first (default 4; `ATMOS_HTTP_RETRIES` overrides). */
  retries?: number;
  /** First backoff delay in ms (default 500; `ATMOS_HTTP_RETRY_MIN_MS` overrides, tests use 10). */
  retryMinMs?: number;
  /** Time to wait for response headers (default 20 s, `http.headers_timeout`). */
  headersTimeoutMs?: number;
  /** Longest silence while reading a body (default 20 s, `http.idle_timeout`). Not a total timeout: big downloads may take long. */
  bodyTimeoutMs?: number;
  /**
   * Time after a request's first failure during which it is retried, backoff included
   * (default 20 s, `http.retry_budget`). A retry's wait for headers is cut at the end of
   * the budget; a body that keeps arriving is never cut. A hung server thus fails after
   * about headers timeout + budget.
   */
  retryBudgetMs?: number;
  env?: NodeJS.ProcessEnv;
  /** An undici dispatcher to send every request through (tests); implies the undici transport. */
  dispatcher?: Dispatcher;
}

export interface RequestOptions {
  method?: 'GET' | 'HEAD' | 'POST' | 'DELETE' | 'PUT';
  headers?: Record<string, string | undefined>;
  body?: string | Buffer;
  /** Send no Authorization at all, even for hosts `authFor` knows. */
  anonymous?: boolean;
  /** Statuses returned to the caller instead of thrown (404 for "try the next candidate"). */
  acceptStatus?: number[];
  signal?: AbortSignal;
  maxRedirects?: number;
  /** Headers wait of this attempt (withRetry passes what is left of the retry budget). */
  headersTimeoutMs?: number;
  /** Allowed in offline mode too (only for fetching the bundle itself from an internal URL). */
  allowOffline?: boolean;
}

/** Defaults of the `http:` section of atmos.yaml (ms). */
export const HTTP_DEFAULTS = { headersTimeoutMs: 20_000, idleTimeoutMs: 20_000, retryBudgetMs: 20_000 } as const;

/** The `http:` section of atmos.yaml (durations in ms) → client options. */
export function httpTimeouts(
  section: { headers_timeout?: number; idle_timeout?: number; retry_budget?: number } | undefined,
): Pick<HttpClientOptions, 'headersTimeoutMs' | 'bodyTimeoutMs' | 'retryBudgetMs'> {
  return { headersTimeoutMs: section?.headers_timeout, bodyTimeoutMs: section?.idle_timeout, retryBudgetMs: section?.retry_budget };
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  /** Final URL after redirects. */
  url: string;
  body: Readable;
}

export class HttpStatusError extends AtmosError {
  readonly status: number;
  readonly url: string;
  constructor(status: number, url: string, body: string, extra: { explanation?: string; hint?: string; code?: ErrorCode } = {}) {
    super(`GET ${redactUrl(url)} returned HTTP ${status}`, {
      code: extra.code ?? 'HTTP_STATUS',
      explanation: extra.explanation ?? bodySummary(body),
      hint: extra.hint,
      context: { url: redactUrl(url), status },
    });
    this.status = status;
    this.url = url;
  }
}

/** What an error body says, for people: a JSON API's `message`, never an HTML page or a long dump. */
function bodySummary(body: string): string | undefined {
  const text = body.trim();
  if (!text || /^<(!doctype|html)/i.test(text)) return undefined;
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return `The server said: ${message}`;
  } catch {
    /* not JSON */
  }
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/** Hide query strings (signed URLs carry credentials there). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '***';
      u.password = '';
    }
    for (const key of [...u.searchParams.keys()]) {
      if (/sig|token|signature|credential|key|auth/i.test(key)) u.searchParams.set(key, '***');
    }
    return u.toString();
  } catch {
    return url;
  }
}

const retryableCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'TRUNCATED',
]);

/** The transport could not get an answer: names the host, keeps the system code for retry decisions. */
export class HttpNetworkError extends AtmosError {
  /** System / transport code (ECONNREFUSED, ENOTFOUND, UND_ERR_HEADERS_TIMEOUT … — both transports raise the UND_ERR_ ones). */
  readonly netCode: string;
  /** Address the connection went to, when the system said (loopback refusals are final). */
  readonly address?: string;
  constructor(url: string, err: unknown) {
    const e = err as { code?: string; address?: string; cause?: { code?: string } };
    const netCode = e.code ?? e.cause?.code ?? 'ERROR';
    const host = hostOf(url);
    const what = networkWords[netCode] ?? errorMessage(err);
    super(`cannot reach ${host}: ${what}${networkWords[netCode] ? ` (${netCode})` : ''}`, {
      code: netCode.endsWith('TIMEOUT') ? 'HTTP_TIMEOUT' : 'HTTP_UNREACHABLE',
      cause: err,
      context: { url: redactUrl(url) },
      hint:
        netCode === 'ENOTFOUND' || netCode === 'EAI_AGAIN'
          ? `Check the host name and this machine's DNS/network (offline? HTTPS_PROXY?).`
          : netCode.endsWith('TIMEOUT')
            ? 'The server accepted the connection but stopped answering; try again later, or raise http.headers_timeout / http.idle_timeout in atmos.yaml.'
            : undefined,
    });
    this.netCode = netCode;
    this.address = e.address;
  }
}

const networkWords: Record<string, string> = {
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'temporary DNS failure',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no response headers in time',
  UND_ERR_BODY_TIMEOUT: 'the download stopped making progress',
  UND_ERR_SOCKET: 'connection closed by the server',
};

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function netCodeOf(err: unknown): string | undefined {
  if (err instanceof HttpNetworkError) return err.netCode;
  return (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
}

const isLoopback = (address: string | undefined): boolean => !!address && (address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1');

/**
 * `always`: transient (5xx, 408, 429, resets, timeouts, truncated bodies, refused remote port).
 * `once`: may be a blip (temporary DNS failure). `never`: cannot heal within a run — unknown
 * host, a refused loopback port (nothing listens), other 4xx, TLS and programming errors.
 */
export function retryClass(err: unknown): 'always' | 'once' | 'never' {
  if (err instanceof HttpStatusError) return (err.status >= 500 && err.status !== 501) || err.status === 429 || err.status === 408 ? 'always' : 'never';
  const code = netCodeOf(err);
  if (code === 'EAI_AGAIN') return 'once';
  if (code === 'ECONNREFUSED') {
    const address = err instanceof HttpNetworkError ? err.address : (err as { address?: string }).address;
    return isLoopback(address) ? 'never' : 'always';
  }
  return code !== undefined && retryableCodes.has(code) ? 'always' : 'never';
}

export function isRetryableError(err: unknown): boolean {
  return retryClass(err) !== 'never';
}

export class HttpClient {
  readonly logger: Logger;
  private readonly options: HttpClientOptions;
  private readonly retries: number;
  private readonly retryMinMs: number;
  private readonly headersTimeoutMs: number;
  private readonly bodyTimeoutMs: number;
  private readonly retryBudgetMs: number;
  private transportPromise?: Promise<Transport>;

  constructor(options: HttpClientOptions = {}) {
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    this.retries = options.retries ?? (env.ATMOS_HTTP_RETRIES ? Number(env.ATMOS_HTTP_RETRIES) : 4);
    this.retryMinMs = options.retryMinMs ?? (env.ATMOS_HTTP_RETRY_MIN_MS ? Number(env.ATMOS_HTTP_RETRY_MIN_MS) : 500);
    this.headersTimeoutMs = options.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs;
    this.bodyTimeoutMs = options.bodyTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
    this.retryBudgetMs = options.retryBudgetMs ?? HTTP_DEFAULTS.retryBudgetMs;
  }

  /** The transport this client sends through: Node's own, or undici behind a proxy / with a dispatcher. */
  transport(): Promise<Transport> {
    this.transportPromise ??= (async () => {
      const env = this.options.env ?? process.env;
      if (transportKind(env, this.options.dispatcher) === 'node') return nodeTransport;
      const { undiciTransport, envProxyDispatcher } = await import('./undiciTransport.js');
      return undiciTransport(this.options.dispatcher ?? envProxyDispatcher(env));
    })();
    return this.transportPromise;
  }

  /** One attempt (redirects followed, no retries). Non-accepted error statuses throw {@link HttpStatusError}. */
  async request(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    let current = new URL(url);
    // Offline mode: the one place an engine's HTTP request could leave the machine.
    if (!opts.allowOffline) assertMayConnect(redactUrl(url), redactUrl(url), this.options.env ?? process.env);
    const originHost = current.host;
    const maxRedirects = opts.maxRedirects ?? 5;
    const transport = await this.transport();
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'atmos-ts' };
      for (const [k, v] of Object.entries(opts.headers ?? {})) if (v !== undefined) headers[k.toLowerCase()] = v;
      // Credentials only for the host that was asked, never for a host a redirect led to.
      const sameHost = current.host === originHost;
      if (!sameHost) delete headers.authorization;
      if (!opts.anonymous && sameHost && !headers.authorization) {
        const auth = this.options.authFor?.(current);
        if (auth) headers.authorization = auth;
      }
      let res: TransportResponse;
      try {
        res = await transport.request({
          url: current,
          method: opts.method ?? 'GET',
          headers,
          body: opts.body,
          signal: opts.signal,
          headersTimeoutMs: Math.max(1, Math.round(opts.headersTimeoutMs ?? this.headersTimeoutMs)),
          bodyTimeoutMs: this.bodyTimeoutMs,
        });
      } catch (err) {
        throw this.networkError(current.toString(), err, opts.signal);
      }
      const resHeaders = flattenHeaders(res.headers);
      if ([301, 302, 303, 307, 308].includes(res.status) && resHeaders.location) {
        res.body.resume();
        if (hop >= maxRedirects) throw new AtmosError(`too many redirects fetching ${redactUrl(url)}`, { code: 'HTTP_REDIRECTS' });
        current = new URL(resHeaders.location, current);
        continue;
      }
      if (res.status >= 400 && !(opts.acceptStatus ?? []).includes(res.status)) {
        const text = await readBodyText(res.body, 4096);
        throw this.statusError(res.status, current.toString(), text, resHeaders);
      }
      return { status: res.status, headers: resHeaders, url: current.toString(), body: res.body };
    }
  }

  /**
   * Retry `fn` with exponential backoff on transient failures, within the retry budget.
   * `fn` gets the headers wait left for its attempt (pass it to {@link request}).
   */
  async withRetry<T>(what: string, fn: (attempt: number, limits: { headersTimeoutMs: number }) => Promise<T>): Promise<T> {
    // The budget starts at the first failure: a long download that breaks late still gets retries.
    let deadline: number | undefined;
    const maxTimeout = Math.max(this.retryMinMs, 10_000);
    return pRetry(
      (attempt) => {
        // The first attempt gets the full headers wait; a retry never waits past the budget.
        const left = deadline === undefined ? this.headersTimeoutMs : deadline - Date.now();
        return fn(attempt, { headersTimeoutMs: Math.max(1, Math.min(this.headersTimeoutMs, left)) });
      },
      {
        retries: this.retries,
        minTimeout: this.retryMinMs,
        factor: 2,
        maxTimeout,
        randomize: true,
        shouldRetry: ({ error, attemptNumber }) => {
          deadline ??= Date.now() + this.retryBudgetMs;
          const kind = retryClass(error);
          // Longest backoff before this retry (randomize doubles at most): no retry that would start past the budget.
          const backoff = Math.min(maxTimeout, 2 * this.retryMinMs * 2 ** (attemptNumber - 1));
          const retry = (kind === 'always' || (kind === 'once' && attemptNumber === 1)) && Date.now() + backoff < deadline;
          if (retry) this.logger.warn(`${what}: attempt ${attemptNumber} failed (${errorMessage(error)}); retrying`);
          return retry;
        },
      },
    );
  }

  async getText(url: string, opts: RequestOptions = {}): Promise<{ status: number; text: string; headers: Record<string, string>; url: string }> {
    return this.withRetry(`GET ${redactUrl(url)}`, async (_attempt, limits) => {
      const res = await this.request(url, { ...opts, headersTimeoutMs: opts.headersTimeoutMs ?? limits.headersTimeoutMs });
      let text: string;
      try {
        text = await readBodyText(res.body);
      } catch (err) {
        throw this.networkError(res.url, err, opts.signal);
      }
      return { status: res.status, text, headers: res.headers, url: res.url };
    });
  }

  async getJson<T>(url: string, opts: RequestOptions = {}): Promise<{ status: number; data: T | undefined; headers: Record<string, string> }> {
    const res = await this.getText(url, { ...opts, headers: { accept: 'application/json', ...opts.headers } });
    if (res.status >= 400) return { status: res.status, data: undefined, headers: res.headers };
    try {
      return { status: res.status, data: JSON.parse(res.text) as T, headers: res.headers };
    } catch {
      throw new AtmosError(`${redactUrl(url)} did not return JSON`, { code: 'HTTP_BAD_JSON', explanation: res.text.slice(0, 300) });
    }
  }

  /**
   * Download to `dest` atomically: stream to a temp sibling, check the length against
   * Content-Length (a short body is retried), rename. Nothing is left behind on failure.
   * With `digests`, the body is hashed as it streams (hex digests of the attempt that
   * succeeded), so the caller does not read the file a second time to verify it.
   */
  async download(
    url: string,
    dest: string,
    opts: RequestOptions & { task?: Task; onBytes?: (n: number) => void; digests?: readonly string[] } = {},
  ): Promise<{ size: number; url: string; headers: Record<string, string>; digests: Record<string, string> }> {
    await fs.mkdir(path.dirname(dest), { recursive: true });
    return this.withRetry(`download ${redactUrl(url)}`, async (_attempt, limits) => {
      const tmp = tempSibling(dest, 'part');
      try {
        const res = await this.request(url, { ...opts, headersTimeoutMs: opts.headersTimeoutMs ?? limits.headersTimeoutMs });
        if (res.status >= 400) {
          res.body.resume();
          throw new HttpStatusError(res.status, res.url, '');
        }
        // Fresh per attempt: a retried download starts over.
        const hashes = [...new Set(opts.digests ?? [])].map((a) => [a, createHash(a)] as const);
        const received = await this.writeBody(res, tmp, {
          onChunk: (chunk, total, expected) => {
            for (const [, h] of hashes) h.update(chunk);
            opts.task?.update(total, expected);
            opts.onBytes?.(chunk.length);
          },
        });
        await fs.rename(tmp, dest);
        return { size: received, url: res.url, headers: res.headers, digests: Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) };
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw err;
      }
    });
  }

  /**
   * Stream a response body into `file`, calling `onChunk` per chunk (progress, hashing).
   * Throws TRUNCATED (retried by withRetry) when fewer bytes arrive than Content-Length
   * announced; the caller removes or ignores the partial file.
   */
  async writeBody(
    res: HttpResponse,
    file: string,
    opts: { signal?: AbortSignal; onChunk?: (chunk: Buffer, received: number, expected: number | undefined) => void } = {},
  ): Promise<number> {
    const expected = res.headers['content-length'] ? Number(res.headers['content-length']) : undefined;
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, cb) {
        received += chunk.length;
        opts.onChunk?.(chunk, received, expected);
        cb(null, chunk);
      },
    });
    // The file is opened before the body flows: a write stream opened lazily can still create the
    // file after a failed pipeline has rejected, leaving litter that the caller already cleaned up.
    const handle = await fs.open(file, 'w').catch((err: unknown) => {
      res.body.destroy();
      throw err;
    });
    const out = handle.createWriteStream();
    await pipeline(res.body, counter, out, opts.signal ? { signal: opts.signal } : {}).catch((err: unknown) => {
      throw this.networkError(res.url, err, opts.signal);
    });
    if (expected !== undefined && received !== expected) {
      throw Object.assign(new Error(`download truncated: got ${received} of ${expected} bytes`), { code: 'TRUNCATED' });
    }
    return received;
  }

  /**
   * A transport failure as an error that names the host. Local failures (disk full while
   * writing, the caller's own abort) pass through unchanged.
   */
  networkError(url: string, err: unknown, signal?: AbortSignal): unknown {
    if (signal?.aborted || err instanceof AtmosError) return err;
    const code = netCodeOf(err);
    if (!code || !(code in networkWords || retryableCodes.has(code))) return err;
    return new HttpNetworkError(url, err);
  }

  private statusError(status: number, url: string, body: string, headers: Record<string, string>): HttpStatusError {
    const remaining = headers['x-ratelimit-remaining'];
    if ((status === 403 || status === 429) && (remaining === '0' || /rate limit/i.test(body))) {
      const reset = Number(headers['x-ratelimit-reset']);
      const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
      const mins = when ? Math.max(0, Math.ceil((when.getTime() - Date.now()) / 60_000)) : undefined;
      return new HttpStatusError(status, url, body, {
        code: 'RATE_LIMITED',
        explanation:
          `The GitHub API rate limit is used up (${headers['x-ratelimit-limit'] ?? '?'} requests/hour for this ${
            headers['x-ratelimit-limit'] === '60' ? 'unauthenticated client' : 'token'
          }).` + (when ? ` It resets at ${when.toISOString()} (in ${mins} minute${mins === 1 ? '' : 's'}).` : ''),
        hint:
          'Pass a token: set GITHUB_TOKEN or ATMOS_GITHUB_TOKEN (in Actions: env GITHUB_TOKEN: ${{ github.token }}), ' +
          'or commit toolchain.lock.yaml so installs make no API calls.',
      });
    }
    return new HttpStatusError(status, url, body);
  }
}

export function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export async function readBodyText(body: Readable, limit = Infinity): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    if (size < limit) chunks.push(b);
    size += b.length;
  }
  return Buffer.concat(chunks).toString('utf8');
}
