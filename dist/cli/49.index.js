export const id = 49;
export const ids = [49];
export const modules = {

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

/***/ 52252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
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
    const staleMs = options.staleMs ?? 15_000;
    const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
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

/***/ 49034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ archiveFormat),
/* harmony export */   w: () => (/* binding */ extractAsset)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
/**
 * Unpack a downloaded asset into an empty directory. Entries that would land outside it
 * (`..`, absolute paths, links pointing out) fail the whole extraction — in tar and zip —
 * instead of being skipped silently: an archive that tries it is not one to trust.
 */






const FORMAT_ALIASES = {
    raw: 'raw',
    gz: 'gz',
    gzip: 'gz',
    zip: 'zip',
    tar: 'tar',
    'tar.gz': 'tar.gz',
    tgz: 'tar.gz',
    'tar.xz': 'tar.xz',
    txz: 'tar.xz',
    'tar.bz2': 'tar.bz2',
    tbz: 'tar.bz2',
    tbz2: 'tar.bz2',
    'tar.bz': 'tar.bz2',
};
/** Normalize a registry `format` (empty = infer from the asset name). */
function archiveFormat(format, assetName) {
    const f = format.trim().toLowerCase();
    if (f && FORMAT_ALIASES[f])
        return FORMAT_ALIASES[f];
    if (f && f !== 'raw') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`unsupported archive format "${format}" for ${assetName}`, {
            code: 'UNSUPPORTED_FORMAT',
            explanation: 'Supported formats: raw, gz, zip, tar, tar.gz/tgz, tar.xz/txz, tar.bz2/tbz.',
        });
    }
    if (f === 'raw')
        return 'raw';
    const name = assetName.toLowerCase();
    for (const ext of ['tar.gz', 'tar.xz', 'tar.bz2', 'tgz', 'txz', 'tbz2', 'tbz', 'zip', 'tar', 'gz']) {
        if (name.endsWith(`.${ext}`))
            return FORMAT_ALIASES[ext];
    }
    return 'raw';
}
async function extractAsset(file, format, destDir, assetName) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(destDir, { recursive: true });
    switch (format) {
        case 'raw':
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(destDir, safeName(assetName)));
            return;
        case 'gz':
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(destDir, safeName(assetName.replace(/\.gz$/i, '')))));
            return;
        case 'zip':
            await extractZip(file, destDir);
            return;
        default:
            await extractTar(file, format, destDir);
    }
}
function safeName(name) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(name.replace(/\\/g, '/'));
    if (!base || base === '.' || base === '..')
        throw escapeError(name, 'not a file name');
    return base;
}
function escapeError(entry, why) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`archive entry "${entry}" would be written outside the install directory (${why})`, {
        code: 'ARCHIVE_ESCAPE',
        explanation: 'The archive contains a path or link that escapes the target directory; nothing was installed.',
        hint: 'The asset may be malicious or corrupt. Check the registry definition and the upstream release.',
    });
}
/** Resolve an entry path inside `root`, or throw. */
function inside(root, entry) {
    const norm = entry.replace(/\\/g, '/');
    if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm))
        throw escapeError(entry, 'absolute path');
    if (norm.split('/').includes('..'))
        throw escapeError(entry, '".." component');
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw escapeError(entry, 'outside target');
    return target;
}
/** A link at `entryPath` pointing to `linkTarget` must resolve inside `root`. */
function checkLink(root, entryPath, linkTarget) {
    const norm = linkTarget.replace(/\\/g, '/');
    if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm))
        throw escapeError(entryPath, `link to absolute path ${linkTarget}`);
    const from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, entryPath.replace(/\\/g, '/')));
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw escapeError(entryPath, `link to ${linkTarget}`);
}
async function decompressed(file, format) {
    const src = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    switch (format) {
        case 'tar.gz':
            return src.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)());
        case 'tar.bz2': {
            const bz2 = (await __webpack_require__.e(/* import() */ 183).then(__webpack_require__.t.bind(__webpack_require__, 58183, 23))).default;
            // unbzip2-stream is a classic `through` stream: it emits data and end whether or not
            // anyone listens yet. A PassThrough attached in the same tick buffers it until the
            // tar extractor is connected (without it, a slow `import('tar')` lost the end: a hang).
            const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
            const decoder = bz2();
            decoder.on('error', (err) => out.destroy(err));
            src.on('error', (err) => out.destroy(err));
            src.pipe(decoder);
            decoder.pipe(out);
            return out;
        }
        case 'tar.xz': {
            // A CommonJS bundle (wasm inside): depending on the loader the export is named or on the default.
            const mod = (await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 36642, 23)));
            const xz = mod.default?.XzReadableStream ? mod.default : mod;
            const web = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb(src);
            return node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(new xz.XzReadableStream(web));
        }
        default:
            return src;
    }
}
async function extractTar(file, format, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destDir);
    let violation;
    // Archive libraries load on first use only: warm paths (exec, which) never need them.
    const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const input = await decompressed(file, format);
    const extractor = tar.x({
        cwd: root,
        preserveOwner: false,
        // Keep exec bits (tar applies the umask unless told otherwise).
        noChmod: false,
        filter: (entryPath, entry) => {
            if (violation)
                return false;
            try {
                inside(root, entryPath);
                const e = entry;
                if (e.type === 'SymbolicLink' && e.linkpath)
                    checkLink(root, entryPath, e.linkpath);
                if (e.type === 'Link' && e.linkpath)
                    inside(root, e.linkpath);
                return true;
            }
            catch (err) {
                violation = err;
                return false;
            }
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(input, extractor);
    }
    catch (err) {
        if (violation)
            throw violation;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${err.message}`, {
            code: 'EXTRACT_FAILED',
            cause: err,
        });
    }
    if (violation)
        throw violation;
}
async function openZip(file) {
    const yauzl = (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))));
}
function entryStream(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}
async function extractZip(file, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destDir);
    let zip;
    try {
        zip = await openZip(file);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not open zip ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${err.message}`, { code: 'EXTRACT_FAILED', cause: err });
    }
    await new Promise((resolve, reject) => {
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            try {
                zip.close();
            }
            catch {
                /* yauzl already closed it (autoClose on error) */
            }
            const msg = err.message ?? String(err);
            // yauzl validates names itself; report its refusals like ours.
            const m = /^(invalid relative path|absolute path): (.*)$/.exec(msg);
            if (m)
                reject(escapeError(m[2], m[1]));
            else if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7)
                reject(err);
            else
                reject(new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${msg}`, { code: 'EXTRACT_FAILED', cause: err }));
        };
        zip.on('error', fail);
        zip.on('end', () => {
            if (!settled) {
                settled = true;
                resolve();
            }
        });
        zip.on('entry', (entry) => {
            void (async () => {
                const name = entry.fileName;
                const target = inside(root, name);
                const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
                const isDir = name.endsWith('/') || (mode & 0o170000) === 0o040000;
                const isLink = (mode & 0o170000) === 0o120000;
                if (isDir) {
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(target, { recursive: true });
                }
                else if (isLink) {
                    const chunks = [];
                    for await (const c of await entryStream(zip, entry))
                        chunks.push(c);
                    const linkTarget = Buffer.concat(chunks).toString('utf8');
                    checkLink(root, name, linkTarget);
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.symlink(linkTarget, target);
                }
                else {
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(await entryStream(zip, entry), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target, { mode: mode & 0o777 || 0o644 }));
                    if (mode & 0o111)
                        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(target, mode & 0o777);
                }
                zip.readEntry();
            })().catch(fail);
        });
        zip.readEntry();
    });
}


/***/ })

};
