export const id = 9750;
export const ids = [9750];
export const modules = {

/***/ 89750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_0__.Z9),
/* harmony export */   parseDuration: () => (/* reexport safe */ _schemaDsl_js__WEBPACK_IMPORTED_MODULE_1__.E)
/* harmony export */ });
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19827);
/* harmony import */ var _schemaDsl_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8860);
// The configuration engine's public entry (the only module of src/config/ other layers import):
// atmos.yaml discovery and loading with env overrides, the schema's types, and the YAML/duration
// helpers other engines reuse to report file:line for their own YAML (inline registries).





/***/ })

};
