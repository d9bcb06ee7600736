export const id = 5040;
export const ids = [5040];
export const modules = {

/***/ 61543:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AutoCacheSession: () => (/* reexport */ AutoCacheSession),
  CacheRestClient: () => (/* reexport */ CacheRestClient),
  DirCacheBackend: () => (/* reexport */ DirCacheBackend),
  StoreCacheBackend: () => (/* reexport */ StoreCacheBackend),
  resolveCachePlan: () => (/* reexport */ resolveCachePlan),
  restore: () => (/* reexport */ restore),
  save: () => (/* reexport */ save)
});

// UNUSED EXPORTS: FORCED_EXCLUDES, backendFor, defaultKeyPrefix, hasActionsRuntime, hashFiles, inCi, isExactMatch, pathSelected, pinsHash, renderKeyTemplate, resolveCachePaths, storeBackend, validateKeys

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








const STORE_BACKENDS = ['s3', 'azblob', 'file'];
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
    const storeSetting = overrides.store ?? cc.store;
    const backend = overrides.backend ?? (overrides.store ? storeBackend(overrides.store) : undefined) ?? cc.backend ?? 'github';
    if (STORE_BACKENDS.includes(backend)) {
        const where = loaded.locate(['ci', 'cache', storeSetting ? 'store' : 'backend']);
        if (!storeSetting) {
            throw new errors/* AtmosError */.f7(`ci.cache.backend is "${backend}" but ci.cache.store is not set`, {
                code: 'CACHE_CONFIG_INVALID',
                context: where,
                hint: `Set ci.cache.store (or the action's store input, --store, ATMOS_CI_CACHE_STORE) to ${backend === 's3' ? 's3://bucket/prefix' : backend === 'azblob' ? 'azblob://container/prefix' : 'file:///shared/dir'}.`,
            });
        }
        const scheme = storeBackend(storeSetting);
        if (scheme !== backend) {
            throw new errors/* AtmosError */.f7(`ci.cache.store ${JSON.stringify(storeSetting)} is a ${scheme ?? 'non-store'} URL but ci.cache.backend is "${backend}"`, {
                code: 'CACHE_CONFIG_INVALID',
                context: where,
                hint: `Make them agree: backend ${scheme ?? backend} with this URL, or a ${backend}:// URL.`,
            });
        }
    }
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
        store: storeSetting,
        pinFiles,
        config: cc,
    };
}
/** The backend a store URL's scheme implies (`/abs/path` is a file store). */
function storeBackend(url) {
    const m = /^([a-z0-9]+):\/\//.exec(url.trim());
    if (!m)
        return url.trim().startsWith('/') ? 'file' : undefined;
    return STORE_BACKENDS.includes(m[1]) ? m[1] : undefined;
}

// EXTERNAL MODULE: ./src/common/format.ts
var format = __webpack_require__(56950);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/common/process.ts
var common_process = __webpack_require__(55704);
;// CONCATENATED MODULE: ./src/cache/staging.ts
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
    return external_node_path_default().join(root, common_paths/* STATE_DIR_NAME */.Ky, 'restore');
}
const HOST = external_node_os_default().hostname().replace(/[^A-Za-z0-9-]/g, '_');
/**
 * Run `extract(staging)`, then move what it extracted into `root` — only when `complete`
 * says the extraction succeeded (a library that swallows a failed extraction may leave a
 * truncated file in staging). The staging directory is removed in any case.
 */
async function restoreAtomically(root, extract, complete = () => true) {
    await removeStaleStaging(root);
    const parent = stagingParent(root);
    await external_node_fs_.promises.mkdir(parent, { recursive: true });
    // <pid>.<host>.<random>: the next run on this host can tell a dead owner at once.
    const staging = external_node_path_default().join(parent, `${process.pid}.${HOST}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    await external_node_fs_.promises.mkdir(staging);
    try {
        const result = await extract(staging);
        if (complete(result))
            await moveInto(staging, root, true);
        return result;
    }
    finally {
        await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
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
        names = await external_node_fs_.promises.readdir(parent);
    }
    catch {
        return;
    }
    for (const name of names) {
        const [pid, host] = name.split('.');
        const dead = host === HOST && Number(pid) !== process.pid && !(0,common_process/* isAlive */._n)(Number(pid));
        const st = await external_node_fs_.promises.lstat(external_node_path_default().join(parent, name)).catch(() => undefined);
        if (st && (dead || now - st.mtimeMs > STALE_TEMP_MS))
            await external_node_fs_.promises.rm(external_node_path_default().join(parent, name), { recursive: true, force: true });
    }
}
/** Merge the tree under `src` into `dst`, one rename per file (or per directory that is new). */
async function moveInto(src, dst, top = false) {
    for (const entry of await external_node_fs_.promises.readdir(src, { withFileTypes: true })) {
        // Our state is never taken from an archive (it is never saved either; a crafted archive could try).
        if (top && entry.name === common_paths/* STATE_DIR_NAME */.Ky)
            continue;
        const from = external_node_path_default().join(src, entry.name);
        const to = external_node_path_default().join(dst, entry.name);
        if (!entry.isDirectory()) {
            await replace(from, to);
            continue;
        }
        // stat, not lstat: a symlink to a directory (a relocated subtree) is merged into, as tar does.
        const existing = await external_node_fs_.promises.stat(to).catch(() => undefined);
        if (existing?.isDirectory()) {
            await moveInto(from, to);
            await keepMode(from, to, existing);
            continue;
        }
        if (existing || (await external_node_fs_.promises.lstat(to).catch(() => undefined)))
            await external_node_fs_.promises.rm(to, { recursive: true, force: true });
        try {
            // A new directory arrives complete in one step.
            await external_node_fs_.promises.rename(from, to);
        }
        catch (err) {
            if (err.code !== 'EXDEV')
                throw err;
            await external_node_fs_.promises.mkdir(to, { mode: (await external_node_fs_.promises.stat(from)).mode & 0o7777 });
            await moveInto(from, to);
        }
    }
}
/** As tar does: an existing directory takes the archived mode. */
async function keepMode(from, to, existing) {
    const mode = (await external_node_fs_.promises.stat(from)).mode & 0o7777;
    if ((existing.mode & 0o7777) !== mode)
        await external_node_fs_.promises.chmod(to, mode);
}
/** Atomically put one file (or symlink) at `to`, replacing whatever is there. */
async function replace(from, to) {
    try {
        await external_node_fs_.promises.rename(from, to);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EISDIR' || code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'ENOTDIR') {
            // A directory where the archive has a file.
            await external_node_fs_.promises.rm(to, { recursive: true, force: true });
            await external_node_fs_.promises.rename(from, to);
        }
        else if (code === 'EXDEV') {
            // `to` is on another file system (a symlinked subtree): copy next to it, then rename.
            const tmp = `${to}.atmos-ts-tmp-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            try {
                await copyEntry(from, tmp);
                await external_node_fs_.promises.rename(tmp, to);
            }
            finally {
                await external_node_fs_.promises.rm(tmp, { force: true });
            }
        }
        else {
            throw err;
        }
    }
}
async function copyEntry(from, to) {
    const st = await external_node_fs_.promises.lstat(from);
    if (st.isSymbolicLink()) {
        await external_node_fs_.promises.symlink(await external_node_fs_.promises.readlink(from), to);
        return;
    }
    await external_node_fs_.promises.copyFile(from, to);
    await external_node_fs_.promises.chmod(to, st.mode & 0o7777);
    await external_node_fs_.promises.utimes(to, st.atime, st.mtime);
}

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
    const entries = (await selectedEntries(paths)).map((e) => e.rel);
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
/**
 * Extract an archive into the root (merge; tar rejects absolute and `..` entries), through
 * a staging directory so a killed restore never leaves a truncated file at its final path.
 */
