export const id = 457;
export const ids = [457];
export const modules = {

/***/ 59924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ extractArchive),
/* harmony export */   TQ: () => (/* binding */ selectedFiles),
/* harmony export */   tU: () => (/* binding */ createArchive),
/* harmony export */   uZ: () => (/* binding */ pickCompression),
/* harmony export */   yP: () => (/* binding */ archiveExtension)
/* harmony export */ });
/* unused harmony export listArchive */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98697);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(70926);
/* harmony import */ var _staging_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3511);








let zstdAvailable;
/** zstd when the binary exists (as `@actions/cache` decides), else gzip. */
function pickCompression() {
    zstdAvailable ??= (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
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
            entries = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(rel ? node_path__WEBPACK_IMPORTED_MODULE_2___default().join(paths.root, rel) : paths.root, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .pathSelected */ .lt)(child, paths))
                continue;
            const inside = paths.includes.some((inc) => inc === '.' || child === inc || child.startsWith(`${inc}/`));
            if (e.isDirectory()) {
                if (inside)
                    out.push({ rel: child, dir: true });
                await walk(child);
            }
            else if (inside)
                out.push({ rel: child, dir: false });
        }
    };
    await walk('');
    return out;
}
/** Root-relative files (not directories) that an archive of these paths would hold now. */
async function selectedFiles(paths) {
    return (await selectedEntries(paths)).filter((e) => !e.dir).map((e) => e.rel);
}
function compressor(c, level) {
    if (c !== 'zstd')
        return {};
    const proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', ['-q', '-T0', `-${level ?? 3}`, '-c'], { stdio: ['pipe', 'pipe', 'inherit'] });
    return { proc, stdin: proc.stdin, stdout: proc.stdout };
}
function waitExit(proc, what) {
    return new Promise((resolve, reject) => {
        proc.on('error', reject);
        proc.on('close', (code) => (code === 0 ? resolve() : reject(new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`${what} exited with code ${code}`, { code: 'CACHE_ARCHIVE_FAILED' }))));
    });
}
/**
 * Write the selected part of the cache root into `dest` (tar + zstd/gzip). Entries are
 * listed explicitly with recursion off, so an excluded subtree can never sneak in
 * through its parent directory. File modes are kept.
 */
async function createArchive(paths, dest, compression) {
    const entries = (await selectedEntries(paths)).map((e) => e.rel);
    if (entries.length === 0)
        return { files: 0 };
    const pack = tar__WEBPACK_IMPORTED_MODULE_4__.c({ cwd: paths.root, gzip: compression === 'gzip', portable: true, noDirRecurse: true }, entries);
    if (compression === 'gzip') {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(pack, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest));
    }
    else {
        const z = compressor('zstd');
        const done = waitExit(z.proc, 'zstd');
        await Promise.all([(0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(pack, z.stdin), (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(z.stdout, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest)), done]);
    }
    return { files: entries.length };
}
/**
 * Extract an archive into the root (merge; tar rejects absolute and `..` entries), through
 * a staging directory so a killed restore never leaves a truncated file at its final path.
 */
async function extractArchive(file, root, compression) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(root, { recursive: true });
    await (0,_staging_js__WEBPACK_IMPORTED_MODULE_7__/* .restoreAtomically */ .M)(root, (staging) => extractInto(file, staging, compression));
}
async function extractInto(file, root, compression) {
    const unpack = tar__WEBPACK_IMPORTED_MODULE_4__.x({ cwd: root, preservePaths: false });
    if (compression === 'gzip') {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), unpack);
        return;
    }
    const proc = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const done = waitExit(proc, 'zstd -d');
    await Promise.all([(0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(proc.stdout, unpack), done]);
}
/** Entry names of an archive; only the tests use it, to check what a save packed. */
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


/***/ }),

