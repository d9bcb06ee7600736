export const id = 488;
export const ids = [488,290,188,772];
export const modules = {

/***/ 68772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireOnPath: () => (/* binding */ requireOnPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _workflow_componentTool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19188);



/**
 * A component command that resolved to a bare name (no version, no .tool-versions pin)
 * runs from PATH; when PATH has no such program, say how to get it instead of letting
 * the spawn fail with the generic "reinstall the tool" hint (nothing was installed).
 */
function requireOnPath(file, env, where, example) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) || file.includes('/') || (0,_workflow_componentTool_js__WEBPACK_IMPORTED_MODULE_2__.onPath)(file, env))
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${file} is not installed`, {
        code: 'TOOL_NOT_INSTALLED',
        exitCode: 127,
        explanation: `${where} is "${file}", which .tool-versions does not pin, and no ${file} is on PATH.`,
        hint: `Pin a version so atmos-ts installs it on demand: set ${where}: ${example} in atmos.yaml, or add "${example.replace('@', ' ')}" to .tool-versions.`,
    });
}


/***/ }),

/***/ 23488:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTerraform: () => (/* binding */ runTerraform)
/* harmony export */ });
/* unused harmony exports pluginCacheDir, terraformBinary, printReport */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29353);
/* harmony import */ var _mirror_cliconfig_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10155);
/* harmony import */ var _mirror_report_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(98445);
/* harmony import */ var _mirror_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46453);
/* harmony import */ var _toolchain_exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(71708);
/* harmony import */ var _componentCommand_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68772);
/* harmony import */ var _toolchain_session_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67942);











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
    (0,_componentCommand_js__WEBPACK_IMPORTED_MODULE_7__.requireOnPath)(binary, env, 'components.terraform.command', 'terraform@1.11.4');
    let session;
    if (tf.cache.enabled) {
        session = await (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_5__/* .startMirrorSession */ .Wm)({ settings: (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_5__/* .sessionSettings */ .MS)(config), env: ctx.env, logger: ctx.logger });
        Object.assign(env, session.childEnv);
    }
    try {
        const pluginCache = await pluginCacheDir(config, ctx.env, session);
        if (pluginCache)
            env.TF_PLUGIN_CACHE_DIR = pluginCache;
        ctx.logger.debug(`running ${binary} ${args.join(' ')}`);
        const exit = await (0,_toolchain_exec_js__WEBPACK_IMPORTED_MODULE_6__.runTool)(binary, args, { env, cwd: ctx.cwd });
        if (session)
            printReport(ctx, await session.close());
        (0,_toolchain_exec_js__WEBPACK_IMPORTED_MODULE_6__.exitLikeChild)(exit);
    }
    finally {
        if (session)
            await session.close();
    }
}
/**
 * `TF_PLUGIN_CACHE_DIR=<cache root>/terraform/plugins` (or `plugin_cache_dir`) unless the
 * user already chose one (env or their CLI config), or `plugin_cache: false`.
 */
async function pluginCacheDir(config, env, session) {
    const tf = config.values.components.terraform;
    if (!tf.plugin_cache || env.TF_PLUGIN_CACHE_DIR)
        return undefined;
    const user = session?.userConfig ?? (await (0,_mirror_cliconfig_js__WEBPACK_IMPORTED_MODULE_4__/* .readUserCliConfig */ .Qg)((0,_mirror_cliconfig_js__WEBPACK_IMPORTED_MODULE_4__/* .cliConfigLocations */ .zD)(env)).catch(() => undefined));
    if (user && 'plugin_cache_dir' in user.other)
        return undefined;
    const dir = tf.plugin_cache_dir ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_3__.expandPath)(tf.plugin_cache_dir, config.baseDir) : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(config.cacheRoot, 'terraform', 'plugins');
    // Terraform ignores (with a warning) a plugin cache directory that does not exist.
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(dir, { recursive: true });
    return dir;
}
/**
 * `components.terraform.command`: a path is used as is; `tool@version` is installed through
 * the toolchain; a bare name is the toolchain's pinned version when .tool-versions has it,
 * else whatever PATH finds.
 */
async function terraformBinary(config, ctx) {
    const command = config.values.components.terraform.command || 'terraform';
    if (looksLikePath(command, config.baseDir))
        return (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_3__.expandPath)(command, config.baseDir);
    const spec = (0,_toolchain_session_js__WEBPACK_IMPORTED_MODULE_8__/* .parseToolSpec */ .FE)(command);
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(391), __webpack_require__.e(364)]).then(__webpack_require__.bind(__webpack_require__, 28364));
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
        ctx.logger.debug(`toolchain lookup for ${command} failed (${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}); using PATH`);
    }
    return command;
}
/** `/abs`, `./x`, `~/x`, `C:\\x`, or an existing relative file — but `owner/repo[@version]` is a tool. */
function looksLikePath(command, baseDir) {
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(command) || command.startsWith('.') || command.startsWith('~') || command.includes('\\'))
        return true;
    return command.includes('/') && !command.includes('@') && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(baseDir, command));
}
function printReport(ctx, report) {
    ctx.logger.info((0,_mirror_report_js__WEBPACK_IMPORTED_MODULE_9__/* .formatReportLine */ .m3)(report));
    for (const w of report.warnings)
        ctx.logger.warn(`registry cache: ${w}`);
    const summary = ctx.env.GITHUB_STEP_SUMMARY;
    if (ctx.env.GITHUB_ACTIONS === 'true' && summary) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(summary, (0,_mirror_report_js__WEBPACK_IMPORTED_MODULE_9__/* .formatReportTable */ .aU)(report));
        }
        catch (err) {
            ctx.logger.debug(`cannot write the job summary: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`);
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
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19827);


/** Opens the engine with the global toolchain flags applied (flag > env > atmos.yaml > default). */
async function openToolchain(cmd) {
    const { ctx, opts } = cmd;
    const config = ctx.config();
    const maxConcurrency = opts.maxConcurrency === undefined ? undefined : positiveInt(opts.maxConcurrency, '--max-concurrency');
    (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .applyOverrides */ .iu)(config, { 'toolchain.max_concurrency': maxConcurrency });
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(49), __webpack_require__.e(391), __webpack_require__.e(364), __webpack_require__.e(290)]).then(__webpack_require__.bind(__webpack_require__, 28364));
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`invalid value "${String(value)}" for ${flag}`, {
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`invalid tool "${arg}"`, {
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

/***/ 11290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   WD: () => (/* binding */ isConstraint),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   kf: () => (/* binding */ highestMatch)
/* harmony export */ });
/* unused harmony export toSemverRange */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version constraints for `ensureTools` / `dependencies.tools`: hashicorp style `~> 1.9`,
 * comparison lists `>= 1.5, < 2`, npm style `^0.54` / `~1.2` / `1.x`, or an exact version.
 */

function isConstraint(v) {
    return /^\s*(~>|[<>=^~!])/.test(v) || v.includes(',') || /(^|\.)[xX*](\.|$)/.test(v);
}
/** Translate to an npm semver range. */
function toSemverRange(constraint) {
    return constraint
        .split(',')
        .map((part) => {
        const p = part.trim();
        const m = /^~>\s*v?(\d+(?:\.\d+)*)(.*)$/.exec(p);
        if (!m)
            return p.replace(/^(=|>=|<=|>|<)\s+/, '$1');
        const nums = m[1].split('.').map(Number);
        const lower = [...nums, 0, 0].slice(0, 3).join('.') + m[2];
        // `~> 1.9` → <2.0.0; `~> 1.9.2` → <1.10.0; `~> 1` → <2.0.0
        const upper = nums.length >= 3 ? `${nums[0]}.${nums[1] + 1}.0-0` : nums.length === 2 ? `${nums[0] + 1}.0.0-0` : `${nums[0] + 1}.0.0-0`;
        return `>=${lower} <${upper}`;
    })
        .join(' ');
}
/** Does `version` (tag or version, `v` optional) satisfy `constraint`? `latest`/empty match everything. */
function satisfies(version, constraint) {
    if (!constraint || constraint === 'latest')
        return true;
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version, { loose: true, includePrerelease: true });
    const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
    if (!clean)
        return version === constraint;
    if (!isConstraint(constraint))
        return clean === (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(constraint.replace(/^v/, ''), { loose: true }) ?? constraint);
    const range = toSemverRange(constraint);
    try {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(clean, range, { loose: true });
    }
    catch {
        return false;
    }
}
/** Highest version in `candidates` satisfying `constraint` (pre-releases only when the constraint names one). */
function highestMatch(candidates, constraint) {
    const wantsPre = /-/.test(constraint);
    const ok = candidates.filter((c) => satisfies(c, constraint) && (wantsPre || !isPrerelease(c)));
    return sortVersions(ok).at(-1);
}
function isPrerelease(v) {
    const s = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true });
    return s ? semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(s, { loose: true }) !== null : /-(alpha|beta|rc|pre|dev)/i.test(v);
}
/** Ascending semver order; unparsable versions sort first, by string. */
function sortVersions(versions) {
    const key = (v) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true }) ?? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(v)?.version;
    return [...versions].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka && kb)
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(ka, kb, { loose: true }) || a.localeCompare(b);
        if (ka)
            return 1;
        if (kb)
            return -1;
        return a.localeCompare(b);
    });
}


/***/ }),

/***/ 19188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   onPath: () => (/* binding */ onPath),
/* harmony export */   resolveComponentTool: () => (/* binding */ resolveComponentTool)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23714);
/* harmony import */ var _toolEnv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36120);
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57246);





/** Is `name` an executable on this env's PATH? */
function onPath(name, env) {
    const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
    for (const dir of (env[(0,_toolEnv_js__WEBPACK_IMPORTED_MODULE_3__/* .pathKey */ .P)(env)] ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_1___default().delimiter)).filter(Boolean)) {
        for (const ext of exts) {
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name + ext), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
                return true;
            }
            catch {
                /* next */
            }
        }
    }
    return false;
}
/**
 * Resolve `components.<kind>.command` (`helmfile`, `helmfile@0.169.1`, `/usr/bin/helmfile`)
 * to an executable: with a version, install it through the toolchain; without one, use
 * the `.tool-versions` pin when there is one, else PATH. `.tool-versions` tools are put
 * first on PATH either way (helmfile runs helm, terraform may run tflint, …).
 */
async function resolveComponentTool(command, toolchain, options) {
    const ref = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_4__/* .parseToolRef */ .Bp)(command);
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(ref.tool))
        return { file: ref.tool, env: options.env };
    const prepared = await (0,_ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureNeeds */ .Q)(toolchain, [{ needs: ref.version ? { [ref.tool]: ref.version } : {}, where: options.where }], {
        label: ref.tool,
        logger: options.logger,
        env: options.env,
    });
    const version = prepared.versions[ref.tool];
    if (!version)
        return { file: ref.tool, env: prepared.env };
    const file = await toolchain.binaryFor({ tool: ref.tool, version }, { binary: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(ref.tool) });
    return { file, env: prepared.env };
}


/***/ }),

/***/ 23714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ensureNeeds)
/* harmony export */ });
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57246);
/* harmony import */ var _toolEnv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36120);


/**
 * Install everything a workflow or command needs BEFORE its first step: `.tool-versions`
 * is the default layer, then each `dependencies.tools` layer (outer → inner). Any install
 * failure throws here, so no step ever runs with a missing tool.
 */
async function ensureNeeds(toolchain, layers, options) {
    let needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .toolVersionsLayer */ .TQ)(await toolchain.configuredVersions());
    for (const layer of layers)
        if (layer.needs)
            needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeToolNeeds */ .Y0)(needs, layer.needs, layer.where);
    const names = Object.keys(needs);
    if (names.length === 0)
        return { needs, versions: {}, pathDirs: [], env: options.env };
    const task = options.logger.task(`Installing ${names.length} tool(s) for ${options.label}: ${names.join(', ')}`, {
        total: names.length,
        unit: 'items',
    });
    try {
        const result = await toolchain.ensureTools(needs);
        const installed = result.outcomes.filter((o) => o.status === 'installed').length;
        task.succeed(`Tools for ${options.label}: ${Object.entries(result.versions)
            .map(([t, v]) => `${t} ${v}`)
            .join(', ')}${installed ? ` (${installed} installed)` : ' (all already installed)'}`);
        return { needs, versions: result.versions, pathDirs: result.pathDirs, env: (0,_toolEnv_js__WEBPACK_IMPORTED_MODULE_1__/* .withPathFirst */ .S)(options.env, result.pathDirs) };
    }
    catch (err) {
        task.fail(`Could not install the tools for ${options.label}; no step was run`);
        throw err;
    }
}


/***/ }),

/***/ 36120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ pathKey),
/* harmony export */   S: () => (/* binding */ withPathFirst)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The env key holding PATH (Windows spells it `Path`). */
function pathKey(env) {
    return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
}
/**
 * A child environment with `dirs` first on PATH (absolute, de-duplicated; entries
 * already present later in PATH are moved to the front so the pinned version wins).
 */
function withPathFirst(env, dirs) {
    const key = pathKey(env);
    const front = [...new Set(dirs.map((d) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(d)))];
    const rest = (env[key] ?? '').split((node_path__WEBPACK_IMPORTED_MODULE_0___default().delimiter)).filter((p) => p && !front.includes(p));
    return { ...env, [key]: [...front, ...rest].join((node_path__WEBPACK_IMPORTED_MODULE_0___default().delimiter)) };
}


/***/ }),

/***/ 57246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ parseToolRef),
/* harmony export */   TQ: () => (/* binding */ toolVersionsLayer),
/* harmony export */   Y0: () => (/* binding */ mergeToolNeeds),
/* harmony export */   YR: () => (/* binding */ declaredNeeds)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_versionMatch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11290);


function unrestricted(v) {
    return !v || v === 'latest';
}
/**
 * Layer `child` needs over `parent` (Atmos's merge rules):
 * - `latest`/empty on either side never restricts;
 * - a concrete parent pin is only a default, so the child overrides it;
 * - a parent constraint is policy: a concrete child must satisfy it, and a child
 *   constraint is AND-combined with it.
 */
function mergeToolNeeds(parent, child, where = 'dependencies.tools') {
    const out = { ...parent };
    for (const [tool, wanted] of Object.entries(child)) {
        const base = out[tool];
        const want = String(wanted ?? '').trim();
        if (unrestricted(base) || !(0,_toolchain_versionMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .isConstraint */ .WD)(base)) {
            out[tool] = unrestricted(want) && base ? base : want || 'latest';
            continue;
        }
        if (unrestricted(want))
            continue;
        if ((0,_toolchain_versionMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .isConstraint */ .WD)(want)) {
            out[tool] = `${base}, ${want}`;
            continue;
        }
        if (!(0,_toolchain_versionMatch_js__WEBPACK_IMPORTED_MODULE_1__/* .satisfies */ .ib)(want, base)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}: ${tool} ${want} must satisfy the parent constraint "${base}"`, {
                code: 'DEPENDENCY_CONSTRAINT',
                explanation: `A constraint in an outer layer (.tool-versions or a parent command) is a policy that inner layers must keep.`,
                hint: `Pick a ${tool} version matching "${base}", or relax the outer constraint.`,
                context: { tool, version: want, constraint: base },
            });
        }
        out[tool] = want;
    }
    return out;
}
/** The default layer: each tool's first (default) version in `.tool-versions`. */
function toolVersionsLayer(configured) {
    const out = {};
    for (const [tool, versions] of Object.entries(configured))
        if (versions[0])
            out[tool] = versions[0];
    return out;
}
/** `helmfile@0.169.1` → `{tool: 'helmfile', version: '0.169.1'}`; a bare name has no version. */
function parseToolRef(ref) {
    const at = ref.lastIndexOf('@');
    if (at <= 0)
        return { tool: ref.trim() };
    return { tool: ref.slice(0, at).trim(), version: ref.slice(at + 1).trim() || undefined };
}
/**
 * One layer from both spellings. `needs:` (the seed design's list of `tool@version` or map)
 * means the same as `dependencies.tools`; a tool in both must ask for the same version.
 */
function declaredNeeds(entry, where) {
    const tools = entry?.dependencies?.tools;
    const needs = entry?.needs;
    if (!needs || Object.keys(needs).length === 0)
        return { needs: tools, where: `${where}.dependencies.tools` };
    if (!tools || Object.keys(tools).length === 0)
        return { needs, where: `${where}.needs` };
    for (const [tool, version] of Object.entries(needs)) {
        if (tool in tools && String(tools[tool] ?? '') !== String(version ?? '')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`${where}: ${tool} is asked for twice, ${version || 'any version'} in needs and ${tools[tool] || 'any version'} in dependencies.tools`, {
                code: 'CONFIG_INVALID',
                explanation: '`needs:` is another spelling of `dependencies.tools`; both are one list of tool needs.',
                hint: `Keep ${tool} in one of them (dependencies.tools is the Atmos spelling).`,
            });
        }
    }
    return { needs: { ...needs, ...tools }, where: `${where}.dependencies.tools` };
}


/***/ })

};
