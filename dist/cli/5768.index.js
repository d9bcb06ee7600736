export const id = 5768;
export const ids = [5768,8772];
export const modules = {

/***/ 68772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireOnPath: () => (/* binding */ requireOnPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _workflow_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36120);



/**
 * A component command that resolved to a bare name (no version, no .tool-versions pin)
 * runs from PATH; when PATH has no such program, say how to get it instead of letting
 * the spawn fail with the generic "reinstall the tool" hint (nothing was installed).
 */
function requireOnPath(file, env, where, example) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) || file.includes('/') || (0,_workflow_index_js__WEBPACK_IMPORTED_MODULE_1__/* .onPath */ .L)(file, env))
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${file} is not installed`, {
        code: 'TOOL_NOT_INSTALLED',
        exitCode: 127,
        explanation: `${where} is "${file}", which .tool-versions does not pin, and no ${file} is on PATH.`,
        hint: `Pin a version so atmos-ts installs it on demand: set ${where}: ${example} in atmos.yaml, or add "${example.replace('@', ' ')}" to .tool-versions.`,
    });
}


/***/ }),

/***/ 15768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runTerraform: () => (/* binding */ runTerraform)
});

// UNUSED EXPORTS: pluginCacheDir, printReport, terraformBinary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
// EXTERNAL MODULE: ./src/common/offline.ts
var offline = __webpack_require__(73842);
// EXTERNAL MODULE: ./src/gitmirror/index.ts
var gitmirror = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/mirror/session.ts + 1 modules
var mirror_session = __webpack_require__(46453);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/mirror/cliconfig.ts + 1 modules
var cliconfig = __webpack_require__(10155);
;// CONCATENATED MODULE: ./src/mirror/pluginCache.ts
/**
 * Terraform's plugin cache directory (TF_PLUGIN_CACHE_DIR) under the atmos cache root: one
 * unpacked copy of each provider that every root module of a job (and, through the CI cache,
 * the next job) links instead of downloading and unzipping it again. Shared by the CLI
 * wrapper (`atmos-ts terraform`) and the root action, so both pick the same directory.
 */







const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** `name` in `dir` as committed at HEAD, or undefined when it is not in git there. */
async function committedText(dir, name) {
    try {
        const { stdout } = await execFileAsync('git', ['-C', dir, 'show', `HEAD:./${name}`], { maxBuffer: 16 * 1024 * 1024 });
        return stdout;
    }
    catch {
        return undefined;
    }
}
/**
 * The plugin cache directory to set: `components.terraform.plugin_cache_dir`, else
 * `<cache root>/terraform/plugins`. Undefined when the user already chose one (env
 * TF_PLUGIN_CACHE_DIR or `plugin_cache_dir` in their CLI config) or `plugin_cache: false`.
 * `userConfig`: the user's CLI config when already read (else read from `env`'s locations).
 * Pure: creates nothing (see {@link ensurePluginCacheDir}).
 */
async function pluginCacheDir(config, env, userConfig) {
    const tf = config.values.components.terraform;
    if (!tf.plugin_cache || env.TF_PLUGIN_CACHE_DIR)
        return undefined;
    const user = userConfig ?? (await (0,cliconfig/* readUserCliConfig */.Qg)((0,cliconfig/* cliConfigLocations */.zD)(env)).catch(() => undefined));
    if (user && 'plugin_cache_dir' in user.other)
        return undefined;
    return tf.plugin_cache_dir ? (0,paths.expandPath)(tf.plugin_cache_dir, config.baseDir) : external_node_path_default().join(config.cacheRoot, 'terraform', 'plugins');
}
/** Terraform ignores (with a warning) a plugin cache directory that does not exist. */
async function ensurePluginCacheDir(dir) {
    await external_node_fs_.promises.mkdir(dir, { recursive: true });
    return dir;
}
const ZIP_NAME = /^terraform-provider-(.+)_([^_]+)_([^_]+)_([^_]+)\.zip$/;
const SKIPPED_DIRS = new Set(['.terraform', 'node_modules', '.git']);
/** Every `h1:` hash recorded in the `.terraform.lock.hcl` files under `workspace` (not in `.terraform/` copies). */
async function lockFileH1s(workspace) {
    const out = new Set();
    const walk = async (dir) => {
        const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const p = path.join(dir, e.name);
            if (e.isDirectory() && !SKIPPED_DIRS.has(e.name))
                await walk(p);
            else if (e.isFile() && e.name === '.terraform.lock.hcl') {
                // Only what is committed: the next job checks out HEAD, not this job's working copy, and
                // Terraform takes a provider from the plugin cache only under a lock-file hash. A lock file
                // that is not committed (or hashes this job's init added) would leave the next job needing
                // the zip — with the registry down, that job would fail.
                const committed = await committedText(dir, e.name);
                if (committed === undefined)
                    continue;
                for (const m of committed.matchAll(/"(h1:[A-Za-z0-9+/=]+)"/g))
                    out.add(m[1]);
            }
        }
    };
    await walk(workspace);
    return out;
}
/**
 * Remove from the registry cache (`registryRoot`) the provider zips that the plugin cache
 * (`pluginDir`) holds unpacked AND that a lock file will let Terraform take from there: the
 * unpacked directory's `h1:` is recomputed here and must be one of `lockH1s`. Terraform
 * (≥ 1.4) links a cached provider only when the lock file records a checksum that matches it,
 * so exactly these zips would never be asked for again; storing them in the CI cache too
 * would keep every provider twice. A zip whose provider is missing, differs, or is not
 * locked with an `h1:` for this platform stays. A removed zip is fetched again (and checked
 * against the registry's shasum) if something asks for it.
 */
async function pruneZipsHeldByPluginCache(registryRoot, pluginDir, lockH1s) {
    const out = { removed: [], bytes: 0 };
    const providersRoot = path.join(registryRoot, 'providers');
    const hostDirs = await fs.readdir(providersRoot, { withFileTypes: true }).catch(() => []);
    for (const host of hostDirs.filter((d) => d.isDirectory())) {
        for (const ns of await subdirs(path.join(providersRoot, host.name))) {
            for (const type of await subdirs(path.join(providersRoot, host.name, ns))) {
                const dir = path.join(providersRoot, host.name, ns, type);
                for (const name of await fs.readdir(dir).catch(() => [])) {
                    const m = ZIP_NAME.exec(name);
                    if (!m || m[1] !== type)
                        continue;
                    const [, , version, os, arch] = m;
                    const unpacked = path.join(pluginDir, host.name, ns, type, version, `${os}_${arch}`);
                    const h1 = await h1OfDir(unpacked).catch(() => undefined);
                    if (!h1 || !lockH1s.has(h1))
                        continue;
                    const zip = path.join(dir, name);
                    const size = (await fs.stat(zip)).size;
                    await fs.rm(zip, { force: true });
                    await fs.rm(`${zip}.hashes.json`, { force: true });
                    out.removed.push(zip);
                    out.bytes += size;
                }
            }
        }
    }
    return out;
}
async function subdirs(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    return entries.filter((e) => e.isDirectory()).map((e) => e.name);
}

// EXTERNAL MODULE: ./src/mirror/report.ts
var mirror_report = __webpack_require__(98445);
// EXTERNAL MODULE: ./src/toolchain/exec.ts
var exec = __webpack_require__(17122);
// EXTERNAL MODULE: ./src/cli/componentCommand.ts
var componentCommand = __webpack_require__(68772);
// EXTERNAL MODULE: ./src/cli/toolchain/session.ts
var session = __webpack_require__(67942);
;// CONCATENATED MODULE: ./src/cli/terraform/run.ts










/**
 * `atmos-ts terraform [args…]`: the configured binary with an ephemeral proxy and a merged
 * CLI config (when `components.terraform.cache.enabled`), the plugin cache under the cache
 * root, the exit code (or signal) of the child passed on, and the savings line at the end.
 */
async function runTerraform(ctx, args) {
    const config = ctx.config();
    const tf = config.values.components.terraform;
    const binary = await terraformBinary(config, ctx);
    const env = { ...ctx.env };
    (0,componentCommand.requireOnPath)(binary, env, 'components.terraform.command', 'terraform@1.11.4');
    let session;
    if (tf.cache.enabled) {
        session = await (0,mirror_session/* startMirrorSession */.Wm)({ settings: (0,mirror_session/* sessionSettings */.MS)(config), env: ctx.env, logger: ctx.logger });
        Object.assign(env, session.childEnv);
    }
    try {
        // `git::` sources of the root module come from mirrors under the cache root (init/get fetch them).
        if ((tf.cache.enabled || (0,offline/* isOffline */.aK)(ctx.env)) && ['init', 'get'].includes(subcommand(args) ?? '')) {
            const { env: gitEnv, mirrors } = await (0,gitmirror/* mirrorGitSources */.yg)(moduleDir(ctx.cwd, args), {
                root: (0,gitmirror/* gitMirrorRoot */.Wq)(config.cacheRoot),
                ttlMs: tf.cache.metadata_ttl,
                env: ctx.env,
                logger: ctx.logger,
            });
            for (const m of mirrors)
                ctx.logger.debug(`git mirror ${m.url}: ${m.state}`);
            Object.assign(env, gitEnv);
        }
        const pluginCache = await run_pluginCacheDir(config, ctx.env, session);
        if (pluginCache)
            env.TF_PLUGIN_CACHE_DIR = pluginCache;
        ctx.logger.debug(`running ${binary} ${args.join(' ')}`);
        const exit = await (0,exec/* runTool */.qI)(binary, args, { env, cwd: ctx.cwd });
        if (session)
            printReport(ctx, await session.close());
        (0,exec/* exitLikeChild */._K)(exit);
    }
    finally {
        if (session)
            await session.close();
    }
}
/** Terraform's subcommand: the first argument that is not a global flag (`-chdir=…`). */
function subcommand(args) {
    return args.find((a) => !a.startsWith('-'));
}
/** The root module directory: `-chdir=<dir>` if given, else the working directory. */
function moduleDir(cwd, args) {
    const chdir = args.find((a) => a.startsWith('-chdir='));
    return chdir ? external_node_path_default().resolve(cwd, chdir.slice('-chdir='.length)) : cwd;
}
/**
 * `TF_PLUGIN_CACHE_DIR=<cache root>/terraform/plugins` (or `plugin_cache_dir`) unless the
 * user already chose one (env or their CLI config), or `plugin_cache: false`; created.
 */
async function run_pluginCacheDir(config, env, session) {
    const dir = await pluginCacheDir(config, env, session?.userConfig);
    return dir ? ensurePluginCacheDir(dir) : undefined;
}
/**
 * `components.terraform.command`: a path is used as is; `tool@version` is installed through
 * the toolchain; a bare name is the toolchain's pinned version when .tool-versions has it,
 * else whatever PATH finds.
 */
async function terraformBinary(config, ctx) {
    const command = config.values.components.terraform.command || 'terraform';
    if (looksLikePath(command, config.baseDir))
        return (0,paths.expandPath)(command, config.baseDir);
    const spec = (0,session/* parseToolSpec */.FE)(command);
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(5007), __webpack_require__.e(2089), __webpack_require__.e(1776), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 70395));
    if (spec.version) {
        const toolchain = await createToolchain({ config, logger: ctx.logger, env: ctx.env });
        return toolchain.binaryFor(spec, { autoInstall: true });
    }
    try {
        const toolchain = await createToolchain({ config, logger: ctx.logger, env: ctx.env });
        const configured = await toolchain.configuredVersions();
        if (spec.tool in configured)
            return await toolchain.binaryFor(spec, { autoInstall: true });
    }
    catch (err) {
        ctx.logger.debug(`toolchain lookup for ${command} failed (${(0,errors/* errorMessage */.gJ)(err)}); using PATH`);
    }
    return command;
}
/** `/abs`, `./x`, `~/x`, `C:\\x`, or an existing relative file — but `owner/repo[@version]` is a tool. */
function looksLikePath(command, baseDir) {
    if (external_node_path_default().isAbsolute(command) || command.startsWith('.') || command.startsWith('~') || command.includes('\\'))
        return true;
    return command.includes('/') && !command.includes('@') && (0,external_node_fs_.existsSync)(external_node_path_default().resolve(baseDir, command));
}
function printReport(ctx, report) {
    ctx.logger.info((0,mirror_report/* formatReportLine */.m3)(report));
    for (const w of report.warnings)
        ctx.logger.warn(`registry cache: ${w}`);
    const summary = ctx.env.GITHUB_STEP_SUMMARY;
    if (ctx.env.GITHUB_ACTIONS === 'true' && summary) {
        try {
            (0,external_node_fs_.appendFileSync)(summary, (0,mirror_report/* formatReportTable */.aU)(report));
        }
        catch (err) {
            ctx.logger.debug(`cannot write the job summary: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
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