async function extractArchive(file, root, compression) {
    await external_node_fs_.promises.mkdir(root, { recursive: true });
    await restoreAtomically(root, (staging) => extractInto(file, staging, compression));
}
async function extractInto(file, root, compression) {
    const unpack = index_min.x({ cwd: root, preservePaths: false });
    if (compression === 'gzip') {
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(file), unpack);
        return;
    }
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const done = waitExit(proc, 'zstd -d');
    await Promise.all([(0,promises_.pipeline)(proc.stdout, unpack), done]);
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
        await this.removeLitter();
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        const entries = (await this.entries()).filter((e) => e.version === version);
        const match = matchEntry(entries, req.key, req.restoreKeys);
        if (!match)
            return {};
        if (!options.lookupOnly) {
            await extractArchive(external_node_path_default().join(this.dir, match.archive), req.paths.root, match.compression);
            req.logger.debug(`restored ${(0,format/* formatBytes */.z)(match.size)} from ${external_node_path_default().join(this.dir, match.archive)}`);
        }
        return { matchedKey: match.key, size: match.size };
    }
    async save(req) {
        const compression = pickCompression();
        const version = dirVersion(req.paths.patterns, compression);
        await external_node_fs_.promises.mkdir(this.dir, { recursive: true });
        await this.removeLitter();
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
    /**
     * What killed saves leave: `.tmp-*` files, and archives no metadata points to (killed
     * between the archive's rename and the metadata's link). Only when older than
     * STALE_TEMP_MS — another runner may be writing them right now.
     */
    async removeLitter(now = Date.now()) {
        let names;
        try {
            names = await external_node_fs_.promises.readdir(this.dir);
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
            const file = external_node_path_default().join(this.dir, name);
            const st = await external_node_fs_.promises.lstat(file).catch(() => undefined);
            if (!st?.isFile() || now - st.mtimeMs <= STALE_TEMP_MS)
                continue;
            await external_node_fs_.promises.rm(file, { force: true });
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
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, `${entryName(e.key, e.version)}.json`), { force: true });
            await external_node_fs_.promises.rm(external_node_path_default().join(this.dir, e.archive), { force: true });
            n++;
        }
        return n;
    }
}
function dirVersion(patterns, compression) {
    return (0,external_node_crypto_.createHash)('sha256')
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
    return external_node_fs_.promises.access(p).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/cache/backends/github.ts





/**
 * The GitHub Actions cache (Cache Service v2) through the real `@actions/cache`: the
 * same archive format, zstd when available, chunked uploads and retries as
 * `actions/cache`. The library reads the process environment and the working directory,
 * so each call runs with cwd = GITHUB_WORKSPACE = cache root and relative patterns:
 * the entry version is then independent of where the root lives, and the tar entries
 * are root-relative.
 */
class GitHubCacheBackend {
    name = 'github';
    async restore(req, options = {}) {
        requireRuntime(req.env);
        await external_node_fs_.promises.mkdir(req.paths.root, { recursive: true });
        const cache = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6941), __webpack_require__.e(1067)]).then(__webpack_require__.bind(__webpack_require__, 91067));
        const run = (root) => withLibraryEnv({ ...req, paths: { ...req.paths, root } }, () => cache.restoreCache([...req.paths.patterns], req.key, req.restoreKeys, { lookupOnly: options.lookupOnly }, false));
        // The library extracts into GITHUB_WORKSPACE: point it at a staging directory and move complete files into place.
        const { value, notes } = options.lookupOnly ? await run(req.paths.root) : await restoreAtomically(req.paths.root, run, (r) => r.value !== undefined);
        const problem = explainProblems(notes, 'restore', req.logger, req.env);
        return { matchedKey: value, problem };
    }
    async save(req) {
        requireRuntime(req.env);
        // ACTIONS_CACHE_MODE=read|none: the library would answer -1 without a request; say why up front.
        if (/^(read|none)$/i.test(req.env.ACTIONS_CACHE_MODE ?? '')) {
            return { status: 'denied', message: `saving is disabled for this job (ACTIONS_CACHE_MODE=${req.env.ACTIONS_CACHE_MODE})` };
        }
        if (!(await external_node_fs_.promises.stat(req.paths.root).catch(() => undefined))?.isDirectory()) {
            return { status: 'empty', message: `nothing to save: ${req.paths.root} does not exist` };
        }
        const cache = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(6941), __webpack_require__.e(1067)]).then(__webpack_require__.bind(__webpack_require__, 91067));
        let id;
        let notes;
        try {
            ({ value: id, notes } = await withLibraryEnv(req, () => cache.saveCache([...req.paths.patterns], req.key, undefined, false)));
        }
        catch (err) {
            const msg = (0,errors/* errorMessage */.gJ)(err);
            if (/Path Validation Error/.test(msg))
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            throw new errors/* AtmosError */.f7(`cache save failed: ${msg}`, { code: 'CACHE_SAVE_FAILED', cause: err });
        }
        if (id > 0)
            return { status: 'saved' };
        // The library folds every CreateCacheEntry failure into "Unable to reserve cache …";
        // its debug line ("Failed to reserve cache: …") carries the real cause.
        const all = notes.map((n) => n.text).join('\n');
        if (/cache write denied/i.test(all)) {
            return {
                status: 'denied',
                message: 'the cache service denied the write: this run has a read-only cache token (untrusted trigger such as pull_request_target or a fork workflow_run). Restores still work; saves happen on trusted runs.',
            };
        }
        if (!/Rate limited|\(429\)/i.test(all) && !unreachable(all) && /\(409\)|already exists/i.test(all)) {
            return { status: 'exists', message: `an entry with key ${req.key} already exists (entries are write-once)` };
        }
        // Without this the library's own words would blame "another job may be creating this cache".
        const problem = explainProblems(notes, 'save', undefined, req.env) ?? 'the cache service did not accept the entry';
        return { status: 'failed', message: problem };
    }
}
/** Inside a runner's JavaScript action (or a step given its runtime variables). */
function hasActionsRuntime(env) {
    return Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL);
}
function requireRuntime(env) {
    if (hasActionsRuntime(env))
        return;
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((k) => !env[k]);
    throw new errors/* AtmosError */.f7('the GitHub Actions cache is not available here', {
        code: 'CACHE_UNAVAILABLE',
        explanation: `Saving and restoring the GitHub Actions cache needs the job's runtime credentials (${missing.join(' and ')} not set). ` +
            'GitHub gives them only to JavaScript action steps, never to `run:` steps or to a workstation.',
        hint: 'In a workflow, use the atmos-ts `actions/cache` action, or add the `actions/github-runtime` action before this step and pass its ' +
            'outputs as ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL env. Outside CI use `atmos-ts ci cache list` / `delete` (REST API, ' +
            'token from --github-token, GITHUB_TOKEN or `gh auth token`), or `ci.cache.backend: dir` for a shared directory.',
    });
}
/** Variables the library reads from process.env; copied from the request's env for the call. */
const PASSED_VARS = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_CACHE_SERVICE_V2',
    'ACTIONS_CACHE_MODE',
    'GITHUB_SERVER_URL',
    'SEGMENT_DOWNLOAD_TIMEOUT_MINS',
    'RUNNER_TEMP',
    'NO_PROXY',
    'no_proxy',
];
let queue = Promise.resolve();
/**
 * Run a library call with the environment and cwd it needs, capturing its workflow
 * commands: its warnings ("Failed to save: …") are classified by us instead of being
 * printed raw, its progress goes to our logger, and `::add-mask::` lines still reach
 * the runner. Calls are serialised because env and cwd are process-wide.
 */
