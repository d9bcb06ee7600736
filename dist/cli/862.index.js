export const id = 862;
export const ids = [862,69];
export const modules = {

/***/ 7862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CacheRestClient: () => (/* binding */ CacheRestClient)
/* harmony export */ });
/* unused harmony exports repositoryFrom, parseRemote */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45069);
/* harmony import */ var _common_linkHeader_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51152);
/* harmony import */ var _github_endpoints_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80925);





/** Administration of the repository's Actions caches over the REST API (works anywhere with a token). */
class CacheRestClient {
    http;
    endpoints;
    repository;
    constructor(options) {
        this.endpoints = (0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .githubEndpoints */ .QF)(options.env);
        const token = (0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .githubToken */ .bU)({ flag: options.token, env: options.env, allowGhCli: true });
        if (!token) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7('no GitHub token to list or delete caches', {
                code: 'GITHUB_TOKEN_MISSING',
                explanation: 'The Actions cache REST API needs a token with "actions: read" (list) or "actions: write" (delete).',
                hint: 'Pass --github-token, set ATMOS_GITHUB_TOKEN or GITHUB_TOKEN, or log in with `gh auth login`.',
            });
        }
        this.repository = options.repository ?? repositoryFrom(options.env, options.cwd, this.endpoints);
        this.http = new _common_http_js__WEBPACK_IMPORTED_MODULE_2__.HttpClient({ logger: options.logger, env: options.env, authFor: (0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .githubAuthFor */ .R$)(token, this.endpoints) });
    }
    url(query) {
        const u = new URL(`${this.endpoints.apiUrl}/repos/${this.repository}/actions/caches`);
        for (const [k, v] of Object.entries(query))
            u.searchParams.set(k, v);
        return u.toString();
    }
    /** Every entry (all pages, via the Link header), optionally only keys starting with `prefix`. */
    async list(prefix) {
        const out = [];
        let next = this.url({ per_page: '100', ...(prefix ? { key: prefix } : {}) });
        for (let page = 0; next && page < 1000; page++) {
            const res = await this.http.getJson(next, {
                headers: apiHeaders,
                acceptStatus: [401, 403, 404],
            });
            if (res.status >= 400)
                throw restError(res.status, this.repository, 'list');
            out.push(...(res.data?.actions_caches ?? []));
            next = (0,_common_linkHeader_js__WEBPACK_IMPORTED_MODULE_4__/* .nextLink */ .I)(res.headers.link);
        }
        // The API's `key` filter is a prefix match; filter again so a server that ignores it cannot widen the result.
        return (prefix ? out.filter((e) => e.key.startsWith(prefix)) : out).sort((a, b) => b.created_at.localeCompare(a.created_at));
    }
    /** Delete every entry with this exact key (all refs). A key that is not there is a success. */
    async delete(key) {
        const res = await this.http.withRetry(`DELETE caches key=${key}`, async () => {
            const r = await this.http.request(this.url({ key }), { method: 'DELETE', headers: apiHeaders, acceptStatus: [401, 403, 404] });
            const text = await readAll(r.body);
            return { status: r.status, text };
        });
        if (res.status === 404)
            return [];
        if (res.status >= 400)
            throw restError(res.status, this.repository, 'delete');
        try {
            return (JSON.parse(res.text).actions_caches ?? []);
        }
        catch {
            return [];
        }
    }
}
const apiHeaders = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
async function readAll(body) {
    let s = '';
    for await (const c of body)
        s += c.toString();
    return s;
}
function restError(status, repo, op) {
    const need = op === 'list' ? 'actions: read' : 'actions: write';
    return new _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9(status, `repos/${repo}/actions/caches`, '', {
        code: 'CACHE_REST_FAILED',
        explanation: status === 404 ? `Repository ${repo} was not found, or the token cannot see it.` : `GitHub refused to ${op} caches of ${repo} (HTTP ${status}).`,
        hint: `Use a token with "${need}" permission on ${repo} (in a workflow: \`permissions: actions: ${op === 'list' ? 'read' : 'write'}\`).`,
    });
}
/** `GITHUB_REPOSITORY`, else the `origin` remote of the checkout (GitHub or the configured GHES). */
function repositoryFrom(env, cwd, endpoints = (0,_github_endpoints_js__WEBPACK_IMPORTED_MODULE_3__/* .githubEndpoints */ .QF)(env)) {
    if (env.GITHUB_REPOSITORY && /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY))
        return env.GITHUB_REPOSITORY;
    let remote = '';
    try {
        remote = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['remote', 'get-url', 'origin'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim();
    }
    catch {
        /* not a git checkout */
    }
    const parsed = parseRemote(remote, new URL(endpoints.serverUrl).host);
    if (parsed)
        return parsed;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7('cannot tell which GitHub repository the caches belong to', {
        code: 'GITHUB_REPOSITORY_UNKNOWN',
        explanation: remote
            ? `The git remote "${remote}" is not a ${endpoints.serverUrl} repository.`
            : 'GITHUB_REPOSITORY is not set and there is no git remote "origin".',
        hint: 'Set GITHUB_REPOSITORY=owner/repo, or run inside a clone of the repository.',
    });
}
function parseRemote(remote, host) {
    const h = host.replace(/\./g, '\\.');
    const m = new RegExp(`^(?:https?://(?:[^@/]+@)?|ssh://git@)${h}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`).exec(remote) ??
        new RegExp(`^git@${h}:([^/]+)/([^/]+?)(?:\\.git)?$`).exec(remote);
    return m ? `${m[1]}/${m[2]}` : undefined;
}


