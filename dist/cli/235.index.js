export const id = 235;
export const ids = [235];
export const modules = {

/***/ 96235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DirCacheBackend: () => (/* binding */ DirCacheBackend)
});

// UNUSED EXPORTS: dirVersion, matchEntry

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/cache/paths.ts
var cache_paths = __webpack_require__(70926);
;// CONCATENATED MODULE: ./src/cache/archive.ts







let zstdAvailable;
/** zstd when the binary exists (as `@actions/cache` decides), else gzip. */
function pickCompression() {
    zstdAvailable ??= (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
    return zstdAvailable ? 'zstd' : 'gzip';
}
function archiveExtension(c) {
    return c === 'zstd' ? '.tar.zst' : '.tgz';
}
/** Root-relative entries to archive: everything selected, excluded subtrees pruned. */
async function selectedEntries(paths) {
    const out = [];
    const walk = async (rel) => {
        let entries;
        try {
            entries = await external_node_fs_.promises.readdir(rel ? external_node_path_default().join(paths.root, rel) : paths.root, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (!(0,cache_paths/* pathSelected */.lt)(child, paths))
                continue;
            const inside = paths.includes.some((inc) => inc === '.' || child === inc || child.startsWith(`${inc}/`));
            if (e.isDirectory()) {
                if (inside)
                    out.push(child);
                await walk(child);
            }
            else if (inside)
                out.push(child);
        }
    };
    await walk('');
    return out;
}
function compressor(c, level) {
    if (c !== 'zstd')
        return {};
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-T0', `-${level ?? 3}`, '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return { proc, stdin: proc.stdin, stdout: proc.stdout };
}
function waitExit(proc, what) {
    return new Promise((resolve, reject) => {
        proc.on('error', reject);
        proc.on('close', (code) => (code === 0 ? resolve() : reject(new errors/* AtmosError */.f7(`${what} exited with code ${code}`, { code: 'CACHE_ARCHIVE_FAILED' }))));
    });
}
/**
 * Write the selected part of the cache root into `dest` (tar + zstd/gzip). Entries are
 * listed explicitly with recursion off, so an excluded subtree can never sneak in
 * through its parent directory. File modes are kept.
 */
async function createArchive(paths, dest, compression) {
    const entries = await selectedEntries(paths);
    if (entries.length === 0)
        return { files: 0 };
    const pack = index_min.c({ cwd: paths.root, gzip: compression === 'gzip', portable: true, noDirRecurse: true }, entries);
    if (compression === 'gzip') {
        await (0,promises_.pipeline)(pack, (0,external_node_fs_.createWriteStream)(dest));
    }
    else {
        const z = compressor('zstd');
        const done = waitExit(z.proc, 'zstd');
        await Promise.all([(0,promises_.pipeline)(pack, z.stdin), (0,promises_.pipeline)(z.stdout, (0,external_node_fs_.createWriteStream)(dest)), done]);
    }
    return { files: entries.length };
}
/** Extract an archive into the root (merge; tar rejects absolute and `..` entries). */
async function extractArchive(file, root, compression) {
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    const unpack = index_min.x({ cwd: root, preservePaths: false });
    if (compression === 'gzip') {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), unpack);
        return;
    }
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const done = waitExit(proc, 'zstd -d');
    await Promise.all([(0,promises_.pipeline)(proc.stdout, unpack), done]);
}
/** Entry names of an archive (tests and `--log-level debug`). */
async function listArchive(file, compression) {
    const names = [];
    const lister = tar.t({ onReadEntry: (e) => names.push(e.path) });
    if (compression === 'gzip') {
        await pipeline(createReadStream(file), lister);
    }
    else {
        const proc = spawn('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
        const done = waitExit(proc, 'zstd -d');
        await Promise.all([pipeline(proc.stdout, lister), done]);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/cache/backends/dir.ts






/**
 * A shared directory as cache store, for self-hosted runners and other CI systems.
 * Save writes the archive under a unique name, then creates `<name>.json` with `link()`
 * — atomic and failing when it exists — so two concurrent savers never corrupt or
 * double-write an entry: exactly one wins, the other reports "already exists".
 * Restore matches like the GitHub service: exact key, then key prefix, then each
 * restore key as prefix; newest first; same version only.
 */
class DirCacheBackend {
    dir;
    name = 'dir';
    constructor(dir) {
        this.dir = dir;
    }
    async restore(req, options = {}) {
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        const entries = (await this.entries()).filter((e) => e.version === version);
        const match = matchEntry(entries, req.key, req.restoreKeys);
        if (!match)
            return {};
        if (!options.lookupOnly) {
            await extractArchive(external_node_path_default().join(this.dir, match.archive), req.paths.root, match.compression);
            req.logger.debug(`restored ${(0,logger.formatBytes)(match.size)} from ${external_node_path_default().join(this.dir, match.archive)}`);
        }
        return { matchedKey: match.key, size: match.size };
    }
    async save(req) {
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        const metaPath = external_node_path_default().join(this.dir, `${entryName(req.key, version)}.json`);
        if (await exists(metaPath))
            return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir}` };
        const unique = `${entryName(req.key, version)}.${Date.now()}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}${archiveExtension(compression)}`;
        const archivePath = external_node_path_default().join(this.dir, unique);
        const tmpArchive = external_node_path_default().join(this.dir, `.tmp-${unique}`);
        const tmpMeta = external_node_path_default().join(this.dir, `.tmp-${unique}.json`);
        try {
            const { files } = await createArchive(req.paths, tmpArchive, compression);
            if (files === 0)
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            await external_node_fs_.promises.rename(tmpArchive, archivePath);
            const size = (await external_node_fs_.promises.stat(archivePath)).size;
            const meta = { key: req.key, version, compression, archive: unique, size, created: new Date().toISOString() };
            await external_node_fs_.promises.writeFile(tmpMeta, `${JSON.stringify(meta, null, 2)}\n`);
            try {
                await external_node_fs_.promises.link(tmpMeta, metaPath);
            }
            catch (err) {
                if (err.code === 'EEXIST') {
                    await external_node_fs_.promises.rm(archivePath, { force: true });
                    return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir} (another job saved it first)` };
                }
                throw err;
            }
            return { status: 'saved', size };
        }
        catch (err) {
            await external_node_fs_.promises.rm(archivePath, { force: true });
            if (err instanceof errors/* AtmosError */.f7)
                throw err;
            throw new errors/* AtmosError */.f7(`could not save the cache to ${this.dir}: ${err.message}`, { code: 'CACHE_SAVE_FAILED', cause: err });
        }
        finally {
            await external_node_fs_.promises.rm(tmpArchive, { force: true });
            await external_node_fs_.promises.rm(tmpMeta, { force: true });
        }
    }
    /** Complete entries (those with metadata), newest first. */
    async entries() {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const n of names) {
            if (!n.endsWith('.json') || n.startsWith('.tmp-'))
                continue;
            try {
                out.push(JSON.parse(await external_node_fs_.promises.readFile(external_node_path_default().join(this.dir, n), 'utf8')));
            }
            catch {
                /* unreadable metadata: not a usable entry */
            }
        }
        return out.sort((a, b) => b.created.localeCompare(a.created));
    }
    /** Remove every entry with this exact key (any version). Missing → nothing to do. */
    async delete(key) {
        let n = 0;
        for (const e of await this.entries()) {
            if (e.key !== key)
                continue;
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, `${entryName(e.key, e.version)}.json`), { force: true });
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, e.archive), { force: true });
            n++;
        }
        return n;
    }
}
function dirVersion(patterns, compression) {
    return (0,external_node_crypto_.createHash)('sha256').update([...patterns, compression, 'atmos-ts-dir-1'].join('|')).digest('hex');
}
/** File-system-safe, unique per key and version. */
function entryName(key, version) {
    return `${encodeURIComponent(key).replace(/%/g, '~')}--${version.slice(0, 12)}`;
}
function matchEntry(newestFirst, key, restoreKeys) {
    return (newestFirst.find((e) => e.key === key) ??
        newestFirst.find((e) => e.key.startsWith(key)) ??
        restoreKeys.map((r) => newestFirst.find((e) => e.key.startsWith(r))).find(Boolean));
}
async function exists(p) {
    return external_node_fs_.promises.access(p).then(() => true, () => false);
}


