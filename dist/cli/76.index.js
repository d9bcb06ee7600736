export const id = 76;
export const ids = [76];
export const modules = {

/***/ 70926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _9: () => (/* binding */ FORCED_EXCLUDES),
/* harmony export */   lt: () => (/* binding */ pathSelected),
/* harmony export */   t8: () => (/* binding */ resolveCachePaths)
/* harmony export */ });
/* unused harmony export buildPatterns */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29353);




/**
 * Paths that are never archived, whatever `ci.cache.paths` says: our own state (per-job
 * bookkeeping), the registry cache's TLS private keys at their default place, and the
 * credential/session caches of the auth integrations. They apply relative to the archived
 * root and, through `secretPaths`, at their real place under the atmos cache root — the
 * plan adds the registry cache's real `tls/` wherever `location` puts it.
 */
const FORCED_EXCLUDES = [
    _common_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .STATE_DIR_NAME */ .K,
    'terraform/registry/tls',
    'auth',
    'aws-sso',
    'azure-device-code',
    'aws-webflow',
    'credentials',
];
function cleanRel(p, what) {
    const norm = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.normalize(p.replace(/\\/g, '/').trim()).replace(/\/+$/, '');
    if (norm === '' || norm === '.')
        return '.';
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${what} "${p}" is outside the cache root`, {
            code: 'CACHE_PATH_INVALID',
            hint: 'ci.cache.paths entries are relative to the cache root (ci.cache.root), e.g. "toolchain" or "terraform/plugins".',
        });
    }
    return norm;
}
function isUnder(child, parent) {
    return parent === '.' || child === parent || child.startsWith(`${parent}/`);
}
/**
 * Glob patterns that archive the includes minus the excludes. Why not `<inc>/**` +
 * `!<exc>/**`: @actions/glob then also lists the root and every directory, and tar
 * recurses into listed directories, so the "excluded" files land in the archive anyway.
 * Instead each include containing an exclude is expanded one level at a time —
 * `inc/*`, `!inc/child`, `inc/child/*`, `!inc/child/grandchild` — so no listed path
 * contains an excluded one. The patterns depend only on the config, never on what is on
 * disk, so save and restore compute the same entry version.
 */
function buildPatterns(includes, excludes) {
    const out = [];
    for (const inc of includes) {
        if (excludes.some((e) => isUnder(inc, e) && inc !== '.'))
            continue;
        const inside = excludes.filter((e) => e !== inc && isUnder(e, inc));
        if (inside.length === 0) {
            out.push(inc === '.' ? '*' : inc);
            continue;
        }
        expand(inc, inside.map((e) => (inc === '.' ? e : e.slice(inc.length + 1)).split('/')), out);
    }
    return out;
}
function expand(dir, excluded, out) {
    const prefix = dir === '.' ? '' : `${dir}/`;
    out.push(`${prefix}*`);
    const children = new Map();
    for (const segs of excluded) {
        const rest = children.get(segs[0]) ?? [];
        if (segs.length > 1)
            rest.push(segs.slice(1));
        children.set(segs[0], rest);
    }
    for (const [child, rest] of [...children].sort(([a], [b]) => a.localeCompare(b))) {
        out.push(`!${prefix}${child}`);
        // Fully excluded child (one of the excludes is exactly it) → stop; otherwise descend.
        const fullyExcluded = excluded.some((s) => s.length === 1 && s[0] === child);
        if (!fullyExcluded)
            expand(`${prefix}${child}`, rest, out);
    }
}
/**
 * The path as given and, when it differs, as the file system resolves it (symlinks such as
 * macOS's /var → /private/var): a secret must be found inside the root in either spelling.
 * Only existing ancestors are resolved, so the answer is the same before and after a restore.
 */
function spellings(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    let existing = abs;
    const rest = [];
    for (;;) {
        try {
            const real = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(existing), ...rest);
            return real === abs ? [abs] : [abs, real];
        }
        catch {
            const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(existing);
            if (parent === existing)
                return [abs];
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(existing));
            existing = parent;
        }
    }
}
/**
 * Root-relative excludes for secret-bearing absolute paths inside the root. A root that is
 * itself inside one (say `<registry cache>/tls`) is refused: nothing in it may be archived.
 */