/***/ 41691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ gitSourcesIn),
/* harmony export */   JK: () => (/* binding */ mirrorDir),
/* harmony export */   Wq: () => (/* binding */ gitMirrorRoot),
/* harmony export */   tb: () => (/* binding */ MIRROR_INFO),
/* harmony export */   uS: () => (/* binding */ ensureMirror),
/* harmony export */   yg: () => (/* binding */ mirrorGitSources)
/* harmony export */ });
/* unused harmony exports mirrorId, gitRepoUrl, insteadOfEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71922);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52252);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49353);
/* harmony import */ var _common_offline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73842);
/**
 * Git mirrors for direct `git::` module sources. Terraform fetches a `git::` source written
 * in a root module with its own `git`, so the registry cache never sees it. We keep a
 * `git clone --mirror` of each such repository under `<cache root>/git/<id>.git`, refresh it
 * when older than the metadata TTL (a failed refresh keeps the old copy: stale-if-error),
 * and point Terraform's git at it through `url.<mirror>.insteadOf` in the child's
 * environment (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), which needs no
 * change to the user's files or global git config. Offline, mirrors are used whatever their
 * age and a missing one fails naming the repository.
 */










const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Written inside each mirror (git ignores unknown files at the top of a bare repository). */
const MIRROR_INFO = 'atmos-mirror.json';
/** `<cache root>/git`. */
function gitMirrorRoot(cacheRoot) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, 'git');
}
/** Directory name of a repository's mirror: a hash of its URL (URLs may carry anything). */
function mirrorId(url) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(url).digest('hex').slice(0, 32);
}
function mirrorDir(root, url) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `${mirrorId(url)}.git`);
}
/**
 * The repository URL of a `git::` source, as go-getter hands it to `git clone`:
 * `git::https://h/r.git//sub?ref=v1` → `https://h/r.git`. Undefined for other sources and for
 * scp-style `git@host:path` (those need the user's SSH setup; left to Terraform).
 */
