export const id = 718;
export const ids = [718,76,235];
export const modules = {

/***/ 96235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DirCacheBackend: () => (/* binding */ DirCacheBackend)
});

// UNUSED EXPORTS: dirVersion, matchEntry

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/cache/paths.ts
var cache_paths = __webpack_require__(70926);
;// CONCATENATED MODULE: ./src/cache/archive.ts







let zstdAvailable;
/** zstd when the binary exists (as `@actions/cache` decides), else gzip. */
function pickCompression() {
    zstdAvailable ??= (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
    return zstdAvailable ? 'zstd' : 'gzip';
}
function archiveExtension(c) {
    return c === 'zstd' ? '.tar.zst' : '.tgz';
}
/** Root-relative entries to archive: everything selected, excluded subtrees pruned. */
async function selectedEntries(paths) {
    const out = [];
    const walk = async (rel) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(rel ? external_node_path_default().join(paths.root, rel) : paths.root, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (!(0,cache_paths/* pathSelected */.lt)(child, paths))
                continue;
            const inside = paths.includes.some((inc) => inc === '.' || child === inc || child.startsWith(`${inc}/`));
            if (e.isDirectory()) {
                if (inside)
                    out.push(child);
                await walk(child);
            }
            else if (inside)
                out.push(child);
        }
    };
    await walk('');
    return out;
}
function compressor(c, level) {
    if (c !== 'zstd')
        return {};
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-T0', `-${level ?? 3}`, '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return { proc, stdin: proc.stdin, stdout: proc.stdout };
}
function waitExit(proc, what) {
    return new Promise((resolve, reject) => {
        proc.on('error', reject);
        proc.on('close', (code) => (code === 0 ? resolve() : reject(new errors/* AtmosError */.f7(`${what} exited with code ${code}`, { code: 'CACHE_ARCHIVE_FAILED' }))));
    });
}
/**
 * Write the selected part of the cache root into `dest` (tar + zstd/gzip). Entries are
 * listed explicitly with recursion off, so an excluded subtree can never sneak in
 * through its parent directory. File modes are kept.
 */
async function createArchive(paths, dest, compression) {
    const entries = await selectedEntries(paths);
    if (entries.length === 0)
        return { files: 0 };
    const pack = index_min.c({ cwd: paths.root, gzip: compression === 'gzip', portable: true, noDirRecurse: true }, entries);
    if (compression === 'gzip') {
        await (0,promises_.pipeline)(pack, (0,external_node_fs_.createWriteStream)(dest));
    }
    else {
        const z = compressor('zstd');
        const done = waitExit(z.proc, 'zstd');
        await Promise.all([(0,promises_.pipeline)(pack, z.stdin), (0,promises_.pipeline)(z.stdout, (0,external_node_fs_.createWriteStream)(dest)), done]);
    }
    return { files: entries.length };
}
/** Extract an archive into the root (merge; tar rejects absolute and `..` entries). */
async function extractArchive(file, root, compression) {
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    const unpack = index_min.x({ cwd: root, preservePaths: false });
    if (compression === 'gzip') {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), unpack);
        return;
    }
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const done = waitExit(proc, 'zstd -d');
    await Promise.all([(0,promises_.pipeline)(proc.stdout, unpack), done]);
}
/** Entry names of an archive (tests and `--log-level debug`). */
async function listArchive(file, compression) {
    const names = [];
    const lister = tar.t({ onReadEntry: (e) => names.push(e.path) });
    if (compression === 'gzip') {
        await pipeline(createReadStream(file), lister);
    }
    else {
        const proc = spawn('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
        const done = waitExit(proc, 'zstd -d');
        await Promise.all([pipeline(proc.stdout, lister), done]);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/cache/backends/dir.ts






/**
 * A shared directory as cache store, for self-hosted runners and other CI systems.
 * Save writes the archive under a unique name, then creates `<name>.json` with `link()`
 * — atomic and failing when it exists — so two concurrent savers never corrupt or
 * double-write an entry: exactly one wins, the other reports "already exists".
 * Restore matches like the GitHub service: exact key, then key prefix, then each
 * restore key as prefix; newest first; same version only.
 */
class DirCacheBackend {
    dir;
    name = 'dir';
    constructor(dir) {
        this.dir = dir;
    }
    async restore(req, options = {}) {
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        const entries = (await this.entries()).filter((e) => e.version === version);
        const match = matchEntry(entries, req.key, req.restoreKeys);
        if (!match)
            return {};
        if (!options.lookupOnly) {
            await extractArchive(external_node_path_default().join(this.dir, match.archive), req.paths.root, match.compression);
            req.logger.debug(`restored ${(0,logger.formatBytes)(match.size)} from ${external_node_path_default().join(this.dir, match.archive)}`);
        }
        return { matchedKey: match.key, size: match.size };
    }
    async save(req) {
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        const metaPath = external_node_path_default().join(this.dir, `${entryName(req.key, version)}.json`);
        if (await exists(metaPath))
            return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir}` };
        const unique = `${entryName(req.key, version)}.${Date.now()}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}${archiveExtension(compression)}`;
        const archivePath = external_node_path_default().join(this.dir, unique);
        const tmpArchive = external_node_path_default().join(this.dir, `.tmp-${unique}`);
        const tmpMeta = external_node_path_default().join(this.dir, `.tmp-${unique}.json`);
        try {
            const { files } = await createArchive(req.paths, tmpArchive, compression);
            if (files === 0)
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            await external_node_fs_.promises.rename(tmpArchive, archivePath);
            const size = (await external_node_fs_.promises.stat(archivePath)).size;
            const meta = { key: req.key, version, compression, archive: unique, size, created: new Date().toISOString() };
            await external_node_fs_.promises.writeFile(tmpMeta, `${JSON.stringify(meta, null, 2)}\n`);
            try {
                await external_node_fs_.promises.link(tmpMeta, metaPath);
            }
            catch (err) {
                if (err.code === 'EEXIST') {
                    await external_node_fs_.promises.rm(archivePath, { force: true });
                    return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir} (another job saved it first)` };
                }
                throw err;
            }
            return { status: 'saved', size };
        }
        catch (err) {
            await external_node_fs_.promises.rm(archivePath, { force: true });
            if (err instanceof errors/* AtmosError */.f7)
                throw err;
            throw new errors/* AtmosError */.f7(`could not save the cache to ${this.dir}: ${err.message}`, { code: 'CACHE_SAVE_FAILED', cause: err });
        }
        finally {
            await external_node_fs_.promises.rm(tmpArchive, { force: true });
            await external_node_fs_.promises.rm(tmpMeta, { force: true });
        }
    }
    /** Complete entries (those with metadata), newest first. */
    async entries() {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const n of names) {
            if (!n.endsWith('.json') || n.startsWith('.tmp-'))
                continue;
            try {
                out.push(JSON.parse(await external_node_fs_.promises.readFile(external_node_path_default().join(this.dir, n), 'utf8')));
            }
            catch {
                /* unreadable metadata: not a usable entry */
            }
        }
        return out.sort((a, b) => b.created.localeCompare(a.created));
    }
    /** Remove every entry with this exact key (any version). Missing → nothing to do. */
    async delete(key) {
        let n = 0;
        for (const e of await this.entries()) {
            if (e.key !== key)
                continue;
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, `${entryName(e.key, e.version)}.json`), { force: true });
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, e.archive), { force: true });
            n++;
        }
        return n;
    }
}
function dirVersion(patterns, compression) {
    return (0,external_node_crypto_.createHash)('sha256').update([...patterns, compression, 'atmos-ts-dir-1'].join('|')).digest('hex');
}
/** File-system-safe, unique per key and version. */
function entryName(key, version) {
    return `${encodeURIComponent(key).replace(/%/g, '~')}--${version.slice(0, 12)}`;
}
function matchEntry(newestFirst, key, restoreKeys) {
    return (newestFirst.find((e) => e.key === key) ??
        newestFirst.find((e) => e.key.startsWith(key)) ??
        restoreKeys.map((r) => newestFirst.find((e) => e.key.startsWith(r))).find(Boolean));
}
async function exists(p) {
    return external_node_fs_.promises.access(p).then(() => true, () => false);
}


