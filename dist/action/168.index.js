export const id = 168;
export const ids = [168];
export const modules = {

/***/ 21168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadEarlyConfig: () => (/* binding */ loadEarlyConfig)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(19827);
;// CONCATENATED MODULE: ./src/workflow/argvScan.ts
function scanGlobalOptions(args) {
    const out = {};
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--')
            break;
        const take = (key, names) => {
            for (const n of names) {
                if (a === n && i + 1 < args.length) {
                    out[key] = args[++i];
                    return true;
                }
                if (n.startsWith('--') && a.startsWith(`${n}=`)) {
                    out[key] = a.slice(n.length + 1);
                    return true;
                }
            }
            return false;
        };
        if (!take('config', ['--config']))
            take('chdir', ['-C', '--chdir']);
    }
    return out;
}
/** Global options that take a value (their value is not a command name). */
const VALUE_OPTIONS = new Set(['--config', '--log-level', '-C', '--chdir']);
/** The first command word in user args (after global options), if any. */
function firstCommand(args) {
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a === '--')
            return args[i + 1];
        if (VALUE_OPTIONS.has(a)) {
            i++;
            continue;
        }
        if (!a.startsWith('-'))
            return a;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/workflow/earlyConfig.ts




/**
 * The configuration as the command about to run will see it, loaded before commander
 * parses (for `use:` and custom commands). Errors are returned, not thrown: the command
 * itself reports a broken config with file:line.
 */
function loadEarlyConfig(args, env = process.env) {
    const early = scanGlobalOptions(args);
    const cwd = early.chdir ? external_node_path_default().resolve(early.chdir) : process.cwd();
    try {
        return (0,load/* loadConfig */.Z9)({ configPath: early.config, cwd, env, logger: logger.silentLogger });
    }
    catch (err) {
        return err instanceof Error ? err : new Error(String(err));
    }
}


/***/ })

};
