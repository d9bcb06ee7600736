export const id = 8772;
export const ids = [8772];
export const modules = {

/***/ 68772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   requireOnPath: () => (/* binding */ requireOnPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _workflow_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36120);



/**
 * A component command that resolved to a bare name (no version, no .tool-versions pin)
 * runs from PATH; when PATH has no such program, say how to get it instead of letting
 * the spawn fail with the generic "reinstall the tool" hint (nothing was installed).
 */
function requireOnPath(file, env, where, example) {
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(file) || file.includes('/') || (0,_workflow_index_js__WEBPACK_IMPORTED_MODULE_1__/* .onPath */ .L)(file, env))
        return;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${file} is not installed`, {
        code: 'TOOL_NOT_INSTALLED',
        exitCode: 127,
        explanation: `${where} is "${file}", which .tool-versions does not pin, and no ${file} is on PATH.`,
        hint: `Pin a version so atmos-ts installs it on demand: set ${where}: ${example} in atmos.yaml, or add "${example.replace('@', ' ')}" to .tool-versions.`,
    });
}


/***/ })

};
