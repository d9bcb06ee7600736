export const id = 1055;
export const ids = [1055];
export const modules = {

/***/ 71055:
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
// EXTERNAL MODULE: ./src/common/httpTransport.ts
var httpTransport = __webpack_require__(63536);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/common/nodeTransport.ts
/**
 * HttpClient's default transport: Node's built-in `node:http` / `node:https` with keep-alive
 * agents shared by the whole process (32 connections per origin, as the undici agent had).
 * Measured against undici: ~50 ms less CPU to load, and about half the CPU per downloaded
 * megabyte (native parser, no copy of each body chunk through WASM).
 *
 * Timing follows undici's: at most {@link CONNECT_TIMEOUT_MS} to connect (TLS included),
 * then `headersTimeoutMs` for the response headers; while the body is read, `bodyTimeoutMs`
 * of silence from the server fails it — data waiting for a slow consumer is not silence.
 * A connection the server closes before the body is complete fails with UND_ERR_SOCKET.
 */



/** undici's default connect timeout. */
const CONNECT_TIMEOUT_MS = 10_000;
const MAX_SOCKETS = 32;
let agents;
function agentFor(protocol) {
    agents ??= {
        http: new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
        https: new (external_node_https_default()).Agent({ keepAlive: true, maxSockets: MAX_SOCKETS }),
    };
    return protocol === 'https:' ? agents.https : agents.http;
}
const abortReason = (signal) => signal.reason ?? Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
const nodeTransport = {
    name: 'node',
    request(req) {
        return new Promise((resolve, reject) => {
            const { url, signal } = req;
            if (signal?.aborted)
                return reject(abortReason(signal));
            const tls = url.protocol === 'https:';
            const headers = { ...req.headers };
            if (req.body !== undefined)
                headers['content-length'] = String(Buffer.byteLength(req.body));
            let cr;
            try {
                cr = (tls ? (external_node_https_default()) : (external_node_http_default())).request({
                    protocol: url.protocol,
                    // URL keeps IPv6 literals in brackets; user:pass@ is ignored (as undici does: credentials come from authFor).
                    hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
                    port: url.port || undefined,
                    path: `${url.pathname}${url.search}`,
                    method: req.method,
                    headers,
                    agent: agentFor(url.protocol),
                });
            }
            catch (err) {
                return reject(err);
            }
            let res;
            let socket;
            let failed = false;
            let timer;
            const arm = (ms, onFire) => {
                clearTimeout(timer);
                timer = setTimeout(onFire, ms).unref();
            };
            /** Before the response: the request fails (once). */
            const fail = (err) => {
                if (failed)
                    return;
                failed = true;
                cleanup();
                cr.destroy();
                reject(err);
            };
            const onAbort = () => {
                const reason = abortReason(signal);
                if (res)
                    res.destroy(reason);
                else
                    fail(reason);
            };
            // Progress of the body: any bytes from the server restart the idle timer.
            const onData = () => {
                timer?.refresh();
            };
            // The server closed the connection: a body not yet complete is cut short (Node would say "aborted").
            const onEnd = () => {
                if (res && !res.complete)
                    res.destroy((0,httpTransport/* transportError */.WQ)('UND_ERR_SOCKET'));
            };
            const cleanup = () => {
                clearTimeout(timer);
                timer = undefined;
                signal?.removeEventListener('abort', onAbort);
                socket?.removeListener('data', onData);
                socket?.removeListener('end', onEnd);
            };
            signal?.addEventListener('abort', onAbort, { once: true });
            cr.on('socket', (s) => {
                socket = s;
                const headersWait = () => arm(req.headersTimeoutMs, () => fail((0,httpTransport/* transportError */.WQ)('UND_ERR_HEADERS_TIMEOUT')));
                if (cr.reusedSocket || (!tls && !s.connecting))
                    return headersWait();
                arm(CONNECT_TIMEOUT_MS, () => fail((0,httpTransport/* transportError */.WQ)('UND_ERR_CONNECT_TIMEOUT')));
                s.once(tls ? 'secureConnect' : 'connect', () => {
                    if (!failed)
                        headersWait();
                });
            });
            // Stays attached after the response: a socket error mid-body is reported here too (and must not go uncaught).
            cr.on('error', (err) => {
                if (res) {
                    res.destroy(err);
                    return;
                }
                // The server closed the connection before answering (FIN, not a reset): Node says "socket hang up".
                if (err.code === 'ECONNRESET' && socket?.readableEnded)
                    return fail((0,httpTransport/* transportError */.WQ)('UND_ERR_SOCKET'));
                fail(err);
            });
            cr.on('response', (r) => {
                if (failed) {
                    r.destroy();
                    return;
                }
                res = r;
                clearTimeout(timer);
                timer = undefined;
                const idle = req.bodyTimeoutMs;
                if (!r.complete && idle > 0) {
                    const onIdle = () => {
                        if (r.complete || r.destroyed)
                            return cleanup();
                        // Bytes are waiting for the consumer: the pause is the consumer's, not the server's.
                        if (r.readableLength > 0)
                            return void timer?.refresh();
                        r.destroy((0,httpTransport/* transportError */.WQ)('UND_ERR_BODY_TIMEOUT'));
                    };
                    arm(idle, onIdle);
                    socket?.on('data', onData);
                }
                socket?.on('end', onEnd);
                r.once('end', cleanup);
                r.once('close', cleanup);
                resolve({ status: r.statusCode ?? 0, headers: r.headers, body: r });
            });
            cr.end(req.body);
        });
    },
};

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
 * explained. p-retry does the backoff. The transport is Node's own `node:http`/`node:https`
 * (./nodeTransport.ts); undici only behind a proxy (HTTP(S)_PROXY in the client's env) or
 * with a caller's dispatcher, loaded on first use then (./undiciTransport.ts).
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
    /** System / transport code (ECONNREFUSED, ENOTFOUND, UND_ERR_HEADERS_TIMEOUT … — both transports raise the UND_ERR_ ones). */
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
class HttpClient {
    logger;
    options;
    retries;
    retryMinMs;
    headersTimeoutMs;
    bodyTimeoutMs;
    retryBudgetMs;
    transportPromise;
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
    /** The transport this client sends through: Node's own, or undici behind a proxy / with a dispatcher. */
    transport() {
        this.transportPromise ??= (async () => {
            const env = this.options.env ?? process.env;
            if ((0,httpTransport/* transportKind */.ET)(env, this.options.dispatcher) === 'node')
                return nodeTransport;
            const { undiciTransport, envProxyDispatcher } = await Promise.all(/* import() */[__webpack_require__.e(6843), __webpack_require__.e(185)]).then(__webpack_require__.bind(__webpack_require__, 30185));
            return undiciTransport(this.options.dispatcher ?? envProxyDispatcher(env));
        })();
        return this.transportPromise;
    }
    /** One attempt (redirects followed, no retries). Non-accepted error statuses throw {@link HttpStatusError}. */
    async request(url, opts = {}) {
        let current = new URL(url);
        // Offline mode: the one place an engine's HTTP request could leave the machine.
        if (!opts.allowOffline)
            (0,offline/* assertMayConnect */.m5)(redactUrl(url), redactUrl(url), this.options.env ?? process.env);
        const originHost = current.host;
        const maxRedirects = opts.maxRedirects ?? 5;
        const transport = await this.transport();
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
                res = await transport.request({
                    url: current,
                    method: opts.method ?? 'GET',
                    headers,
                    body: opts.body,
                    signal: opts.signal,
                    headersTimeoutMs: Math.max(1, Math.round(opts.headersTimeoutMs ?? this.headersTimeoutMs)),
                    bodyTimeoutMs: this.bodyTimeoutMs,
                });
            }
            catch (err) {
                throw this.networkError(current.toString(), err, opts.signal);
            }
            const resHeaders = flattenHeaders(res.headers);
            if ([301, 302, 303, 307, 308].includes(res.status) && resHeaders.location) {
                res.body.resume();
                if (hop >= maxRedirects)
                    throw new errors/* AtmosError */.f7(`too many redirects fetching ${redactUrl(url)}`, { code: 'HTTP_REDIRECTS' });
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


/***/ }),

/***/ 63536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ proxySettings),
/* harmony export */   ET: () => (/* binding */ transportKind),
/* harmony export */   WQ: () => (/* binding */ transportError)
/* harmony export */ });
/**
 * What HttpClient needs from an HTTP/1.1 transport: one request, its response headers, and
 * the body as a Node Readable that is not decompressed. Two implementations:
 *
 * - {@link nodeTransport} (`./nodeTransport.ts`): Node's built-in `node:http`/`node:https` —
 *   native parser, code-cached in the node binary, no body copies. Used by default.
 * - `undiciTransport` (`./undiciTransport.ts`, loaded with `await import` only when chosen):
 *   undici's `EnvHttpProxyAgent` when a proxy is configured, or the dispatcher a caller passed
 *   (tests inject DNS failures that way).
 *
 * Both fail alike: timeouts and closes carry the codes HttpClient's retry rules know
 * (`UND_ERR_HEADERS_TIMEOUT`, `UND_ERR_BODY_TIMEOUT`, `UND_ERR_CONNECT_TIMEOUT`, `UND_ERR_SOCKET`,
 * or the system's ECONNRESET / ECONNREFUSED with its `address`); an aborted signal rejects
 * (or destroys the body) with `signal.reason`.
 */