/***/ }),

/***/ 70926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lt: () => (/* binding */ pathSelected),
/* harmony export */   t8: () => (/* binding */ resolveCachePaths)
/* harmony export */ });
/* unused harmony exports FORCED_EXCLUDES, isForcedExclude, buildPatterns */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29353);



/**
 * Root-relative paths that are never archived, whatever `ci.cache.paths` says:
 * our own state (per-job bookkeeping), the registry cache's TLS private key, and the
 * credential/session caches of the auth integrations.
 */
const FORCED_EXCLUDES = [
    _common_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_DIR_NAME */ .K,
    'terraform/registry/tls',
    'auth',
    'aws-sso',
    'azure-device-code',
    'aws-webflow',
    'credentials',
];
function cleanRel(p, what) {
    const norm = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(p.replace(/\\/g, '/').trim()).replace(/\/+$/, '');
    if (norm === '' || norm === '.')
        return '.';
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(norm) || norm === '..' || norm.startsWith('../')) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${what} "${p}" is outside the cache root`, {
            code: 'CACHE_PATH_INVALID',
            hint: 'ci.cache.paths entries are relative to the cache root (ci.cache.root), e.g. "toolchain" or "terraform/plugins".',
        });
    }
    return norm;
}
function isUnder(child, parent) {
    return parent === '.' || child === parent || child.startsWith(`${parent}/`);
}
/** True when a root-relative path is (inside) a forced exclude. */
function isForcedExclude(rel) {
    return FORCED_EXCLUDES.some((e) => isUnder(rel, e));
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
function resolveCachePaths(root, includes = []) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(root);
    const cleaned = [...new Set((includes.length ? includes : ['.']).map((p) => cleanRel(p, 'ci.cache.paths entry')))];
    // A whole-root include makes the others redundant.
    const incs = cleaned.includes('.') ? ['.'] : cleaned.sort();
    const excludes = [...FORCED_EXCLUDES];
    const patterns = buildPatterns(incs, excludes);
    if (patterns.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7('every ci.cache.paths entry is inside a path that is never cached', {
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
    return { root: abs, includes: incs, excludes, patterns, absolutePatterns };
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


/***/ })

};