function gitRepoUrl(source) {
    if (!source.startsWith('git::'))
        return undefined;
    let rest = source.slice('git::'.length);
    const q = rest.indexOf('?');
    if (q >= 0)
        rest = rest.slice(0, q);
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
    if (!scheme)
        return undefined;
    const sub = rest.indexOf('//', scheme[0].length);
    if (sub >= 0)
        rest = rest.slice(0, sub);
    return rest;
}
/**
 * `git::` module sources of a root module: its `*.tf` files, and those of the local modules
 * (`./…`, `../…`) it calls, recursively. Returns repository URLs, sorted and unique.
 */
async function gitSourcesIn(dir) {
    const found = new Set();
    const seen = new Set();
    const visit = async (d) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(d);
        if (seen.has(abs) || seen.size > 200)
            return;
        seen.add(abs);
        const names = (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(abs).catch(() => [])).filter((n) => n.endsWith('.tf')).sort();
        for (const name of names) {
            const text = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(abs, name), 'utf8').catch(() => '');
            for (const m of text.matchAll(/^\s*source\s*=\s*"([^"]+)"/gm)) {
                const source = m[1];
                const url = gitRepoUrl(source);
                if (url)
                    found.add(url);
                else if (source.startsWith('./') || source.startsWith('../'))
                    await visit(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(abs, source));
            }
        }
    };
    await visit(dir);
    return [...found].sort();
}
async function readInfo(dir) {
    try {
        const info = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, MIRROR_INFO), 'utf8'));
        return typeof info.fetchedAt === 'number' ? info : undefined;
    }
    catch {
        return undefined;
    }
}
async function git(args, env) {
    // No prompts: a mirror refresh must fail, not hang, when credentials are missing.
    await execFileAsync('git', args, { env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 });
}
/**
 * Make sure the mirror of `url` exists and is fresh enough. One process at a time per
 * mirror (file lock); a new mirror is cloned into a temp sibling and renamed, so a killed
 * clone never leaves a half mirror that looks usable.
 */