/***/ }),

/***/ 79718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AutoCacheSession: () => (/* binding */ AutoCacheSession),
  restore: () => (/* binding */ restore),
  save: () => (/* binding */ save)
});

// UNUSED EXPORTS: backendFor, inCi, isExactMatch

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/logger.ts
var common_logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/cache/backends/dir.ts + 1 modules
var dir = __webpack_require__(96235);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cache/backends/github.ts




/**
 * The GitHub Actions cache (Cache Service v2) through the real `@actions/cache`: the
 * same archive format, zstd when available, chunked uploads and retries as
 * `actions/cache`. The library reads the process environment and the working directory,
 * so each call runs with cwd = GITHUB_WORKSPACE = cache root and relative patterns:
 * the entry version is then independent of where the root lives, and the tar entries
 * are root-relative.
 */
class GitHubCacheBackend {
    name = 'github';
    async restore(req, options = {}) {
        requireRuntime(req.env);
        await external_node_fs_.promises.mkdir(req.paths.root, { recursive: true });
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 64305));
        const { value, notes } = await withLibraryEnv(req, () => cache.restoreCache([...req.paths.patterns], req.key, req.restoreKeys, { lookupOnly: options.lookupOnly }, false));
        const problem = explainProblems(notes, 'restore', req.logger);
        return { matchedKey: value, problem };
    }
    async save(req) {
        requireRuntime(req.env);
        // ACTIONS_CACHE_MODE=read|none: the library would answer -1 without a request; say why up front.
        if (/^(read|none)$/i.test(req.env.ACTIONS_CACHE_MODE ?? '')) {
            return { status: 'denied', message: `saving is disabled for this job (ACTIONS_CACHE_MODE=${req.env.ACTIONS_CACHE_MODE})` };
        }
        if (!(await external_node_fs_.promises.stat(req.paths.root).catch(() => undefined))?.isDirectory()) {
            return { status: 'empty', message: `nothing to save: ${req.paths.root} does not exist` };
        }
        const cache = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(305)]).then(__webpack_require__.bind(__webpack_require__, 64305));
        let id;
        let notes;
        try {
            ({ value: id, notes } = await withLibraryEnv(req, () => cache.saveCache([...req.paths.patterns], req.key, undefined, false)));
        }
        catch (err) {
            const msg = (0,errors/* errorMessage */.gJ)(err);
            if (/Path Validation Error/.test(msg))
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            throw new errors/* AtmosError */.f7(`cache save failed: ${msg}`, { code: 'CACHE_SAVE_FAILED', cause: err });
        }
        if (id > 0)
            return { status: 'saved' };
        // The library folds every CreateCacheEntry failure into "Unable to reserve cache …";
        // its debug line ("Failed to reserve cache: …") carries the real cause.
        const all = notes.map((n) => n.text).join('\n');
        if (/cache write denied/i.test(all)) {
            return {
                status: 'denied',
                message: 'the cache service denied the write: this run has a read-only cache token (untrusted trigger such as pull_request_target or a fork workflow_run). Restores still work; saves happen on trusted runs.',
            };
        }
        if (!/Rate limited|\(429\)/i.test(all) && /\(409\)|already exists/i.test(all)) {
            return { status: 'exists', message: `an entry with key ${req.key} already exists (entries are write-once)` };
        }
        const problem = explainProblems(notes, 'save', undefined) ?? 'the cache service did not accept the entry';
        return { status: 'failed', message: problem };
    }
}
/** Inside a runner's JavaScript action (or a step given its runtime variables). */
function hasActionsRuntime(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
function requireRuntime(env) {
    if (hasActionsRuntime(env))
        return;
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
    throw new errors/* AtmosError */.f7('the GitHub Actions cache is not available here', {
        code: 'CACHE_UNAVAILABLE',
        explanation: `Saving and restoring the GitHub Actions cache needs the job's runtime credentials (${missing.join(' and ')} not set). ` +
            'GitHub gives them only to JavaScript action steps, never to `run:` steps or to a workstation.',
        hint: 'In a workflow, use the atmos-ts `actions/cache` action, or add the `actions/github-runtime` action before this step and pass its ' +
            'outputs as ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL env. Outside CI use `atmos-ts ci cache list` / `delete` (REST API, ' +
            'token from --github-token, GITHUB_TOKEN or `gh auth token`), or `ci.cache.backend: dir` for a shared directory.',
    });
}
/** Variables the library reads from process.env; copied from the request's env for the call. */
const PASSED_VARS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_MODE',
    'GITHUB_SERVER_URL',
    'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
    'RUNNER_TEMP',
    'NO_PROXY',
    'no_proxy',
];
let queue = Promise.resolve();
/**
 * Run a library call with the environment and cwd it needs, capturing its workflow
 * commands: its warnings ("Failed to save: …") are classified by us instead of being
 * printed raw, its progress goes to our logger, and `::add-mask::` lines still reach
 * the runner. Calls are serialised because env and cwd are process-wide.
 */
