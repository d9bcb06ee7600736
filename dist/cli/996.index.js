export const id = 996;
export const ids = [996];
export const modules = {

/***/ 10996:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uA: () => (/* binding */ HTTP_DEFAULTS),
  HttpClient: () => (/* binding */ HttpClient),
  z3: () => (/* binding */ HttpNetworkError),
  F9: () => (/* binding */ HttpStatusError),
  httpTimeouts: () => (/* binding */ httpTimeouts),
  mf: () => (/* binding */ readBodyText),
  BO: () => (/* binding */ redactUrl)
});

// UNUSED EXPORTS: flattenHeaders, isRetryableError, retryClass

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./node_modules/p-retry/index.js + 1 modules
var p_retry = __webpack_require__(74995);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/api-request.js
var api_request = __webpack_require__(14043);
var api_request_default = /*#__PURE__*/__webpack_require__.n(api_request);
;// CONCATENATED MODULE: ./src/common/undici.ts


/** undici's `EnvHttpProxyAgent` (HTTP(S)_PROXY / NO_PROXY from the environment). */
const EnvHttpProxyAgent = (env_http_proxy_agent_default());
/** undici's `request(url, { dispatcher, … })` without the index's wrapper: the URL becomes origin + path. */
function request(url, opts) {
    const { dispatcher, ...rest } = opts;
    return api_request_default().call(dispatcher, { ...rest, origin: url.origin, path: `${url.pathname}${url.search}` });
}

// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/common/offline.ts
var offline = __webpack_require__(73842);
;// CONCATENATED MODULE: ./src/common/http.ts
/**
 * The one HTTP client of atmos-ts: proxies from HTTPS_PROXY/NO_PROXY, retries with
 * backoff on 5xx/408/429/resets/timeouts/truncated bodies, credentials chosen per host by
 * the caller (never carried across a redirect to another host), rate-limit answers
 * explained. undici does the transport; p-retry does the backoff.
 *
 * Time is bounded: a wait for response headers and any silence while reading a body end
 * the attempt, and retries stop once the per-request retry budget is spent. Failures that
 * cannot heal within a run (unknown host, refused loopback port, 4xx) are not retried.
 */











