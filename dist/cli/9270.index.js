export const id = 9270;
export const ids = [9270,996];
export const modules = {

/***/ 28786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ writeFileAtomicSync),
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
/**
 * writeFileAtomic for synchronous callers (the warm stamp and the shims, written at the end of
 * a command): temp sibling, rename, the temp file removed when anything fails. No fsync: these
 * files are rebuilt by the next install when lost.
 */
function writeFileAtomicSync(target, data, options = {}) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const tmp = tempSibling(target);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, data, { mode: options.mode ?? 0o644 });
        if (options.mode !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, options.mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, target);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
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

/***/ 52252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* unused harmony export fileLockStats */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55704);






const HOLDER_FILE = 'holder.json';
/** A takeover guard is held for a few file operations; older than this, its taker died. */
const GUARD_STALE_MS = 2000;
/**
 * Run `fn` holding an exclusive cross-process lock named after `target`: the directory
 * `<target>.lock` (mkdir is atomic on Linux, macOS and Windows) holding `holder.json` (pid,
 * host, process start time). The holder refreshes the directory's mtime while it runs.
 *
 * A waiter takes the lock over:
 *  - at once when the holder ran on this host (same hostname and pid namespace) and its process
 *    is gone — no such pid, a zombie, or a pid now used by a process with another start time;
 *  - when the holder is on another host (a shared NFS cache), or left no record, only once the
 *    lock has not been refreshed for `staleMs`;
 *  - never while the holder is a live process on this host whose start time matches.
 */
async function withFileLock(target, fn, options = {}) {
    const lockDir = `${target}.lock`;
    const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
    // Callers in this process queue on a promise: the next one starts the moment the previous
    // one releases, instead of sleep-polling the directory. Other processes still poll.
    const key = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(lockDir);
    const previous = inProcessQueue.get(key);
    let done;
    const mine = new Promise((resolve) => (done = resolve));
    const tail = (previous ?? Promise.resolve()).then(() => mine);
    inProcessQueue.set(key, tail);
    try {
        if (previous)
            await waitUntil(previous, deadline);
        return await withFileLockHeld(lockDir, fn, options, deadline);
    }
    finally {
        done();
        if (inProcessQueue.get(key) === tail)
            inProcessQueue.delete(key);
    }
}
/** Counters that let tests prove callers in one process never sleep-poll for each other. */
const fileLockStats = { polls: 0 };
/** The tail of each lock's in-process queue (absolute lock directory → settles when the last caller is done). */
const inProcessQueue = new Map();
/** Wait for `p`, but not past `deadline`: then the caller goes on to poll, and times out with the usual message. */
async function waitUntil(p, deadline) {
    let timer;
    await Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
    clearTimeout(timer);
}
async function withFileLockHeld(lockDir, fn, options, deadline) {
    const staleMs = options.staleMs ?? 15_000;
    let warned = false;
    let held;
    while (!(held = await tryCreate(lockDir, staleMs))) {
        const verdict = await judge(lockDir, staleMs);
        if (verdict.kind === 'gone')
            continue;
        if (verdict.kind === 'take-over') {
            await takeOver(lockDir, staleMs);
            continue;
        }
        if (!warned) {
            warned = true;
            options.onWait?.(describeHolder(verdict.holder));
        }
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`timed out waiting for lock ${lockDir}`, {
                code: 'LOCK_TIMEOUT',
                explanation: `Another atmos-ts process holds this lock (${describeHolder(verdict.holder)}) and did not release it in time.`,
                hint: `If that process is not running any more, remove ${lockDir} and retry.`,
            });
        }
        fileLockStats.polls++;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(50 + Math.random() * 100);
    }
    try {
        return await fn();
    }
    finally {
        await held.release();
    }
}
/** mkdir the lock and record ourselves in it; undefined when someone else holds it. */
async function tryCreate(lockDir, staleMs) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(lockDir);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return undefined;
        if (code !== 'ENOENT')
            throw err;
        // The parent is missing (first use, or pruned by a cleanup meanwhile).
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(lockDir), { recursive: true });
        return tryCreate(lockDir, staleMs);
    }
    const holder = ownRecord();
    try {
        // Temp + rename inside the lock: a reader sees no record or a whole one.
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, `.${HOLDER_FILE}.${holder.token}`);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, JSON.stringify(holder, null, 2));
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, HOLDER_FILE));
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
        throw err;
    }
    // Refresh well within the staleness window, for waiters that can only judge by age.
    const every = Math.min(5000, Math.max(100, Math.floor(staleMs / 3)));
    const timer = setInterval(() => {
        const now = new Date();
        node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.utimes(lockDir, now, now).catch(() => clearInterval(timer));
    }, every);
    timer.unref();
    return {
        async release() {
            clearInterval(timer);
            // Taken over meanwhile (we looked dead or stale to someone): the lock is theirs now.
            if ((await readHolder(lockDir))?.token !== holder.token)
                return;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
        },
    };
}
async function judge(lockDir, staleMs) {
    let mtimeMs;
    try {
        mtimeMs = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(lockDir)).mtimeMs;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { kind: 'gone' };
        throw err;
    }
    const holder = await readHolder(lockDir);
    if (holder && onThisHost(holder)) {
        const life = liveness(holder);
        if (life === 'gone')
            return { kind: 'take-over', holder };
        if (life === 'alive')
            return { kind: 'wait', holder };
    }
    return { kind: Date.now() - mtimeMs > staleMs ? 'take-over' : 'wait', holder };
}
/**
 * Remove an abandoned lock. Takeovers are serialised by a guard (a small lock of its own)
 * and the verdict is re-checked under it: without that, two waiters that both saw the dead
 * holder could each remove the lock — the second one removing the first one's fresh lock.
 */
