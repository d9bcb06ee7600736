export const id = 4816;
export const ids = [4816];
export const modules = {

/***/ 94816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activate: () => (/* binding */ activate),
/* harmony export */   cliLaunch: () => (/* binding */ cliLaunch),
/* harmony export */   recordWarmStamp: () => (/* binding */ recordWarmStamp),
/* harmony export */   shims: () => (/* binding */ shims)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20029);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5007);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(77682);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(51943);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67942);
/**
 * `toolchain shims` and `toolchain activate <shell>`, and the warm stamp the CLI records after
 * a full install / exec / which so the next warm one is answered by the fast entry (src/cli/fast.ts)
 * or by the shims themselves. See docs/shims.md for the design.
 */






function stampFlags(cmd) {
    return {
        toolVersions: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolVersions),
        installRoot: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolchainPath) ?? (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolsDir),
        toolsConfig: (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.toolsConfig),
    };
}
/**
 * How a shim starts the full CLI: this Node, its flags (a loader in development), this script.
 * Absolute, so a shim works whatever PATH the shell has.
 */
function cliLaunch() {
    return [process.execPath, ...process.execArgv, node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(process.argv[1])];
}
/** Records the warm stamp after a successful full command; never fails the command (a missing stamp only costs speed). */
async function recordWarmStamp(cmd, options = {}) {
    const { ctx } = cmd;
    if (ctx.env.ATMOS_TS_NO_FAST)
        return;
    try {
        const config = ctx.config();
        if (options.onlyIfStale && (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readValidStamp */ .GS)(config.cacheRoot, config.cwd, config.env))
            return;
        const r = await (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordStamp */ .no)(config, stampFlags(cmd));
        if (!r.stamp)
            ctx.logger.debug(`warm stamp not recorded: ${r.reason}`);
    }
    catch (err) {
        ctx.logger.debug(`warm stamp not recorded: ${err.message}`);
    }
}
/** `<install root>/shims/<hash of the directory>`: one directory per project, next to the installs. */
function defaultShimsDir(cmd) {
    const config = cmd.ctx.config();
    const { installRoot } = (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_6__/* .toolchainSettings */ .p)(config, { installRoot: stampFlags(cmd).installRoot });
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(config.cwd).digest('hex').slice(0, 12);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(installRoot, 'shims', key);
}
async function writeShimsFor(cmd) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cmd.ctx.cwd, (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx)(cmd.opts.dir) ?? defaultShimsDir(cmd));
    const r = await (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordStamp */ .no)(cmd.ctx.config(), stampFlags(cmd), { dir, launch: cliLaunch() });
    if (!r.stamp) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`cannot write shims: ${r.reason}`, {
            code: 'SHIMS_UNAVAILABLE',
            explanation: 'Shims run the pinned binaries directly, so every tool in .tool-versions must be pinned to an exact version, installed, and resolvable without the registry (owner/repo, an alias or a lock entry); toolchain flags that move the pins or the install root are not supported.',
            hint: 'Run `atmos-ts toolchain install` first (it records the lock), then `atmos-ts toolchain shims` again.',
        });
    }
    return r.shims.find((s) => s.dir === dir) ?? { dir, commands: [] };
}
/** `toolchain shims [--dir <dir>] [--github-path]`: prints the directory; the commands go to stderr. */
async function shims(cmd) {
    const { dir, commands } = await writeShimsFor(cmd);
    cmd.ctx.logger.info(`wrote ${commands.length} shim${commands.length === 1 ? '' : 's'} (${commands.join(', ') || 'none'}) and the atmos-ts launcher to ${dir}`);
    if (cmd.opts.githubPath === true) {
        const target = cmd.ctx.env.GITHUB_PATH;
        if (!target) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7('--github-path needs $GITHUB_PATH', {
                code: 'USAGE',
                explanation: 'GitHub Actions sets GITHUB_PATH in every step; it is not set here.',
                hint: 'Run this in a GitHub Actions step, or put the printed directory on PATH yourself.',
            });
        }
        // Append: the file holds lines other steps wrote.
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.appendFile(target, `${dir}\n`);
        cmd.ctx.logger.info(`appended ${dir} to $GITHUB_PATH`);
    }
    (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .write */ .M9)(cmd, `${dir}\n`);
}
/** `toolchain activate <shell>`: writes the shims and prints the line that puts them first on PATH. */
async function activate(cmd) {
    const [shell] = cmd.args;
    const format = (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__/* .parseEnvFormat */ .Y3)(shell ?? 'bash');
    if (format !== 'bash' && format !== 'fish' && format !== 'powershell') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`cannot activate for "${shell}"`, {
            code: 'INVALID_FLAG_VALUE',
            explanation: 'activate prints a snippet for a shell: bash, zsh, sh, fish or pwsh.',
            hint: 'For a dotenv file or GitHub Actions use `atmos-ts toolchain env -f dotenv|github` or `toolchain shims --github-path`.',
        });
    }
    const { dir } = await writeShimsFor(cmd);
    (0,_session_js__WEBPACK_IMPORTED_MODULE_3__/* .write */ .M9)(cmd, (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_8__/* .renderEnv */ .mu)(format, { dirs: [dir], delimiter: (node_path__WEBPACK_IMPORTED_MODULE_2___default().delimiter) }));
}


/***/ })

};
