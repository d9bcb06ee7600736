export const id = 773;
export const ids = [773];
export const modules = {

/***/ 82773:
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
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/toolchain/envFormat.ts

/**
 * Renders the toolchain's PATH entries for `toolchain env --format …` and `toolchain path`.
 * Pure: the caller passes the directories, the current PATH and the separator, so the
 * output is the same on every machine for the same input (and testable for Windows on Linux).
 *
 * Shell formats (bash, fish, powershell) reference the shell's own `$PATH` so that
 * `eval "$(atmos-ts toolchain env)"` composes with whatever the shell already has;
 * dotenv and json cannot reference variables, so they carry the full resulting value.
 */
const ENV_FORMATS = ['bash', 'json', 'dotenv', 'fish', 'powershell', 'github'];
function parseEnvFormat(value) {
    const v = (value ?? 'bash').toLowerCase();
    // zsh and sh take the same syntax as bash; `pwsh` is PowerShell's binary name.
    const alias = { sh: 'bash', zsh: 'bash', pwsh: 'powershell', env: 'dotenv' };
    const f = alias[v] ?? v;
    if (ENV_FORMATS.includes(f))
        return f;
    throw new errors/* AtmosError */.f7(`unknown env format "${value}"`, {
        code: 'INVALID_FLAG_VALUE',
        explanation: `--format must be one of ${ENV_FORMATS.join(', ')}.`,
        hint: 'Use e.g. `atmos-ts toolchain env --format fish`.',
    });
}
/** `dirs` first, then the current PATH without entries that `dirs` already hold. */
function joinPath(dirs, currentPath, delimiter) {
    const seen = new Set();
    const out = [];
    for (const d of [...dirs, ...(currentPath ? currentPath.split(delimiter) : [])]) {
        if (!d || seen.has(d))
            continue;
        seen.add(d);
        out.push(d);
    }
    return out.join(delimiter);
}
/** POSIX shells: single quotes keep every character literal; a quote is closed, escaped, reopened. */
function shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** fish: inside single quotes only `\` and `'` are special. */
function fishQuote(s) {
    return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** PowerShell single-quoted strings: a quote is doubled. */
function psQuote(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
/** dotenv: double quotes with backslash escapes (the form python-dotenv, docker and node read). */
function dotenvQuote(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\n/g, '\\n')}"`;
}
/** Text for `format`, ending in a newline (empty when there are no directories, except json). */
function renderEnv(format, input) {
    const { dirs, delimiter } = input;
    switch (format) {
        case 'json':
            return `${JSON.stringify({ PATH: joinPath(dirs, input.currentPath, delimiter), path_entries: dirs }, null, 2)}\n`;
        case 'dotenv':
            return dirs.length ? `PATH=${dotenvQuote(joinPath(dirs, input.currentPath, delimiter))}\n` : '';
        case 'bash':
            return dirs.length ? `export PATH=${shellQuote(dirs.join(delimiter) + delimiter)}"$PATH"\n` : '';
        case 'fish':
            // fish keeps PATH as a list; `fish_add_path` would also persist, which `env` must not do.
            return dirs.length ? `set -gx PATH ${dirs.map(fishQuote).join(' ')} $PATH\n` : '';
        case 'powershell':
            return dirs.length ? `$env:PATH = ${psQuote(dirs.join(delimiter) + delimiter)} + $env:PATH\n` : '';
        case 'github':
            return renderGithubPath(dirs);
    }
}
/**
 * `$GITHUB_PATH` lines. The runner prepends each line in turn, so the LAST line ends up
 * first on PATH; the directories are written in reverse to keep our precedence order.
 */
function renderGithubPath(dirs) {
    return [...dirs].reverse().map((d) => `${d}\n`).join('');
}

// EXTERNAL MODULE: ./src/toolchain/exec.ts
var exec = __webpack_require__(17122);
// EXTERNAL MODULE: ./src/cli/toolchain/render.ts
var render = __webpack_require__(75868);
// EXTERNAL MODULE: ./src/cli/toolchain/session.ts
var session = __webpack_require__(67942);
;// CONCATENATED MODULE: ./src/cli/toolchain/paths.ts






/** `toolchain which <tool>`: the binary's absolute path; an error when not installed. */
async function which(cmd) {
    const [arg] = cmd.args;
    const tc = await (0,session/* openToolchain */.sD)(cmd);
    (0,session/* write */.M9)(cmd, `${await tc.binaryFor((0,session/* parseToolSpec */.FE)(arg))}\n`);
}
async function pathDirs(cmd) {
    const tc = await (0,session/* openToolchain */.sD)(cmd);
    const dirs = await tc.pathEntries();
    // Absolute by default: relative PATH entries break as soon as a tool changes directory (Atmos #2089).
    return cmd.opts.relative === true ? dirs.map((d) => external_node_path_default().relative(cmd.ctx.cwd, d) || '.') : dirs;
}
/** `toolchain path [--export|--json] [--relative]`. */
async function path(cmd) {
    const dirs = await pathDirs(cmd);
    const delimiter = (external_node_path_default()).delimiter;
    if (cmd.opts.json === true)
        (0,session/* write */.M9)(cmd, (0,render/* json */.Pq)({ path_entries: dirs, PATH: joinPath(dirs, cmd.ctx.env.PATH, delimiter) }));
    else if (cmd.opts.export === true)
        (0,session/* write */.M9)(cmd, renderEnv('bash', { dirs, delimiter }));
    else if (dirs.length)
        (0,session/* write */.M9)(cmd, `${dirs.join(delimiter)}\n`);
}
/** `toolchain env --format … [-o file]`; `github` appends to `$GITHUB_PATH` unless `-o` names a file. */
async function env(cmd) {
    const format = parseEnvFormat(cmd.opts.format);
    const dirs = await pathDirs(cmd);
    const text = format === 'github' ? renderGithubPath(dirs) : renderEnv(format, { dirs, currentPath: cmd.ctx.env.PATH, delimiter: (external_node_path_default()).delimiter });
    const target = cmd.opts.output ?? (format === 'github' ? cmd.ctx.env.GITHUB_PATH : undefined);
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
    const tc = await (0,session/* openToolchain */.sD)(cmd);
    const binary = await tc.binaryFor((0,session/* parseToolSpec */.FE)(arg), { autoInstall: true });
    // The tool's own directory goes first on PATH, so a tool that runs its siblings
    // (terraform-docs → terraform, helm plugins) finds the pinned ones.
    const childEnv = { ...cmd.ctx.env, PATH: joinPath([external_node_path_default().dirname(binary)], cmd.ctx.env.PATH, (external_node_path_default()).delimiter) };
    const exit = await (0,exec.runTool)(binary, args, { env: childEnv, cwd: cmd.ctx.cwd });
    (0,exec.exitLikeChild)(exit);
}


/***/ }),

