export const id = 5405;
export const ids = [5405,395];
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

/***/ 13182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createUrlRewriter)
/* harmony export */ });
/**
 * Where a public URL from a registry is actually fetched: `https://github.com` and
 * `https://api.github.com` move to the configured GitHub (GHES: GITHUB_SERVER_URL /
 * GITHUB_API_URL), then `toolchain.url_replacements` (longest matching prefix wins) points
 * at internal mirrors. The lock keeps the public URL, so a lock written behind a mirror
 * works without it and vice versa.
 */
function createUrlRewriter(endpoints, replacements = {}) {
    const prefixes = Object.entries(replacements)
        .filter(([from]) => from.length > 0)
        .sort((a, b) => b[0].length - a[0].length);
    return (url) => {
        let out = url;
        if (endpoints.apiUrl !== 'https://api.github.com' && startsWithPrefix(out, 'https://api.github.com')) {
            out = endpoints.apiUrl + out.slice('https://api.github.com'.length);
        }
        else if (endpoints.serverUrl !== 'https://github.com' && startsWithPrefix(out, 'https://github.com')) {
            out = endpoints.serverUrl + out.slice('https://github.com'.length);
        }
        for (const [from, to] of prefixes) {
            if (out.startsWith(from)) {
                out = to + out.slice(from.length);
                break;
            }
        }
        return out;
    };
}
/** `https://github.com` must not match `https://github.com.evil.example`. */
function startsWithPrefix(url, prefix) {
    return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}


/***/ }),

/***/ 17122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   _K: () => (/* binding */ exitLikeChild),
/* harmony export */   qI: () => (/* binding */ runTool)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7066);
/* harmony import */ var node_tty__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tty__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/**
 * Run a tool as if it were started directly: stdio inherited (bytes pass through
 * untouched, TTYs stay TTYs), the exit code returned, and termination signals sent to
 * this process forwarded to the child. Node cannot `execve()` in place, so the child
 * runs under us and we mirror its fate afterwards (see {@link exitLikeChild}).
 */




const DEFAULT_FORWARD = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
function runTool(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const handlers = new Map();
        // A Ctrl-C on a terminal already reaches the child (same foreground process group);
        // sending it a second SIGINT would make tools such as terraform abort forcefully.
        // So SIGINT is forwarded only when stdin is not a terminal (CI runners, `kill -INT`).
        // isatty(0), not process.stdin.isTTY: touching process.stdin would create a reader on
        // the terminal the tool is about to use.
        const interactive = (0,node_tty__WEBPACK_IMPORTED_MODULE_2__.isatty)(0);
        for (const sig of options.forward ?? DEFAULT_FORWARD) {
            const h = () => {
                if (sig === 'SIGINT' && interactive)
                    return;
                if (child.exitCode === null && child.signalCode === null)
                    child.kill(sig);
            };
            handlers.set(sig, h);
            process.on(sig, h);
        }
        // Listening before the spawn: a signal that arrives right after the tool starts (its parent
        // not yet past spawn() on a busy machine) must be forwarded, not kill us by its default
        // action and orphan the tool. Handlers run from the event loop, so `child` is set by then.
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, args, { stdio: 'inherit', env: options.env ?? process.env, cwd: options.cwd });
        const cleanup = () => {
            for (const [sig, h] of handlers)
                process.removeListener(sig, h);
        };
        child.once('error', (err) => {
            cleanup();
            reject(new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`cannot run ${file}: ${err.message}`, {
                code: 'EXEC_FAILED',
                explanation: err.code === 'EACCES' ? 'The file is not executable.' : err.code === 'ENOENT' ? 'The file does not exist.' : undefined,
                hint: 'Reinstall the tool with `atmos-ts toolchain install --reinstall <tool>`.',
                exitCode: err.code === 'ENOENT' ? 127 : 126,
                cause: err,
            }));
        });
        child.once('exit', (code, signal) => {
            cleanup();
            resolve({ code, signal });
        });
    });
}
/** Shell convention: a process killed by signal N exits with 128 + N. */
function exitCodeFor(exit) {
    if (exit.code !== null)
        return exit.code;
    const n = exit.signal ? (node_os__WEBPACK_IMPORTED_MODULE_1___default().constants).signals[exit.signal] : undefined;
    return 128 + (n ?? 0);
}
/**
 * End this process the way the child ended: re-raise the child's signal on ourselves
 * (so a parent shell or CI runner sees "killed by SIGTERM", not an exit code), falling
 * back to exit code 128+N where the signal cannot be re-raised (Windows, SIGKILL-ish).
 */