async function withLibraryEnv(req, fn) {
    const run = queue.then(async () => {
        const saved = {};
        const set = (k, v) => {
            if (!(k in saved))
                saved[k] = process.env[k];
            if (v === undefined)
                delete process.env[k];
            else
                process.env[k] = v;
        };
        for (const k of PASSED_VARS)
            if (req.env[k] !== undefined)
                set(k, req.env[k]);
        // v1 ("artifactcache") is retired on github.com; the runtime variables alone mean v2.
        if (!req.env.ACTIONS_CACHE_SERVICE_V2)
            set('ACTIONS_CACHE_SERVICE_V2', 'true');
        set('GITHUB_WORKSPACE', req.paths.root);
        const runnerTemp = req.env.RUNNER_TEMP || external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-ts-runner-temp');
        await external_node_fs_.promises.mkdir(runnerTemp, { recursive: true });
        set('RUNNER_TEMP', runnerTemp);
        const cwd = process.cwd();
        process.chdir(req.paths.root);
        const notes = [];
        const restoreStdout = captureStdout(notes, req.logger, req.env);
        try {
            return { value: await fn(), notes };
        }
        finally {
            restoreStdout();
            process.chdir(cwd);
            for (const [k, v] of Object.entries(saved)) {
                if (v === undefined)
                    delete process.env[k];
                else
                    process.env[k] = v;
            }
        }
    });
    queue = run.catch(() => undefined);
    return run;
}
function captureStdout(notes, logger, env) {
    const original = process.stdout.write;
    const inRunner = env.GITHUB_ACTIONS === 'true';
    let forwarding = false;
    let pending = '';
    const handleLine = (line) => {
        const cmd = /^::(warning|error|debug|add-mask)(?: [^:]*)?::(.*)$/.exec(line);
        if (cmd) {
            const [, kind, text] = cmd;
            if (kind === 'add-mask') {
                if (inRunner)
                    original.call(process.stdout, `${line}\n`);
                return;
            }
            notes.push({ level: kind, text: github_unescape(text) });
            if (kind === 'debug')
                logger.debug(github_unescape(text));
            return;
        }
        if (/^Failed to (save|restore):/.test(line) || /^Cache reservation failed/.test(line)) {
            notes.push({ level: 'info', text: line });
            return;
        }
        if (/^(Sent|Received) \d|^Cache Size|^Cache hit for/.test(line))
            logger.info(line);
        else if (line.trim())
            logger.debug(line);
    };
    process.stdout.write = function (chunk, ...rest) {
        if (forwarding)
            return original.call(process.stdout, chunk, ...rest);
        forwarding = true;
        try {
            pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
            let nl = pending.indexOf('\n');
            while (nl >= 0) {
                handleLine(pending.slice(0, nl).replace(/\r$/, ''));
                pending = pending.slice(nl + 1);
                nl = pending.indexOf('\n');
            }
        }
        finally {
            forwarding = false;
        }
        const cb = rest.find((r) => typeof r === 'function');
        cb?.();
        return true;
    };
    return () => {
        process.stdout.write = original;
        if (pending)
            handleLine(pending);
    };
}
function github_unescape(s) {
    return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
/** Turn the library's swallowed failures into one clear sentence (and warn once). */
function explainProblems(notes, op, logger, env) {
    const failures = notes.filter((n) => n.level === 'warning' || n.level === 'error' || /^Failed to (save|restore)/.test(n.text));
    if (failures.length === 0)
        return undefined;
    const all = notes.map((n) => n.text).join('\n');
    const network = unreachable(all);
    let message;
    if (network) {
        const where = network.service ? `the cache service at ${serviceHost(env)}` : 'the cache storage';
        message = `${where} could not be reached (${network.code}); the ${op} was skipped. Check the runner's network access to it.`;
    }
    else if (/Rate limited|\(429\)/i.test(all)) {
        const after = /reset in (\d+) seconds/i.exec(notes.map((n) => n.text).join('\n'));
        message = `the cache service rate-limited this ${op} (HTTP 429${after ? `, retry after ${after[1]} s` : ''}); continuing without it`;
    }
    else if (/quota|insufficient usage/i.test(all)) {
        message = `the repository's cache storage quota is used up; the ${op} was skipped (delete old entries with \`atmos-ts ci cache delete\`)`;
    }
    else if (/\((5\d\d)\)|Received non-retryable|Attempt \d of \d/i.test(all)) {
        message = `the cache service failed (server error) during ${op}, after retries: ${failures[failures.length - 1].text}`;
    }
    else if (/cache read denied/i.test(all)) {
        message = `the cache service denied reading: ${failures[failures.length - 1].text}`;
    }
    else {
        message = `cache ${op} problem: ${failures[failures.length - 1].text}`;
    }
    logger?.warn(message);
    return message;
}
/**
 * A connection-level failure in the library's notes. "Unable to make request: CODE" is how
 * its cache-service client reports one; a bare code comes from the blob storage client.
 */
function unreachable(all) {
    const service = /Unable to make request: ([A-Z_]+)/.exec(all);
    if (service)
        return { code: service[1], service: true };
    const other = /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ENETUNREACH)\b/.exec(all);
    return other ? { code: other[1], service: false } : undefined;
}
function serviceHost(env) {
    try {
        return new URL(env.ACTIONS_RESULTS_URL ?? '').host;
    }
    catch {
        return String(env.ACTIONS_RESULTS_URL);
    }
}

// EXTERNAL MODULE: ./src/store/index.ts + 4 modules
var store = __webpack_require__(78054);
;// CONCATENATED MODULE: ./src/cache/backends/store.ts








/** Where entries live under the store URL: `ci-cache/<version>/<url-encoded key><ext>`. */
const CI_CACHE_PREFIX = 'ci-cache/';
function versionOf(patterns, compression) {
    return dirVersion(patterns, compression).slice(0, 16);
}
function objectKey(version, key, compression) {
    // encodeURIComponent maps character by character, so a key prefix stays an object-name prefix.
    return `${CI_CACHE_PREFIX}${version}/${encodeURIComponent(key)}${archiveExtension(compression)}`;
}
/** An entry from its object name, or undefined for anything else under the prefix. */
function entryOf(o) {
    const m = /^ci-cache\/([0-9a-f]{16})\/(.+?)(\.tar\.zst|\.tgz)$/.exec(o.key);
    if (!m)
        return undefined;
    let key;
    try {
        key = decodeURIComponent(m[2]);
    }
    catch {
        return undefined;
    }
    return { key, version: m[1], compression: m[3] === '.tgz' ? 'gzip' : 'zstd', object: o.key, size: o.size, created: o.modified.toISOString() };
}
const newestFirst = (a, b) => b.created.localeCompare(a.created);
/**
 * The CI cache on an object store (`ci.cache.backend: s3|azblob|file`, `ci.cache.store: <url>`):
 * the GitHub cache's matching (exact key, then key prefix, then each restore key as prefix;
 * newest first; same paths+compression version only), write-once by conditional create,
 * no size cap or idle eviction except the team's own `ci cache prune`. Entries survive
 * across repositories, branches and CI systems that share the store.
 */