function secretExcludes(root, secretPaths) {
    const out = [];
    const roots = spellings(root);
    for (const secret of secretPaths) {
        for (const s of spellings(secret)) {
            for (const r of roots) {
                if (contains(s, r)) {
                    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`the CI cache root ${root} is inside ${secret}, which holds secrets`, {
                        code: 'CACHE_PATH_INVALID',
                        hint: 'Set ci.cache.root (or --root) to a directory that holds no private keys or credentials, e.g. the atmos cache root.',
                    });
                }
                if (contains(r, s))
                    out.push(node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(r, s).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/'));
            }
        }
    }
    return out;
}
/** `child` is `parent` or inside it (absolute paths). */
function contains(parent, child) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
}
/**
 * `secretPaths`: absolute secret-bearing paths (wherever they are); those inside the root
 * join the root-relative forced excludes.
 */
function resolveCachePaths(root, includes = [], secretPaths = []) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
    const cleaned = [...new Set((includes.length ? includes : ['.']).map((p) => cleanRel(p, 'ci.cache.paths entry')))];
    // A whole-root include makes the others redundant.
    const incs = cleaned.includes('.') ? ['.'] : cleaned.sort();
    const excludes = minimalExcludes([...FORCED_EXCLUDES, ...secretExcludes(abs, secretPaths)]);
    const patterns = buildPatterns(incs, excludes);
    if (patterns.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7('every ci.cache.paths entry is inside a path that is never cached', {
            code: 'CACHE_PATH_INVALID',
            context: { paths: includes.join(', '), 'never cached': excludes.join(', ') },
            hint: 'Credentials, the registry-cache TLS key and atmos-ts state are never archived; list other directories.',
        });
    }
    const absolutePatterns = patterns.map((p) => {
        const neg = p.startsWith('!');
        const rel = neg ? p.slice(1) : p;
        const joined = rel === '*' ? `${abs.replace(/\\/g, '/')}/*` : `${abs.replace(/\\/g, '/')}/${rel}`;
        return neg ? `!${joined}` : joined;
    });
    return { root: abs, includes: incs, excludes, patterns, absolutePatterns, secretPaths: [...secretPaths] };
}
/** Sorted, without duplicates and without excludes inside another exclude (the patterns then stay minimal). */
function minimalExcludes(all) {
    const unique = [...new Set(all)].sort();
    return unique.filter((e) => !unique.some((o) => o !== e && isUnder(e, o)));
}
/** Filter for our own archiver (dir backend): is this root-relative path archived? */
function pathSelected(rel, paths) {
    if (rel === '' || rel === '.')
        return true;
    if (paths.excludes.some((e) => isUnder(rel, e)))
        return false;
    // Ancestors of an include must be walked into, the include and what is under it kept.
    return paths.includes.some((inc) => isUnder(rel, inc) || isUnder(inc, rel));
}


/***/ }),

/***/ 88076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  resolveCachePlan: () => (/* binding */ resolveCachePlan)
});

// UNUSED EXPORTS: secretPaths

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/paths.ts
var common_paths = __webpack_require__(29353);
// EXTERNAL MODULE: ./src/common/platform.ts
var common_platform = __webpack_require__(88038);
// EXTERNAL MODULE: ./src/mirror/layout.ts
var layout = __webpack_require__(26473);
// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/cache/key.ts





/** Limits the cache service enforces client-side (`@actions/cache` checkKey / restore). */
const MAX_KEY_LENGTH = 512;
/** Primary key plus restore keys, per restore call. */
const MAX_KEYS_PER_RESTORE = 10;
/**
 * GitHub's `hashFiles`: every regular file matched by the patterns (sorted by path),
 * SHA-256 of each file, then SHA-256 over those digests. Patterns are relative to
 * `baseDir`, support `**`, and `!pattern` excludes. No match → '' (like GitHub).
 */