/** The proxy settings of an environment, read the way undici's EnvHttpProxyAgent reads them (lower case first). */
function proxySettings(env) {
    return {
        httpProxy: env.http_proxy ?? env.HTTP_PROXY ?? '',
        httpsProxy: env.https_proxy ?? env.HTTPS_PROXY ?? '',
        noProxy: env.no_proxy ?? env.NO_PROXY ?? '',
    };
}
/**
 * Which transport a client uses: undici when the caller passed a dispatcher or when any proxy
 * is configured (then for every URL; undici applies NO_PROXY), Node's own otherwise.
 */
function transportKind(env, dispatcher) {
    if (dispatcher)
        return 'undici';
    const { httpProxy, httpsProxy } = proxySettings(env);
    return httpProxy || httpsProxy ? 'undici' : 'node';
}
/** An error with one of the transport codes HttpClient classifies (names as undici's, so both transports read alike). */
function transportError(code) {
    const [name, message] = {
        UND_ERR_HEADERS_TIMEOUT: ['HeadersTimeoutError', 'Headers Timeout Error'],
        UND_ERR_BODY_TIMEOUT: ['BodyTimeoutError', 'Body Timeout Error'],
        UND_ERR_CONNECT_TIMEOUT: ['ConnectTimeoutError', 'Connect Timeout Error'],
        UND_ERR_SOCKET: ['SocketError', 'other side closed'],
    }[code];
    const err = new Error(message);
    err.name = name;
    return Object.assign(err, { code });
}


/***/ })

};
