export const id = 488;
export const ids = [488];
export const modules = {

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
/* harmony import */ var _mirror_cliconfig_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71791);
/* harmony import */ var _mirror_report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(98445);
/* harmony import */ var _mirror_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(73899);
/* harmony import */ var _toolchain_exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71708);
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
    let session;
    if (tf.cache.enabled) {
        session = await (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_6__/* .startMirrorSession */ .Wm)({ settings: (0,_mirror_session_js__WEBPACK_IMPORTED_MODULE_6__/* .sessionSettings */ .MS)(config), env: ctx.env, logger: ctx.logger });
        Object.assign(env, session.childEnv);
    }
    try {
        const pluginCache = await pluginCacheDir(config, ctx.env, session);
        if (pluginCache)
            env.TF_PLUGIN_CACHE_DIR = pluginCache;
        ctx.logger.debug(`running ${binary} ${args.join(' ')}`);
        const exit = await (0,_toolchain_exec_js__WEBPACK_IMPORTED_MODULE_7__.runTool)(binary, args, { env, cwd: ctx.cwd });
        if (session)
            printReport(ctx, await session.close());
        (0,_toolchain_exec_js__WEBPACK_IMPORTED_MODULE_7__.exitLikeChild)(exit);
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
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(686)]).then(__webpack_require__.bind(__webpack_require__, 71686));
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
    ctx.logger.info((0,_mirror_report_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReportLine */ .m3)(report));
    for (const w of report.warnings)
        ctx.logger.warn(`registry cache: ${w}`);
    const summary = ctx.env.GITHUB_STEP_SUMMARY;
    if (ctx.env.GITHUB_ACTIONS === 'true' && summary) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(summary, (0,_mirror_report_js__WEBPACK_IMPORTED_MODULE_5__/* .formatReportTable */ .aU)(report));
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
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(648), __webpack_require__.e(686), __webpack_require__.e(49)]).then(__webpack_require__.bind(__webpack_require__, 71686));
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


/***/ })

};