class StoreCacheBackend {
    name;
    url;
    store;
    constructor(name, url, 
    /** An already-open store (tests, the CLI's admin commands); else opened with the first request's env. */
    preopened) {
        this.name = name;
        this.url = url;
        this.store = preopened;
    }
    open(req) {
        this.store ??= (0,store.openStore)(this.url, { env: req.env, logger: req.logger, setting: 'ci.cache.store' });
        return this.store;
    }
    async candidates(store, version, prefix, compression) {
        const objects = await store.list(`${CI_CACHE_PREFIX}${version}/${encodeURIComponent(prefix)}`);
        const ext = archiveExtension(compression);
        return objects
            .map(entryOf)
            .filter((e) => e !== undefined && e.object.endsWith(ext))
            .sort(newestFirst);
    }
    async restore(req, options = {}) {
        const store = this.open(req);
        const compression = pickCompression();
        const version = versionOf(req.paths.patterns, compression);
        // One listing per distinct prefix; the primary key's listing also holds the exact entry.
        const seen = new Map();
        for (const prefix of [req.key, ...req.restoreKeys])
            for (const e of await this.candidates(store, version, prefix, compression))
                seen.set(e.object, e);
        if (!store.available)
            return { problem: `the cache store ${this.url} is unavailable; continuing without a cache` };
        const ordered = [...seen.values()].sort(newestFirst);
        const tmpDir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-ci-cache-'));
        try {
            // A corrupt entry is removed by the store layer; the next candidate is tried.
            for (let match = matchEntry(ordered, req.key, req.restoreKeys); match; match = matchEntry(ordered, req.key, req.restoreKeys)) {
                if (options.lookupOnly)
                    return { matchedKey: match.key, size: match.size };
                const archive = external_node_path_default().join(tmpDir, `entry-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}${archiveExtension(compression)}`);
                const info = await store.fetchFile(match.object, archive);
                if (info) {
                    await extractArchive(archive, req.paths.root, match.compression);
                    req.logger.debug(`restored ${(0,format/* formatBytes */.z)(match.size)} from ${this.url}/${match.object}`);
                    return { matchedKey: match.key, size: match.size };
                }
                if (!store.available)
                    return { problem: `the cache store ${this.url} became unavailable during the restore` };
                ordered.splice(ordered.indexOf(match), 1);
            }
            return {};
        }
        finally {
            await external_node_fs_.promises.rm(tmpDir, { recursive: true, force: true });
        }
    }
    async save(req) {
        const store = this.open(req);
        const compression = pickCompression();
        const object = objectKey(versionOf(req.paths.patterns, compression), req.key, compression);
        // Write-once: an existing entry is not rebuilt (the archive may take minutes).
        if (await store.head(object))
            return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.url}` };
        if (!store.available)
            return { status: 'failed', message: `the cache store ${this.url} is unavailable` };
        const tmpDir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-ci-cache-'));
        try {
            const archive = external_node_path_default().join(tmpDir, `entry${archiveExtension(compression)}`);
            const { files } = await createArchive(req.paths, archive, compression);
            if (files === 0)
                return { status: 'empty', message: `nothing to save under ${req.paths.root}` };
            const size = (await external_node_fs_.promises.stat(archive)).size;
            const outcome = await store.put(object, { file: archive }, { ifAbsent: true, metadata: { cache_key: encodeURIComponent(req.key) } });
            if (outcome === 'created')
                return { status: 'saved', size };
            if (outcome === 'exists')
                return { status: 'exists', message: `an entry with key ${req.key} already exists in ${this.url} (another job saved it first)` };
            return { status: 'failed', message: `the cache store ${this.url} did not accept the entry (see the warning above)` };
        }
        finally {
            await external_node_fs_.promises.rm(tmpDir, { recursive: true, force: true });
        }
    }
    /** Every entry (any version), newest first; `keyPrefix` filters by cache key. */
    async entries(req, keyPrefix = '') {
        const all = (await this.open(req).list(CI_CACHE_PREFIX)).map(entryOf).filter((e) => e !== undefined);
        return all.filter((e) => e.key.startsWith(keyPrefix)).sort(newestFirst);
    }
    /** Remove every entry with this exact key (any version). */
    async delete(req, key) {
        let n = 0;
        for (const e of await this.entries(req))
            if (e.key === key && (await this.open(req).delete(e.object)))
                n++;
        return n;
    }
    /**
     * The GitHub cache's eviction under the team's control: entries older than `olderThanMs`
     * go, then the oldest until the total is at most `maxBytes`. `dryRun` only reports.
     */
    async prune(req, options) {
        const now = options.now ?? Date.now();
        const kept = await this.entries(req);
        const removed = [];
        if (options.olderThanMs !== undefined) {
            for (const e of [...kept])
                if (now - Date.parse(e.created) > options.olderThanMs)
                    removed.push(...kept.splice(kept.indexOf(e), 1));
        }
        if (options.maxBytes !== undefined) {
            let total = kept.reduce((s, e) => s + e.size, 0);
            while (total > options.maxBytes && kept.length > 0) {
                const oldest = kept.pop();
                total -= oldest.size;
                removed.push(oldest);
            }
        }
        if (!options.dryRun)
            for (const e of removed)
                await this.open(req).delete(e.object);
        return { removed, kept };
    }
}

// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/common/mapLimit.ts
var mapLimit = __webpack_require__(30024);
;// CONCATENATED MODULE: ./src/cache/state.ts






const STATE_FILE_NAME = 'ci-cache-state.json';
function stateFile(root) {
    return external_node_path_default().join(root, common_paths/* STATE_DIR_NAME */.Ky, STATE_FILE_NAME);
}
/**
 * Identity of one run of one CI job, from the variables each CI system sets for exactly
 * that (a re-run is a new identity). Undefined outside a recognised CI: then nothing is
 * "already done in this job", since every run would share the same identity forever.
 */
function jobId(env) {
    for (const [system, id] of CI_JOB_IDS) {
        const value = id(env);
        if (value)
            return `${system}:${value}`;
    }
    return undefined;
}
const CI_JOB_IDS = [
    // GITHUB_JOB alone repeats in every run; run id + attempt make it one execution.
    ['github', (e) => e.GITHUB_RUN_ID && `${e.GITHUB_RUN_ID}/${e.GITHUB_RUN_ATTEMPT || '1'}/${e.GITHUB_JOB ?? ''}`],
    ['gitlab', (e) => e.CI_JOB_ID],
    ['buildkite', (e) => e.BUILDKITE_JOB_ID],
    ['circleci', (e) => e.CIRCLE_WORKFLOW_JOB_ID],
    ['azure', (e) => e.SYSTEM_JOBID && `${e.BUILD_BUILDID ?? ''}/${e.SYSTEM_JOBID}`],
    ['bitbucket', (e) => e.BITBUCKET_STEP_UUID && `${e.BITBUCKET_BUILD_NUMBER ?? ''}/${e.BITBUCKET_STEP_UUID}`],
    ['travis', (e) => e.TRAVIS_JOB_ID],
    // jenkins-<job name>-<build number>
    ['jenkins', (e) => e.BUILD_TAG],
];
/** True when every recorded file still exists (lstat: a symlink counts as itself). */
async function filesPresent(root, files) {
    const present = await (0,mapLimit/* mapLimit */.s)(files, 32, (f) => external_node_fs_.promises.lstat(external_node_path_default().join(root, f)).then(() => true, () => false));
    return present.every(Boolean);
}
async function readState(root) {
    try {
        const parsed = JSON.parse(await external_node_fs_.promises.readFile(stateFile(root), 'utf8'));
        if (parsed && parsed.version === 1 && typeof parsed.keys === 'object')
            return parsed;
    }
    catch {
        /* missing or torn by an older writer: start afresh */
    }
    return { version: 1, keys: {} };
}
/** Read-modify-write under a cross-process lock, written atomically. */
async function updateKeyState(root, key, patch) {
    const file = stateFile(root);
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(file), { recursive: true });
    await (0,fileLock/* withFileLock */.U)(file, async () => {
        const state = await readState(root);
        state.keys[key] = { ...state.keys[key], ...patch, updatedAt: new Date().toISOString() };
        // File lists of other jobs can never skip anything again; drop them so the state stays small.
        for (const [k, v] of Object.entries(state.keys))
            if (k !== key && v.files && v.job !== state.keys[key].job)
                delete v.files;
        await (0,atomicFile/* writeFileAtomic */.Zf)(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    });
}

;// CONCATENATED MODULE: ./src/cache/lifecycle.ts









function backendFor(plan) {
    if (plan.backend === 'dir')
        return new DirCacheBackend(plan.dir);
    if (plan.backend === 'github')
        return new GitHubCacheBackend();
    return new StoreCacheBackend(plan.backend, plan.store);
}
/**
 * "Already restored in this job": the same real CI job restored this key, and what it
 * restored is still there (a step may have deleted it). Outside CI never.
 */
async function alreadyRestored(prior, job, root) {
    if (!job || !prior || prior.job !== job || !prior.files)
        return false;
    if (prior.restored !== 'exact' && prior.restored !== 'prefix')
        return false;
    return filesPresent(root, prior.files);
}
/** Whether a matched key is the primary key (case-insensitive, as actions/cache compares). */
function isExactMatch(key, matched) {
    return matched !== undefined && key.localeCompare(matched, undefined, { sensitivity: 'accent' }) === 0;
}
async function restore(plan, options) {
    const { logger, env } = options;
    const job = jobId(env);
    const root = plan.paths.root;
    const prior = (await readState(root)).keys[plan.key];
    if (!options.lookupOnly && (await alreadyRestored(prior, job, root))) {
        logger.info(`Cache already restored in this job (key: ${plan.key})`);
        return { key: plan.key, outcome: 'skipped', matchedKey: prior?.matchedKey };
    }
    const result = await backendFor(plan).restore({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env }, { lookupOnly: options.lookupOnly });
    const outcome = !result.matchedKey ? 'miss' : isExactMatch(plan.key, result.matchedKey) ? 'exact' : 'prefix';
    // Only a real restore inside a CI job can be skipped later, so only then is the file list worth a walk.
    const files = job && outcome !== 'miss' && !options.lookupOnly ? await selectedFiles(plan.paths) : undefined;
    await updateKeyState(root, plan.key, { restored: outcome, matchedKey: result.matchedKey, job, files });
    const verb = options.lookupOnly ? 'Cache found' : 'Cache restored';
    const size = result.size ? ` (${(0,format/* formatBytes */.z)(result.size)})` : '';
    if (outcome === 'exact')
        logger.success(`${verb} (exact match: ${plan.key})${size}`);
    else if (outcome === 'prefix')
        logger.success(`${verb} (restore-key match: ${result.matchedKey}; will save as ${plan.key})${size}`);
    else if (!result.problem)
        logger.info(`Cache miss (key: ${plan.key})`);
    return { key: plan.key, outcome, matchedKey: result.matchedKey, problem: result.problem };
}
/**
 * Write-once save: skipped when this job restored the exact key or the key is known to
 * exist; a prefix hit saves under the new key. "Already exists" is an outcome, not a
 * failure. `failed` is returned (not thrown) for service problems; only bad input throws.
 */
async function save(plan, options) {
    const { logger, env } = options;
    const job = jobId(env);
    // Staged files of a killed restore are not part of the cache; a save is as good a time as any to drop them.
    await removeStaleStaging(plan.paths.root);
    const prior = (await readState(plan.paths.root)).keys[plan.key];
    if (job && prior?.saved && prior.savedJob === job) {
        logger.info(`Cache save skipped: already saved (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'already saved' };
    }
    if (job && prior?.restored === 'exact' && prior.job === job) {
        logger.info(`Cache save skipped: exact cache hit, content unchanged (key: ${plan.key})`);
        return { key: plan.key, status: 'skipped', message: 'exact cache hit' };
    }
    const result = await backendFor(plan).save({ key: plan.key, restoreKeys: plan.restoreKeys, paths: plan.paths, logger, env });
    switch (result.status) {
        case 'saved':
            logger.success(`Cache saved (key: ${plan.key})${result.size ? ` (${(0,format/* formatBytes */.z)(result.size)})` : ''}`);
            break;
        case 'exists':
            logger.info(`Cache already present remotely (key: ${plan.key}); entries are write-once`);
            break;
        case 'empty':
            logger.info(`Cache save skipped: ${result.message}`);
            break;
        case 'denied':
            logger.warn(`Cache not saved: ${result.message}`);
            break;
        default:
            logger.warn(`Cache not saved (key: ${plan.key}): ${result.message}`);
    }
    if (result.status === 'saved' || result.status === 'exists')
        await updateKeyState(plan.paths.root, plan.key, { saved: true, savedJob: job });
    return { key: plan.key, status: result.status, message: result.message };
}
/** Running in CI at all (auto lifecycle stays silent elsewhere). */
function inCi(env) {
    return env.GITHUB_ACTIONS === 'true' || /^(true|1)$/i.test(env.CI ?? '');
}
/** The auto lifecycle around one command: restore before, save after (also on SIGINT/SIGTERM). */
class AutoCacheSession {
    options;
    plan;
    saving;
    signalHandlers = [];
    constructor(options) {
        this.options = options;
    }
    /** Decide, and restore when asked. Never throws. */
    async before() {
        const { logger, env } = this.options;
        let loaded;
        try {
            loaded = this.options.config();
        }
        catch (err) {
            // The command reports a broken atmos.yaml itself; no second message from here.
            logger.debug(`ci cache: configuration not loadable (${(0,errors/* errorMessage */.gJ)(err)}); skipping the automatic cache`);
            return;
        }
        try {
            const cc = loaded.values.ci?.cache;
            if (!cc?.enabled || !cc.auto || cc.auto === 'off')
                return;
            if (!inCi(env)) {
                logger.debug('ci cache: not running in CI; skipping the automatic cache');
                return;
            }
            const plan = await resolveCachePlan(loaded, this.options.overrides, logger);
            if (plan.backend === 'github' && !hasActionsRuntime(env)) {
                logger.debug('ci cache: no GitHub Actions runtime token in this step; skipping the automatic cache (see actions/github-runtime)');
                return;
            }
            if (cc.auto === 'restore' || cc.auto === 'both') {
                try {
                    await restore(plan, { logger, env });
                }
                catch (err) {
                    logger.warn(`CI cache: automatic restore failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                }
            }
            if (cc.auto === 'save' || cc.auto === 'both') {
                this.plan = plan;
                for (const sig of ['SIGINT', 'SIGTERM']) {
                    const handler = () => {
                        void this.after().finally(() => process.exit(sig === 'SIGINT' ? 130 : 143));
                    };
                    process.once(sig, handler);
                    this.signalHandlers.push([sig, handler]);
                }
            }
        }
        catch (err) {
            logger.warn(`CI cache: automatic cache skipped: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    /** Save once if a save is pending. Never throws. */
    after() {
        for (const [sig, handler] of this.signalHandlers.splice(0))
            process.removeListener(sig, handler);
        const plan = this.plan;
        if (!plan)
            return Promise.resolve();
        this.saving ??= save(plan, this.options).then(() => undefined, (err) => this.options.logger.warn(`CI cache: automatic save failed: ${(0,errors/* errorMessage */.gJ)(err)}`));
        return this.saving;
    }
}

// EXTERNAL MODULE: ./src/common/http.ts + 1 modules
var http = __webpack_require__(71055);
// EXTERNAL MODULE: ./src/common/linkHeader.ts
var linkHeader = __webpack_require__(51152);
// EXTERNAL MODULE: ./src/github/endpoints.ts
var github_endpoints = __webpack_require__(80925);
;// CONCATENATED MODULE: ./src/cache/rest.ts





/** Administration of the repository's Actions caches over the REST API (works anywhere with a token). */
class CacheRestClient {
    http;
    endpoints;
    repository;
    constructor(options) {
        this.endpoints = (0,github_endpoints/* githubEndpoints */.QF)(options.env);
        const token = (0,github_endpoints/* githubToken */.bU)({ flag: options.token, env: options.env, allowGhCli: true });
        if (!token) {
            throw new errors/* AtmosError */.f7('no GitHub token to list or delete caches', {
                code: 'GITHUB_TOKEN_MISSING',
                explanation: 'The Actions cache REST API needs a token with "actions: read" (list) or "actions: write" (delete).',
                hint: 'Pass --github-token, set ATMOS_GITHUB_TOKEN or GITHUB_TOKEN, or log in with `gh auth login`.',
            });
        }
        this.repository = options.repository ?? repositoryFrom(options.env, options.cwd, this.endpoints);
        this.http = new http.HttpClient({ logger: options.logger, env: options.env, authFor: (0,github_endpoints/* githubAuthFor */.R$)(token, this.endpoints) });
    }
    url(query) {
        const u = new URL(`${this.endpoints.apiUrl}/repos/${this.repository}/actions/caches`);
        for (const [k, v] of Object.entries(query))
            u.searchParams.set(k, v);
        return u.toString();
    }
    /** Every entry (all pages, via the Link header), optionally only keys starting with `prefix`. */
    async list(prefix) {
        const out = [];
        let next = this.url({ per_page: '100', ...(prefix ? { key: prefix } : {}) });
        for (let page = 0; next && page < 1000; page++) {
            const res = await this.http.getJson(next, {
                headers: apiHeaders,
                acceptStatus: [401, 403, 404],
            });
            if (res.status >= 400)
                throw restError(res.status, this.repository, 'list');
            out.push(...(res.data?.actions_caches ?? []));
            next = (0,linkHeader/* nextLink */.I)(res.headers.link);
        }
        // The API's `key` filter is a prefix match; filter again so a server that ignores it cannot widen the result.
        return (prefix ? out.filter((e) => e.key.startsWith(prefix)) : out).sort((a, b) => b.created_at.localeCompare(a.created_at));
    }
    /** Delete every entry with this exact key (all refs). A key that is not there is a success. */
    async delete(key) {
        const res = await this.http.withRetry(`DELETE caches key=${key}`, async () => {
            const r = await this.http.request(this.url({ key }), { method: 'DELETE', headers: apiHeaders, acceptStatus: [401, 403, 404] });
            const text = await readAll(r.body);
            return { status: r.status, text };
        });
        if (res.status === 404)
            return [];
        if (res.status >= 400)
            throw restError(res.status, this.repository, 'delete');
        try {
            return (JSON.parse(res.text).actions_caches ?? []);
        }
        catch {
            return [];
        }
    }
}
const apiHeaders = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
async function readAll(body) {
    let s = '';
    for await (const c of body)
        s += c.toString();
    return s;
}
function restError(status, repo, op) {
    const need = op === 'list' ? 'actions: read' : 'actions: write';
    return new http/* HttpStatusError */.F9(status, `repos/${repo}/actions/caches`, '', {
        code: 'CACHE_REST_FAILED',
        explanation: status === 404 ? `Repository ${repo} was not found, or the token cannot see it.` : `GitHub refused to ${op} caches of ${repo} (HTTP ${status}).`,
        hint: `Use a token with "${need}" permission on ${repo} (in a workflow: \`permissions: actions: ${op === 'list' ? 'read' : 'write'}\`).`,
    });
}
/** `GITHUB_REPOSITORY`, else the `origin` remote of the checkout (GitHub or the configured GHES). */
function repositoryFrom(env, cwd, endpoints = (0,github_endpoints/* githubEndpoints */.QF)(env)) {
    if (env.GITHUB_REPOSITORY && /^[^/\s]+\/[^/\s]+$/.test(env.GITHUB_REPOSITORY))
        return env.GITHUB_REPOSITORY;
    let remote = '';
    try {
        remote = (0,external_node_child_process_.execFileSync)('git', ['remote', 'get-url', 'origin'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] })
            .toString()
            .trim();
    }
    catch {
        /* not a git checkout */
    }
    const parsed = parseRemote(remote, new URL(endpoints.serverUrl).host);
    if (parsed)
        return parsed;
    throw new errors/* AtmosError */.f7('cannot tell which GitHub repository the caches belong to', {
        code: 'GITHUB_REPOSITORY_UNKNOWN',
        explanation: remote
            ? `The git remote "${remote}" is not a ${endpoints.serverUrl} repository.`
            : 'GITHUB_REPOSITORY is not set and there is no git remote "origin".',
        hint: 'Set GITHUB_REPOSITORY=owner/repo, or run inside a clone of the repository.',
    });
}
function parseRemote(remote, host) {
    const h = host.replace(/\./g, '\\.');
    const m = new RegExp(`^(?:https?://(?:[^@/]+@)?|ssh://git@)${h}(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$`).exec(remote) ??
        new RegExp(`^git@${h}:([^/]+)/([^/]+?)(?:\\.git)?$`).exec(remote);
    return m ? `${m[1]}/${m[2]}` : undefined;
}

;// CONCATENATED MODULE: ./src/cache/index.ts
// The CI cache engine: keys, what is archived, restore/save with write-once state, REST administration.











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
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);
/* harmony import */ var _common_paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29353);




/**
 * Paths that are never archived, whatever `ci.cache.paths` says: our own state (per-job
 * bookkeeping), the registry cache's TLS private keys at their default place, and the
 * credential/session caches of the auth integrations. They apply relative to the archived
 * root and, through `secretPaths`, at their real place under the atmos cache root — the
 * plan adds the registry cache's real `tls/` wherever `location` puts it.
 */
const FORCED_EXCLUDES = [
    _common_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_DIR_NAME */ .Ky,
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`${what} "${p}" is outside the cache root`, {
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
                    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`the CI cache root ${root} is inside ${secret}, which holds secrets`, {
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
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7('every ci.cache.paths entry is inside a path that is never cached', {
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

/***/ 28786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ writeFileAtomicSync),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zp: () => (/* binding */ tempSibling),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   hh: () => (/* binding */ diskUsage),
/* harmony export */   s0: () => (/* binding */ pathExists)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/** A sibling temp path in the same directory, so a rename over the target is atomic. */
function tempSibling(target, tag = 'tmp') {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.${tag}-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`);
}
/**
 * Write a file so readers see either the old or the new content, never a torn one:
 * write a temp sibling, fsync, rename. The temp file is removed when anything fails.
 */
async function writeFileAtomic(target, data, options = {}) {
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const tmp = tempSibling(target);
    try {
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(tmp, 'w', options.mode ?? 0o644);
        try {
            await handle.writeFile(data);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        if (options.mode !== undefined)
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(tmp, options.mode);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, target);
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(tmp, { force: true });
        throw err;
    }
}
/**
 * writeFileAtomic for synchronous callers (the warm stamp and the shims, written at the end of
 * a command): temp sibling, rename, the temp file removed when anything fails. No fsync: these
 * files are rebuilt by the next install when lost.
 */
function writeFileAtomicSync(target, data, options = {}) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
    const tmp = tempSibling(target);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, data, { mode: options.mode ?? 0o644 });
        if (options.mode !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, options.mode);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, target);
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw err;
    }
}
/** A regular file (following symlinks); false when missing or anything else. */
async function isFile(p) {
    try {
        return (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(p)).isFile();
    }
    catch {
        return false;
    }
}
async function pathExists(p) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.access(p);
        return true;
    }
    catch {
        return false;
    }
}
/** Total size in bytes of a file or directory tree (symlinks not followed). */
async function diskUsage(p) {
    let st;
    try {
        st = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.lstat(p);
    }
    catch {
        return 0;
    }
    if (!st.isDirectory())
        return st.size;
    let total = 0;
    for (const entry of await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readdir(p))
        total += await diskUsage(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(p, entry));
    return total;
}


/***/ }),

/***/ 52252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ withFileLock)
/* harmony export */ });
/* unused harmony export fileLockStats */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55704);






const HOLDER_FILE = 'holder.json';
/** A takeover guard is held for a few file operations; older than this, its taker died. */
const GUARD_STALE_MS = 2000;
/**
 * Run `fn` holding an exclusive cross-process lock named after `target`: the directory
 * `<target>.lock` (mkdir is atomic on Linux, macOS and Windows) holding `holder.json` (pid,
 * host, process start time). The holder refreshes the directory's mtime while it runs.
 *
 * A waiter takes the lock over:
 *  - at once when the holder ran on this host (same hostname and pid namespace) and its process
 *    is gone — no such pid, a zombie, or a pid now used by a process with another start time;
 *  - when the holder is on another host (a shared NFS cache), or left no record, only once the
 *    lock has not been refreshed for `staleMs`;
 *  - never while the holder is a live process on this host whose start time matches.
 */
async function withFileLock(target, fn, options = {}) {
    const lockDir = `${target}.lock`;
    const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
    // Callers in this process queue on a promise: the next one starts the moment the previous
    // one releases, instead of sleep-polling the directory. Other processes still poll.
    const key = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(lockDir);
    const previous = inProcessQueue.get(key);
    let done;
    const mine = new Promise((resolve) => (done = resolve));
    const tail = (previous ?? Promise.resolve()).then(() => mine);
    inProcessQueue.set(key, tail);
    try {
        if (previous)
            await waitUntil(previous, deadline);
        return await withFileLockHeld(lockDir, fn, options, deadline);
    }
    finally {
        done();
        if (inProcessQueue.get(key) === tail)
            inProcessQueue.delete(key);
    }
}
/** Counters that let tests prove callers in one process never sleep-poll for each other. */
const fileLockStats = { polls: 0 };
/** The tail of each lock's in-process queue (absolute lock directory → settles when the last caller is done). */
const inProcessQueue = new Map();
/** Wait for `p`, but not past `deadline`: then the caller goes on to poll, and times out with the usual message. */
async function waitUntil(p, deadline) {
    let timer;
    await Promise.race([p, new Promise((resolve) => (timer = setTimeout(resolve, Math.max(0, deadline - Date.now()))))]);
    clearTimeout(timer);
}
async function withFileLockHeld(lockDir, fn, options, deadline) {
    const staleMs = options.staleMs ?? 15_000;
    let warned = false;
    let held;
    while (!(held = await tryCreate(lockDir, staleMs))) {
        const verdict = await judge(lockDir, staleMs);
        if (verdict.kind === 'gone')
            continue;
        if (verdict.kind === 'take-over') {
            await takeOver(lockDir, staleMs);
            continue;
        }
        if (!warned) {
            warned = true;
            options.onWait?.(describeHolder(verdict.holder));
        }
        if (Date.now() > deadline) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`timed out waiting for lock ${lockDir}`, {
                code: 'LOCK_TIMEOUT',
                explanation: `Another atmos-ts process holds this lock (${describeHolder(verdict.holder)}) and did not release it in time.`,
                hint: `If that process is not running any more, remove ${lockDir} and retry.`,
            });
        }
        fileLockStats.polls++;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(50 + Math.random() * 100);
    }
    try {
        return await fn();
    }
    finally {
        await held.release();
    }
}
/** mkdir the lock and record ourselves in it; undefined when someone else holds it. */
async function tryCreate(lockDir, staleMs) {
    try {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(lockDir);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return undefined;
        if (code !== 'ENOENT')
            throw err;
        // The parent is missing (first use, or pruned by a cleanup meanwhile).
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(lockDir), { recursive: true });
        return tryCreate(lockDir, staleMs);
    }
    const holder = ownRecord();
    try {
        // Temp + rename inside the lock: a reader sees no record or a whole one.
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, `.${HOLDER_FILE}.${holder.token}`);
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.writeFile(tmp, JSON.stringify(holder, null, 2));
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rename(tmp, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, HOLDER_FILE));
    }
    catch (err) {
        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
        throw err;
    }
    // Refresh well within the staleness window, for waiters that can only judge by age.
    const every = Math.min(5000, Math.max(100, Math.floor(staleMs / 3)));
    const timer = setInterval(() => {
        const now = new Date();
        node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.utimes(lockDir, now, now).catch(() => clearInterval(timer));
    }, every);
    timer.unref();
    return {
        async release() {
            clearInterval(timer);
            // Taken over meanwhile (we looked dead or stale to someone): the lock is theirs now.
            if ((await readHolder(lockDir))?.token !== holder.token)
                return;
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
        },
    };
}
async function judge(lockDir, staleMs) {
    let mtimeMs;
    try {
        mtimeMs = (await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.stat(lockDir)).mtimeMs;
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { kind: 'gone' };
        throw err;
    }
    const holder = await readHolder(lockDir);
    if (holder && onThisHost(holder)) {
        const life = liveness(holder);
        if (life === 'gone')
            return { kind: 'take-over', holder };
        if (life === 'alive')
            return { kind: 'wait', holder };
    }
    return { kind: Date.now() - mtimeMs > staleMs ? 'take-over' : 'wait', holder };
}
/**
 * Remove an abandoned lock. Takeovers are serialised by a guard (a small lock of its own)
 * and the verdict is re-checked under it: without that, two waiters that both saw the dead
 * holder could each remove the lock — the second one removing the first one's fresh lock.
 */
async function takeOver(lockDir, staleMs) {
    const guardDir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(lockDir), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(lockDir)}.takeover`);
    const guard = await tryCreate(guardDir, GUARD_STALE_MS);
    if (!guard) {
        // A guard whose taker died (double fault) would block every takeover; it is tiny, so just remove it.
        if ((await judge(guardDir, GUARD_STALE_MS)).kind === 'take-over')
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(guardDir, { recursive: true, force: true });
        else
            await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_3__.setTimeout)(10);
        return;
    }
    try {
        if ((await judge(lockDir, staleMs)).kind === 'take-over')
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.rm(lockDir, { recursive: true, force: true });
    }
    finally {
        await guard.release();
    }
}
function ownRecord() {
    const startTime = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .processStartTime */ .X0)(process.pid);
    return {
        pid: process.pid,
        ...(0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .hostIdentity */ .dW)(),
        ...(startTime ? { startTime } : {}),
        startedAt: new Date(Date.now() - process.uptime() * 1000).toISOString(),
        acquiredAt: new Date().toISOString(),
        token: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex'),
    };
}
async function readHolder(lockDir) {
    try {
        const h = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(lockDir, HOLDER_FILE), 'utf8'));
        return Number.isInteger(h.pid) && typeof h.hostname === 'string' ? h : undefined;
    }
    catch {
        return undefined;
    }
}
function onThisHost(h) {
    const me = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .hostIdentity */ .dW)();
    return h.hostname === me.hostname && h.pidNamespace === me.pidNamespace;
}
/** 'alive-unverified': the pid answers but its start time cannot be compared (not Linux). */
function liveness(h) {
    if (!(0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .isAlive */ ._n)(h.pid))
        return 'gone';
    const now = (0,_process_js__WEBPACK_IMPORTED_MODULE_5__/* .processStartTime */ .X0)(h.pid);
    if (h.startTime === undefined || now === undefined)
        return 'alive-unverified';
    return now === h.startTime ? 'alive' : 'gone';
}
function describeHolder(h) {
    return h ? `pid ${h.pid} on ${h.hostname}, since ${h.acquiredAt}` : 'holder not recorded';
}