/***/ }),

/***/ 28786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zp: () => (/* binding */ tempSibling),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   hh: () => (/* binding */ diskUsage),
/* harmony export */   s0: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A sibling temp path in the same directory, so a rename over the target is atomic. */
function tempSibling(target, tag = 'tmp') {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${tag}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/**
 * Write a file so readers see either the old or the new content, never a torn one:
 * write a temp sibling, fsync, rename. The temp file is removed when anything fails.
 */
async function writeFileAtomic(target, data, options = {}) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const tmp = tempSibling(target);
    try {
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, 'w', options.mode ?? 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        if (options.mode !== undefined)
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, options.mode);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw err;
    }
}
/** A regular file (following symlinks); false when missing or anything else. */
async function isFile(p) {
    try {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(p)).isFile();
    }
    catch {
        return false;
    }
}
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(p);
        return true;
    }
    catch {
        return false;
    }
}
/** Total size in bytes of a file or directory tree (symlinks not followed). */
async function diskUsage(p) {
    let st;
    try {
        st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(p);
    }
    catch {
        return 0;
    }
    if (!st.isDirectory())
        return st.size;
    let total = 0;
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(p))
        total += await diskUsage(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(p, entry));
    return total;
}


/***/ }),

/***/ 45069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   F9: () => (/* binding */ HttpStatusError),
/* harmony export */   HttpClient: () => (/* binding */ HttpClient),
/* harmony export */   httpTimeouts: () => (/* binding */ httpTimeouts),
/* harmony export */   mf: () => (/* binding */ readBodyText),
/* harmony export */   uA: () => (/* binding */ HTTP_DEFAULTS),
/* harmony export */   z3: () => (/* binding */ HttpNetworkError)
/* harmony export */ });
/* unused harmony exports retryClass, isRetryableError, flattenHeaders */
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
class HttpStatusError extends _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7 {
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
class HttpNetworkError extends _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7 {
    /** System / undici code (ECONNREFUSED, ENOTFOUND, UND_ERR_HEADERS_TIMEOUT …). */
    netCode;
    /** Address the connection went to, when the system said (loopback refusals are final). */
    address;
    constructor(url, err) {
        const e = err;
        const netCode = e.code ?? e.cause?.code ?? 'ERROR';
        const host = hostOf(url);
        const what = networkWords[netCode] ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(err);
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
    sharedDispatcher ??= new undici__WEBPACK_IMPORTED_MODULE_4__/* .EnvHttpProxyAgent */ .J2({ connections: 32 });
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
        this.logger = options.logger ?? _logger_js__WEBPACK_IMPORTED_MODULE_7__.silentLogger;
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
                res = await (0,undici__WEBPACK_IMPORTED_MODULE_4__/* .request */ .Em)(current, {
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
    /**
     * Retry `fn` with exponential backoff on transient failures, within the retry budget.
     * `fn` gets the headers wait left for its attempt (pass it to {@link request}).
     */
    async withRetry(what, fn) {
        // The budget starts at the first failure: a long download that breaks late still gets retries.
        let deadline;
        const maxTimeout = Math.max(this.retryMinMs, 10_000);
        return (0,p_retry__WEBPACK_IMPORTED_MODULE_8__/* ["default"] */ .Ay)((attempt) => {
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
                    this.logger.warn(`${what}: attempt ${attemptNumber} failed (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .gJ)(error)}); retrying`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7(`${redactUrl(url)} did not return JSON`, { code: 'HTTP_BAD_JSON', explanation: res.text.slice(0, 300) });
        }
    }
    /**
     * Download to `dest` atomically: stream to a temp sibling, check the length against
     * Content-Length (a short body is retried), rename. Nothing is left behind on failure.
     */
    async download(url, dest, opts = {}) {
        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dest), { recursive: true });
        return this.withRetry(`download ${redactUrl(url)}`, async (_attempt, limits) => {
            const tmp = (0,_atomicFile_js__WEBPACK_IMPORTED_MODULE_5__/* .tempSibling */ .Zp)(dest, 'part');
            try {
                const res = await this.request(url, { ...opts, headersTimeoutMs: opts.headersTimeoutMs ?? limits.headersTimeoutMs });
                if (res.status >= 400) {
                    res.body.resume();
                    throw new HttpStatusError(res.status, res.url, '');
                }
                const received = await this.writeBody(res, tmp, {
                    onChunk: (chunk, total, expected) => {
                        opts.task?.update(total, expected);
                        opts.onBytes?.(chunk.length);
                    },
                });
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, dest);
                return { size: received, url: res.url, headers: res.headers };
            }
            catch (err) {
                await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true });
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
        const counter = new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({
            transform(chunk, _enc, cb) {
                received += chunk.length;
                opts.onChunk?.(chunk, received, expected);
                cb(null, chunk);
            },
        });
        // The file is opened before the body flows: a write stream opened lazily can still create the
        // file after a failed pipeline has rejected, leaving litter that the caller already cleaned up.
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.open(file, 'w').catch((err) => {
            res.body.destroy();
            throw err;
        });
        const out = handle.createWriteStream();
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(res.body, counter, out, opts.signal ? { signal: opts.signal } : {}).catch((err) => {
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
        if (signal?.aborted || err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .AtmosError */ .f7)
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

/***/ 51152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nextLink)
/* harmony export */ });
/*
 * RFC 8288 Link headers as GitHub's REST API pages with them. Kept out of http.ts so that
 * callers that load the HTTP stack lazily (the toolchain's GitHub releases) need not load it.
 */
/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next URL. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
        if (m)
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 80925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ githubEndpoints),
/* harmony export */   R$: () => (/* binding */ githubAuthFor),
/* harmony export */   bU: () => (/* binding */ githubToken)
/* harmony export */ });
/* unused harmony export isGitHubHost */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * GitHub (or GitHub Enterprise Server) base URLs and the token we may send there.
 * `GITHUB_SERVER_URL` / `GITHUB_API_URL` select GHES; tests point them at loopback fakes.
 */

function githubEndpoints(env = process.env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    let apiUrl = env.GITHUB_API_URL?.replace(/\/+$/, '');
    if (!apiUrl)
        apiUrl = serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
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
function isGitHubHost(url, endpoints) {
    if (publicGitHubHosts.has(url.hostname))
        return true;
    for (const base of [endpoints.serverUrl, endpoints.apiUrl]) {
        try {
            if (new URL(base).host === url.host)
                return true;
        }
        catch {
            /* ignore malformed env */
        }
    }
    return false;
}
/** `--github-token` > `ATMOS_GITHUB_TOKEN` > `GITHUB_TOKEN` > `gh auth token` (when allowed). */
function githubToken(options = {}) {
    const env = options.env ?? process.env;
    const direct = options.flag || env.ATMOS_GITHUB_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
    if (direct)
        return direct.trim();
    if (!options.allowGhCli)
        return undefined;
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('gh', ['auth', 'token'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
            .toString()
            .trim();
        return out || undefined;
    }
    catch {
        return undefined;
    }
}
/** An `authFor` for {@link HttpClient} that sends the token to GitHub hosts only. */
function githubAuthFor(token, endpoints) {
    return (url) => (token && isGitHubHost(url, endpoints) ? `Bearer ${token}` : undefined);
}


/***/ })

};