async function withLibraryEnv(req, fn) {
    const run = queue.then(async () => {
        const saved = {};
        const set = (k, v) => {
            if (!(k in saved))
                saved[k] = process.env[k];
            if (v === undefined)
                delete process.env[k];
            else
                process.env[k] = v;
        };
        for (const k of PASSED_VARS)
            if (req.env[k] !== undefined)
                set(k, req.env[k]);
        // v1 ("artifactcache") is retired on github.com; the runtime variables alone mean v2.
        if (!req.env.ACTIONS_CACHE_SERVICE_V2)
            set('ACTIONS_CACHE_SERVICE_V2', 'true');
        set('GITHUB_WORKSPACE', req.paths.root);
        const runnerTemp = req.env.RUNNER_TEMP || external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-ts-runner-temp');
        await external_node_fs_.promises.mkdir(runnerTemp, { recursive: true });
        set('RUNNER_TEMP', runnerTemp);
        const cwd = process.cwd();
        process.chdir(req.paths.root);
        const notes = [];
        const restoreStdout = captureStdout(notes, req.logger, req.env);
        try {
            return { value: await fn(), notes };
        }
        finally {
            restoreStdout();
            process.chdir(cwd);
            for (const [k, v] of Object.entries(saved)) {
                if (v === undefined)
                    delete process.env[k];
                else
                    process.env[k] = v;
            }
        }
    });
    queue = run.catch(() => undefined);
    return run;
}
function captureStdout(notes, logger, env) {
    const original = process.stdout.write;
    const inRunner = env.GITHUB_ACTIONS === 'true';
    let forwarding = false;
    let pending = '';
    const handleLine = (line) => {
        const cmd = /^::(warning|error|debug|add-mask)(?: [^:]*)?::(.*)$/.exec(line);
        if (cmd) {
            const [, kind, text] = cmd;
            if (kind === 'add-mask') {
                if (inRunner)
                    original.call(process.stdout, `${line}\n`);
                return;
            }
            notes.push({ level: kind, text: github_unescape(text) });
            if (kind === 'debug')
                logger.debug(github_unescape(text));
            return;
        }
        if (/^Failed to (save|restore):/.test(line) || /^Cache reservation failed/.test(line)) {
            notes.push({ level: 'info', text: line });
            return;
        }
        if (/^(Sent|Received) \d|^Cache Size|^Cache hit for/.test(line))
            logger.info(line);
        else if (line.trim())
            logger.debug(line);
    };
    process.stdout.write = function (chunk, ...rest) {
        if (forwarding)
            return original.call(process.stdout, chunk, ...rest);
        forwarding = true;
        try {
            pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            let nl = pending.indexOf('\n');
            while (nl >= 0) {
                handleLine(pending.slice(0, nl).replace(/\r$/, ''));
                pending = pending.slice(nl + 1);
                nl = pending.indexOf('\n');
            }
        }
        finally {
            forwarding = false;
        }
        const cb = rest.find((r) => typeof r === 'function');
        cb?.();
        return true;
    };
    return () => {
        process.stdout.write = original;
        if (pending)
            handleLine(pending);
    };
}
function github_unescape(s) {
    return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/** Turn the library's swallowed failures into one clear sentence (and warn once). */
function explainProblems(notes, op, logger) {
    const failures = notes.filter((n) => n.level === 'warning' || n.level === 'error' || /^Failed to (save|restore)/.test(n.text));
    if (failures.length === 0)
        return undefined;
    const all = notes.map((n) => n.text).join('\n');
    let message;
    if (/Rate limited|\(429\)/i.test(all)) {
        const after = /reset in (\d+) seconds/i.exec(notes.map((n) => n.text).join('\n'));
        message = `the cache service rate-limited this ${op} (HTTP 429${after ? `, retry after ${after[1]} s` : ''}); continuing without it`;
    }
    else if (/quota|insufficient usage/i.test(all)) {
        message = `the repository's cache storage quota is used up; the ${op} was skipped (delete old entries with \`atmos-ts ci cache delete\`)`;
    }
    else if (/\((5\d\d)\)|Received non-retryable|Attempt \d of \d/i.test(all)) {
        message = `the cache service failed (server error) during ${op}, after retries: ${failures[failures.length - 1].text}`;
    }
    else if (/cache read denied/i.test(all)) {
        message = `the cache service denied reading: ${failures[failures.length - 1].text}`;
    }
    else {
        message = `cache ${op} problem: ${failures[failures.length - 1].text}`;
    }
    logger?.warn(message);
    return message;
}

// EXTERNAL MODULE: ./src/cache/plan.ts + 1 modules
var cache_plan = __webpack_require__(88076);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
;// CONCATENATED MODULE: ./src/cache/state.ts





const STATE_FILE_NAME = 'ci-cache-state.json';
function stateFile(root) {
    return external_node_path_default().join(root, paths/* STATE_DIR_NAME */.K, STATE_FILE_NAME);
}
/** Identity of the current CI job, so state from an earlier job on a persistent runner is not mistaken for ours. */
function jobId(env) {
    return [env.GITHUB_RUN_ID ?? 'local', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? ''].join('/');
}
async function readState(root) {
    try {
        const parsed = JSON.parse(await external_node_fs_.promises.readFile(stateFile(root), 'utf8'));
        if (parsed && parsed.version === 1 && typeof parsed.keys === 'object')
            return parsed;
    }
    catch {
        /* missing or torn by an older writer: start afresh */
    }
    return { version: 1, keys: {} };
}
/** Read-modify-write under a cross-process lock, written atomically. */
async function updateKeyState(root, key, patch) {
    const file = stateFile(root);
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(file), { recursive: true });
    await (0,fileLock/* withFileLock */.U)(file, async () => {
        const state = await readState(root);
        state.keys[key] = { ...state.keys[key], ...patch, updatedAt: new Date().toISOString() };
        await (0,atomicFile/* writeFileAtomic */.Zf)(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    });
}

;// CONCATENATED MODULE: ./src/cache/lifecycle.ts






function backendFor(plan) {
    return plan.backend === 'dir' ? new dir.DirCacheBackend(plan.dir) : new GitHubCacheBackend();
}
/** Whether a matched key is the primary key (case-insensitive, as actions/cache compares). */
function isExactMatch(key, matched) {
    return matched !== undefined && key.localeCompare(matched, undefined, { sensitivity: 'accent' }) === 0;
}
async function restore(plan, options) {
    const { logger, env } = options;
    const job = jobId(env);
    const prior = (await readState(plan.paths.root)).keys[plan.key];
    if (!options.lookupOnly && prior?.job === job && (prior.restored === 'exact' || prior.restored === 'prefix')) {
        logger.info(`Cache already restored in this job (key: ${plan.key})`);
        return { key: plan.key, outcome: 'skipped', matchedKey: prior.matchedKey };
    }
    const result = await backendFor(plan).restore({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env }, { lookupOnly: options.lookupOnly });
    const outcome = !result.matchedKey ? 'miss' : isExactMatch(plan.key, result.matchedKey) ? 'exact' : 'prefix';
    await updateKeyState(plan.paths.root, plan.key, { restored: outcome, matchedKey: result.matchedKey, job });
    const verb = options.lookupOnly ? 'Cache found' : 'Cache restored';
    const size = result.size ? ` (${(0,common_logger.formatBytes)(result.size)})` : '';
    if (outcome === 'exact')
        logger.success(`${verb} (exact match: ${plan.key})${size}`);
    else if (outcome === 'prefix')
        logger.success(`${verb} (restore-key match: ${result.matchedKey}; will save as ${plan.key})${size}`);
    else if (!result.problem)
        logger.info(`Cache miss (key: ${plan.key})`);
    return { key: plan.key, outcome, matchedKey: result.matchedKey, problem: result.problem };
}
/**
 * Write-once save: skipped when this job restored the exact key or the key is known to
 * exist; a prefix hit saves under the new key. "Already exists" is an outcome, not a
 * failure. `failed` is returned (not thrown) for service problems; only bad input throws.
 */
async function save(plan, options) {
    const { logger, env } = options;
    const prior = (await readState(plan.paths.root)).keys[plan.key];
    if (prior?.saved) {
        logger.info(`Cache save skipped: already saved (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'already saved' };
    }
    if (prior?.restored === 'exact' && prior.job === jobId(env)) {
        logger.info(`Cache save skipped: exact cache hit, content unchanged (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'exact cache hit' };
    }
    const result = await backendFor(plan).save({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env });
    switch (result.status) {
        case 'saved':
            logger.success(`Cache saved (key: ${plan.key})${result.size ? ` (${(0,common_logger.formatBytes)(result.size)})` : ''}`);
            break;
        case 'exists':
            logger.info(`Cache already present remotely (key: ${plan.key}); entries are write-once`);
            break;
        case 'empty':
            logger.info(`Cache save skipped: ${result.message}`);
            break;
        case 'denied':
            logger.warn(`Cache not saved: ${result.message}`);
            break;
        default:
            logger.warn(`Cache not saved (key: ${plan.key}): ${result.message}`);
    }
    if (result.status === 'saved' || result.status === 'exists')
        await updateKeyState(plan.paths.root, plan.key, { saved: true });
    return { key: plan.key, status: result.status, message: result.message };
}
/** Running in CI at all (auto lifecycle stays silent elsewhere). */
function inCi(env) {
    return env.GITHUB_ACTIONS === 'true' || /^(true|1)$/i.test(env.CI ?? '');
}
/** The auto lifecycle around one command: restore before, save after (also on SIGINT/SIGTERM). */
class AutoCacheSession {
    options;
    plan;
    saving;
    signalHandlers = [];
    constructor(options) {
        this.options = options;
    }
    /** Decide, and restore when asked. Never throws. */
    async before() {
        const { logger, env } = this.options;
        let loaded;
        try {
            loaded = this.options.config();
        }
        catch (err) {
            // The command reports a broken atmos.yaml itself; no second message from here.
            logger.debug(`ci cache: configuration not loadable (${(0,errors/* errorMessage */.gJ)(err)}); skipping the automatic cache`);
            return;
        }
        try {
            const cc = loaded.values.ci?.cache;
            if (!cc?.enabled || !cc.auto || cc.auto === 'off')
                return;
            if (!inCi(env)) {
                logger.debug('ci cache: not running in CI; skipping the automatic cache');
                return;
            }
            const plan = await (0,cache_plan.resolveCachePlan)(loaded, this.options.overrides, logger);
            if (plan.backend === 'github' && !hasActionsRuntime(env)) {
                logger.debug('ci cache: no GitHub Actions runtime token in this step; skipping the automatic cache (see actions/github-runtime)');
                return;
            }
            if (cc.auto === 'restore' || cc.auto === 'both') {
                try {
                    await restore(plan, { logger, env });
                }
                catch (err) {
                    logger.warn(`CI cache: automatic restore failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                }
            }
            if (cc.auto === 'save' || cc.auto === 'both') {
                this.plan = plan;
                for (const sig of ['SIGINT', 'SIGTERM']) {
                    const handler = () => {
                        void this.after().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
                    };
                    process.once(sig, handler);
                    this.signalHandlers.push([sig, handler]);
                }
            }
        }
        catch (err) {
            logger.warn(`CI cache: automatic cache skipped: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /** Save once if a save is pending. Never throws. */
    after() {
        for (const [sig, handler] of this.signalHandlers.splice(0))
            process.removeListener(sig, handler);
        const plan = this.plan;
        if (!plan)
            return Promise.resolve();
        this.saving ??= save(plan, this.options).then(() => undefined, (err) => this.options.logger.warn(`CI cache: automatic save failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
        return this.saving;
    }
}


/***/ }),

/***/ 70926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lt: () => (/* binding */ pathSelected),
/* harmony export */   t8: () => (/* binding */ resolveCachePaths)
/* harmony export */ });
/* unused harmony exports FORCED_EXCLUDES, isForcedExclude, buildPatterns */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29353);



/**
 * Root-relative paths that are never archived, whatever `ci.cache.paths` says:
 * our own state (per-job bookkeeping), the registry cache's TLS private key, and the
 * credential/session caches of the auth integrations.
 */
const FORCED_EXCLUDES = [
    _common_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_DIR_NAME */ .K,
    'terraform/registry/tls',
    'auth',
    'aws-sso',
    'azure-device-code',
    'aws-webflow',
    'credentials',
];
function cleanRel(p, what) {
    const norm = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p.replace(/\\/g, '/').trim()).replace(/\/+$/, '');
    if (norm === '' || norm === '.')
        return '.';
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${what} "${p}" is outside the cache root`, {
            code: 'CACHE_PATH_INVALID',
            hint: 'ci.cache.paths entries are relative to the cache root (ci.cache.root), e.g. "toolchain" or "terraform/plugins".',
        });
    }
    return norm;
}
function isUnder(child, parent) {
    return parent === '.' || child === parent || child.startsWith(`${parent}/`);
}
/** True when a root-relative path is (inside) a forced exclude. */
function isForcedExclude(rel) {
    return FORCED_EXCLUDES.some((e) => isUnder(rel, e));
}
/**
 * Glob patterns that archive the includes minus the excludes. Why not `<inc>/**` +
 * `!<exc>/**`: @actions/glob then also lists the root and every directory, and tar
 * recurses into listed directories, so the "excluded" files land in the archive anyway.
 * Instead each include containing an exclude is expanded one level at a time —
 * `inc/*`, `!inc/child`, `inc/child/*`, `!inc/child/grandchild` — so no listed path
 * contains an excluded one. The patterns depend only on the config, never on what is on
 * disk, so save and restore compute the same entry version.
 */
function buildPatterns(includes, excludes) {
    const out = [];
    for (const inc of includes) {
        if (excludes.some((e) => isUnder(inc, e) && inc !== '.'))
            continue;
        const inside = excludes.filter((e) => e !== inc && isUnder(e, inc));
        if (inside.length === 0) {
            out.push(inc === '.' ? '*' : inc);
            continue;
        }
        expand(inc, inside.map((e) => (inc === '.' ? e : e.slice(inc.length + 1)).split('/')), out);
    }
    return out;
}
function expand(dir, excluded, out) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    out.push(`${prefix}*`);
    const children = new Map();
    for (const segs of excluded) {
        const rest = children.get(segs[0]) ?? [];
        if (segs.length > 1)
            rest.push(segs.slice(1));
        children.set(segs[0], rest);
    }
    for (const [child, rest] of [...children].sort(([a], [b]) => a.localeCompare(b))) {
        out.push(`!${prefix}${child}`);
        // Fully excluded child (one of the excludes is exactly it) → stop; otherwise descend.
        const fullyExcluded = excluded.some((s) => s.length === 1 && s[0] === child);
        if (!fullyExcluded)
            expand(`${prefix}${child}`, rest, out);
    }
}
function resolveCachePaths(root, includes = []) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root);
    const cleaned = [...new Set((includes.length ? includes : ['.']).map((p) => cleanRel(p, 'ci.cache.paths entry')))];
    // A whole-root include makes the others redundant.
    const incs = cleaned.includes('.') ? ['.'] : cleaned.sort();
    const excludes = [...FORCED_EXCLUDES];
    const patterns = buildPatterns(incs, excludes);
    if (patterns.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7('every ci.cache.paths entry is inside a path that is never cached', {
            code: 'CACHE_PATH_INVALID',
            context: { paths: includes.join(', '), 'never cached': excludes.join(', ') },
            hint: 'Credentials, the registry-cache TLS key and atmos-ts state are never archived; list other directories.',
        });
    }
    const absolutePatterns = patterns.map((p) => {
        const neg = p.startsWith('!');
        const rel = neg ? p.slice(1) : p;
        const joined = rel === '*' ? `${abs.replace(/\\/g, '/')}/*` : `${abs.replace(/\\/g, '/')}/${rel}`;
        return neg ? `!${joined}` : joined;
    });
    return { root: abs, includes: incs, excludes, patterns, absolutePatterns };
}
/** Filter for our own archiver (dir backend): is this root-relative path archived? */
function pathSelected(rel, paths) {
    if (rel === '' || rel === '.')
        return true;
    if (paths.excludes.some((e) => isUnder(rel, e)))
        return false;
    // Ancestors of an include must be walked into, the include and what is under it kept.
    return paths.includes.some((inc) => isUnder(rel, inc) || isUnder(inc, rel));
}


/***/ }),

/***/ 88076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveCachePlan: () => (/* binding */ resolveCachePlan)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/paths.ts
var common_paths = __webpack_require__(29353);
// EXTERNAL MODULE: ./src/common/platform.ts
var common_platform = __webpack_require__(88038);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/cache/key.ts





/** Limits the cache service enforces client-side (`@actions/cache` checkKey / restore). */
const MAX_KEY_LENGTH = 512;
/** Primary key plus restore keys, per restore call. */
const MAX_KEYS_PER_RESTORE = 10;
/**
 * GitHub's `hashFiles`: every regular file matched by the patterns (sorted by path),
 * SHA-256 of each file, then SHA-256 over those digests. Patterns are relative to
 * `baseDir`, support `**`, and `!pattern` excludes. No match → '' (like GitHub).
 */
async function hashFiles(patterns, baseDir) {
    const includes = patterns.filter((p) => !p.startsWith('!')).map(normalizePattern);
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => normalizePattern(p.slice(1)));
    if (includes.length === 0)
        return '';
    const isIncluded = picomatch_default()(includes, { dot: true });
    const isExcluded = excludes.length ? picomatch_default()(excludes, { dot: true }) : () => false;
    const matched = new Set();
    // Walk only from each pattern's static base so `src/**/*.ts` never scans the whole repo.
    for (const base of new Set(includes.map((p) => picomatch_default().scan(p).base))) {
        for await (const rel of walkFiles(baseDir, base))
            if (isIncluded(rel) && !isExcluded(rel))
                matched.add(rel);
    }
    if (matched.size === 0)
        return '';
    const outer = (0,external_node_crypto_.createHash)('sha256');
    for (const rel of [...matched].sort())
        outer.update(await fileDigest(external_node_path_default().join(baseDir, rel)));
    return outer.digest('hex');
}
function normalizePattern(p) {
    return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}
async function fileDigest(file) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        h.update(chunk);
    return h.digest();
}
async function* walkFiles(root, relBase) {
    const start = external_node_path_default().join(root, relBase);
    let st;
    try {
        st = await external_node_fs_.promises.stat(start);
    }
    catch {
        return;
    }
    if (st.isFile()) {
        yield relBase;
        return;
    }
    const stack = [relBase];
    while (stack.length) {
        const rel = stack.pop();
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    stack.push(child);
            }
            else if (e.isFile())
                yield child;
        }
    }
}
/**
 * Render a key template: `{{.OS}}`, `{{.Arch}}` (Go names) and
 * `{{ hashFiles "pattern" … }}`. Anything else is an error naming the action, so a
 * typo never silently becomes a constant key.
 */
