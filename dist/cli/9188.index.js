export const id = 9188;
export const ids = [9188];
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


/***/ }),

/***/ 19188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveComponentTool: () => (/* binding */ resolveComponentTool)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23714);
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57246);



/**
 * Resolve `components.<kind>.command` (`helmfile`, `helmfile@0.169.1`, `/usr/bin/helmfile`)
 * to an executable: with a version, install it through the toolchain; without one, use
 * the `.tool-versions` pin when there is one, else PATH. `.tool-versions` tools are put
 * first on PATH either way (helmfile runs helm, terraform may run tflint, …).
 */
async function resolveComponentTool(command, toolchain, options) {
    const ref = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_1__/* .parseToolRef */ .Bp)(command);
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().isAbsolute(ref.tool))
        return { file: ref.tool, env: options.env };
    const prepared = await (0,_ensureNeeds_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureNeeds */ .Q)(toolchain, [{ needs: ref.version ? { [ref.tool]: ref.version } : {}, where: options.where }], {
        label: ref.tool,
        logger: options.logger,
        env: options.env,
    });
    const version = prepared.versions[ref.tool];
    if (!version)
        return { file: ref.tool, env: prepared.env };
    const file = await toolchain.binaryFor({ tool: ref.tool, version }, { binary: node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(ref.tool) });
    return { file, env: prepared.env };
}


/***/ }),

/***/ 23714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ ensureNeeds)
/* harmony export */ });
/* harmony import */ var _toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57246);
/* harmony import */ var _toolEnv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36120);


/**
 * Install everything a workflow or command needs BEFORE its first step: `.tool-versions`
 * is the default layer, then each `dependencies.tools` layer (outer → inner). Any install
 * failure throws here, so no step ever runs with a missing tool.
 */
async function ensureNeeds(toolchain, layers, options) {
    let needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .toolVersionsLayer */ .TQ)(await toolchain.configuredVersions());
    for (const layer of layers)
        if (layer.needs)
            needs = (0,_toolNeeds_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeToolNeeds */ .Y0)(needs, layer.needs, layer.where);
    const names = Object.keys(needs);
    if (names.length === 0)
        return { needs, versions: {}, pathDirs: [], env: options.env };
    const task = options.logger.task(`Installing ${names.length} tool(s) for ${options.label}: ${names.join(', ')}`, {
        total: names.length,
        unit: 'items',
    });
    try {
        const result = await toolchain.ensureTools(needs);
        const installed = result.outcomes.filter((o) => o.status === 'installed').length;
        task.succeed(`Tools for ${options.label}: ${Object.entries(result.versions)
            .map(([t, v]) => `${t} ${v}`)
            .join(', ')}${installed ? ` (${installed} installed)` : ' (all already installed)'}`);
        return { needs, versions: result.versions, pathDirs: result.pathDirs, env: (0,_toolEnv_js__WEBPACK_IMPORTED_MODULE_1__/* .withPathFirst */ .Ss)(options.env, result.pathDirs) };
    }
    catch (err) {
        task.fail(`Could not install the tools for ${options.label}; no step was run`);
        throw err;
    }
}


/***/ }),

/***/ 57246:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ parseToolRef),
/* harmony export */   TQ: () => (/* binding */ toolVersionsLayer),
/* harmony export */   Y0: () => (/* binding */ mergeToolNeeds),
/* harmony export */   YR: () => (/* binding */ declaredNeeds)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11290);


function unrestricted(v) {
    return !v || v === 'latest';
}
/**
 * Layer `child` needs over `parent` (Atmos's merge rules):
 * - `latest`/empty on either side never restricts;
 * - a concrete parent pin is only a default, so the child overrides it;
 * - a parent constraint is policy: a concrete child must satisfy it, and a child
 *   constraint is AND-combined with it.
 */
function mergeToolNeeds(parent, child, where = 'dependencies.tools') {
    const out = { ...parent };
    for (const [tool, wanted] of Object.entries(child)) {
        const base = out[tool];
        const want = String(wanted ?? '').trim();
        if (unrestricted(base) || !(0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isConstraint */ .WD)(base)) {
            out[tool] = unrestricted(want) && base ? base : want || 'latest';
            continue;
        }
        if (unrestricted(want))
            continue;
        if ((0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isConstraint */ .WD)(want)) {
            out[tool] = `${base}, ${want}`;
            continue;
        }
        if (!(0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_0__/* .satisfies */ .ib)(want, base)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: ${tool} ${want} must satisfy the parent constraint "${base}"`, {
                code: 'DEPENDENCY_CONSTRAINT',
                explanation: `A constraint in an outer layer (.tool-versions or a parent command) is a policy that inner layers must keep.`,
                hint: `Pick a ${tool} version matching "${base}", or relax the outer constraint.`,
                context: { tool, version: want, constraint: base },
            });
        }
        out[tool] = want;
    }
    return out;
}
/** The default layer: each tool's first (default) version in `.tool-versions`. */
function toolVersionsLayer(configured) {
    const out = {};
    for (const [tool, versions] of Object.entries(configured))
        if (versions[0])
            out[tool] = versions[0];
    return out;
}
/** `helmfile@0.169.1` → `{tool: 'helmfile', version: '0.169.1'}`; a bare name has no version. */
function parseToolRef(ref) {
    const at = ref.lastIndexOf('@');
    if (at <= 0)
        return { tool: ref.trim() };
    return { tool: ref.slice(0, at).trim(), version: ref.slice(at + 1).trim() || undefined };
}
/**
 * One layer from both spellings. `needs:` (the seed design's list of `tool@version` or map)
 * means the same as `dependencies.tools`; a tool in both must ask for the same version.
 */
function declaredNeeds(entry, where) {
    const tools = entry?.dependencies?.tools;
    const needs = entry?.needs;
    if (!needs || Object.keys(needs).length === 0)
        return { needs: tools, where: `${where}.dependencies.tools` };
    if (!tools || Object.keys(tools).length === 0)
        return { needs, where: `${where}.needs` };
    for (const [tool, version] of Object.entries(needs)) {
        if (tool in tools && String(tools[tool] ?? '') !== String(version ?? '')) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: ${tool} is asked for twice, ${version || 'any version'} in needs and ${tools[tool] || 'any version'} in dependencies.tools`, {
                code: 'CONFIG_INVALID',
                explanation: '`needs:` is another spelling of `dependencies.tools`; both are one list of tool needs.',
                hint: `Keep ${tool} in one of them (dependencies.tools is the Atmos spelling).`,
            });
        }
    }
    return { needs: { ...needs, ...tools }, where: `${where}.dependencies.tools` };
}


/***/ })

};
