export const id = 4897;
export const ids = [4897];
export const modules = {

/***/ 22163:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  env: () => (/* binding */ env),
  exec: () => (/* binding */ paths_exec),
  path: () => (/* binding */ path),
  which: () => (/* binding */ which)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/toolchain/envFormat.ts
var envFormat = __webpack_require__(51943);
// EXTERNAL MODULE: ./src/toolchain/exec.ts
var exec = __webpack_require__(17122);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(94984);
// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/layout.ts
var toolchain_layout = __webpack_require__(7497);
// EXTERNAL MODULE: ./src/toolchain/lockFile.ts
var lockFile = __webpack_require__(93590);
// EXTERNAL MODULE: ./src/toolchain/localResolve.ts
var localResolve = __webpack_require__(23770);
// EXTERNAL MODULE: ./src/toolchain/toolVersions.ts
var toolVersions = __webpack_require__(90300);
// EXTERNAL MODULE: ./src/cli/toolchain/session.ts
var session = __webpack_require__(67942);
;// CONCATENATED MODULE: ./src/cli/toolchain/warm.ts
/*
 * The warm path of `exec` and `which`: find an ALREADY INSTALLED binary from local
 * files only (`.tool-versions`, the lock, the install metadata), without importing the
 * engine — whose HTTP client, registries and installers cost ~100 ms to load, which
 * `exec` pays on every call. Anything not answerable locally (not installed, a
 * constraint or `latest`, an unknown short name) returns undefined and the caller
 * asks the engine, which does the same lookup and installs when needed.
 */



const EXACT_VERSION = /^v?\d[\w.+-]*$/;
async function installedBinary(cmd, spec) {
    const config = cmd.ctx.config();
    const { opts } = cmd;
    const paths = (0,settings/* toolchainSettings */.p)(config, { toolVersions: (0,session/* str */.gx)(opts.toolVersions), installRoot: (0,session/* str */.gx)(opts.toolchainPath) ?? (0,session/* str */.gx)(opts.toolsDir) });
    const layout = new toolchain_layout/* InstallLayout */.mr(paths.installRoot);
    const aliases = Object.fromEntries(Object.entries(config.values.toolchain.aliases ?? {}).filter((e) => typeof e[1] === 'string'));
    const lock = paths.useLock ? await (0,lockFile/* loadLockFile */.W)(paths.lockPath) : undefined;
    const tool = await (0,localResolve/* resolveLocally */.T9)(spec.tool, { aliases, lock, layout });
    if (!tool)
        return undefined;
    const shownFile = external_node_path_default().relative(config.cwd, paths.toolVersionsPath) || paths.toolVersionsPath;
    const version = spec.version ?? (await pinnedVersion(paths.toolVersionsPath, shownFile, tool, spec.tool, { aliases, lock, layout }));
    if (!version || !EXACT_VERSION.test(version))
        return undefined;
    // Complete installs only: anything less goes to the engine, which says what is wrong or repairs it.
    const meta = await layout.readInstalled(tool.owner, tool.repo, version);
    if (!meta)
        return undefined;
    const wanted = spec.tool.split('/').pop();
    const name = meta.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? meta.binaries[0];
    return name ? external_node_path_default().join(layout.versionDir(tool.owner, tool.repo, version), name) : undefined;
}
/** The default version of `tool` in `.tool-versions`, whichever key (alias or owner/repo) the file uses. */
async function pinnedVersion(file, shownFile, tool, typed, ctx) {
    const tv = await (0,toolVersions/* loadToolVersions */.sE)(file, shownFile);
    for (const key of [typed, tool.name, `${tool.owner}/${tool.repo}`]) {
        const v = tv.tools.get(key)?.[0];
        if (v)
            return v;
    }
    for (const [key, versions] of tv.tools) {
        const other = await (0,localResolve/* resolveLocally */.T9)(key, ctx);
        if (other && other.owner === tool.owner && other.repo === tool.repo)
            return versions[0];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cli/toolchain/paths.ts






/** `toolchain which <tool>`: the binary's absolute path; an error when not installed. */
async function which(cmd) {
    const [arg] = cmd.args;
    const spec = (0,session/* parseToolSpec */.FE)(arg);
    const binary = (await installedBinary(cmd, spec)) ?? (await (await (0,session/* openToolchain */.sD)(cmd)).binaryFor(spec));
    await recordIfStale(cmd);
    (0,session/* write */.M9)(cmd, `${binary}\n`);
}
/** A warm `which`/`exec` that got here had no valid stamp: record one so the next is answered by the fast entry. */
async function recordIfStale(cmd) {
    if (cmd.ctx.env.ATMOS_TS_NO_FAST)
        return;
    await (await Promise.all(/* import() */[__webpack_require__.e(5007), __webpack_require__.e(4816)]).then(__webpack_require__.bind(__webpack_require__, 94816))).recordWarmStamp(cmd, { onlyIfStale: true });
}
/** Windows spells it `Path`; reuse whatever key the environment has so the child sees one PATH. */
function pathKey(env) {
    return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
}
async function pathDirs(cmd) {
    const tc = await (0,session/* openToolchain */.sD)(cmd);
    const dirs = await tc.pathEntries();
    // Absolute by default: relative PATH entries break as soon as a tool changes directory (Atmos #2089).
    return cmd.opts.relative === true ? dirs.map((d) => external_node_path_default().relative(cmd.ctx.cwd, d) || '.') : dirs;
}
/** `toolchain path [-f text|json|yaml] [--export] [--relative]`. */
async function path(cmd) {
    const format = (0,render/* outputFormat */.B$)(cmd.opts.format);
    const dirs = await pathDirs(cmd);
    const delimiter = (external_node_path_default()).delimiter;
    if (format === 'text' && cmd.opts.export === true)
        (0,session/* write */.M9)(cmd, (0,envFormat/* renderEnv */.mu)('bash', { dirs, delimiter }));
    else if (format === 'text')
        (0,session/* write */.M9)(cmd, dirs.length ? `${dirs.join(delimiter)}\n` : '');
    else
        (0,session/* write */.M9)(cmd, await (0,render/* renderData */.rb)(format, { path_entries: dirs, PATH: (0,envFormat/* joinPath */.uJ)(dirs, cmd.ctx.env[pathKey(cmd.ctx.env)], delimiter) }, () => ''));
}
/** `toolchain env -f … [--output-file file]`; `github` appends to `$GITHUB_PATH` unless `--output-file` names a file. */
async function env(cmd) {
    const format = (0,envFormat/* parseEnvFormat */.Y3)(cmd.opts.format);
    const dirs = await pathDirs(cmd);
    const text = format === 'github' ? (0,envFormat/* renderGithubPath */.H3)(dirs) : (0,envFormat/* renderEnv */.mu)(format, { dirs, currentPath: cmd.ctx.env[pathKey(cmd.ctx.env)], delimiter: (external_node_path_default()).delimiter });
    const target = cmd.opts.outputFile ?? (format === 'github' ? cmd.ctx.env.GITHUB_PATH : undefined);
    if (!target) {
        (0,session/* write */.M9)(cmd, text);
        return;
    }
    // Append (never truncate): $GITHUB_PATH and shell rc files hold lines written by others.
    await external_node_fs_.promises.appendFile(external_node_path_default().resolve(cmd.ctx.cwd, target), text);
    cmd.ctx.logger.info(`appended ${dirs.length} PATH entr${dirs.length === 1 ? 'y' : 'ies'} to ${target}`);
}
/**
 * `toolchain exec <tool[@version]> [--] args…`: installs the tool when missing (saying so
 * on stderr), then runs it with stdio inherited and ends like it did.
 */
async function paths_exec(cmd) {
    const [arg, rest] = cmd.args;
    const args = rest ?? [];
    // passThroughOptions keeps a `--` that follows the tool; it separates, it is not an argument.
    if (args[0] === '--')
        args.shift();
    const spec = (0,session/* parseToolSpec */.FE)(arg);
    const binary = (await installedBinary(cmd, spec)) ?? (await (await (0,session/* openToolchain */.sD)(cmd)).binaryFor(spec, { autoInstall: true }));
    await recordIfStale(cmd);
    // The tool's own directory goes first on PATH, so a tool that runs its siblings
    // (terraform-docs → terraform, helm plugins) finds the pinned ones.
    const key = pathKey(cmd.ctx.env);
    const childEnv = { ...cmd.ctx.env, [key]: (0,envFormat/* joinPath */.uJ)([external_node_path_default().dirname(binary)], cmd.ctx.env[key], (external_node_path_default()).delimiter) };
    const exit = await (0,exec/* runTool */.qI)(binary, args, { env: childEnv, cwd: cmd.ctx.cwd });
    (0,exec/* exitLikeChild */._K)(exit);
}


/***/ }),

/***/ 67942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ parseToolSpec),
/* harmony export */   M9: () => (/* binding */ write),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   Y2: () => (/* binding */ toolArgs),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   sD: () => (/* binding */ openToolchain)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19827);