async function renderKeyTemplate(template, ctx, what = 'ci.cache.key') {
    const parts = [];
    let last = 0;
    const re = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        parts.push(template.slice(last, m.index));
        last = m.index + m[0].length;
        parts.push(await renderAction(m[1], ctx, what, template));
    }
    parts.push(template.slice(last));
    if (/\{\{|\}\}/.test(parts[parts.length - 1]))
        throw templateError(what, template, 'unbalanced "{{" / "}}"');
    return parts.join('').trim();
}
async function renderAction(action, ctx, what, template) {
    if (action === '.OS')
        return ctx.platform.os;
    if (action === '.Arch')
        return ctx.platform.arch;
    const fn = /^hashFiles\s+(.+)$/.exec(action);
    if (fn) {
        const args = [...fn[1].matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)].map((a) => (a[1] ?? a[2]).replace(/\\(.)/g, '$1'));
        if (args.length === 0)
            throw templateError(what, template, 'hashFiles needs at least one quoted pattern');
        return hashFiles(args, ctx.baseDir);
    }
    throw templateError(what, template, `unknown template action "{{ ${action} }}"`);
}
function templateError(what, template, problem) {
    return new errors/* AtmosError */.f7(`invalid cache key template in ${what}: ${problem}`, {
        code: 'CACHE_KEY_INVALID',
        context: { template },
        hint: 'Use {{.OS}}, {{.Arch}} and {{ hashFiles "pattern" … }} (patterns relative to the repository, ** allowed).',
    });
}
/**
 * The default key hashes the COMMITTED pins (repository files, readable before any
 * restore), so it changes whenever a pin changes. Only file names and contents enter the
 * hash, never absolute paths, so two checkouts of the same commit agree.
 */
