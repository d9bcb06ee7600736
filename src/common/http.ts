import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import pRetry, { AbortError } from 'p-retry';
import { EnvHttpProxyAgent, request, type Dispatcher } from 'undici';
import { tempSibling } from './atomicFile.js';
import { AtmosError, errorMessage } from './errors.js';
import { silentLogger, type Logger, type Task } from './logger.js';

/**
 * The one HTTP client of atmos-ts: proxies from HTTPS_PROXY/NO_PROXY, retries with
 * backoff on 5xx/429/resets/timeouts/truncated bodies, credentials chosen per host by
 * the caller (never carried across a redirect to another host), rate-limit answers
 * explained. undici does the transport; p-retry does the backoff.
 */
export interface HttpClientOptions {
  logger?: Logger;
  userAgent?: string;
  /** Authorization header value for a URL, or undefined. Asked again on every redirect hop. */
  authFor?: (url: URL) => string | undefined;
  /** Attempts after the first (default 4; `ATMOS_HTTP_RETRIES` overrides). */
  retries?: number;
  /** First backoff delay in ms (default 500; `ATMOS_HTTP_RETRY_MIN_MS` overrides, tests use 10). */
  retryMinMs?: number;
  /** Time to wait for response headers (default 30 s). */
  headersTimeoutMs?: number;
  /** Longest silence while reading a body (default 60 s). Not a total timeout: big downloads may take long. */
  bodyTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
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
  constructor(status: number, url: string, body: string, extra: { explanation?: string; hint?: string; code?: string } = {}) {
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
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'TRUNCATED',
]);

export function isRetryableError(err: unknown): boolean {
  if (err instanceof HttpStatusError) return (err.status >= 500 && err.status !== 501) || err.status === 429;
  const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return code !== undefined && retryableCodes.has(code);
}

let sharedDispatcher: Dispatcher | undefined;
function defaultDispatcher(): Dispatcher {
  sharedDispatcher ??= new EnvHttpProxyAgent({ connections: 32 });
  return sharedDispatcher;
}

export class HttpClient {
  readonly logger: Logger;
  private readonly options: HttpClientOptions;
  private readonly retries: number;
  private readonly retryMinMs: number;

  constructor(options: HttpClientOptions = {}) {
    this.options = options;
    this.logger = options.logger ?? silentLogger;
    const env = options.env ?? process.env;
    this.retries = options.retries ?? (env.ATMOS_HTTP_RETRIES ? Number(env.ATMOS_HTTP_RETRIES) : 4);
    this.retryMinMs = options.retryMinMs ?? (env.ATMOS_HTTP_RETRY_MIN_MS ? Number(env.ATMOS_HTTP_RETRY_MIN_MS) : 500);
  }

  /** One attempt (redirects followed, no retries). Non-accepted error statuses throw {@link HttpStatusError}. */
  async request(url: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    let current = new URL(url);
    const originHost = current.host;
    const maxRedirects = opts.maxRedirects ?? 5;
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
      const res = await request(current, {
        method: opts.method ?? 'GET',
        headers,
        body: opts.body,
        signal: opts.signal,
        dispatcher: this.options.dispatcher ?? defaultDispatcher(),
        headersTimeout: this.options.headersTimeoutMs ?? 30_000,
        bodyTimeout: this.options.bodyTimeoutMs ?? 60_000,
      });
      const resHeaders = flattenHeaders(res.headers);
      if ([301, 302, 303, 307, 308].includes(res.statusCode) && resHeaders.location) {
        res.body.resume();
        if (hop >= maxRedirects) throw new AtmosError(`too many redirects fetching ${redactUrl(url)}`, { code: 'HTTP_REDIRECTS' });
        current = new URL(resHeaders.location, current);
        continue;
      }
      if (res.statusCode >= 400 && !(opts.acceptStatus ?? []).includes(res.statusCode)) {
        const text = await readBodyText(res.body, 4096);
        throw this.statusError(res.statusCode, current.toString(), text, resHeaders);
      }
      return { status: res.statusCode, headers: resHeaders, url: current.toString(), body: res.body };
    }
  }

  /** Retry `fn` with exponential backoff on transient failures. */
  async withRetry<T>(what: string, fn: (attempt: number) => Promise<T>): Promise<T> {
    return pRetry(
      async (attempt) => {
        try {
          return await fn(attempt);
        } catch (err) {
          if (!isRetryableError(err)) throw new AbortError(err as Error);
          throw err;
        }
      },
      {
        retries: this.retries,
        minTimeout: this.retryMinMs,
        factor: 2,
        maxTimeout: Math.max(this.retryMinMs, 10_000),
        randomize: true,
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          if (retriesLeft > 0)
            this.logger.warn(`${what}: attempt ${attemptNumber} failed (${errorMessage(error)}); retrying`);
        },
      },
    ).catch((err: unknown) => {
      throw err instanceof AbortError ? (err as { originalError?: unknown }).originalError ?? err : err;
    });
  }

  async getText(url: string, opts: RequestOptions = {}): Promise<{ status: number; text: string; headers: Record<string, string>; url: string }> {
    return this.withRetry(`GET ${redactUrl(url)}`, async () => {
      const res = await this.request(url, opts);
      const text = await readBodyText(res.body);
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
   */
  async download(
    url: string,
    dest: string,
    opts: RequestOptions & { task?: Task; onBytes?: (n: number) => void } = {},
  ): Promise<{ size: number; url: string; headers: Record<string, string> }> {
    await fs.mkdir(path.dirname(dest), { recursive: true });
    return this.withRetry(`download ${redactUrl(url)}`, async () => {
      const tmp = tempSibling(dest, 'part');
      try {
        const res = await this.request(url, opts);
        if (res.status >= 400) {
          res.body.resume();
          throw new HttpStatusError(res.status, res.url, '');
        }
        const expected = res.headers['content-length'] ? Number(res.headers['content-length']) : undefined;
        let received = 0;
        const counter = new Transform({
          transform(chunk: Buffer, _enc, cb) {
            received += chunk.length;
            opts.task?.update(received, expected);
            opts.onBytes?.(chunk.length);
            cb(null, chunk);
          },
        });
        await pipeline(res.body, counter, createWriteStream(tmp));
        if (expected !== undefined && received !== expected) {
          throw Object.assign(new Error(`download truncated: got ${received} of ${expected} bytes`), { code: 'TRUNCATED' });
        }
        await fs.rename(tmp, dest);
        return { size: received, url: res.url, headers: res.headers };
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw err;
      }
    });
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