/***/ 75868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ outputFormat),
/* harmony export */   K7: () => (/* binding */ keyValues),
/* harmony export */   Pq: () => (/* binding */ json),
/* harmony export */   oQ: () => (/* binding */ yaml),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);

function outputFormat(value, allowed) {
    const v = String(value ?? 'table').toLowerCase();
    if (allowed.includes(v))
        return v;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`unknown output format "${String(value)}"`, {
        code: 'INVALID_FLAG_VALUE',
        explanation: `-o/--output must be one of ${allowed.join(', ')}.`,
    });
}
function json(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
async function yaml(value) {
    const { stringify } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    return stringify(value, { lineWidth: 0 });
}
/** Columns padded to the widest cell; the last column is not padded. */
function table(headers, rows) {
    const all = [headers, ...rows];
    const widths = headers.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
    return all
        .map((r) => r
        .map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i] - width(cell))))
        .join('  ')
        .trimEnd())
        .map((line) => `${line}\n`)
        .join('');
}
/** Display width: ✓ and ✗ are one column; no East-Asian wide characters appear here. */
function width(s) {
    return [...s].length;
}
/** Key/value block for one record (`info -o table`). */
function keyValues(pairs) {
    const shown = pairs.filter((p) => p[1] !== undefined && p[1] !== '');
    const w = Math.max(...shown.map(([k]) => k.length));
    return shown.map(([k, v]) => `${k}:${' '.repeat(w - k.length + 1)}${v}\n`).join('');
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
/* harmony export */   sD: () => (/* binding */ openToolchain)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38641);


/** Opens the engine with the global toolchain flags applied (flag > env > atmos.yaml > default). */
async function openToolchain(cmd) {
    const { ctx, opts } = cmd;
    const config = ctx.config();
    const maxConcurrency = opts.maxConcurrency === undefined ? undefined : positiveInt(opts.maxConcurrency, '--max-concurrency');
    (0,_config_load_js__WEBPACK_IMPORTED_MODULE_1__/* .applyOverrides */ .iu)(config, {
        'toolchain.max_concurrency': maxConcurrency,
        'toolchain.tools_config': str(opts.toolsConfig),
    });
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(596), __webpack_require__.e(648), __webpack_require__.e(119)]).then(__webpack_require__.bind(__webpack_require__, 19119));
    return createToolchain({
        config,
        logger: ctx.logger,
        env: ctx.env,
        toolVersionsPath: str(opts.toolVersions),
        installRoot: str(opts.toolchainPath) ?? str(opts.toolsDir),
        toolsConfigPath: str(opts.toolsConfig) ?? config.values.toolchain.tools_config,
        githubToken: str(opts.githubToken),
    });
}
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
