export const id = 750;
export const ids = [750];
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


/***/ })

};
