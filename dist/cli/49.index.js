export const id = 49;
export const ids = [49];
export const modules = {

/***/ 28786:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   Zp: () => (/* binding */ tempSibling),
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83648);
/* harmony import */ var proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(proper_lockfile__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71922);




/**
 * Run `fn` holding an exclusive cross-process lock named after `target`
 * (`<target>.lock`, a directory — mkdir is atomic on Linux, macOS and Windows).
 * A holder that dies (kill -9) stops refreshing the lock, so it goes stale and
 * the next process takes it over.
 */
async function withFileLock(target, fn, options = {}) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
    const lockPath = `${target}.lock`;
    const timeoutMs = options.timeoutMs ?? 10 * 60_000;
    const staleMs = options.staleMs ?? 15_000;
    const deadline = Date.now() + timeoutMs;
    let warned = false;
    let release;
    for (;;) {
        try {
            release = await proper_lockfile__WEBPACK_IMPORTED_MODULE_2___default().lock(target, {
                lockfilePath: lockPath,
                realpath: false,
                stale: staleMs,
                update: Math.max(1000, Math.floor(staleMs / 3)),
                retries: 0,
                onCompromised: () => {
                    /* Another process took over a lock we held too long; our write is still atomic. */
                },
            });
            break;
        }
        catch (err) {
            if (err.code !== 'ELOCKED')
                throw err;
            if (!warned) {
                warned = true;
                options.onWait?.();
            }
            if (Date.now() > deadline) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AtmosError */ .f7(`timed out waiting for lock ${lockPath}`, {
                    code: 'LOCK_TIMEOUT',
                    explanation: 'Another atmos-ts process holds this lock and did not release it in time.',
                    hint: `If no other atmos-ts process is running, remove ${lockPath} and retry.`,
                });
            }
            await new Promise((r) => setTimeout(r, 50 + Math.random() * 100));
        }
    }
    try {
        return await fn();
    }
    finally {
        await release().catch(() => { });
    }
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

/***/ 49034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ archiveFormat),
/* harmony export */   w: () => (/* binding */ extractAsset)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);






