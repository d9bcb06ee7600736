export const id = 896;
export const ids = [896,750];
export const modules = {

/***/ 92750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ scanGlobalOptions),
/* harmony export */   firstCommand: () => (/* binding */ firstCommand)
/* harmony export */ });
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


/***/ }),

/***/ 32896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadEarlyConfig: () => (/* binding */ loadEarlyConfig)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49353);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19827);
/* harmony import */ var _argvScan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92750);




/**
 * The configuration as the command about to run will see it, loaded before commander
 * parses (for `use:` and custom commands). Errors are returned, not thrown: the command
 * itself reports a broken config with file:line.
 */
function loadEarlyConfig(args, env = process.env) {
    const early = (0,_argvScan_js__WEBPACK_IMPORTED_MODULE_3__/* .scanGlobalOptions */ .$)(args);
    const cwd = early.chdir ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(early.chdir) : process.cwd();
    try {
        return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__.loadConfig)({ configPath: early.config, cwd, env, logger: _common_logger_js__WEBPACK_IMPORTED_MODULE_1__.silentLogger });
    }
    catch (err) {
        return err instanceof Error ? err : new Error(String(err));
    }
}


/***/ })

};