/***/ }),

/***/ 51152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ nextLink)
/* harmony export */ });
/*
 * RFC 8288 Link headers as GitHub's REST API pages with them. Kept out of http.ts so that
 * callers that load the HTTP stack lazily (the toolchain's GitHub releases) need not load it.
 */
/** `<https://…?page=2>; rel="next", <…>; rel="last"` → the next URL. */
function nextLink(header) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part.trim());
        if (m)
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 30024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
/** Run `fn` over `items` with at most `limit` in flight; results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return results;
}


/***/ }),

/***/ 73842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _P: () => (/* binding */ offlineError),
/* harmony export */   aK: () => (/* binding */ isOffline),
/* harmony export */   ej: () => (/* binding */ isOfflineError),
/* harmony export */   m5: () => (/* binding */ assertMayConnect)
/* harmony export */ });
/* unused harmony export BUNDLE_HINT */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/**
 * Offline mode: the one choke point every outbound connection passes through. `--offline`,
 * `ATMOS_OFFLINE=1` and `offline: true` in atmos.yaml all end up as `ATMOS_OFFLINE=1` in the
 * environment (the CLI sets it), so child processes — a detached registry cache, `terraform`
 * itself — inherit the decision. HttpClient and every `git` spawn that reaches a remote ask
 * {@link assertMayConnect} first; what is missing fails at once with a message naming the
 * object and how to bring it in with a bundle, instead of waiting for a timeout.
 */