function exitLikeChild(exit) {
    process.exitCode = exitCodeFor(exit);
    if (exit.signal && process.platform !== 'win32') {
        // Our forwarding listeners are gone, so the default action (terminate) applies.
        process.removeAllListeners(exit.signal);
        try {
            process.kill(process.pid, exit.signal);
        }
        catch {
            /* fall through to the exit code */
        }
    }
}


/***/ }),

/***/ 70395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENV_FORMATS: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.$G),
/* harmony export */   INSTALL_META: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.KQ),
/* harmony export */   InstallLayout: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.mr),
/* harmony export */   TemplateError: () => (/* reexport safe */ _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__.$),
/* harmony export */   createToolchain: () => (/* binding */ createToolchain),
/* harmony export */   createUrlRewriter: () => (/* reexport safe */ _downloadUrl_js__WEBPACK_IMPORTED_MODULE_4__.s),
/* harmony export */   exitCodeFor: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__.Rr),
/* harmony export */   exitLikeChild: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__._K),
/* harmony export */   isConstraint: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.WD),
/* harmony export */   joinPath: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.uJ),
/* harmony export */   loadLockFile: () => (/* reexport safe */ _lockFile_js__WEBPACK_IMPORTED_MODULE_3__.W),
/* harmony export */   loadToolVersions: () => (/* reexport safe */ _toolVersions_js__WEBPACK_IMPORTED_MODULE_5__.sE),
/* harmony export */   parseEnvFormat: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.Y3),
/* harmony export */   parseLockFile: () => (/* reexport safe */ _lockFile_js__WEBPACK_IMPORTED_MODULE_3__.hi),
/* harmony export */   readValidStamp: () => (/* reexport safe */ _shims_stamp_js__WEBPACK_IMPORTED_MODULE_11__.GS),
/* harmony export */   recordStamp: () => (/* reexport safe */ _shims_record_js__WEBPACK_IMPORTED_MODULE_10__.no),
/* harmony export */   renderEnv: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.mu),
/* harmony export */   renderGithubPath: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.H3),
/* harmony export */   renderTemplate: () => (/* reexport safe */ _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__.X),
/* harmony export */   resolveLocally: () => (/* reexport safe */ _localResolve_js__WEBPACK_IMPORTED_MODULE_2__.T9),
/* harmony export */   runTool: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__.qI),
/* harmony export */   safeSegment: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.LX),
/* harmony export */   satisfies: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.ib),
/* harmony export */   sortVersions: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.M7),
/* harmony export */   toolchainSettings: () => (/* reexport safe */ _settings_js__WEBPACK_IMPORTED_MODULE_0__.p)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77682);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7497);
/* harmony import */ var _localResolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23770);
/* harmony import */ var _lockFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93590);
/* harmony import */ var _downloadUrl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13182);
/* harmony import */ var _toolVersions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90300);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17122);
/* harmony import */ var _envFormat_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51943);
/* harmony import */ var _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11290);
/* harmony import */ var _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72999);
/* harmony import */ var _shims_record_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5007);
/* harmony import */ var _shims_stamp_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20029);
/** The engine, loaded on first use (see the module comment). */
async function createToolchain(opts) {
    const { assembleToolchain } = await Promise.all(/* import() */[__webpack_require__.e(8054), __webpack_require__.e(4301)]).then(__webpack_require__.bind(__webpack_require__, 94301));
    return assembleToolchain(opts);
}




// The bundle engine fetches locked assets the way installs do (GHES / url_replacements).










/***/ })

};