/** Opens the engine with the global toolchain flags applied (flag > env > atmos.yaml > default). */
async function openToolchain(cmd) {
    const { ctx, opts } = cmd;
    const config = ctx.config();
    const maxConcurrency = opts.maxConcurrency === undefined ? undefined : positiveInt(opts.maxConcurrency, '--max-concurrency');
    (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .applyOverrides */ .iu)(config, { 'toolchain.max_concurrency': maxConcurrency });
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(5007), __webpack_require__.e(2089), __webpack_require__.e(1776), __webpack_require__.e(5405)]).then(__webpack_require__.bind(__webpack_require__, 70395));
    return createToolchain({
        config,
        logger: ctx.logger,
        env: ctx.env,
        toolVersionsPath: str(opts.toolVersions),
        installRoot: str(opts.toolchainPath) ?? str(opts.toolsDir),
        // The flag is relative to the current directory; `toolchain.tools_config` (read by the
        // registries when no flag is given) to atmos.yaml's directory.
        toolsConfigPath: str(opts.toolsConfig),
        githubToken: str(opts.githubToken),
    });
}
/** A string option's value; unset and empty are the same. */
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function positiveInt(value, flag) {
    const n = typeof value === 'number' ? value : Number(String(value));
    if (!Number.isInteger(n) || n < 1) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`invalid value "${String(value)}" for ${flag}`, {
            code: 'INVALID_FLAG_VALUE',
            explanation: `${flag} takes a whole number of at least 1.`,
        });
    }
    return n;
}
/**
 * `tool` or `tool@version` (Atmos `ParseToolVersionArg`): more than one `@`, an empty
 * tool or an empty version after `@` are errors.
 */
function parseToolSpec(arg) {
    const parts = arg.split('@');
    if (parts.length > 2 || !parts[0] || (parts.length === 2 && !parts[1])) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`invalid tool "${arg}"`, {
            code: 'INVALID_TOOL_SPEC',
            explanation: 'A tool is written as name or name@version, e.g. terraform, terraform@1.9.8, hashicorp/terraform@1.9.8.',
        });
    }
    return parts.length === 2 ? { tool: parts[0], version: parts[1] } : { tool: parts[0] };
}
function toolArgs(cmd, index = 0) {
    const v = cmd.args[index];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
/** Data goes to stdout; messages go through the logger (stderr). */
function write(cmd, text) {
    cmd.ctx.out.write(text);
}
/** Marks the command as failed without throwing (the summary was already printed). */
function fail(code = 1) {
    process.exitCode = code;
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


/***/ })

};