/** True when `ATMOS_OFFLINE` is set to a true value (1, true, yes, on). */
function isOffline(env = process.env) {
    return /^(1|true|yes|on)$/i.test((env.ATMOS_OFFLINE ?? '').trim());
}
/** The hint every offline failure ends with: how to get the object onto this machine. */
const BUNDLE_HINT = 'On a connected machine, run `atmos-ts bundle create --output deps.tar.zst` in this repository (or `atmos-ts ci cache export`), ' +
    'copy the file here and run `atmos-ts bundle import deps.tar.zst` (actions: `bundle: deps.tar.zst`). ' +
    'Or leave offline mode (unset ATMOS_OFFLINE, drop --offline / `offline: true`).';
/** The error for "this needs the network, and we are offline". `what` names the object. */
function offlineError(what, target) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`offline: ${what} is not available locally`, {
        code: 'OFFLINE_MISSING',
        explanation: 'atmos-ts runs in offline mode (--offline, ATMOS_OFFLINE=1 or `offline: true` in atmos.yaml) and opens no outbound connection' +
            (target ? `; it would have had to fetch ${target}.` : '.'),
        hint: BUNDLE_HINT,
        context: target ? { source: target } : undefined,
    });
}
/** Throw {@link offlineError} when offline. Call before opening any outbound connection. */
function assertMayConnect(what, target, env = process.env) {
    if (isOffline(env))
        throw offlineError(what, target);
}
/** Whether an error is the offline refusal (the proxy turns it into a 404 with the reason). */
function isOfflineError(err) {
    return err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7 && err.code === 'OFFLINE_MISSING';
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


/***/ }),

