export const id = 290;
export const ids = [290];
export const modules = {

/***/ 11290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   WD: () => (/* binding */ isConstraint),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   kf: () => (/* binding */ highestMatch)
/* harmony export */ });
/* unused harmony export toSemverRange */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version constraints for `ensureTools` / `dependencies.tools`: hashicorp style `~> 1.9`,
 * comparison lists `>= 1.5, < 2`, npm style `^0.54` / `~1.2` / `1.x`, or an exact version.
 */

function isConstraint(v) {
    return /^\s*(~>|[<>=^~!])/.test(v) || v.includes(',') || /(^|\.)[xX*](\.|$)/.test(v);
}
/** Translate to an npm semver range. */
function toSemverRange(constraint) {
    return constraint
        .split(',')
        .map((part) => {
        const p = part.trim();
        const m = /^~>\s*v?(\d+(?:\.\d+)*)(.*)$/.exec(p);
        if (!m)
            return p.replace(/^(=|>=|<=|>|<)\s+/, '$1');
        const nums = m[1].split('.').map(Number);
        const lower = [...nums, 0, 0].slice(0, 3).join('.') + m[2];
        // `~> 1.9` → <2.0.0; `~> 1.9.2` → <1.10.0; `~> 1` → <2.0.0
        const upper = nums.length >= 3 ? `${nums[0]}.${nums[1] + 1}.0-0` : nums.length === 2 ? `${nums[0] + 1}.0.0-0` : `${nums[0] + 1}.0.0-0`;
        return `>=${lower} <${upper}`;
    })
        .join(' ');
}
/** Does `version` (tag or version, `v` optional) satisfy `constraint`? `latest`/empty match everything. */
function satisfies(version, constraint) {
    if (!constraint || constraint === 'latest')
        return true;
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version, { loose: true, includePrerelease: true });
    const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
    if (!clean)
        return version === constraint;
    if (!isConstraint(constraint))
        return clean === (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(constraint.replace(/^v/, ''), { loose: true }) ?? constraint);
    const range = toSemverRange(constraint);
    try {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(clean, range, { loose: true });
    }
    catch {
        return false;
    }
}
/** Highest version in `candidates` satisfying `constraint` (pre-releases only when the constraint names one). */
function highestMatch(candidates, constraint) {
    const wantsPre = /-/.test(constraint);
    const ok = candidates.filter((c) => satisfies(c, constraint) && (wantsPre || !isPrerelease(c)));
    return sortVersions(ok).at(-1);
}
function isPrerelease(v) {
    const s = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true });
    return s ? semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(s, { loose: true }) !== null : /-(alpha|beta|rc|pre|dev)/i.test(v);
}
/** Ascending semver order; unparsable versions sort first, by string. */
function sortVersions(versions) {
    const key = (v) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true }) ?? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(v)?.version;
    return [...versions].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka && kb)
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(ka, kb, { loose: true }) || a.localeCompare(b);
        if (ka)
            return 1;
        if (kb)
            return -1;
        return a.localeCompare(b);
    });
}


/***/ })

};
