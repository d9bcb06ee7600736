export const id = 3705;
export const ids = [3705];
export const modules = {

/***/ 73705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   failureReport: () => (/* binding */ failureReport),
/* harmony export */   install: () => (/* binding */ install),
/* harmony export */   installSummary: () => (/* binding */ installSummary),
/* harmony export */   uninstall: () => (/* binding */ uninstall)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56950);
/* harmony import */ var _common_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88038);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67942);






/** `toolchain install [tool[@version]…]`: no arguments = every version in `.tool-versions`. */
async function install(cmd) {
    const specs = (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .toolArgs */ .Y2)(cmd).map(_session_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolSpec */ .FE);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    const lockBefore = await readIfExists(tc.lockPath);
    const started = Date.now();
    const outcomes = await tc.install(specs.length ? specs : 'all', {
        reinstall: cmd.opts.reinstall === true,
        setDefault: cmd.opts.default === true,
        maxConcurrency: cmd.opts.maxConcurrency === undefined ? undefined : (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveInt */ .NJ)(cmd.opts.maxConcurrency, '--max-concurrency'),
    });
    const { logger } = cmd.ctx;
    if (outcomes.length === 0) {
        logger.info(`nothing to install: ${tc.toolVersionsPath} lists no tools`);
        return;
    }
    for (const o of outcomes) {
        if (o.status === 'failed')
            logger.error(failureReport(o, (0,_common_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .platformKey */ .Ng)(tc.platform)));
    }
    const lockAfter = await readIfExists(tc.lockPath);
    if (lockAfter !== lockBefore && lockAfter !== undefined) {
        const shown = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cmd.ctx.cwd, tc.lockPath) || tc.lockPath;
        logger.info(lockBefore === undefined
            ? `wrote ${shown}: the URL and checksum of each installed tool, so later installs get the same bytes (commit it)`
            : `updated ${shown} with the newly installed versions`);
    }
    const summary = installSummary(outcomes, Date.now() - started);
    const failed = outcomes.filter((o) => o.status === 'failed').length;
    if (failed > 0) {
        logger.error(summary);
        (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)();
    }
    else {
        logger.success(summary);
        // The next warm install / exec / which (and the shims) answer from this without loading the CLI.
        await (await Promise.all(/* import() */[__webpack_require__.e(5007), __webpack_require__.e(2089), __webpack_require__.e(8225)]).then(__webpack_require__.bind(__webpack_require__, 94816))).recordWarmStamp(cmd);
    }
}
async function readIfExists(file) {
    return node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8').catch(() => undefined);
}
/** One line: counts by outcome, bytes downloaded, elapsed time. */
function installSummary(outcomes, elapsedMs) {
    const count = (s) => outcomes.filter((o) => o.status === s).length;
    const bytes = outcomes.reduce((n, o) => n + (o.downloadedBytes ?? 0), 0);
    const parts = [`${count('installed')} installed`, `${count('already-installed')} already installed`];
    if (count('failed'))
        parts.push(`${count('failed')} failed`);
    const fromLock = outcomes.filter((o) => o.fromLock && o.status === 'installed').length;
    if (fromLock)
        parts.push(`${fromLock} from toolchain.lock.yaml`);
    return `${parts.join(', ')} (${outcomes.length} tool version${outcomes.length === 1 ? '' : 's'}${bytes ? `, ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(bytes)} downloaded` : ''}, ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a)(elapsedMs)})`;
}
/** Tool, version, platform, URL and reason of a failed install. */
function failureReport(o, platform) {
    const url = o.error?.context.url ?? o.plan?.urls[0];
    const head = `failed to install ${o.tool.name} ${o.version} for ${platform}${url ? ` from ${url}` : ''}`;
    return o.error ? `${head}\n${indent((0,_common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .formatError */ .Wk)(o.error))}` : head;
}
function indent(text) {
    return text
        .split('\n')
        .map((l) => (l ? `  ${l}` : l))
        .join('\n');
}
/** `toolchain uninstall [tool[@version]…] [--all]`. */
async function uninstall(cmd) {
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    let specs;
    if (cmd.opts.all === true)
        specs = 'all';
    else if ((0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .toolArgs */ .Y2)(cmd).length)
        specs = (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .toolArgs */ .Y2)(cmd).map(_session_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolSpec */ .FE);
    else
        specs = Object.entries(await tc.configuredVersions()).flatMap(([tool, versions]) => versions.map((version) => ({ tool, version })));
    const outcomes = await tc.uninstall(specs);
    const removed = outcomes.filter((o) => o.removed);
    for (const o of removed)
        cmd.ctx.logger.success(`uninstalled ${o.tool} ${o.version}`);
    for (const o of outcomes.filter((x) => !x.removed))
        cmd.ctx.logger.info(`${o.tool} ${o.version} was not installed`);
    cmd.ctx.logger.info(`${removed.length} version${removed.length === 1 ? '' : 's'} uninstalled`);
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


/***/ })

};