async function pinsHash(files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const found = [];
    for (const [label, file] of [
        ['tool-versions', files.versionsFile],
        ['lock', files.lockFile],
    ]) {
        h.update(`${label}\0`);
        try {
            const data = await external_node_fs_.promises.readFile(file);
            // CRLF checkouts on Windows must not change the key.
            h.update(data.toString('utf8').replace(/\r\n/g, '\n'));
            found.push(file);
        }
        catch {
            h.update('<absent>');
        }
        h.update('\0');
    }
    return { hash: h.digest('hex').slice(0, 16), found };
}
function defaultKeyPrefix(platform) {
    return `atmos-cache-${platform.os}-${platform.arch}-`;
}
/** Keys the cache service would reject, rejected here with the reason and the fix. */
function validateKeys(key, restoreKeys) {
    for (const [k, what] of [[key, 'cache key'], ...restoreKeys.map((r) => [r, 'restore key'])]) {
        if (!k) {
            throw new errors/* AtmosError */.f7(`the ${what} is empty`, {
                code: 'CACHE_KEY_INVALID',
                hint: 'Set ci.cache.key (or --key), or leave it unset to use the default key derived from the committed pins.',
            });
        }
        if (k.length > MAX_KEY_LENGTH) {
            throw new errors/* AtmosError */.f7(`the ${what} is ${k.length} characters long; the cache service allows at most ${MAX_KEY_LENGTH}`, {
                code: 'CACHE_KEY_INVALID',
                context: { key: `${k.slice(0, 80)}…` },
                hint: 'Shorten the template: hash long parts with {{ hashFiles … }} instead of inlining them.',
            });
        }
        if (k.includes(',')) {
            throw new errors/* AtmosError */.f7(`the ${what} "${k}" contains a comma, which the cache service does not allow`, {
                code: 'CACHE_KEY_INVALID',
                hint: 'Replace the comma with "-" or "_" in ci.cache.key / ci.cache.restore_keys.',
            });
        }
    }
    if (1 + restoreKeys.length > MAX_KEYS_PER_RESTORE) {
        throw new errors/* AtmosError */.f7(`${restoreKeys.length} restore keys given; at most ${MAX_KEYS_PER_RESTORE - 1} are allowed (${MAX_KEYS_PER_RESTORE} keys in total with the primary key)`, {
            code: 'CACHE_KEY_INVALID',
            hint: 'Drop the more specific restore keys: each is a prefix, so a shorter one already covers longer ones.',
        });
    }
}