/***/ 86457:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DirCacheBackend: () => (/* binding */ DirCacheBackend)
/* harmony export */ });
/* unused harmony exports dirVersion, matchEntry */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(56950);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(59924);
/* harmony import */ var _staging_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3511);







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
        await this.removeLitter();
        const compression = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .pickCompression */ .uZ)();
        const version = dirVersion(req.paths.patterns, compression);
        const entries = (await this.entries()).filter((e) => e.version === version);
        const match = matchEntry(entries, req.key, req.restoreKeys);
        if (!match)
            return {};
        if (!options.lookupOnly) {
            await (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .extractArchive */ .Qh)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, match.archive), req.paths.root, match.compression);
            req.logger.debug(`restored ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_6__/* .formatBytes */ .z)(match.size)} from ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, match.archive)}`);
        }
        return { matchedKey: match.key, size: match.size };
    }
    async save(req) {
        const compression = (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .pickCompression */ .uZ)();
        const version = dirVersion(req.paths.patterns, compression);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(this.dir, { recursive: true });
        await this.removeLitter();
        const metaPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${entryName(req.key, version)}.json`);
        if (await exists(metaPath))
            return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir}` };
        const unique = `${entryName(req.key, version)}.${Date.now()}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}${(0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .archiveExtension */ .yP)(compression)}`;
        const archivePath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, unique);
        const tmpArchive = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.tmp-${unique}`);
        const tmpMeta = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `.tmp-${unique}.json`);
        try {
            const { files } = await (0,_archive_js__WEBPACK_IMPORTED_MODULE_4__/* .createArchive */ .tU)(req.paths, tmpArchive, compression);
            if (files === 0)
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmpArchive, archivePath);
            const size = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(archivePath)).size;
            const meta = { key: req.key, version, compression, archive: unique, size, created: new Date().toISOString() };
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmpMeta, `${JSON.stringify(meta, null, 2)}\n`);
            try {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.link(tmpMeta, metaPath);
            }
            catch (err) {
                if (err.code === 'EEXIST') {
                    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(archivePath, { force: true });
                    return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.dir} (another job saved it first)` };
                }
                throw err;
            }
            return { status: 'saved', size };
        }
        catch (err) {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(archivePath, { force: true });
            if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7)
                throw err;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`could not save the cache to ${this.dir}: ${err.message}`, { code: 'CACHE_SAVE_FAILED', cause: err });
        }
        finally {
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmpArchive, { force: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmpMeta, { force: true });
        }
    }
    /** Complete entries (those with metadata), newest first. */
    async entries() {
        let names;
        try {
            names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(this.dir);
        }
        catch {
            return [];
        }
        const out = [];
        for (const n of names) {
            if (!n.endsWith('.json') || n.startsWith('.tmp-'))
                continue;
            try {
                out.push(JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, n), 'utf8')));
            }
            catch {
                /* unreadable metadata: not a usable entry */
            }
        }
        return out.sort((a, b) => b.created.localeCompare(a.created));
    }
    /**
     * What killed saves leave: `.tmp-*` files, and archives no metadata points to (killed
     * between the archive's rename and the metadata's link). Only when older than
     * STALE_TEMP_MS — another runner may be writing them right now.
     */
    async removeLitter(now = Date.now()) {
        let names;
        try {
            names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(this.dir);
        }
        catch {
            return [];
        }
        const referenced = new Set((await this.entries()).map((e) => e.archive));
        const removed = [];
        for (const name of names) {
            const orphan = /\.(tar\.zst|tgz)$/.test(name) && !referenced.has(name);
            if (!name.startsWith('.tmp-') && !orphan)
                continue;
            const file = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, name);
            const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(file).catch(() => undefined);
            if (!st?.isFile() || now - st.mtimeMs <= _staging_js__WEBPACK_IMPORTED_MODULE_5__/* .STALE_TEMP_MS */ .U6)
                continue;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(file, { force: true });
            removed.push(name);
        }
        return removed;
    }
    /** Remove every entry with this exact key (any version). Missing → nothing to do. */
    async delete(key) {
        let n = 0;
        for (const e of await this.entries()) {
            if (e.key !== key)
                continue;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, `${entryName(e.key, e.version)}.json`), { force: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, e.archive), { force: true });
            n++;
        }
        return n;
    }
}
function dirVersion(patterns, compression) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([...patterns, compression, 'atmos-ts-dir-1'].join('|'))
        .digest('hex');
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
    return node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(p).then(() => true, () => false);
}


/***/ }),

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

/***/ 3511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ restoreAtomically),
/* harmony export */   U6: () => (/* binding */ STALE_TEMP_MS),
/* harmony export */   zC: () => (/* binding */ removeStaleStaging)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(29353);
/* harmony import */ var _common_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55704);
/**
 * Atomic restore: an archive is extracted into a staging directory inside the root's
 * state directory (same file system, never archived), and only complete files are then
 * renamed into place. A restore killed at any moment leaves each final path either as it
 * was or complete — never a truncated file that looks installed. What a killed restore
 * leaves in staging is removed by the next restore or save.
 */






/** Staged restores older than this are removed whoever left them (another host may share the root). */
const STALE_TEMP_MS = 3600_000;
function stagingParent(root) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, _common_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_DIR_NAME */ .K, 'restore');
}
const HOST = node_os__WEBPACK_IMPORTED_MODULE_2___default().hostname().replace(/[^A-Za-z0-9-]/g, '_');
/**
 * Run `extract(staging)`, then move what it extracted into `root` — only when `complete`
 * says the extraction succeeded (a library that swallows a failed extraction may leave a
 * truncated file in staging). The staging directory is removed in any case.
 */