/***/ 80925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QF: () => (/* binding */ githubEndpoints),
/* harmony export */   R$: () => (/* binding */ githubAuthFor),
/* harmony export */   bU: () => (/* binding */ githubToken)
/* harmony export */ });
/* unused harmony export isGitHubHost */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * GitHub (or GitHub Enterprise Server) base URLs and the token we may send there.
 * `GITHUB_SERVER_URL` / `GITHUB_API_URL` select GHES; tests point them at loopback fakes.
 */

function githubEndpoints(env = process.env) {
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    let apiUrl = env.GITHUB_API_URL?.replace(/\/+$/, '');
    if (!apiUrl)
        apiUrl = serverUrl === 'https://github.com' ? 'https://api.github.com' : `${serverUrl}/api/v3`;
    return { serverUrl, apiUrl };
}
const publicGitHubHosts = new Set([
    'github.com',
    'api.github.com',
    'uploads.github.com',
    'codeload.github.com',
    'raw.githubusercontent.com',
    'objects.githubusercontent.com',
    'release-assets.githubusercontent.com',
]);
/** True for hosts that belong to GitHub (public or the configured GHES): the only hosts that get a GitHub token. */
function isGitHubHost(url, endpoints) {
    if (publicGitHubHosts.has(url.hostname))
        return true;
    for (const base of [endpoints.serverUrl, endpoints.apiUrl]) {
        try {
            if (new URL(base).host === url.host)
                return true;
        }
        catch {
            /* ignore malformed env */
        }
    }
    return false;
}
/** `--github-token` > `ATMOS_GITHUB_TOKEN` > `GITHUB_TOKEN` > `gh auth token` (when allowed). */
function githubToken(options = {}) {
    const env = options.env ?? process.env;
    const direct = options.flag || env.ATMOS_GITHUB_TOKEN || env.GITHUB_TOKEN || env.GH_TOKEN;
    if (direct)
        return direct.trim();
    if (!options.allowGhCli)
        return undefined;
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('gh', ['auth', 'token'], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
            .toString()
            .trim();
        return out || undefined;
    }
    catch {
        return undefined;
    }
}
/** An `authFor` for {@link HttpClient} that sends the token to GitHub hosts only. */
function githubAuthFor(token, endpoints) {
    return (url) => (token && isGitHubHost(url, endpoints) ? `Bearer ${token}` : undefined);
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
