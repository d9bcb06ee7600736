export const id = 7636;
export const ids = [7636];
export const modules = {

/***/ 27636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   add: () => (/* binding */ add),
/* harmony export */   lock: () => (/* binding */ lock),
/* harmony export */   remove: () => (/* binding */ remove),
/* harmony export */   set: () => (/* binding */ set),
/* harmony export */   update: () => (/* binding */ update)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56950);
/* harmony import */ var _common_platform_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88038);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67942);
/**
 * Commands that edit the pins: `.tool-versions` (asdf semantics: first version = default;
 * `set` and `--default` replace the line, plain `add` appends) and `toolchain.lock.yaml`.
 */





function shown(tc, cmd) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cmd.ctx.cwd, tc.toolVersionsPath) || tc.toolVersionsPath;
}
/** `toolchain add <tool[@version]>… [--default]`; no version = the newest release. */
async function add(cmd) {
    const specs = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .toolArgs */ .Y2)(cmd).map(_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolSpec */ .FE);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openToolchain */ .sD)(cmd);
    for (const spec of specs) {
        const version = spec.version ?? (await tc.latestVersion(spec.tool));
        await tc.addVersion(spec.tool, version, { setDefault: cmd.opts.default === true });
        cmd.ctx.logger.success(`${cmd.opts.default === true ? 'set' : 'added'} ${spec.tool} ${version} in ${shown(tc, cmd)}`);
    }
}
/** `toolchain remove <tool[@version]>`. */
async function remove(cmd) {
    const spec = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolSpec */ .FE)(cmd.args[0]);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openToolchain */ .sD)(cmd);
    const removed = await tc.removeVersion(spec.tool, spec.version);
    if (!removed) {
        const configured = (await tc.configuredVersions())[spec.tool];
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${spec.version ? `${spec.tool} ${spec.version}` : spec.tool} is not in ${shown(tc, cmd)}`, {
            code: 'TOOL_NOT_CONFIGURED',
            explanation: configured ? `Configured versions of ${spec.tool}: ${configured.join(', ')}` : undefined,
            hint: 'List the pins with `atmos-ts toolchain get`.',
        });
    }
    cmd.ctx.logger.success(`removed ${spec.version ? `${spec.tool} ${spec.version}` : spec.tool} from ${shown(tc, cmd)}`);
}
/** `toolchain set <tool> [version]`: the version becomes the only pin; no version = newest release. */
async function set(cmd) {
    const [tool, explicit] = cmd.args;
    const spec = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolSpec */ .FE)(tool);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openToolchain */ .sD)(cmd);
    const version = explicit ?? spec.version ?? (await tc.latestVersion(spec.tool));
    await tc.setVersion(spec.tool, version);
    cmd.ctx.logger.success(`set ${spec.tool} ${version} in ${shown(tc, cmd)}`);
}
/** `toolchain update [tool…] [--dry-run]`: move each default pin to the newest release. */
async function update(cmd) {
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openToolchain */ .sD)(cmd);
    const configured = await tc.configuredVersions();
    const names = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .toolArgs */ .Y2)(cmd).length ? (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .toolArgs */ .Y2)(cmd).map((a) => (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolSpec */ .FE)(a).tool) : Object.keys(configured);
    let changes = 0;
    for (const tool of names) {
        const current = configured[tool]?.[0];
        const latest = await tc.latestVersion(tool);
        if (current === latest) {
            cmd.ctx.logger.info(`${tool} ${latest} is the newest release`);
            continue;
        }
        changes++;
        (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .write */ .M9)(cmd, `${tool} ${current ?? '(none)'} -> ${latest}\n`);
        if (cmd.opts.dryRun !== true)
            await tc.setVersion(tool, latest);
    }
    if (changes && cmd.opts.dryRun !== true)
        cmd.ctx.logger.success(`updated ${changes} pin${changes === 1 ? '' : 's'}; run \`atmos-ts toolchain install\``);
}
/** `toolchain lock [tool…] [--platform os/arch …]`. */
async function lock(cmd) {
    const specs = (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .toolArgs */ .Y2)(cmd).map(_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolSpec */ .FE);
    const platformArgs = (cmd.opts.platform ?? []).flatMap((p) => p.split(',')).filter(Boolean);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .openToolchain */ .sD)(cmd);
    const outcomes = await tc.lock(specs.length ? specs : 'all', {
        platforms: platformArgs.length ? platformArgs.map(_common_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePlatform */ .FL) : undefined,
        maxConcurrency: cmd.opts.maxConcurrency === undefined ? undefined : (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .positiveInt */ .NJ)(cmd.opts.maxConcurrency, '--max-concurrency'),
    });
    const { logger } = cmd.ctx;
    for (const o of outcomes) {
        const what = `${o.tool.name} ${o.version} ${o.platform}`;
        if (o.status === 'locked')
            logger.success(`locked ${what}${o.size ? ` (${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatBytes */ .z)(o.size)})` : ''}`);
        else if (o.status === 'unsupported')
            logger.warn(`skipped ${what}: not available for this platform`);
        else
            logger.error(`failed to lock ${what}\n${o.error ? (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatError */ .Wk)(o.error) : ''}`);
    }
    const count = (s) => outcomes.filter((o) => o.status === s).length;
    const summary = `${count('locked')} locked, ${count('unsupported')} unsupported, ${count('failed')} failed → ${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cmd.ctx.cwd, tc.lockPath) || tc.lockPath}`;
    if (count('failed')) {
        logger.error(summary);
        (0,_session_js__WEBPACK_IMPORTED_MODULE_1__/* .fail */ .fJ)();
    }
    else
        logger.info(summary);
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