// EXTERNAL MODULE: ./src/cache/paths.ts
var cache_paths = __webpack_require__(70926);
;// CONCATENATED MODULE: ./src/cache/plan.ts






async function resolveCachePlan(loaded, overrides = {}, logger) {
    const cc = loaded.values.ci?.cache ?? {};
    const env = loaded.env;
    const platform = (0,common_platform/* hostPlatform */.ol)(env);
    const rootSetting = overrides.root ?? cc.root;
    const root = rootSetting ? (0,common_paths.expandPath)(rootSetting, loaded.baseDir) : loaded.cacheRoot;
    const paths = (0,cache_paths/* resolveCachePaths */.t8)(root, (overrides.paths ?? cc.paths ?? []).filter((p) => typeof p === 'string'));
    // hashFiles patterns resolve against the repository (atmos.yaml's directory), like GitHub's hashFiles against the workspace.
    const ctx = { platform, baseDir: loaded.baseDir };
    const template = overrides.key ?? cc.key;
    let key;
    let pinFiles = [];
    if (template) {
        key = await renderKeyTemplate(template, ctx, overrides.key ? '--key' : 'ci.cache.key');
    }
    else {
        const tc = loaded.values.toolchain;
        const versionsFile = external_node_path_default().resolve(loaded.baseDir, tc?.versions_file || '.tool-versions');
        const lockFile = tc?.lock_file ? external_node_path_default().resolve(loaded.baseDir, tc.lock_file) : external_node_path_default().join(external_node_path_default().dirname(versionsFile), 'toolchain.lock.yaml');
        const pins = await pinsHash({ versionsFile, lockFile });
        pinFiles = pins.found;
        if (pins.found.length === 0) {
            logger?.debug(`ci cache: neither ${versionsFile} nor ${lockFile} exists; the default key only varies by platform`);
        }
        key = `${defaultKeyPrefix(platform)}${pins.hash}`;
    }
    const restoreTemplates = (overrides.restoreKeys ?? cc.restore_keys ?? []).filter((t) => typeof t === 'string');
    const restoreKeys = [];
    for (const [i, t] of restoreTemplates.entries()) {
        const r = await renderKeyTemplate(t, ctx, `ci.cache.restore_keys[${i}]`);
        if (r && !restoreKeys.includes(r))
            restoreKeys.push(r);
    }
    if (!template && restoreTemplates.length === 0)
        restoreKeys.push(defaultKeyPrefix(platform));
    validateKeys(key, restoreKeys);
    const backend = overrides.backend ?? cc.backend ?? 'github';
    const dirSetting = overrides.dir ?? cc.dir;
    if (backend === 'dir' && !dirSetting) {
        throw new errors/* AtmosError */.f7('ci.cache.backend is "dir" but no directory is configured', {
            code: 'CACHE_CONFIG_INVALID',
            context: loaded.locate(['ci', 'cache', 'backend']),
            hint: 'Set ci.cache.dir (or --dir, or ATMOS_CI_CACHE_DIR) to a directory shared by the runners.',
        });
    }
    return {
        key,
        restoreKeys,
        defaultKey: !template,
        paths,
        backend,
        dir: dirSetting ? (0,common_paths.expandPath)(dirSetting, loaded.baseDir) : undefined,
        pinFiles,
        config: cc,
    };
}


