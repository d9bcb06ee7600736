export const id = 395;
export const ids = [395];
export const modules = {

/***/ 13182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createUrlRewriter)
/* harmony export */ });
/**
 * Where a public URL from a registry is actually fetched: `https://github.com` and
 * `https://api.github.com` move to the configured GitHub (GHES: GITHUB_SERVER_URL /
 * GITHUB_API_URL), then `toolchain.url_replacements` (longest matching prefix wins) points
 * at internal mirrors. The lock keeps the public URL, so a lock written behind a mirror
 * works without it and vice versa.
 */
function createUrlRewriter(endpoints, replacements = {}) {
    const prefixes = Object.entries(replacements)
        .filter(([from]) => from.length > 0)
        .sort((a, b) => b[0].length - a[0].length);
    return (url) => {
        let out = url;
        if (endpoints.apiUrl !== 'https://api.github.com' && startsWithPrefix(out, 'https://api.github.com')) {
            out = endpoints.apiUrl + out.slice('https://api.github.com'.length);
        }
        else if (endpoints.serverUrl !== 'https://github.com' && startsWithPrefix(out, 'https://github.com')) {
            out = endpoints.serverUrl + out.slice('https://github.com'.length);
        }
        for (const [from, to] of prefixes) {
            if (out.startsWith(from)) {
                out = to + out.slice(from.length);
                break;
            }
        }
        return out;
    };
}
/** `https://github.com` must not match `https://github.com.evil.example`. */
function startsWithPrefix(url, prefix) {
    return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}


/***/ }),

/***/ 70395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ENV_FORMATS: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.$G),
/* harmony export */   INSTALL_META: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.KQ),
/* harmony export */   InstallLayout: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.mr),
/* harmony export */   TemplateError: () => (/* reexport safe */ _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__.$),
/* harmony export */   createToolchain: () => (/* binding */ createToolchain),
/* harmony export */   createUrlRewriter: () => (/* reexport safe */ _downloadUrl_js__WEBPACK_IMPORTED_MODULE_4__.s),
/* harmony export */   exitCodeFor: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__.Rr),
/* harmony export */   exitLikeChild: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__._K),
/* harmony export */   isConstraint: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.WD),
/* harmony export */   joinPath: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.uJ),
/* harmony export */   loadLockFile: () => (/* reexport safe */ _lockFile_js__WEBPACK_IMPORTED_MODULE_3__.W),
/* harmony export */   loadToolVersions: () => (/* reexport safe */ _toolVersions_js__WEBPACK_IMPORTED_MODULE_5__.sE),
/* harmony export */   parseEnvFormat: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.Y3),
/* harmony export */   parseLockFile: () => (/* reexport safe */ _lockFile_js__WEBPACK_IMPORTED_MODULE_3__.hi),
/* harmony export */   readValidStamp: () => (/* reexport safe */ _shims_stamp_js__WEBPACK_IMPORTED_MODULE_11__.GS),
/* harmony export */   recordStamp: () => (/* reexport safe */ _shims_record_js__WEBPACK_IMPORTED_MODULE_10__.no),
/* harmony export */   renderEnv: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.mu),
/* harmony export */   renderGithubPath: () => (/* reexport safe */ _envFormat_js__WEBPACK_IMPORTED_MODULE_7__.H3),
/* harmony export */   renderTemplate: () => (/* reexport safe */ _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__.X),
/* harmony export */   resolveLocally: () => (/* reexport safe */ _localResolve_js__WEBPACK_IMPORTED_MODULE_2__.T9),
/* harmony export */   runTool: () => (/* reexport safe */ _exec_js__WEBPACK_IMPORTED_MODULE_6__.qI),
/* harmony export */   safeSegment: () => (/* reexport safe */ _layout_js__WEBPACK_IMPORTED_MODULE_1__.LX),
/* harmony export */   satisfies: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.ib),
/* harmony export */   sortVersions: () => (/* reexport safe */ _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__.M7),
/* harmony export */   toolchainSettings: () => (/* reexport safe */ _settings_js__WEBPACK_IMPORTED_MODULE_0__.p)
/* harmony export */ });
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77682);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7497);
/* harmony import */ var _localResolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23770);
/* harmony import */ var _lockFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(93590);
/* harmony import */ var _downloadUrl_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13182);
/* harmony import */ var _toolVersions_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90300);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17122);
/* harmony import */ var _envFormat_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(51943);
/* harmony import */ var _versionMatch_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(11290);
/* harmony import */ var _registry_goTemplate_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(72999);
/* harmony import */ var _shims_record_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5007);
/* harmony import */ var _shims_stamp_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(20029);
/** The engine, loaded on first use (see the module comment). */
async function createToolchain(opts) {
    const { assembleToolchain } = await Promise.all(/* import() */[__webpack_require__.e(8054), __webpack_require__.e(4301)]).then(__webpack_require__.bind(__webpack_require__, 94301));
    return assembleToolchain(opts);
}




// The bundle engine fetches locked assets the way installs do (GHES / url_replacements).










/***/ })

};