async function takeOver(lockDir, staleMs) {
    const guardDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(lockDir), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(lockDir)}.takeover`);
    const guard = await tryCreate(guardDir, GUARD_STALE_MS);
    if (!guard) {
        // A guard whose taker died (double fault) would block every takeover; it is tiny, so just remove it.
        if ((await judge(guardDir, GUARD_STALE_MS)).kind === 'take-over')
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(guardDir, { recursive: true, force: true });
        else
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(10);
        return;
    }
    try {
        if ((await judge(lockDir, staleMs)).kind === 'take-over')
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
    }
    finally {
        await guard.release();
    }
}
function ownRecord() {
    const startTime = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .processStartTime */ .X0)(process.pid);
    return {
        pid: process.pid,
        ...(0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .hostIdentity */ .dW)(),
        ...(startTime ? { startTime } : {}),
        startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
        acquiredAt: new Date().toISOString(),
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'),
    };
}
async function readHolder(lockDir) {
    try {
        const h = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, HOLDER_FILE), 'utf8'));
        return Number.isInteger(h.pid) && typeof h.hostname === 'string' ? h : undefined;
    }
    catch {
        return undefined;
    }
}
function onThisHost(h) {
    const me = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .hostIdentity */ .dW)();
    return h.hostname === me.hostname && h.pidNamespace === me.pidNamespace;
}
/** 'alive-unverified': the pid answers but its start time cannot be compared (not Linux). */
function liveness(h) {
    if (!(0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .isAlive */ ._n)(h.pid))
        return 'gone';
    const now = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .processStartTime */ .X0)(h.pid);
    if (h.startTime === undefined || now === undefined)
        return 'alive-unverified';
    return now === h.startTime ? 'alive' : 'gone';
}
function describeHolder(h) {
    return h ? `pid ${h.pid} on ${h.hostname}, since ${h.acquiredAt}` : 'holder not recorded';
}


/***/ }),

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


/***/ }),

/***/ 30024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run `fn` over `items` with at most `limit` in flight; results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 73842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _P: () => (/* binding */ offlineError),
/* harmony export */   aK: () => (/* binding */ isOffline),
/* harmony export */   ej: () => (/* binding */ isOfflineError),
/* harmony export */   m5: () => (/* binding */ assertMayConnect)
/* harmony export */ });
/* unused harmony export BUNDLE_HINT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/**
 * Offline mode: the one choke point every outbound connection passes through. `--offline`,
 * `ATMOS_OFFLINE=1` and `offline: true` in atmos.yaml all end up as `ATMOS_OFFLINE=1` in the
 * environment (the CLI sets it), so child processes — a detached registry cache, `terraform`
 * itself — inherit the decision. HttpClient and every `git` spawn that reaches a remote ask
 * {@link assertMayConnect} first; what is missing fails at once with a message naming the
 * object and how to bring it in with a bundle, instead of waiting for a timeout.
 */

/** True when `ATMOS_OFFLINE` is set to a true value (1, true, yes, on). */
function isOffline(env = process.env) {
    return /^(1|true|yes|on)$/i.test((env.ATMOS_OFFLINE ?? '').trim());
}
/** The hint every offline failure ends with: how to get the object onto this machine. */
const BUNDLE_HINT = 'On a connected machine, run `atmos-ts bundle create --output deps.tar.zst` in this repository (or `atmos-ts ci cache export`), ' +
    'copy the file here and run `atmos-ts bundle import deps.tar.zst` (actions: `bundle: deps.tar.zst`). ' +
    'Or leave offline mode (unset ATMOS_OFFLINE, drop --offline / `offline: true`).';
/** The error for "this needs the network, and we are offline". `what` names the object. */
function offlineError(what, target) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`offline: ${what} is not available locally`, {
        code: 'OFFLINE_MISSING',
        explanation: 'atmos-ts runs in offline mode (--offline, ATMOS_OFFLINE=1 or `offline: true` in atmos.yaml) and opens no outbound connection' +
            (target ? `; it would have had to fetch ${target}.` : '.'),
        hint: BUNDLE_HINT,
        context: target ? { source: target } : undefined,
    });
}
/** Throw {@link offlineError} when offline. Call before opening any outbound connection. */
function assertMayConnect(what, target, env = process.env) {
    if (isOffline(env))
        throw offlineError(what, target);
}
/** Whether an error is the offline refusal (the proxy turns it into a 404 with the reason). */
function isOfflineError(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7 && err.code === 'OFFLINE_MISSING';
}


/***/ }),

/***/ 55704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ processStartTime),
/* harmony export */   _n: () => (/* binding */ isAlive),
/* harmony export */   dW: () => (/* binding */ hostIdentity)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Is a process with this pid alive (ESRCH = gone; EPERM = alive but not ours)? An exited
 * but unreaped process (a zombie: its parent is gone and PID 1 has not reaped it yet, or its
 * parent has not waited for it) still answers signal 0, so Linux's /proc state is checked too.
 */
function isAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        return err.code === 'EPERM';
    }
    return procStat(pid)?.state !== 'Z';
}
/**
 * When the kernel started this process, as an opaque token (Linux: `starttime`, clock ticks
 * since boot, from /proc/<pid>/stat); undefined where it cannot be read cheaply. Two reads
 * that differ for the same pid mean the pid was reused by another process.
 */
function processStartTime(pid) {
    return procStat(pid)?.startTime;
}
/**
 * Which machine and pid namespace pids are meaningful in. Two containers can share a hostname
 * and a cache volume while their pids mean different processes: the pid namespace tells them apart.
 */
function hostIdentity() {
    let pidNamespace;
    try {
        pidNamespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)('/proc/self/ns/pid');
    }
    catch {
        /* not Linux */
    }
    return { hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(), ...(pidNamespace ? { pidNamespace } : {}) };
}
function procStat(pid) {
    if (process.platform !== 'linux')
        return undefined;
    try {
        // Format: "pid (comm) S …"; comm may hold spaces and parentheses, so fields are counted
        // after the last ")": state is field 3, starttime field 22.
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { state: fields[0], startTime: fields[19] };
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 26473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ tlsDir),
/* harmony export */   Qp: () => (/* binding */ registryCacheSecretPaths),
/* harmony export */   Xy: () => (/* binding */ registryCacheLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29353);
/**
 * Where the registry cache lives on disk and which of its paths hold secrets. Public (also
 * re-exported by index.ts) and deliberately light — config and paths only — so another
 * engine (the CI cache) can ask without loading the proxy, TLS and HCL code (~160 ms).
 */


/** `components.terraform.cache.location`, default `<cache root>/terraform/registry`. */
function registryCacheLocation(config) {
    const location = config.values.components.terraform.cache.location;
    return location ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(location, config.baseDir) : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(config.cacheRoot, 'terraform', 'registry');
}
/** The TLS directory of a registry cache root (CA and server private keys). */
function tlsDir(root) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'tls');
}
/** Secret-bearing paths of the registry cache for this configuration: never archive or publish them. */
function registryCacheSecretPaths(config) {
    return [tlsDir(registryCacheLocation(config))];
}


/***/ })

};
