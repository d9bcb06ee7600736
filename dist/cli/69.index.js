export const id = 69;
export const ids = [69];
export const modules = {

/***/ 45069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HttpClient: () => (/* binding */ HttpClient),
/* harmony export */   HttpStatusError: () => (/* binding */ HttpStatusError),
/* harmony export */   flattenHeaders: () => (/* binding */ flattenHeaders),
/* harmony export */   isRetryableError: () => (/* binding */ isRetryableError),
/* harmony export */   readBodyText: () => (/* binding */ readBodyText),
/* harmony export */   redactUrl: () => (/* binding */ redactUrl)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var p_retry__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(74995);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24371);
/* harmony import */ var _atomicFile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28786);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71922);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(49353);









class HttpStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7 {
    status;
    url;
    constructor(status, url, body, extra = {}) {
        super(`GET ${redactUrl(url)} returned HTTP ${status}`, {
            code: extra.code ?? 'HTTP_STATUS',
            explanation: extra.explanation ?? (body ? body.slice(0, 500) : undefined),
            hint: extra.hint,
            context: { url: redactUrl(url), status },
        });
        this.status = status;
        this.url = url;
    }
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
    'ENOTFOUND',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
    'TRUNCATED',
]);
function isRetryableError(err) {
    if (err instanceof HttpStatusError)
        return (err.status >= 500 && err.status !== 501) || err.status === 429;
    const code = err.code ?? err.cause?.code;
    return code !== undefined && retryableCodes.has(code);
}
let sharedDispatcher;
function defaultDispatcher() {
    sharedDispatcher ??= new undici__WEBPACK_IMPORTED_MODULE_4__/* .EnvHttpProxyAgent */ .J2({ connections: 32 });
    return sharedDispatcher;
}
class HttpClient {
    logger;
    options;
    retries;
    retryMinMs;
    constructor(options = {}) {
        this.options = options;
        this.logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_7__.silentLogger;
        const env = options.env ?? process.env;
        this.retries = options.retries ?? (env.ATMOS_HTTP_RETRIES ? Number(env.ATMOS_HTTP_RETRIES) : 4);
        this.retryMinMs = options.retryMinMs ?? (env.ATMOS_HTTP_RETRY_MIN_MS ? Number(env.ATMOS_HTTP_RETRY_MIN_MS) : 500);
    }
    /** One attempt (redirects followed, no retries). Non-accepted error statuses throw {@link HttpStatusError}. */
    async request(url, opts = {}) {
        let current = new URL(url);
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
            const res = await (0,undici__WEBPACK_IMPORTED_MODULE_4__/* .request */ .Em)(current, {
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
                if (hop >= maxRedirects)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7(`too many redirects fetching ${redactUrl(url)}`, { code: 'HTTP_REDIRECTS' });
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
    async withRetry(what, fn) {
        return (0,p_retry__WEBPACK_IMPORTED_MODULE_8__/* ["default"] */ .Ay)(async (attempt) => {
            try {
                return await fn(attempt);
            }
            catch (err) {
                if (!isRetryableError(err))
                    throw new p_retry__WEBPACK_IMPORTED_MODULE_8__/* .AbortError */ .lc(err);
                throw err;
            }
        }, {
            retries: this.retries,
            minTimeout: this.retryMinMs,
            factor: 2,
            maxTimeout: Math.max(this.retryMinMs, 10_000),
            randomize: true,
            onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
                if (retriesLeft > 0)
                    this.logger.warn(`${what}: attempt ${attemptNumber} failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); retrying`);
            },
        }).catch((err) => {
            throw err instanceof p_retry__WEBPACK_IMPORTED_MODULE_8__/* .AbortError */ .lc ? err.originalError ?? err : err;
        });
    }
    async getText(url, opts = {}) {
        return this.withRetry(`GET ${redactUrl(url)}`, async () => {
            const res = await this.request(url, opts);
            const text = await readBodyText(res.body);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7(`${redactUrl(url)} did not return JSON`, { code: 'HTTP_BAD_JSON', explanation: res.text.slice(0, 300) });
        }
    }
    /**
     * Download to `dest` atomically: stream to a temp sibling, check the length against
     * Content-Length (a short body is retried), rename. Nothing is left behind on failure.
     */
    async download(url, dest, opts = {}) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest), { recursive: true });
        return this.withRetry(`download ${redactUrl(url)}`, async () => {
            const tmp = (0,_atomicFile_js__WEBPACK_IMPORTED_MODULE_5__/* .tempSibling */ .Zp)(dest, 'part');
            try {
                const res = await this.request(url, opts);
                if (res.status >= 400) {
                    res.body.resume();
                    throw new HttpStatusError(res.status, res.url, '');
                }
                const expected = res.headers['content-length'] ? Number(res.headers['content-length']) : undefined;
                let received = 0;
                const counter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
                    transform(chunk, _enc, cb) {
                        received += chunk.length;
                        opts.task?.update(received, expected);
                        opts.onBytes?.(chunk.length);
                        cb(null, chunk);
                    },
                });
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(res.body, counter, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp));
                if (expected !== undefined && received !== expected) {
                    throw Object.assign(new Error(`download truncated: got ${received} of ${expected} bytes`), { code: 'TRUNCATED' });
                }
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, dest);
                return { size: received, url: res.url, headers: res.headers };
            }
            catch (err) {
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true });
                throw err;
            }
        });
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