/** Defaults of the `http:` section of atmos.yaml (ms). */
const HTTP_DEFAULTS = { headersTimeoutMs: 20_000, idleTimeoutMs: 20_000, retryBudgetMs: 20_000 };
/** The `http:` section of atmos.yaml (durations in ms) → client options. */
function httpTimeouts(section) {
    return { headersTimeoutMs: section?.headers_timeout, bodyTimeoutMs: section?.idle_timeout, retryBudgetMs: section?.retry_budget };
}
class HttpStatusError extends errors/* AtmosError */.f7 {
    status;
    url;
    constructor(status, url, body, extra = {}) {
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
function bodySummary(body) {
    const text = body.trim();
    if (!text || /^<(!doctype|html)/i.test(text))
        return undefined;
    try {
        const message = JSON.parse(text).message;
        if (typeof message === 'string')
            return `The server said: ${message}`;
    }
    catch {
        /* not JSON */
    }
    return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
/** Hide query strings (signed URLs carry credentials there). */
function redactUrl(url) {
    try {
        const u = new URL(url);
        if (u.username || u.password) {
            u.username = '***';
            u.password = '';
        }
        for (const key of [...u.searchParams.keys()]) {
            if (/sig|token|signature|credential|key|auth/i.test(key))
                u.searchParams.set(key, '***');
        }
        return u.toString();
    }
    catch {
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
class HttpNetworkError extends errors/* AtmosError */.f7 {
    /** System / undici code (ECONNREFUSED, ENOTFOUND, UND_ERR_HEADERS_TIMEOUT …). */
    netCode;
    /** Address the connection went to, when the system said (loopback refusals are final). */
    address;
    constructor(url, err) {
        const e = err;
        const netCode = e.code ?? e.cause?.code ?? 'ERROR';
        const host = hostOf(url);
        const what = networkWords[netCode] ?? (0,errors/* errorMessage */.gJ)(err);
        super(`cannot reach ${host}: ${what}${networkWords[netCode] ? ` (${netCode})` : ''}`, {
            code: netCode.endsWith('TIMEOUT') ? 'HTTP_TIMEOUT' : 'HTTP_UNREACHABLE',
            cause: err,
            context: { url: redactUrl(url) },
            hint: netCode === 'ENOTFOUND' || netCode === 'EAI_AGAIN'
                ? `Check the host name and this machine's DNS/network (offline? HTTPS_PROXY?).`
                : netCode.endsWith('TIMEOUT')
                    ? 'The server accepted the connection but stopped answering; try again later, or raise http.headers_timeout / http.idle_timeout in atmos.yaml.'
                    : undefined,
        });
        this.netCode = netCode;
        this.address = e.address;
    }
}
const networkWords = {
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
function hostOf(url) {
    try {
        return new URL(url).host;
    }
    catch {
        return url;
    }
}
function netCodeOf(err) {
    if (err instanceof HttpNetworkError)
        return err.netCode;
    return err.code ?? err.cause?.code;
}
const isLoopback = (address) => !!address && (address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1');
/**
 * `always`: transient (5xx, 408, 429, resets, timeouts, truncated bodies, refused remote port).
 * `once`: may be a blip (temporary DNS failure). `never`: cannot heal within a run — unknown
 * host, a refused loopback port (nothing listens), other 4xx, TLS and programming errors.
 */
function retryClass(err) {
    if (err instanceof HttpStatusError)
        return (err.status >= 500 && err.status !== 501) || err.status === 429 || err.status === 408 ? 'always' : 'never';
    const code = netCodeOf(err);
    if (code === 'EAI_AGAIN')
        return 'once';
    if (code === 'ECONNREFUSED') {
        const address = err instanceof HttpNetworkError ? err.address : err.address;
        return isLoopback(address) ? 'never' : 'always';
    }
    return code !== undefined && retryableCodes.has(code) ? 'always' : 'never';
}
function isRetryableError(err) {
    return retryClass(err) !== 'never';
}
let sharedDispatcher;
function defaultDispatcher() {
    sharedDispatcher ??= new EnvHttpProxyAgent({ connections: 32 });
    return sharedDispatcher;
}
class HttpClient {
    logger;
    options;
    retries;
    retryMinMs;
    headersTimeoutMs;
    bodyTimeoutMs;
    retryBudgetMs;
    constructor(options = {}) {
        this.options = options;
        this.logger = options.logger ?? logger.silentLogger;
        const env = options.env ?? process.env;
        this.retries = options.retries ?? (env.ATMOS_HTTP_RETRIES ? Number(env.ATMOS_HTTP_RETRIES) : 4);
        this.retryMinMs = options.retryMinMs ?? (env.ATMOS_HTTP_RETRY_MIN_MS ? Number(env.ATMOS_HTTP_RETRY_MIN_MS) : 500);
        this.headersTimeoutMs = options.headersTimeoutMs ?? HTTP_DEFAULTS.headersTimeoutMs;
        this.bodyTimeoutMs = options.bodyTimeoutMs ?? HTTP_DEFAULTS.idleTimeoutMs;
        this.retryBudgetMs = options.retryBudgetMs ?? HTTP_DEFAULTS.retryBudgetMs;
    }
    /** One attempt (redirects followed, no retries). Non-accepted error statuses throw {@link HttpStatusError}. */
    async request(url, opts = {}) {
        let current = new URL(url);
        // Offline mode: the one place an engine's HTTP request could leave the machine.
        if (!opts.allowOffline)
            (0,offline/* assertMayConnect */.m5)(redactUrl(url), redactUrl(url), this.options.env ?? process.env);
        const originHost = current.host;
        const maxRedirects = opts.maxRedirects ?? 5;
        for (let hop = 0;; hop++) {
            const headers = { 'user-agent': this.options.userAgent ?? 'atmos-ts' };
            for (const [k, v] of Object.entries(opts.headers ?? {}))
                if (v !== undefined)
                    headers[k.toLowerCase()] = v;
            // Credentials only for the host that was asked, never for a host a redirect led to.
            const sameHost = current.host === originHost;
            if (!sameHost)
                delete headers.authorization;
            if (!opts.anonymous && sameHost && !headers.authorization) {
                const auth = this.options.authFor?.(current);
                if (auth)
                    headers.authorization = auth;
            }
            let res;
            try {
                res = await request(current, {
                    method: opts.method ?? 'GET',
                    headers,
                    body: opts.body,
                    signal: opts.signal,
                    dispatcher: this.options.dispatcher ?? defaultDispatcher(),
                    headersTimeout: Math.max(1, Math.round(opts.headersTimeoutMs ?? this.headersTimeoutMs)),
                    bodyTimeout: this.bodyTimeoutMs,
                });
            }
            catch (err) {
                throw this.networkError(current.toString(), err, opts.signal);
            }
            const resHeaders = flattenHeaders(res.headers);
            if ([301, 302, 303, 307, 308].includes(res.statusCode) && resHeaders.location) {
                res.body.resume();
                if (hop >= maxRedirects)
                    throw new errors/* AtmosError */.f7(`too many redirects fetching ${redactUrl(url)}`, { code: 'HTTP_REDIRECTS' });
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
    /**
     * Retry `fn` with exponential backoff on transient failures, within the retry budget.
     * `fn` gets the headers wait left for its attempt (pass it to {@link request}).
     */
    async withRetry(what, fn) {
        // The budget starts at the first failure: a long download that breaks late still gets retries.
        let deadline;
        const maxTimeout = Math.max(this.retryMinMs, 10_000);
        return (0,p_retry/* default */.Ay)((attempt) => {
            // The first attempt gets the full headers wait; a retry never waits past the budget.
            const left = deadline === undefined ? this.headersTimeoutMs : deadline - Date.now();
            return fn(attempt, { headersTimeoutMs: Math.max(1, Math.min(this.headersTimeoutMs, left)) });
        }, {
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
                if (retry)
                    this.logger.warn(`${what}: attempt ${attemptNumber} failed (${(0,errors/* errorMessage */.gJ)(error)}); retrying`);
                return retry;
            },
        });
    }
    async getText(url, opts = {}) {
        return this.withRetry(`GET ${redactUrl(url)}`, async (_attempt, limits) => {
            const res = await this.request(url, { ...opts, headersTimeoutMs: opts.headersTimeoutMs ?? limits.headersTimeoutMs });
            let text;
            try {
                text = await readBodyText(res.body);
            }
            catch (err) {
                throw this.networkError(res.url, err, opts.signal);
            }
            return { status: res.status, text, headers: res.headers, url: res.url };
        });
    }
    async getJson(url, opts = {}) {
        const res = await this.getText(url, { ...opts, headers: { accept: 'application/json', ...opts.headers } });
        if (res.status >= 400)
            return { status: res.status, data: undefined, headers: res.headers };
        try {
            return { status: res.status, data: JSON.parse(res.text), headers: res.headers };
        }
        catch {
            throw new errors/* AtmosError */.f7(`${redactUrl(url)} did not return JSON`, { code: 'HTTP_BAD_JSON', explanation: res.text.slice(0, 300) });
        }
    }
    /**
     * Download to `dest` atomically: stream to a temp sibling, check the length against
     * Content-Length (a short body is retried), rename. Nothing is left behind on failure.
     * With `digests`, the body is hashed as it streams (hex digests of the attempt that
     * succeeded), so the caller does not read the file a second time to verify it.
     */
    async download(url, dest, opts = {}) {
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
        return this.withRetry(`download ${redactUrl(url)}`, async (_attempt, limits) => {
            const tmp = (0,atomicFile/* tempSibling */.Zp)(dest, 'part');
            try {
                const res = await this.request(url, { ...opts, headersTimeoutMs: opts.headersTimeoutMs ?? limits.headersTimeoutMs });
                if (res.status >= 400) {
                    res.body.resume();
                    throw new HttpStatusError(res.status, res.url, '');
                }
                // Fresh per attempt: a retried download starts over.
                const hashes = [...new Set(opts.digests ?? [])].map((a) => [a, (0,external_node_crypto_.createHash)(a)]);
                const received = await this.writeBody(res, tmp, {
                    onChunk: (chunk, total, expected) => {
                        for (const [, h] of hashes)
                            h.update(chunk);
                        opts.task?.update(total, expected);
                        opts.onBytes?.(chunk.length);
                    },
                });
                await external_node_fs_.promises.rename(tmp, dest);
                return { size: received, url: res.url, headers: res.headers, digests: Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')])) };
            }
            catch (err) {
                await external_node_fs_.promises.rm(tmp, { force: true });
                throw err;
            }
        });
    }
    /**
     * Stream a response body into `file`, calling `onChunk` per chunk (progress, hashing).
     * Throws TRUNCATED (retried by withRetry) when fewer bytes arrive than Content-Length
     * announced; the caller removes or ignores the partial file.
     */
    async writeBody(res, file, opts = {}) {
        const expected = res.headers['content-length'] ? Number(res.headers['content-length']) : undefined;
        let received = 0;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                received += chunk.length;
                opts.onChunk?.(chunk, received, expected);
                cb(null, chunk);
            },
        });
        // The file is opened before the body flows: a write stream opened lazily can still create the
        // file after a failed pipeline has rejected, leaving litter that the caller already cleaned up.
        const handle = await external_node_fs_.promises.open(file, 'w').catch((err) => {
            res.body.destroy();
            throw err;
        });
        const out = handle.createWriteStream();
        await (0,promises_.pipeline)(res.body, counter, out, opts.signal ? { signal: opts.signal } : {}).catch((err) => {
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
    networkError(url, err, signal) {
        if (signal?.aborted || err instanceof errors/* AtmosError */.f7)
            return err;
        const code = netCodeOf(err);
        if (!code || !(code in networkWords || retryableCodes.has(code)))
            return err;
        return new HttpNetworkError(url, err);
    }
    statusError(status, url, body, headers) {
        const remaining = headers['x-ratelimit-remaining'];
        if ((status === 403 || status === 429) && (remaining === '0' || /rate limit/i.test(body))) {
            const reset = Number(headers['x-ratelimit-reset']);
            const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000) : undefined;
            const mins = when ? Math.max(0, Math.ceil((when.getTime() - Date.now()) / 60_000)) : undefined;
            return new HttpStatusError(status, url, body, {
                code: 'RATE_LIMITED',
                explanation: `The GitHub API rate limit is used up (${headers['x-ratelimit-limit'] ?? '?'} requests/hour for this ${headers['x-ratelimit-limit'] === '60' ? 'unauthenticated client' : 'token'}).` + (when ? ` It resets at ${when.toISOString()} (in ${mins} minute${mins === 1 ? '' : 's'}).` : ''),
                hint: 'Pass a token: set GITHUB_TOKEN or ATMOS_GITHUB_TOKEN (in Actions: env GITHUB_TOKEN: ${{ github.token }}), ' +
                    'or commit toolchain.lock.yaml so installs make no API calls.',
            });
        }
        return new HttpStatusError(status, url, body);
    }
}
function flattenHeaders(h) {
    const out = {};
    for (const [k, v] of Object.entries(h))
        if (v !== undefined)
            out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
}
async function readBodyText(body, limit = Infinity) {
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
        if (size < limit)
            chunks.push(b);
        size += b.length;
    }
    return Buffer.concat(chunks).toString('utf8');
}


/***/ })

};