async function hashFiles(patterns, baseDir) {
    const includes = patterns.filter((p) => !p.startsWith('!')).map(normalizePattern);
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => normalizePattern(p.slice(1)));
    if (includes.length === 0)
        return '';
    const isIncluded = picomatch_default()(includes, { dot: true });
    const isExcluded = excludes.length ? picomatch_default()(excludes, { dot: true }) : () => false;
    const matched = new Set();
    // Walk only from each pattern's static base so `src/**/*.ts` never scans the whole repo.
    for (const base of new Set(includes.map((p) => picomatch_default().scan(p).base))) {
        for await (const rel of walkFiles(baseDir, base))
            if (isIncluded(rel) && !isExcluded(rel))
                matched.add(rel);
    }
    if (matched.size === 0)
        return '';
    const outer = (0,external_node_crypto_.createHash)('sha256');
    for (const rel of [...matched].sort())
        outer.update(await fileDigest(external_node_path_default().join(baseDir, rel)));
    return outer.digest('hex');
}
function normalizePattern(p) {
    return p.trim().replace(/\\/g, '/').replace(/^\.\//, '');
}
async function fileDigest(file) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        h.update(chunk);
    return h.digest();
}
async function* walkFiles(root, relBase) {
    const start = external_node_path_default().join(root, relBase);
    let st;
    try {
        st = await external_node_fs_.promises.stat(start);
    }
    catch {
        return;
    }
    if (st.isFile()) {
        yield relBase;
        return;
    }
    const stack = [relBase];
    while (stack.length) {
        const rel = stack.pop();
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (e.name !== '.git')
                    stack.push(child);
            }
            else if (e.isFile())
                yield child;
        }
    }
}
/**
 * Render a key template: `{{.OS}}`, `{{.Arch}}` (Go names) and
 * `{{ hashFiles "pattern" … }}`. Anything else is an error naming the action, so a
 * typo never silently becomes a constant key.
 */