async function ensureMirror(url, options) {
    const env = options.env ?? process.env;
    const logger = options.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_5__.silentLogger;
    const dir = mirrorDir(options.root, url);
    await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.mkdir(options.root, { recursive: true });
    return (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_6__/* .withFileLock */ .U)(dir, async () => {
        const info = await readInfo(dir);
        if (info) {
            if ((0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .isOffline */ .aK)(env))
                return { url, dir, state: 'offline' };
            if (options.ttlMs <= 0 || Date.now() - info.fetchedAt < options.ttlMs)
                return { url, dir, state: 'fresh' };
            try {
                await git(['--git-dir', dir, 'remote', 'update', '--prune'], env);
                await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() }));
                return { url, dir, state: 'fetched' };
            }
            catch (err) {
                const ageH = ((Date.now() - info.fetchedAt) / 3_600_000).toFixed(1);
                logger.warn(`git mirror: refreshing ${url} failed (${firstLine(err)}); using the copy from ${ageH} h ago`);
                return { url, dir, state: 'stale-if-error' };
            }
        }
        if ((0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .isOffline */ .aK)(env))
            throw (0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .offlineError */ ._P)(`git repository ${url}`, url);
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(dir, { recursive: true, force: true });
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.root, `.${mirrorId(url)}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`);
        try {
            logger.info(`git mirror: cloning ${url}`);
            await git(['clone', '--mirror', '-q', url, tmp], env);
            await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() }));
            await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rename(tmp, dir);
        }
        catch (err) {
            await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(tmp, { recursive: true, force: true });
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .AtmosError */ .f7(`cannot mirror git repository ${url}`, {
                code: 'GIT_MIRROR_FAILED',
                explanation: firstLine(err),
                hint: 'Check the URL and your git credentials; Terraform would fail to fetch it the same way.',
                cause: err,
            });
        }
        return { url, dir, state: 'cloned' };
    });
}
function firstLine(err) {
    const stderr = err.stderr?.trim();
    return (stderr || (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(err)).split('\n').filter(Boolean).pop() ?? 'failed';
}
/**
 * Environment entries that make `git` fetch each repository from its mirror: one
 * `url.file://<mirror>.insteadOf <url>` per mirror, appended after any GIT_CONFIG_* entries
 * the environment already has.
 */
function insteadOfEnv(mirrors, env = process.env) {
    const out = {};
    let n = Number(env.GIT_CONFIG_COUNT ?? 0);
    if (!Number.isInteger(n) || n < 0)
        n = 0;
    for (const m of mirrors) {
        out[`GIT_CONFIG_KEY_${n}`] = `url.file://${m.dir}.insteadOf`;
        out[`GIT_CONFIG_VALUE_${n}`] = m.url;
        n++;
    }
    if (mirrors.length > 0)
        out.GIT_CONFIG_COUNT = String(n);
    return out;
}
/** Mirror every `git::` source of the root module in `dir`; returns the env for Terraform. */
async function mirrorGitSources(dir, options) {
    const urls = await gitSourcesIn(dir);
    const mirrors = [];
    for (const url of urls)
        mirrors.push(await ensureMirror(url, options));
    return { mirrors, env: insteadOfEnv(mirrors, options.env) };
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