const FORMAT_ALIASES = {
    raw: 'raw',
    gz: 'gz',
    gzip: 'gz',
    zip: 'zip',
    tar: 'tar',
    'tar.gz': 'tar.gz',
    tgz: 'tar.gz',
    'tar.xz': 'tar.xz',
    txz: 'tar.xz',
    'tar.bz2': 'tar.bz2',
    tbz: 'tar.bz2',
    tbz2: 'tar.bz2',
    'tar.bz': 'tar.bz2',
};
/** Normalize a registry `format` (empty = infer from the asset name). */
function archiveFormat(format, assetName) {
    const f = format.trim().toLowerCase();
    if (f && FORMAT_ALIASES[f])
        return FORMAT_ALIASES[f];
    if (f && f !== 'raw') {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`unsupported archive format "${format}" for ${assetName}`, {
            code: 'UNSUPPORTED_FORMAT',
            explanation: 'Supported formats: raw, gz, zip, tar, tar.gz/tgz, tar.xz/txz, tar.bz2/tbz.',
        });
    }
    if (f === 'raw')
        return 'raw';
    const name = assetName.toLowerCase();
    for (const ext of ['tar.gz', 'tar.xz', 'tar.bz2', 'tgz', 'txz', 'tbz2', 'tbz', 'zip', 'tar', 'gz']) {
        if (name.endsWith(`.${ext}`))
            return FORMAT_ALIASES[ext];
    }
    return 'raw';
}
async function extractAsset(file, format, destDir, assetName) {
    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(destDir, { recursive: true });
    switch (format) {
        case 'raw':
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.copyFile(file, node_path__WEBPACK_IMPORTED_MODULE_1___default().join(destDir, safeName(assetName)));
            return;
        case 'gz':
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file), (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)(), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(destDir, safeName(assetName.replace(/\.gz$/i, '')))));
            return;
        case 'zip':
            await extractZip(file, destDir);
            return;
        default:
            await extractTar(file, format, destDir);
    }
}
function safeName(name) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(name.replace(/\\/g, '/'));
    if (!base || base === '.' || base === '..')
        throw escapeError(name, 'not a file name');
    return base;
}
function escapeError(entry, why) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`archive entry "${entry}" would be written outside the install directory (${why})`, {
        code: 'ARCHIVE_ESCAPE',
        explanation: 'The archive contains a path or link that escapes the target directory; nothing was installed.',
        hint: 'The asset may be malicious or corrupt. Check the registry definition and the upstream release.',
    });
}
/** Resolve an entry path inside `root`, or throw. */
function inside(root, entry) {
    const norm = entry.replace(/\\/g, '/');
    if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm))
        throw escapeError(entry, 'absolute path');
    if (norm.split('/').includes('..'))
        throw escapeError(entry, '".." component');
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw escapeError(entry, 'outside target');
    return target;
}
/** A link at `entryPath` pointing to `linkTarget` must resolve inside `root`. */
function checkLink(root, entryPath, linkTarget) {
    const norm = linkTarget.replace(/\\/g, '/');
    if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm))
        throw escapeError(entryPath, `link to absolute path ${linkTarget}`);
    const from = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, entryPath.replace(/\\/g, '/')));
    const target = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(from, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)))
        throw escapeError(entryPath, `link to ${linkTarget}`);
}
async function decompressed(file, format) {
    const src = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(file);
    switch (format) {
        case 'tar.gz':
            return src.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)());
        case 'tar.bz2': {
            const bz2 = (await __webpack_require__.e(/* import() */ 183).then(__webpack_require__.t.bind(__webpack_require__, 58183, 23))).default;
            // unbzip2-stream is a classic `through` stream: it emits data and end whether or not
            // anyone listens yet. A PassThrough attached in the same tick buffers it until the
            // tar extractor is connected (without it, a slow `import('tar')` lost the end: a hang).
            const out = new node_stream__WEBPACK_IMPORTED_MODULE_3__.PassThrough();
            const decoder = bz2();
            decoder.on('error', (err) => out.destroy(err));
            src.on('error', (err) => out.destroy(err));
            src.pipe(decoder);
            decoder.pipe(out);
            return out;
        }
        case 'tar.xz': {
            // A CommonJS bundle (wasm inside): depending on the loader the export is named or on the default.
            const mod = (await __webpack_require__.e(/* import() */ 642).then(__webpack_require__.t.bind(__webpack_require__, 36642, 23)));
            const xz = mod.default?.XzReadableStream ? mod.default : mod;
            const web = node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.toWeb(src);
            return node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable.fromWeb(new xz.XzReadableStream(web));
        }
        default:
            return src;
    }
}
async function extractTar(file, format, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destDir);
    let violation;
    // Archive libraries load on first use only: warm paths (exec, which) never need them.
    const tar = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const input = await decompressed(file, format);
    const extractor = tar.x({
        cwd: root,
        preserveOwner: false,
        // Keep exec bits (tar applies the umask unless told otherwise).
        noChmod: false,
        filter: (entryPath, entry) => {
            if (violation)
                return false;
            try {
                inside(root, entryPath);
                const e = entry;
                if (e.type === 'SymbolicLink' && e.linkpath)
                    checkLink(root, entryPath, e.linkpath);
                if (e.type === 'Link' && e.linkpath)
                    inside(root, e.linkpath);
                return true;
            }
            catch (err) {
                violation = err;
                return false;
            }
        },
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(input, extractor);
    }
    catch (err) {
        if (violation)
            throw violation;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${err.message}`, {
            code: 'EXTRACT_FAILED',
            cause: err,
        });
    }
    if (violation)
        throw violation;
}
async function openZip(file) {
    const yauzl = (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
    return new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, zip) => (err ? reject(err) : resolve(zip))));
}
function entryStream(zip, entry) {
    return new Promise((resolve, reject) => zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
}
async function extractZip(file, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(destDir);
    let zip;
    try {
        zip = await openZip(file);
    }
    catch (err) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not open zip ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${err.message}`, { code: 'EXTRACT_FAILED', cause: err });
    }
    await new Promise((resolve, reject) => {
        let settled = false;
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            try {
                zip.close();
            }
            catch {
                /* yauzl already closed it (autoClose on error) */
            }
            const msg = err.message ?? String(err);
            // yauzl validates names itself; report its refusals like ours.
            const m = /^(invalid relative path|absolute path): (.*)$/.exec(msg);
            if (m)
                reject(escapeError(m[2], m[1]));
            else if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7)
                reject(err);
            else
                reject(new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}: ${msg}`, { code: 'EXTRACT_FAILED', cause: err }));
        };
        zip.on('error', fail);
        zip.on('end', () => {
            if (!settled) {
                settled = true;
                resolve();
            }
        });
        zip.on('entry', (entry) => {
            void (async () => {
                const name = entry.fileName;
                const target = inside(root, name);
                const mode = (entry.externalFileAttributes >>> 16) & 0xffff;
                const isDir = name.endsWith('/') || (mode & 0o170000) === 0o040000;
                const isLink = (mode & 0o170000) === 0o120000;
                if (isDir) {
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(target, { recursive: true });
                }
                else if (isLink) {
                    const chunks = [];
                    for await (const c of await entryStream(zip, entry))
                        chunks.push(c);
                    const linkTarget = Buffer.concat(chunks).toString('utf8');
                    checkLink(root, name, linkTarget);
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.symlink(linkTarget, target);
                }
                else {
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target), { recursive: true });
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_2__.pipeline)(await entryStream(zip, entry), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(target, { mode: (mode & 0o777) || 0o644 }));
                    if (mode & 0o111)
                        await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(target, mode & 0o777);
                }
                zip.readEntry();
            })().catch(fail);
        });
        zip.readEntry();
    });
}


/***/ })

};