async function restoreAtomically(root, extract, complete = () => true) {
    await removeStaleStaging(root);
    const parent = stagingParent(root);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(parent, { recursive: true });
    // <pid>.<host>.<random>: the next run on this host can tell a dead owner at once.
    const staging = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, `${process.pid}.${HOST}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(staging);
    try {
        const result = await extract(staging);
        if (complete(result))
            await moveInto(staging, root, true);
        return result;
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(staging, { recursive: true, force: true });
    }
}
/**
 * Remove staging directories of killed restores: at once when their process is gone on
 * this host, after STALE_TEMP_MS otherwise (the root may be shared with other hosts).
 */
async function removeStaleStaging(root, now = Date.now()) {
    const parent = stagingParent(root);
    let names;
    try {
        names = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(parent);
    }
    catch {
        return;
    }
    for (const name of names) {
        const [pid, host] = name.split('.');
        const dead = host === HOST && Number(pid) !== process.pid && !(0,_common_process_js__WEBPACK_IMPORTED_MODULE_5__/* .isAlive */ ._n)(Number(pid));
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, name)).catch(() => undefined);
        if (st && (dead || now - st.mtimeMs > STALE_TEMP_MS))
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(parent, name), { recursive: true, force: true });
    }
}
/** Merge the tree under `src` into `dst`, one rename per file (or per directory that is new). */
async function moveInto(src, dst, top = false) {
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(src, { withFileTypes: true })) {
        // Our state is never taken from an archive (it is never saved either; a crafted archive could try).
        if (top && entry.name === _common_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .STATE_DIR_NAME */ .K)
            continue;
        const from = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(src, entry.name);
        const to = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dst, entry.name);
        if (!entry.isDirectory()) {
            await replace(from, to);
            continue;
        }
        // stat, not lstat: a symlink to a directory (a relocated subtree) is merged into, as tar does.
        const existing = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(to).catch(() => undefined);
        if (existing?.isDirectory()) {
            await moveInto(from, to);
            await keepMode(from, to, existing);
            continue;
        }
        if (existing || (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(to).catch(() => undefined)))
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(to, { recursive: true, force: true });
        try {
            // A new directory arrives complete in one step.
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(from, to);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(to, { mode: (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(from)).mode & 0o7777 });
            await moveInto(from, to);
        }
    }
}
/** As tar does: an existing directory takes the archived mode. */
async function keepMode(from, to, existing) {
    const mode = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(from)).mode & 0o7777;
    if ((existing.mode & 0o7777) !== mode)
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(to, mode);
}
/** Atomically put one file (or symlink) at `to`, replacing whatever is there. */
async function replace(from, to) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(from, to);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
            // A directory where the archive has a file.
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(to, { recursive: true, force: true });
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(from, to);
        }
        else if (code === 'EXDEV') {
            // `to` is on another file system (a symlinked subtree): copy next to it, then rename.
            const tmp = `${to}.atmos-ts-tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
            try {
                await copyEntry(from, tmp);
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, to);
            }
            finally {
                await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
            }
        }
        else {
            throw err;
        }
    }
}
async function copyEntry(from, to) {
    const st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(from);
    if (st.isSymbolicLink()) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.symlink(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readlink(from), to);
        return;
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.copyFile(from, to);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(to, st.mode & 0o7777);
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.utimes(to, st.atime, st.mtime);
}


/***/ }),

/***/ 55704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X0: () => (/* binding */ processStartTime),
/* harmony export */   _n: () => (/* binding */ isAlive),
/* harmony export */   dW: () => (/* binding */ hostIdentity)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Is a process with this pid alive (ESRCH = gone; EPERM = alive but not ours)? An exited
 * but unreaped process (a zombie: its parent is gone and PID 1 has not reaped it yet, or its
 * parent has not waited for it) still answers signal 0, so Linux's /proc state is checked too.
 */
function isAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
    }
    catch (err) {
        return err.code === 'EPERM';
    }
    return procStat(pid)?.state !== 'Z';
}
/**
 * When the kernel started this process, as an opaque token (Linux: `starttime`, clock ticks
 * since boot, from /proc/<pid>/stat); undefined where it cannot be read cheaply. Two reads
 * that differ for the same pid mean the pid was reused by another process.
 */
function processStartTime(pid) {
    return procStat(pid)?.startTime;
}
/**
 * Which machine and pid namespace pids are meaningful in. Two containers can share a hostname
 * and a cache volume while their pids mean different processes: the pid namespace tells them apart.
 */
function hostIdentity() {
    let pidNamespace;
    try {
        pidNamespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)('/proc/self/ns/pid');
    }
    catch {
        /* not Linux */
    }
    return { hostname: node_os__WEBPACK_IMPORTED_MODULE_1___default().hostname(), ...(pidNamespace ? { pidNamespace } : {}) };
}
function procStat(pid) {
    if (process.platform !== 'linux')
        return undefined;
    try {
        // Format: "pid (comm) S …"; comm may hold spaces and parentheses, so fields are counted
        // after the last ")": state is field 3, starttime field 22.
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { state: fields[0], startTime: fields[19] };
    }
    catch {
        return undefined;
    }
}


/***/ })

};