/***/ }),

/***/ 28786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zp: () => (/* binding */ tempSibling),
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);




/**
 * Run `fn` holding an exclusive cross-process lock named after `target`
 * (`<target>.lock`, a directory — mkdir is atomic on Linux, macOS and Windows).
 * A holder that dies (kill -9) stops refreshing the lock, so it goes stale and
 * the next process takes it over.
 */
async function withFileLock(target, fn, options = {}) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    const lockPath = `${target}.lock`;
    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    const staleMs = options.staleMs ?? 15_000;
    const deadline = Date.now() + timeoutMs;
    let warned = false;
    let release;
    for (;;) {
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(target, {
                lockfilePath: lockPath,
                realpath: false,
                stale: staleMs,
                update: Math.max(1000, Math.floor(staleMs / 3)),
                retries: 0,
                onCompromised: () => {
                    /* Another process took over a lock we held too long; our write is still atomic. */
                },
            });
            break;
        }
        catch (err) {
            if (err.code !== 'ELOCKED')
                throw err;
            if (!warned) {
                warned = true;
                options.onWait?.();
            }
            if (Date.now() > deadline) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`timed out waiting for lock ${lockPath}`, {
                    code: 'LOCK_TIMEOUT',
                    explanation: 'Another atmos-ts process holds this lock and did not release it in time.',
                    hint: `If no other atmos-ts process is running, remove ${lockPath} and retry.`,
                });
            }
            await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        }
    }
    try {
        return await fn();
    }
    finally {
        await release().catch(() => { });
    }
}