async function renderKeyTemplate(template, ctx, what = 'ci.cache.key') {
    const parts = [];
    let last = 0;
    const re = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        parts.push(template.slice(last, m.index));
        last = m.index + m[0].length;
        parts.push(await renderAction(m[1], ctx, what, template));
    }
    parts.push(template.slice(last));
    if (/\{\{|\}\}/.test(parts[parts.length - 1]))
        throw templateError(what, template, 'unbalanced "{{" / "}}"');
    return parts.join('').trim();
}
async function renderAction(action, ctx, what, template) {
    if (action === '.OS')
        return ctx.platform.os;
    if (action === '.Arch')
        return ctx.platform.arch;
    const fn = /^hashFiles\s+(.+)$/.exec(action);
    if (fn) {
        const args = [...fn[1].matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`/g)].map((a) => (a[1] ?? a[2]).replace(/\\(.)/g, '$1'));
        if (args.length === 0)
            throw templateError(what, template, 'hashFiles needs at least one quoted pattern');
        return hashFiles(args, ctx.baseDir);
    }
    throw templateError(what, template, `unknown template action "{{ ${action} }}"`);
}
function templateError(what, template, problem) {
    return new errors/* AtmosError */.f7(`invalid cache key template in ${what}: ${problem}`, {
        code: 'CACHE_KEY_INVALID',
        context: { template },
        hint: 'Use {{.OS}}, {{.Arch}} and {{ hashFiles "pattern" … }} (patterns relative to the repository, ** allowed).',
    });
}
/**
 * The default key hashes the COMMITTED pins (repository files, readable before any
 * restore), so it changes whenever a pin changes. Only file names and contents enter the
 * hash, never absolute paths, so two checkouts of the same commit agree.
 */
async function pinsHash(files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    const found = [];
    for (const [label, file] of [
        ['tool-versions', files.versionsFile],
        ['lock', files.lockFile],
    ]) {
        h.update(`${label}\0`);
        try {
            const data = await external_node_fs_.promises.readFile(file);
            // CRLF checkouts on Windows must not change the key.
            h.update(data.toString('utf8').replace(/\r\n/g, '\n'));
            found.push(file);
        }
        catch {
            h.update('<absent>');
        }
        h.update('\0');
    }
    return { hash: h.digest('hex').slice(0, 16), found };
}
function defaultKeyPrefix(platform) {
    return `atmos-cache-${platform.os}-${platform.arch}-`;
}
/** Keys the cache service would reject, rejected here with the reason and the fix. */
function validateKeys(key, restoreKeys) {
    for (const [k, what] of [[key, 'cache key'], ...restoreKeys.map((r) => [r, 'restore key'])]) {
        if (!k) {
            throw new errors/* AtmosError */.f7(`the ${what} is empty`, {
                code: 'CACHE_KEY_INVALID',
                hint: 'Set ci.cache.key (or --key), or leave it unset to use the default key derived from the committed pins.',
            });
        }
        if (k.length > MAX_KEY_LENGTH) {
            throw new errors/* AtmosError */.f7(`the ${what} is ${k.length} characters long; the cache service allows at most ${MAX_KEY_LENGTH}`, {
                code: 'CACHE_KEY_INVALID',
                context: { key: `${k.slice(0, 80)}…` },
                hint: 'Shorten the template: hash long parts with {{ hashFiles … }} instead of inlining them.',
            });
        }
        if (k.includes(',')) {
            throw new errors/* AtmosError */.f7(`the ${what} "${k}" contains a comma, which the cache service does not allow`, {
                code: 'CACHE_KEY_INVALID',
                hint: 'Replace the comma with "-" or "_" in ci.cache.key / ci.cache.restore_keys.',
            });
        }
    }
    if (1 + restoreKeys.length > MAX_KEYS_PER_RESTORE) {
        throw new errors/* AtmosError */.f7(`${restoreKeys.length} restore keys given; at most ${MAX_KEYS_PER_RESTORE - 1} are allowed (${MAX_KEYS_PER_RESTORE} keys in total with the primary key)`, {
            code: 'CACHE_KEY_INVALID',
            hint: 'Drop the more specific restore keys: each is a prefix, so a shorter one already covers longer ones.',
        });
    }
}

// EXTERNAL MODULE: ./src/cache/paths.ts
var cache_paths = __webpack_require__(70926);
;// CONCATENATED MODULE: ./src/cache/plan.ts








/**
 * Every secret-bearing path where it really is, whatever ci.cache.root is: the registry
 * cache's TLS keys wherever `location` puts them (the mirror engine says where), and the
 * state and credential directories under the atmos cache root.
 */
function secretPaths(loaded) {
    return [...(0,layout/* registryCacheSecretPaths */.Qp)(loaded), ...cache_paths/* FORCED_EXCLUDES */._9.map((e) => external_node_path_default().join(loaded.cacheRoot, e))];
}
async function resolveCachePlan(loaded, overrides = {}, logger) {
    const cc = loaded.values.ci?.cache ?? {};
    const env = loaded.env;
    const platform = (0,common_platform/* hostPlatform */.ol)(env);
    const rootSetting = overrides.root ?? cc.root;
    const root = rootSetting ? (0,common_paths.expandPath)(rootSetting, loaded.baseDir) : loaded.cacheRoot;
    const paths = (0,cache_paths/* resolveCachePaths */.t8)(root, (overrides.paths ?? cc.paths ?? []).filter((p) => typeof p === 'string'), secretPaths(loaded));
    // hashFiles patterns resolve against the repository (atmos.yaml's directory), like GitHub's hashFiles against the workspace.
    const ctx = { platform, baseDir: loaded.baseDir };
    const template = overrides.key ?? cc.key;
    let key;
    let pinFiles = [];
    if (template) {
        key = await renderKeyTemplate(template, ctx, overrides.key ? '--key' : 'ci.cache.key');
    }
    else {
        // The same files the toolchain reads (same `~/` and relative-path rules).
        const { toolVersionsPath: versionsFile, lockPath: lockFile } = (0,settings/* toolchainSettings */.p)(loaded);
        const pins = await pinsHash({ versionsFile, lockFile });
        pinFiles = pins.found;
        if (pins.found.length === 0) {
            logger?.debug(`ci cache: neither ${versionsFile} nor ${lockFile} exists; the default key only varies by platform`);
        }
        key = `${defaultKeyPrefix(platform)}${pins.hash}`;
    }
    const restoreTemplates = (overrides.restoreKeys ?? cc.restore_keys ?? []).filter((t) => typeof t === 'string');
    const restoreKeys = [];
    for (const [i, t] of restoreTemplates.entries()) {
        const r = await renderKeyTemplate(t, ctx, `ci.cache.restore_keys[${i}]`);
        if (r && !restoreKeys.includes(r))
            restoreKeys.push(r);
    }
    if (!template && restoreTemplates.length === 0)
        restoreKeys.push(defaultKeyPrefix(platform));
    validateKeys(key, restoreKeys);
    const backend = overrides.backend ?? cc.backend ?? 'github';
    const dirSetting = overrides.dir ?? cc.dir;
    if (backend === 'dir' && !dirSetting) {
        throw new errors/* AtmosError */.f7('ci.cache.backend is "dir" but no directory is configured', {
            code: 'CACHE_CONFIG_INVALID',
            context: loaded.locate(['ci', 'cache', 'backend']),
            hint: 'Set ci.cache.dir (or --dir, or ATMOS_CI_CACHE_DIR) to a directory shared by the runners.',
        });
    }
    return {
        key,
        restoreKeys,
        defaultKey: !template,
        paths,
        backend,
        dir: dirSetting ? (0,common_paths.expandPath)(dirSetting, loaded.baseDir) : undefined,
        pinFiles,
        config: cc,
    };
}


/***/ }),

/***/ 26473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ tlsDir),
/* harmony export */   Qp: () => (/* binding */ registryCacheSecretPaths),
/* harmony export */   Xy: () => (/* binding */ registryCacheLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29353);
/**
 * Where the registry cache lives on disk and which of its paths hold secrets. Public (also
 * re-exported by index.ts) and deliberately light — config and paths only — so another
 * engine (the CI cache) can ask without loading the proxy, TLS and HCL code (~160 ms).
 */


/** `components.terraform.cache.location`, default `<cache root>/terraform/registry`. */
function registryCacheLocation(config) {
    const location = config.values.components.terraform.cache.location;
    return location ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(location, config.baseDir) : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(config.cacheRoot, 'terraform', 'registry');
}
/** The TLS directory of a registry cache root (CA and server private keys). */
function tlsDir(root) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'tls');
}
/** Secret-bearing paths of the registry cache for this configuration: never archive or publish them. */
function registryCacheSecretPaths(config) {
    return [tlsDir(registryCacheLocation(config))];
}


/***/ }),

/***/ 77682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ toolchainSettings)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29353);
/*
 * Where the toolchain keeps its files, from flags > `toolchain.*` keys in atmos.yaml > defaults.
 * One module, because three places need the same answer: the engine, the warm path of
 * `exec`/`which` (which must not load the engine) and the CI cache's default key (which
 * hashes the pin files). Flags are relative to the working directory; atmos.yaml keys are
 * relative to atmos.yaml's directory and may start with `~/`.
 */


function toolchainSettings(config, flags = {}) {
    const tc = config.values.toolchain ?? {};
    const toolVersionsPath = flags.toolVersions ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.toolVersions) : (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.versions_file || '.tool-versions', config.baseDir);
    const lockPath = flags.lockPath
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.lockPath)
        : tc.lock_file
            ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.lock_file, config.baseDir)
            : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(toolVersionsPath), 'toolchain.lock.yaml');
    const installRoot = flags.installRoot
        ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(config.cwd, flags.installRoot)
        : tc.install_path
            ? (0,_common_paths_js__WEBPACK_IMPORTED_MODULE_1__.expandPath)(tc.install_path, config.baseDir)
            : node_path__WEBPACK_IMPORTED_MODULE_0___default().join(config.cacheRoot, 'toolchain');
    return { installRoot, toolVersionsPath, lockPath, useLock: tc.use_lock_file ?? true };
}


/***/ })

};
