export const id = 8225;
export const ids = [8225,4816];
export const modules = {

/***/ 94816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activate: () => (/* binding */ activate),
/* harmony export */   cliLaunch: () => (/* binding */ cliLaunch),
/* harmony export */   recordWarmStamp: () => (/* binding */ recordWarmStamp),
/* harmony export */   shims: () => (/* binding */ shims)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20029);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5007);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77682);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51943);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67942);
/**
 * `toolchain shims` and `toolchain activate <shell>`, and the warm stamp the CLI records after
 * a full install / exec / which so the next warm one is answered by the fast entry (src/cli/fast.ts)
 * or by the shims themselves. See docs/shims.md for the design.
 */






function stampFlags(cmd) {
    return {
        toolVersions: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolVersions),
        installRoot: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolchainPath) ?? (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolsDir),
        toolsConfig: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolsConfig),
    };
}
/**
 * How a shim starts the full CLI: this Node, its flags (a loader in development), this script.
 * Absolute, so a shim works whatever PATH the shell has.
 */
function cliLaunch() {
    return [process.execPath, ...process.execArgv, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.argv[1])];
}
/** Records the warm stamp after a successful full command; never fails the command (a missing stamp only costs speed). */
async function recordWarmStamp(cmd, options = {}) {
    const { ctx } = cmd;
    if (ctx.env.ATMOS_TS_NO_FAST)
        return;
    try {
        const config = ctx.config();
        if (options.onlyIfStale && (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readValidStamp */ .GS)(config.cacheRoot, config.cwd, config.env))
            return;
        const r = await (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordStamp */ .no)(config, stampFlags(cmd));
        if (!r.stamp)
            ctx.logger.debug(`warm stamp not recorded: ${r.reason}`);
    }
    catch (err) {
        ctx.logger.debug(`warm stamp not recorded: ${err.message}`);
    }
}
/** `<install root>/shims/<hash of the directory>`: one directory per project, next to the installs. */
function defaultShimsDir(cmd) {
    const config = cmd.ctx.config();
    const { installRoot } = (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_6__/* .toolchainSettings */ .p)(config, { installRoot: stampFlags(cmd).installRoot });
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(config.cwd).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(installRoot, 'shims', key);
}
async function writeShimsFor(cmd) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cmd.ctx.cwd, (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.dir) ?? defaultShimsDir(cmd));
    const r = await (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordStamp */ .no)(cmd.ctx.config(), stampFlags(cmd), { dir, launch: cliLaunch() });
    if (!r.stamp) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`cannot write shims: ${r.reason}`, {
            code: 'SHIMS_UNAVAILABLE',
            explanation: 'Shims run the pinned binaries directly, so every tool in .tool-versions must be pinned to an exact version, installed, and resolvable without the registry (owner/repo, an alias or a lock entry); toolchain flags that move the pins or the install root are not supported.',
            hint: 'Run `atmos-ts toolchain install` first (it records the lock), then `atmos-ts toolchain shims` again.',
        });
    }
    return r.shims.find((s) => s.dir === dir) ?? { dir, commands: [] };
}
/** `toolchain shims [--dir <dir>] [--github-path]`: prints the directory; the commands go to stderr. */
async function shims(cmd) {
    const { dir, commands } = await writeShimsFor(cmd);
    cmd.ctx.logger.info(`wrote ${commands.length} shim${commands.length === 1 ? '' : 's'} (${commands.join(', ') || 'none'}) and the atmos-ts launcher to ${dir}`);
    if (cmd.opts.githubPath === true) {
        const target = cmd.ctx.env.GITHUB_PATH;
        if (!target) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7('--github-path needs $GITHUB_PATH', {
                code: 'USAGE',
                explanation: 'GitHub Actions sets GITHUB_PATH in every step; it is not set here.',
                hint: 'Run this in a GitHub Actions step, or put the printed directory on PATH yourself.',
            });
        }
        // Append: the file holds lines other steps wrote.
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.appendFile(target, `${dir}\n`);
        cmd.ctx.logger.info(`appended ${dir} to $GITHUB_PATH`);
    }
    (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .write */ .M9)(cmd, `${dir}\n`);
}
/** `toolchain activate <shell>`: writes the shims and prints the line that puts them first on PATH. */
async function activate(cmd) {
    const [shell] = cmd.args;
    const format = (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseEnvFormat */ .Y3)(shell ?? 'bash');
    if (format !== 'bash' && format !== 'fish' && format !== 'powershell') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`cannot activate for "${shell}"`, {
            code: 'INVALID_FLAG_VALUE',
            explanation: 'activate prints a snippet for a shell: bash, zsh, sh, fish or pwsh.',
            hint: 'For a dotenv file or GitHub Actions use `atmos-ts toolchain env -f dotenv|github` or `toolchain shims --github-path`.',
        });
    }
    const { dir } = await writeShimsFor(cmd);
    (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .write */ .M9)(cmd, (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__/* .renderEnv */ .mu)(format, { dirs: [dir], delimiter: (node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter) }));
}


/***/ }),

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


/***/ })

};
