export const id = 2715;
export const ids = [2715];
export const modules = {

/***/ 82715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   startMirrorServer: () => (/* reexport safe */ _server_js__WEBPACK_IMPORTED_MODULE_0__.J)
/* harmony export */ });
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1254);
// The Terraform registry cache's public entry (the only module of src/mirror/ other layers import,
// with layout.ts: where the cache lives, for the CI cache, without loading the proxy). Loaded only
// by the `terraform` commands and the tf-mirror action.














// Used by the bundle engine (fills a bundle through an in-process proxy, checks signatures).





/***/ })

};