/***/ }),

/***/ 88038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   Ng: () => (/* binding */ platformKey),
/* harmony export */   ol: () => (/* binding */ hostPlatform)
/* harmony export */ });
/* unused harmony export nodeArch */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

const nodeToGoOS = {
    linux: 'linux',
    darwin: 'darwin',
    win32: 'windows',
    freebsd: 'freebsd',
    openbsd: 'openbsd',
    netbsd: 'netbsd',
    sunos: 'solaris',
    aix: 'aix',
};
const nodeToGoArch = {
    x64: 'amd64',
    arm64: 'arm64',
    ia32: '386',
    arm: 'arm',
    ppc64: 'ppc64le',
    s390x: 's390x',
    riscv64: 'riscv64',
    loong64: 'loong64',
    mips64el: 'mips64',
};
/** The platform this process runs on, in Go names (`AQUA_GOOS`/`AQUA_GOARCH` override, for tests). */
function hostPlatform(env = process.env) {
    return {
        os: env.AQUA_GOOS || nodeToGoOS[process.platform] || process.platform,
        arch: env.AQUA_GOARCH || nodeToGoArch[process.arch] || process.arch,
    };
}
/** `linux_amd64` — the key used by lock files and Terraform. */
function platformKey(p) {
    return `${p.os}_${p.arch}`;
}
/** Accepts `linux/amd64`, `linux_amd64` or `linux-amd64`. */
function parsePlatform(text) {
    const m = /^([a-z0-9]+)[/_-]([a-z0-9]+)$/.exec(text.trim().toLowerCase());
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`invalid platform "${text}"`, {
            code: 'INVALID_PLATFORM',
            hint: 'Write a platform as os/arch with Go names, e.g. linux/amd64, darwin/arm64, windows/amd64.',
        });
    }
    return { os: m[1], arch: m[2] };
}
/** Node's `process.arch` name for a Go arch (for `@actions/tool-cache`). */
function nodeArch(goArch) {
    for (const [node, go] of Object.entries(nodeToGoArch))
        if (go === goArch)
            return node;
    return goArch;
}


/***/ })

};
