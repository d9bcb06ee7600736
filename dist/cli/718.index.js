export const id = 718;
export const ids = [718];
export const modules = {

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
// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/cache/backends/dir.ts
var dir = __webpack_require__(86457);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cache/staging.ts
var staging = __webpack_require__(3511);
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
        const run = (root) => withLibraryEnv({ ...req, paths: { ...req.paths, root } }, () => cache.restoreCache([...req.paths.patterns], req.key, req.restoreKeys, { lookupOnly: options.lookupOnly }, false));
        // The library extracts into GITHUB_WORKSPACE: point it at a staging directory and move complete files into place.
        const { value, notes } = options.lookupOnly ? await run(req.paths.root) : await (0,staging/* restoreAtomically */.M)(req.paths.root, run, (r) => r.value !== undefined);
        const problem = explainProblems(notes, 'restore', req.logger, req.env);
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
        if (!/Rate limited|\(429\)/i.test(all) && !unreachable(all) && /\(409\)|already exists/i.test(all)) {
            return { status: 'exists', message: `an entry with key ${req.key} already exists (entries are write-once)` };
        }
        // Without this the library's own words would blame "another job may be creating this cache".
        const problem = explainProblems(notes, 'save', undefined, req.env) ?? 'the cache service did not accept the entry';
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
function explainProblems(notes, op, logger, env) {
    const failures = notes.filter((n) => n.level === 'warning' || n.level === 'error' || /^Failed to (save|restore)/.test(n.text));
    if (failures.length === 0)
        return undefined;
    const all = notes.map((n) => n.text).join('\n');
    const network = unreachable(all);
    let message;
    if (network) {
        const where = network.service ? `the cache service at ${serviceHost(env)}` : 'the cache storage';
        message = `${where} could not be reached (${network.code}); the ${op} was skipped. Check the runner's network access to it.`;
    }
    else if (/Rate limited|\(429\)/i.test(all)) {
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
/**
 * A connection-level failure in the library's notes. "Unable to make request: CODE" is how
 * its cache-service client reports one; a bare code comes from the blob storage client.
 */
function unreachable(all) {
    const service = /Unable to make request: ([A-Z_]+)/.exec(all);
    if (service)
        return { code: service[1], service: true };
    const other = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b/.exec(all);
    return other ? { code: other[1], service: false } : undefined;
}
function serviceHost(env) {
    try {
        return new URL(env.ACTIONS_RESULTS_URL ?? '').host;
    }
    catch {
        return String(env.ACTIONS_RESULTS_URL);
    }
}

// EXTERNAL MODULE: ./src/cache/plan.ts + 1 modules
var cache_plan = __webpack_require__(88076);
// EXTERNAL MODULE: ./src/cache/archive.ts
var archive = __webpack_require__(59924);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/common/mapLimit.ts
var mapLimit = __webpack_require__(30024);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
;// CONCATENATED MODULE: ./src/cache/state.ts






const STATE_FILE_NAME = 'ci-cache-state.json';
function stateFile(root) {
    return external_node_path_default().join(root, paths/* STATE_DIR_NAME */.K, STATE_FILE_NAME);
}
/**
 * Identity of one run of one CI job, from the variables each CI system sets for exactly
 * that (a re-run is a new identity). Undefined outside a recognised CI: then nothing is
 * "already done in this job", since every run would share the same identity forever.
 */
function jobId(env) {
    for (const [system, id] of CI_JOB_IDS) {
        const value = id(env);
        if (value)
            return `${system}:${value}`;
    }
    return undefined;
}
const CI_JOB_IDS = [
    // GITHUB_JOB alone repeats in every run; run id + attempt make it one execution.
    ['github', (e) => e.GITHUB_RUN_ID && `${e.GITHUB_RUN_ID}/${e.GITHUB_RUN_ATTEMPT || '1'}/${e.GITHUB_JOB ?? ''}`],
    ['gitlab', (e) => e.CI_JOB_ID],
    ['buildkite', (e) => e.BUILDKITE_JOB_ID],
    ['circleci', (e) => e.CIRCLE_WORKFLOW_JOB_ID],
    ['azure', (e) => e.SYSTEM_JOBID && `${e.BUILD_BUILDID ?? ''}/${e.SYSTEM_JOBID}`],
    ['bitbucket', (e) => e.BITBUCKET_STEP_UUID && `${e.BITBUCKET_BUILD_NUMBER ?? ''}/${e.BITBUCKET_STEP_UUID}`],
    ['travis', (e) => e.TRAVIS_JOB_ID],
    // jenkins-<job name>-<build number>
    ['jenkins', (e) => e.BUILD_TAG],
];
/** True when every recorded file still exists (lstat: a symlink counts as itself). */
async function filesPresent(root, files) {
    const present = await (0,mapLimit/* mapLimit */.s)(files, 32, (f) => external_node_fs_.promises.lstat(external_node_path_default().join(root, f)).then(() => true, () => false));
    return present.every(Boolean);
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
        // File lists of other jobs can never skip anything again; drop them so the state stays small.
        for (const [k, v] of Object.entries(state.keys))
            if (k !== key && v.files && v.job !== state.keys[key].job)
                delete v.files;
        await (0,atomicFile/* writeFileAtomic */.Zf)(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    });
}

;// CONCATENATED MODULE: ./src/cache/lifecycle.ts








function backendFor(plan) {
    return plan.backend === 'dir' ? new dir.DirCacheBackend(plan.dir) : new GitHubCacheBackend();
}
/**
 * "Already restored in this job": the same real CI job restored this key, and what it
 * restored is still there (a step may have deleted it). Outside CI never.
 */
async function alreadyRestored(prior, job, root) {
    if (!job || !prior || prior.job !== job || !prior.files)
        return false;
    if (prior.restored !== 'exact' && prior.restored !== 'prefix')
        return false;
    return filesPresent(root, prior.files);
}
/** Whether a matched key is the primary key (case-insensitive, as actions/cache compares). */
function isExactMatch(key, matched) {
    return matched !== undefined && key.localeCompare(matched, undefined, { sensitivity: 'accent' }) === 0;
}
async function restore(plan, options) {
    const { logger, env } = options;
    const job = jobId(env);
    const root = plan.paths.root;
    const prior = (await readState(root)).keys[plan.key];
    if (!options.lookupOnly && (await alreadyRestored(prior, job, root))) {
        logger.info(`Cache already restored in this job (key: ${plan.key})`);
        return { key: plan.key, outcome: 'skipped', matchedKey: prior?.matchedKey };
    }
    const result = await backendFor(plan).restore({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env }, { lookupOnly: options.lookupOnly });
    const outcome = !result.matchedKey ? 'miss' : isExactMatch(plan.key, result.matchedKey) ? 'exact' : 'prefix';
    // Only a real restore inside a CI job can be skipped later, so only then is the file list worth a walk.
    const files = job && outcome !== 'miss' && !options.lookupOnly ? await (0,archive/* selectedFiles */.TQ)(plan.paths) : undefined;
    await updateKeyState(root, plan.key, { restored: outcome, matchedKey: result.matchedKey, job, files });
    const verb = options.lookupOnly ? 'Cache found' : 'Cache restored';
    const size = result.size ? ` (${(0,format/* formatBytes */.z)(result.size)})` : '';
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
    const job = jobId(env);
    // Staged files of a killed restore are not part of the cache; a save is as good a time as any to drop them.
    await (0,staging/* removeStaleStaging */.zC)(plan.paths.root);
    const prior = (await readState(plan.paths.root)).keys[plan.key];
    if (job && prior?.saved && prior.savedJob === job) {
        logger.info(`Cache save skipped: already saved (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'already saved' };
    }
    if (job && prior?.restored === 'exact' && prior.job === job) {
        logger.info(`Cache save skipped: exact cache hit, content unchanged (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'exact cache hit' };
    }
    const result = await backendFor(plan).save({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env });
    switch (result.status) {
        case 'saved':
            logger.success(`Cache saved (key: ${plan.key})${result.size ? ` (${(0,format/* formatBytes */.z)(result.size)})` : ''}`);
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
        await updateKeyState(plan.paths.root, plan.key, { saved: true, savedJob: job });
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

/***/ 88076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveCachePlan: () => (/* binding */ resolveCachePlan)
});

// UNUSED EXPORTS: secretPaths

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/paths.ts
var common_paths = __webpack_require__(29353);
// EXTERNAL MODULE: ./src/common/platform.ts
var common_platform = __webpack_require__(88038);
// EXTERNAL MODULE: ./src/mirror/layout.ts
var layout = __webpack_require__(26473);
// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
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








/**
 * Every secret-bearing path where it really is, whatever ci.cache.root is: the registry
 * cache's TLS keys wherever `location` puts them (the mirror engine says where), and the
 * state and credential directories under the atmos cache root.
 */
function secretPaths(loaded) {
    return [...(0,layout/* registryCacheSecretPaths */.Qp)(loaded), ...cache_paths/* FORCED_EXCLUDES */._9.map((e) => external_node_path_default().join(loaded.cacheRoot, e))];
}
async function resolveCachePlan(loaded, overrides = {}, logger) {
    const cc = loaded.values.ci?.cache ?? {};
    const env = loaded.env;
    const platform = (0,common_platform/* hostPlatform */.ol)(env);
    const rootSetting = overrides.root ?? cc.root;
    const root = rootSetting ? (0,common_paths.expandPath)(rootSetting, loaded.baseDir) : loaded.cacheRoot;
    const paths = (0,cache_paths/* resolveCachePaths */.t8)(root, (overrides.paths ?? cc.paths ?? []).filter((p) => typeof p === 'string'), secretPaths(loaded));
    // hashFiles patterns resolve against the repository (atmos.yaml's directory), like GitHub's hashFiles against the workspace.
    const ctx = { platform, baseDir: loaded.baseDir };
    const template = overrides.key ?? cc.key;
    let key;
    let pinFiles = [];
    if (template) {
        key = await renderKeyTemplate(template, ctx, overrides.key ? '--key' : 'ci.cache.key');
    }
    else {
        // The same files the toolchain reads (same `~/` and relative-path rules).
        const { toolVersionsPath: versionsFile, lockPath: lockFile } = (0,settings/* toolchainSettings */.p)(loaded);
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


/***/ }),

/***/ 77682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ toolchainSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29353);
/*
 * Where the toolchain keeps its files, from flags > `toolchain.*` keys in atmos.yaml > defaults.
 * One module, because three places need the same answer: the engine, the warm path of
 * `exec`/`which` (which must not load the engine) and the CI cache's default key (which
 * hashes the pin files). Flags are relative to the working directory; atmos.yaml keys are
 * relative to atmos.yaml's directory and may start with `~/`.
 */


function toolchainSettings(config, flags = {}) {
    const tc = config.values.toolchain ?? {};
    const toolVersionsPath = flags.toolVersions ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.toolVersions) : (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.versions_file || '.tool-versions', config.baseDir);
    const lockPath = flags.lockPath
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.lockPath)
        : tc.lock_file
            ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.lock_file, config.baseDir)
            : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(toolVersionsPath), 'toolchain.lock.yaml');
    const installRoot = flags.installRoot
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.installRoot)
        : tc.install_path
            ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.install_path, config.baseDir)
            : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(config.cacheRoot, 'toolchain');
    return { installRoot, toolVersionsPath, lockPath, useLock: tc.use_lock_file ?? true };
}


/***/ })

};
