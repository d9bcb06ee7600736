export const id = 6453;
export const ids = [6453];
export const modules = {

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

/***/ 36132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MG: () => (/* binding */ archiveFormat),
/* harmony export */   wm: () => (/* binding */ extractAsset)
/* harmony export */ });
/* unused harmony export CHUNK */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71922);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(29353);
/**
 * Unpack a downloaded asset into an empty directory. Entries that would land outside it
 * (`..`, absolute paths, links pointing out) fail the whole extraction — in tar and zip —
 * instead of being skipped silently: an archive that tries it is not one to trust.
 *
 * Everything is read and inflated in 1 MiB chunks ({@link CHUNK}) rather than Node's and
 * yauzl's 16–64 KiB defaults: per-chunk overhead (stream callbacks, tar header parsing, zlib
 * calls) dominated the CPU time of unpacking a few-MiB binary.
 */









/** Read and inflate size. */
const CHUNK = 1024 * 1024;
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`unsupported archive format "${format}" for ${assetName}`, {
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
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(destDir, { recursive: true });
    switch (format) {
        case 'raw':
            await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.copyFile(file, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(destDir, safeName(assetName)));
            return;
        case 'gz':
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: CHUNK }), (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)({ chunkSize: CHUNK }), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(destDir, safeName(assetName.replace(/\.gz$/i, '')))));
            return;
        case 'zip':
            await extractZip(file, destDir);
            return;
        default:
            await extractTar(file, format, destDir);
    }
}
function safeName(name) {
    const base = node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(name.replace(/\\/g, '/'));
    if (!base || base === '.' || base === '..')
        throw escapeError(name, 'not a file name');
    return base;
}
function escapeError(entry, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`archive entry "${entry}" would be written outside the install directory (${why})`, {
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
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
        throw escapeError(entry, 'outside target');
    return target;
}
/** A link at `entryPath` pointing to `linkTarget` must resolve inside `root`. */
function checkLink(root, entryPath, linkTarget) {
    const norm = linkTarget.replace(/\\/g, '/');
    if (norm.startsWith('/') || /^[a-zA-Z]:/.test(norm))
        throw escapeError(entryPath, `link to absolute path ${linkTarget}`);
    const from = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root, entryPath.replace(/\\/g, '/')));
    const target = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(from, norm);
    if (target !== root && !target.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
        throw escapeError(entryPath, `link to ${linkTarget}`);
}
/**
 * The system's `xz` / `bzip2` for a format, when on PATH: native decoders in their own process
 * (xz in WebAssembly took ~5× the CPU of `xz -dc` and ran on our event loop). The bundled
 * decoders are the fallback (Windows runners usually have neither binary);
 * `ATMOS_TS_BUILTIN_DECOMPRESS=1` forces them.
 */
const systemDecoders = new Map();
function systemDecoder(format, env = process.env) {
    const name = format === 'tar.xz' ? 'xz' : format === 'tar.bz2' ? 'bzip2' : undefined;
    if (!name || env.ATMOS_TS_BUILTIN_DECOMPRESS === '1')
        return undefined;
    const key = `${name}\0${env[(0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .pathKey */ .Pn)(env)] ?? ''}`;
    if (!systemDecoders.has(key))
        systemDecoders.set(key, (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .findOnPath */ .aY)(name, env));
    return systemDecoders.get(key);
}
/**
 * `<decoder> -dc <file>` as a stream that ends only once the decoder exited 0: a decoder
 * that fails midway (corrupt or truncated input) errors the stream instead of handing the
 * tar reader a clean-looking short end. Destroying the stream kills the decoder.
 */
function spawnDecoder(decoder, file) {
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(decoder, ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough({ highWaterMark: CHUNK });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr = (stderr + d).slice(-2000)));
    child.stdout.pipe(out, { end: false });
    child.on('error', (err) => out.destroy(err));
    child.on('close', (code, signal) => {
        if (code === 0)
            out.end();
        else if (!out.destroyed)
            out.destroy(new Error(`${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(decoder)} -dc failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'no message'}`));
    });
    out.on('close', () => {
        if (child.exitCode === null && child.signalCode === null)
            child.kill();
    });
    return out;
}
async function decompressed(file, format) {
    const decoder = systemDecoder(format);
    if (decoder)
        return spawnDecoder(decoder, file);
    const src = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file, { highWaterMark: CHUNK });
    switch (format) {
        case 'tar.gz':
            return src.pipe((0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createGunzip)({ chunkSize: CHUNK }));
        case 'tar.bz2': {
            const bz2 = (await __webpack_require__.e(/* import() */ 8183).then(__webpack_require__.t.bind(__webpack_require__, 58183, 23))).default;
            // unbzip2-stream is a classic `through` stream: it emits data and end whether or not
            // anyone listens yet. A PassThrough attached in the same tick buffers it until the
            // tar extractor is connected (without it, a slow `import('tar')` lost the end: a hang).
            const out = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough();
            const decoder = bz2();
            decoder.on('error', (err) => out.destroy(err));
            src.on('error', (err) => out.destroy(err));
            src.pipe(decoder);
            decoder.pipe(out);
            return out;
        }
        case 'tar.xz': {
            // A CommonJS bundle (wasm inside): depending on the loader the export is named or on the default.
            const mod = (await __webpack_require__.e(/* import() */ 6642).then(__webpack_require__.t.bind(__webpack_require__, 36642, 23)));
            const xz = mod.default?.XzReadableStream ? mod.default : mod;
            const web = node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.toWeb(src);
            return node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.fromWeb(new xz.XzReadableStream(web));
        }
        default:
            return src;
    }
}
async function extractTar(file, format, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(destDir);
    let violation;
    // Archive libraries load on first use only: warm paths (exec, which) never need them.
    const tar = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
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
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(input, extractor);
    }
    catch (err) {
        if (violation)
            throw violation;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}: ${err.message}`, {
            code: 'EXTRACT_FAILED',
            cause: err,
        });
    }
    if (violation)
        throw violation;
}
async function openZip(file) {
    const yauzl = (await __webpack_require__.e(/* import() */ 663).then(__webpack_require__.t.bind(__webpack_require__, 20663, 19))).default;
    /**
     * yauzl's own file reader streams 16 KiB at a time; this one reads {@link CHUNK}s. Positional
     * reads on one fd that only `close()` closes (a file stream's destroy() would close it early).
     */
    class ChunkedFileReader extends yauzl.RandomAccessReader {
        fd;
        constructor(fd) {
            super();
            this.fd = fd;
        }
        _readStreamForRange(start, end) {
            const fd = this.fd;
            let pos = start;
            return new node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable({
                highWaterMark: CHUNK,
                read() {
                    const want = Math.min(CHUNK, end - pos);
                    if (want <= 0)
                        return void this.push(null);
                    const buf = Buffer.allocUnsafe(want);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(fd, buf, 0, want, pos, (err, got) => {
                        if (err)
                            return void this.destroy(err);
                        // A short file ends the stream early; yauzl's byte count then reports the truncation.
                        if (got === 0)
                            return void this.push(null);
                        pos += got;
                        this.push(got < want ? buf.subarray(0, got) : buf);
                    });
                },
            });
        }
        read(buffer, offset, length, position, callback) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(this.fd, buffer, offset, length, position, (err, got) => callback(err ?? (got < length ? new Error(`unexpected end of file (wanted ${length} bytes at ${position}, got ${got})`) : null)));
        }
        close(callback) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.close)(this.fd, (err) => callback(err));
        }
    }
    // A plain fd, not a FileHandle: the reader closes it, and a FileHandle would close it again when collected.
    const fd = await (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.open)(file, 'r');
    let size;
    try {
        size = (await (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_1__.fstat)(fd)).size;
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.close)(fd, () => { });
        throw err;
    }
    const reader = new ChunkedFileReader(fd);
    return new Promise((resolve, reject) => yauzl.fromRandomAccessReader(reader, size, { lazyEntries: true, autoClose: true, strictFileNames: false }, (err, zip) => {
        if (!err)
            return resolve(zip);
        reader.close(() => reject(err));
    }));
}
/**
 * An entry's bytes. Deflated entries are inflated here rather than by yauzl, whose inflater
 * uses zlib's 16 KiB output chunks; the size is checked as yauzl would.
 */
async function entryStream(zip, entry) {
    if (entry.isEncrypted())
        throw new Error(`entry ${entry.fileName} is encrypted`);
    const deflated = entry.compressionMethod === 8;
    const raw = await new Promise((resolve, reject) => zip.openReadStream(entry, deflated ? { decodeFileData: false } : {}, (err, s) => (err ? reject(err) : resolve(s))));
    if (!deflated)
        return raw;
    let produced = 0;
    const sizeCheck = new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
        transform(chunk, _enc, cb) {
            produced += chunk.length;
            if (produced > entry.uncompressedSize)
                return cb(new Error(`entry ${entry.fileName}: too many bytes in the stream`));
            cb(null, chunk);
        },
        flush(cb) {
            cb(produced === entry.uncompressedSize ? null : new Error(`entry ${entry.fileName}: expected ${entry.uncompressedSize} bytes, got ${produced}`));
        },
    });
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_4__.PassThrough();
    (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(raw, (0,node_zlib__WEBPACK_IMPORTED_MODULE_6__.createInflateRaw)({ chunkSize: CHUNK }), sizeCheck, out).catch((err) => out.destroy(err));
    return out;
}
async function extractZip(file, destDir) {
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(destDir);
    let zip;
    try {
        zip = await openZip(file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`could not open zip ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}: ${err.message}`, { code: 'EXTRACT_FAILED', cause: err });
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
            else if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7)
                reject(err);
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`could not unpack ${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}: ${msg}`, { code: 'EXTRACT_FAILED', cause: err }));
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
                    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(target, { recursive: true });
                }
                else if (isLink) {
                    const chunks = [];
                    for await (const c of await entryStream(zip, entry))
                        chunks.push(c);
                    const linkTarget = Buffer.concat(chunks).toString('utf8');
                    checkLink(root, name, linkTarget);
                    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
                    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.symlink(linkTarget, target);
                }
                else {
                    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(await entryStream(zip, entry), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target, { mode: mode & 0o777 || 0o644 }));
                    if (mode & 0o111)
                        await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(target, mode & 0o777);
                }
                zip.readEntry();
            })().catch(fail);
        });
        zip.readEntry();
    });
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

/***/ 83351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ SingleFlight)
/* harmony export */ });
/** Collapse concurrent calls with the same key into one in-flight promise. */
class SingleFlight {
    inFlight = new Map();
    run(key, fn) {
        const existing = this.inFlight.get(key);
        if (existing)
            return existing;
        const p = fn().finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, p);
        return p;
    }
    get size() {
        return this.inFlight.size;
    }
    /** Wait for every in-flight call (for graceful shutdown). */
    async drain() {
        await Promise.allSettled([...this.inFlight.values()]);
    }
}


/***/ }),

/***/ 10155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zD: () => (/* binding */ cliConfigLocations),
  ak: () => (/* binding */ describeMerge),
  Qg: () => (/* binding */ readUserCliConfig),
  zO: () => (/* binding */ renderCliConfig),
  Ew: () => (/* binding */ upstreamCredentials),
  kL: () => (/* binding */ writeCliConfig)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/mirror/credentials.ts
var credentials = __webpack_require__(953);
// EXTERNAL MODULE: ./src/mirror/hcl1.ts
var hcl1 = __webpack_require__(2661);
;// CONCATENATED MODULE: ./src/mirror/providerInstallation.ts
/**
 * The user's `provider_installation` block, merged with the proxy's instead of replaced.
 *
 * Registry mode routes registry traffic through `host` blocks, so the user's block stays
 * exactly as written. Mirror mode adds our `network_mirror` for the proxied hosts and
 * excludes those hosts from the user's `direct`; their own mirrors keep their patterns,
 * and where one of them also covers a proxied host the overlap is reported.
 */


/**
 * HCL1 groups the blocks by kind (the order between kinds is lost; within a kind it is
 * kept), so methods come back in a fixed order: overrides, mirrors, then `direct`.
 */
const KIND_ORDER = ['dev_overrides', 'filesystem_mirror', 'network_mirror', 'direct'];
function parseProviderInstallation(value, file) {
    const methods = [];
    for (const block of Array.isArray(value) ? value : [value]) {
        if (!(0,hcl1/* isObject */.Gv)(block))
            continue;
        for (const [kind, bodies] of Object.entries(block)) {
            for (const body of Array.isArray(bodies) ? bodies : [bodies])
                if ((0,hcl1/* isObject */.Gv)(body))
                    methods.push({ kind, body: (0,hcl1/* collapseObjects */.Cl)(body) });
        }
    }
    const rank = (k) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
    methods.sort((a, b) => rank(a.kind) - rank(b.kind));
    return { file, methods };
}
/** The `provider_installation` methods of the generated config; undefined = no block at all. */
function mergeProviderInstallation(user, proxy) {
    if (proxy.mode !== 'mirror' || !proxy.mirrorUrl)
        return user && { methods: user.methods, overlaps: [] };
    const patterns = [...new Set(proxy.mirrorHosts.map((h) => `${h}/*/*`))].sort();
    const ours = { kind: 'network_mirror', body: { url: proxy.mirrorUrl, include: patterns } };
    // `direct` must not also answer for what the mirror serves: Terraform asks every
    // matching method for versions, and a private registry answering 401 to `direct`
    // fails the install although the mirror could serve it.
    if (!user)
        return { methods: [ours, { kind: 'direct', body: patterns.length > 0 ? { exclude: patterns } : {} }], overlaps: [] };
    const overlaps = [];
    const methods = [];
    for (const m of user.methods) {
        if (m.kind === 'direct') {
            methods.push(ours, { kind: 'direct', body: { ...m.body, exclude: union(strings(m.body.exclude), patterns) } });
            continue;
        }
        if (m.kind === 'filesystem_mirror' || m.kind === 'network_mirror') {
            const covered = proxy.mirrorHosts.filter((h) => covers(m.body, h));
            if (covered.length > 0) {
                const where = typeof m.body.path === 'string' ? m.body.path : typeof m.body.url === 'string' ? m.body.url : '';
                overlaps.push(`${m.kind} "${where}" (${user.file}) also covers ${covered.join(', ')}, which the registry cache's network_mirror (atmos-ts) serves; Terraform asks both and prefers the first that has a version`);
            }
        }
        methods.push(m);
    }
    if (!methods.includes(ours))
        methods.push(ours);
    return { methods, overlaps };
}
function strings(v) {
    return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
}
function union(a, b) {
    return [...a, ...b.filter((x) => !a.includes(x))];
}
/** Whether a method's include/exclude patterns let it answer for some provider of `host`. */
function covers(body, host) {
    const include = body.include === undefined ? undefined : strings(body.include);
    const exclude = strings(body.exclude);
    const wanted = safeHost(host);
    const hostMatches = (pattern) => {
        const h = patternHost(pattern);
        return h === '*' || h === wanted;
    };
    if (include && !include.some(hostMatches))
        return false;
    // Only a whole-host exclusion takes the host out; `host/ns/*` leaves other namespaces in.
    return !exclude.some((p) => hostMatches(p) && /\/\*\/\*$/.test(p));
}
/** `host/ns/type`, or `ns/type` meaning registry.terraform.io (Terraform's default host). */
function patternHost(pattern) {
    const parts = pattern.split('/');
    return parts.length === 2 ? 'registry.terraform.io' : parts[0] === '*' ? '*' : safeHost(parts[0]);
}
function safeHost(host) {
    try {
        return (0,credentials/* normalizeHost */.cS)(host);
    }
    catch {
        return host.toLowerCase();
    }
}

;// CONCATENATED MODULE: ./src/mirror/cliconfig.ts
/**
 * The Terraform CLI config a run uses: the user's own config (so nothing they rely on
 * disappears once we set TF_CLI_CONFIG_FILE) plus what routes registry traffic through
 * the proxy. Ours owns the `host` blocks of the hosts the proxy impersonates; their
 * `provider_installation` is kept (registry mode) or merged with our mirror (mirror mode);
 * everything else of theirs is kept, and every replacement and overlap is logged.
 */







/** Where Terraform looks (`cliconfig.go`: `cliConfigFile`, `ConfigDir`). */
function cliConfigLocations(env, platform = process.platform, home = external_node_os_default().homedir()) {
    const override = env.TF_CLI_CONFIG_FILE || env.TERRAFORM_CONFIG;
    if (override)
        return { main: { file: external_node_path_default().resolve(override), fromEnv: true } };
    if (platform === 'win32') {
        const appData = env.APPDATA || external_node_path_default().join(home, 'AppData', 'Roaming');
        return { main: { file: external_node_path_default().join(appData, 'terraform.rc'), fromEnv: false }, configDir: external_node_path_default().join(appData, 'terraform.d') };
    }
    return { main: { file: external_node_path_default().join(home, '.terraformrc'), fromEnv: false }, configDir: external_node_path_default().join(home, '.terraform.d') };
}
/** Read and merge the user's CLI config files the way Terraform would (later files win per key). */
async function readUserCliConfig(locations) {
    const files = [];
    if (locations.main)
        files.push(locations.main.file);
    if (locations.configDir) {
        let names = [];
        try {
            names = (await external_node_fs_.promises.readdir(locations.configDir)).filter((n) => n.endsWith('.tfrc') || n.endsWith('.tfrc.json')).sort();
        }
        catch {
            // No config directory: nothing to merge.
        }
        files.push(...names.map((n) => external_node_path_default().join(locations.configDir, n)));
    }
    const merged = { files: [], credentials: {}, hosts: {}, other: {} };
    for (const file of files) {
        let text;
        try {
            text = await external_node_fs_.promises.readFile(file, 'utf8');
        }
        catch (err) {
            // A missing default file is normal; a missing TF_CLI_CONFIG_FILE is what Terraform ignores too.
            if (err.code === 'ENOENT')
                continue;
            throw err;
        }
        merged.files.push(file);
        mergeParsed(merged, await (0,hcl1/* parseHcl1 */.gY)(text, file), file);
    }
    return merged;
}
function mergeParsed(into, parsed, file) {
    for (const [key, value] of Object.entries(parsed)) {
        switch (key) {
            case 'credentials':
                for (const [host, body] of Object.entries((0,hcl1/* blockBodies */.Cn)(value)))
                    into.credentials[safeNormalize(host)] = body;
                break;
            case 'credentials_helper': {
                const [name, body] = Object.entries((0,hcl1/* blockBodies */.Cn)(value))[0] ?? [];
                if (name && body)
                    into.credentialsHelper = { name, body };
                break;
            }
            case 'host':
                for (const [host, body] of Object.entries((0,hcl1/* blockBodies */.Cn)(value)))
                    into.hosts[host] = body;
                break;
            case 'provider_installation':
                into.providerInstallation = parseProviderInstallation(value, file);
                break;
            default:
                into.other[key] = value;
        }
    }
}
function safeNormalize(host) {
    try {
        return (0,credentials/* normalizeHost */.cS)(host);
    }
    catch {
        return host.toLowerCase();
    }
}
/** Upstream tokens for the proxy: `credentials` blocks, overridden by `TF_TOKEN_*` (Terraform's precedence). */
function upstreamCredentials(user, env) {
    const out = {};
    for (const [host, body] of Object.entries(user.credentials))
        if (typeof body.token === 'string' && body.token)
            out[host] = body.token;
    return { ...out, ...(0,credentials/* tokensFromEnv */.qr)(env) };
}
/** Render the generated config: the user's settings first, then ours. Pure. */
function renderCliConfig(user, proxy) {
    const notes = { kept: [], replaced: [], overlaps: [] };
    const lines = ['# Generated by atmos-ts for one run (Terraform registry cache). Do not edit: it is removed afterwards.', ''];
    const ours = new Set(Object.keys(proxy.hostServices).map(safeNormalize));
    for (const [key, value] of Object.entries(user.other).sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(...renderTopLevel(key, value));
        notes.kept.push(key);
    }
    for (const [host, body] of Object.entries(user.credentials).sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(...renderBlock('credentials', [host], body));
    }
    if (Object.keys(user.credentials).length > 0)
        notes.kept.push(`credentials for ${Object.keys(user.credentials).sort().join(', ')}`);
    if (user.credentialsHelper) {
        lines.push(...renderBlock('credentials_helper', [user.credentialsHelper.name], user.credentialsHelper.body));
        notes.kept.push(`credentials_helper "${user.credentialsHelper.name}"`);
    }
    for (const [host, body] of Object.entries(user.hosts).sort(([a], [b]) => a.localeCompare(b))) {
        if (ours.has(safeNormalize(host))) {
            notes.replaced.push(`host "${host}"`);
            continue;
        }
        lines.push(...renderBlock('host', [host], body));
        notes.kept.push(`host "${host}"`);
    }
    for (const [host, services] of Object.entries(proxy.hostServices).sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(...renderBlock('host', [host], { services }));
    }
    const mirrorHosts = proxy.mirrorHosts ?? Object.keys(proxy.hostServices);
    const installation = mergeProviderInstallation(user.providerInstallation, { mode: proxy.mode, mirrorUrl: proxy.mirrorUrl, mirrorHosts });
    if (installation) {
        lines.push(...renderBlock('provider_installation', [], {}, installation.methods.flatMap((m) => renderBlock(m.kind, [], m.body))));
    }
    if (user.providerInstallation) {
        notes.kept.push(proxy.mode === 'mirror'
            ? `provider_installation (with the registry cache's network_mirror for ${mirrorHosts.join(', ')}, excluded from direct)`
            : 'provider_installation');
        notes.overlaps.push(...(installation?.overlaps ?? []));
    }
    return { text: `${lines.join('\n').trimEnd()}\n`, notes };
}
/** The log line a merge deserves: what was kept and what the proxy overrides (never silent). */
function describeMerge(user, notes) {
    if (user.files.length === 0)
        return {};
    const from = user.files.join(', ');
    return {
        info: notes.kept.length > 0
            ? `Terraform CLI config: merged ${from} into the generated config (kept ${notes.kept.join('; ')})`
            : `Terraform CLI config: merged ${from} into the generated config`,
        warn: [
            notes.replaced.length > 0
                ? `Terraform CLI config: the registry cache replaces ${notes.replaced.join(', ')} from ${from} for this run (registry traffic goes through the proxy)`
                : '',
            ...notes.overlaps.map((o) => `Terraform CLI config: ${o}`),
        ]
            .filter(Boolean)
            .join('\n') || undefined,
    };
}
/** Write 0600 (the file may hold credentials), atomically. */
async function writeCliConfig(file, text) {
    await (0,atomicFile/* writeFileAtomic */.Zf)(file, text, { mode: 0o600 });
}
/* ---- HCL rendering (HCL1 syntax, which both Terraform and OpenTofu read for CLI configs) ---- */
function renderTopLevel(key, value) {
    // HCL1 decodes an unlabelled block as a list of objects: write it back as a block.
    if (Array.isArray(value) && value.length > 0 && value.every(hcl1/* isObject */.Gv)) {
        const body = (0,hcl1/* singleBody */.JS)(value) ?? {};
        return renderBlock(key, [], body);
    }
    return [`${renderKey(key)} = ${renderValue(value, '')}`, ''];
}
function renderBlock(type, labels, body, nested = []) {
    const head = [type, ...labels.map((l) => JSON.stringify(l))].join(' ');
    const inner = [...Object.entries(body).map(([k, v]) => `${renderKey(k)} = ${renderValue(v, '  ')}`), ...nested.filter((l) => l !== '')];
    if (inner.length === 0)
        return [`${head} {}`, ''];
    return [`${head} {`, ...inner.map((l) => `  ${l}`), '}', ''];
}
function renderKey(key) {
    return /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? key : JSON.stringify(key);
}
function renderValue(value, indent) {
    if (value === null)
        return 'null';
    if (typeof value === 'string')
        return renderString(value);
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (Array.isArray(value))
        return `[${value.map((v) => renderValue(v, indent)).join(', ')}]`;
    const entries = Object.entries(value);
    if (entries.length === 0)
        return '{}';
    // Map keys are always quoted: service IDs such as "modules.v1" contain dots.
    return `{\n${entries.map(([k, v]) => `${indent}  ${JSON.stringify(k)} = ${renderValue(v, `${indent}  `)}`).join('\n')}\n${indent}}`;
}
/**
 * HCL1 strings use JSON's escapes. No `$${` escaping: the CLI config is decoded without
 * interpolation, so a `${` in a token stays literal.
 */
function renderString(s) {
    return JSON.stringify(s);
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cS: () => (/* binding */ normalizeHost),
/* harmony export */   nu: () => (/* binding */ credentialsLookup),
/* harmony export */   qr: () => (/* binding */ tokensFromEnv)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Registry credentials, keyed by host in Terraform's comparison form
 * (lower-case ASCII, Unicode labels as punycode, port kept).
 */

function normalizeHost(host) {
    const trimmed = host.trim().replace(/\.$/, '');
    const m = /^(.*?)(:\d+)?$/.exec(trimmed);
    const name = (m?.[1] ?? trimmed).toLowerCase();
    // WHATWG IDNA: Unicode or punycode in, lower-case punycode out ('' when invalid).
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(name) || name;
    return `${ascii.toLowerCase()}${m?.[2] ?? ''}`;
}
/**
 * Tokens from `TF_TOKEN_<host>` variables, decoded the way Terraform does
 * (`collectCredentialsFromEnv`): `__` → `-` first, then `_` → `.`; invalid names ignored.
 * `TF_TOKEN_my__registry_example_com` → `my-registry.example.com`,
 * `TF_TOKEN_xn____caf__dma_fr` → `xn--caf-dma.fr` (café.fr).
 */
function tokensFromEnv(env) {
    const out = {};
    for (const [name, value] of Object.entries(env)) {
        if (!name.startsWith('TF_TOKEN_') || !value)
            continue;
        const encoded = name.slice('TF_TOKEN_'.length);
        if (!encoded)
            continue;
        const host = encoded.replace(/__/g, '-').replace(/_/g, '.');
        if (!/^[A-Za-z0-9.-]+$/.test(host) || host.startsWith('.') || host.endsWith('.') || host.includes('..'))
            continue;
        try {
            out[normalizeHost(host)] = value;
        }
        catch {
            // Not a valid hostname: Terraform ignores it too.
        }
    }
    return out;
}
/** A credentials lookup that only ever answers for the exact host a token was given for. */
function credentialsLookup(credentials) {
    const map = new Map();
    for (const [host, token] of Object.entries(credentials ?? {}))
        if (token)
            map.set(normalizeHost(host), token);
    return (host) => {
        if (map.size === 0)
            return undefined;
        try {
            return map.get(normalizeHost(host));
        }
        catch {
            return undefined;
        }
    };
}


/***/ }),

/***/ 49368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ classifyEntry),
/* harmony export */   uM: () => (/* binding */ isOutageStatus),
/* harmony export */   xM: () => (/* binding */ onUpstreamFailure)
/* harmony export */ });
// Freshness decisions for cached registry data — pure functions, no I/O.
//
// Artifacts (provider zips, SHA256SUMS, signatures, module archives) never change once
// published, so they are always fresh. Metadata (version lists, download resolutions,
// discovery documents) is fresh for `ttlMs`; between TTL and TTL+SWR it is served at once
// and refreshed in the background; past that it must be refetched — but if the upstream
// fails, stale metadata of any age beats an error (stale-if-error).
function classifyEntry(entry, policy, nowMs) {
    if (!entry)
        return 'missing';
    if (entry.kind === 'artifact')
        return 'fresh';
    // A TTL of 0 or less means "never expires" (same as Atmos).
    if (policy.ttlMs <= 0)
        return 'fresh';
    // Clock skew (entry from the future) counts as just fetched.
    const age = Math.max(0, nowMs - entry.fetchedAtMs);
    if (age < policy.ttlMs)
        return 'fresh';
    if (policy.swrMs > 0 && age < policy.ttlMs + policy.swrMs)
        return 'stale-revalidate';
    return 'expired';
}
/** Stale-if-error: any cached copy, whatever its age, beats a 502. */
function onUpstreamFailure(hasCachedCopy) {
    return hasCachedCopy ? { action: 'serve-stale' } : { action: 'bad-gateway' };
}
/**
 * Whether an upstream failure is an outage (serve stale) or an answer (pass it on):
 * 5xx, 429, timeouts and refused/reset connections are outages; 4xx are answers.
 */
function isOutageStatus(status) {
    return status >= 500 || status === 429 || status === 408;
}


/***/ }),

/***/ 67387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   QQ: () => (/* binding */ parseShasums),
/* harmony export */   Wj: () => (/* binding */ h1OfZip)
/* harmony export */ });
/* unused harmony exports hash1, zipHash, h1OfDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20663);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(71922);
/**
 * Terraform's provider package hashes (protocol brief §5):
 * - `zh:` = hex SHA-256 of the zip bytes (the registry `shasum`, the SHA256SUMS line);
 * - `h1:` = Go dirhash Hash1 over the files inside the package (zip entries or a directory).
 */






/** `h1:` from (name, sha256-hex) pairs: sorted byte-wise like Go's sort.Strings. */
function hash1(files) {
    const sorted = [...files].sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)));
    const outer = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of sorted) {
        if (f.name.includes('\n'))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`dirhash: filename with newline: ${JSON.stringify(f.name)}`, { code: 'BAD_FILENAME' });
        outer.update(`${f.sha256}  ${f.name}\n`);
    }
    return `h1:${outer.digest('base64')}`;
}
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file), h);
    return h.digest('hex');
}
async function zipHash(file) {
    return `zh:${await sha256File(file)}`;
}
/** `h1:` of a zip: every central-directory entry, directories included (empty content). */
async function h1OfZip(file) {
    const zip = await new Promise((resolve, reject) => yauzl__WEBPACK_IMPORTED_MODULE_4__.open(file, { lazyEntries: true, autoClose: false, decodeStrings: true }, (err, z) => (err ? reject(wrapZipError(err)) : resolve(z))));
    const files = [];
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', (err) => reject(wrapZipError(err)));
            zip.on('end', () => resolve());
            zip.on('entry', (entry) => {
                zip.openReadStream(entry, (err, stream) => {
                    if (err)
                        return reject(wrapZipError(err));
                    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                    stream.on('error', reject);
                    stream.on('data', (c) => h.update(c));
                    stream.on('end', () => {
                        files.push({ name: entry.fileName, sha256: h.digest('hex') });
                        zip.readEntry();
                    });
                });
            });
            zip.readEntry();
        });
    }
    finally {
        zip.close();
    }
    return hash1(files);
}
/** `h1:` of an unpacked package directory: regular files only, `/`-separated relative names. */
async function h1OfDir(dir) {
    const files = [];
    const walk = async (rel) => {
        for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
            const relName = rel ? `${rel}/${e.name}` : e.name;
            const full = path.join(dir, relName);
            const st = await fs.stat(full); // follows symlinks, like filepath.Walk + os.Stat
            if (st.isDirectory())
                await walk(relName);
            else if (st.isFile())
                files.push({ name: relName, sha256: await sha256File(full) });
        }
    };
    await walk('');
    return hash1(files);
}
function wrapZipError(err) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .AtmosError */ .f7(`zip: not a valid zip file (${err.message})`, { code: 'BAD_ZIP', cause: err });
}
/** Parse one SHA256SUMS file into filename → lower-case hex. */
function parseShasums(text) {
    const out = new Map();
    for (const line of text.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line.trim());
        if (m)
            out.set(m[2].trim(), m[1].toLowerCase());
    }
    return out;
}


/***/ }),

/***/ 2661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ collapseObjects),
/* harmony export */   Cn: () => (/* binding */ blockBodies),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   JS: () => (/* binding */ singleBody),
/* harmony export */   gY: () => (/* binding */ parseHcl1)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/**
 * Reading HCL1, the language of Terraform CLI config files (`.terraformrc`, `*.tfrc`),
 * of `.terraform.lock.hcl` and (for the simple parts) of `required_providers`.
 *
 * The parser is `js-hcl-parser`: HashiCorp's own HCL1 Go parser compiled to JavaScript
 * (gopherjs), i.e. the very parser Terraform uses for CLI configs, so comments, heredocs,
 * JSON syntax and escaping behave exactly as they do for Terraform. It is loaded lazily
 * because it is large (1.5 MB) and only needed when a user config exists.
 *
 * HCL1 decodes every block and every object literal as a *list* of objects; {@link
 * blockBodies} and {@link collapseObjects} turn that back into plain maps.
 */

let parser;
async function loadParser() {
    parser ??= __webpack_require__.e(/* import() */ 8043).then(__webpack_require__.t.bind(__webpack_require__, 48043, 23)).then((m) => m.default ?? m);
    return parser;
}
/** Parse HCL1 (or JSON) text into HCL1's JSON form. Syntax errors name the file. */
async function parseHcl1(text, file) {
    if (text.trim() === '')
        return {};
    const { parse } = await loadParser();
    const out = parse(text);
    // The Go side reports errors as a string instead of throwing.
    if (out.startsWith('unable to parse')) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`cannot parse ${file}`, {
            code: 'HCL_SYNTAX',
            explanation: out.replace(/^unable to parse JSON: /, ''),
            hint: 'Fix the syntax of the file (Terraform would reject it too), or point TF_CLI_CONFIG_FILE at a valid one.',
            context: { file },
        });
    }
    const value = JSON.parse(out);
    return isObject(value) ? value : {};
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * The bodies of labelled blocks `name "label" { … }`, label → merged body, accepting both
 * HCL1's decoded form (`[{label: [{…}]}]`) and the plain JSON form (`{label: {…}}`).
 * Later blocks with the same label win per attribute, as Terraform's merge does.
 */
function blockBodies(value) {
    const out = {};
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const item of items) {
        if (!isObject(item))
            continue;
        for (const [label, bodies] of Object.entries(item)) {
            for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
                if (isObject(body))
                    out[label] = { ...(out[label] ?? {}), ...collapseObjects(body) };
            }
        }
    }
    return out;
}
/** Body of an unlabelled block (`provider_installation { … }`, `services = { … }`). */
function singleBody(value) {
    const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
    let out;
    for (const item of items)
        if (isObject(item))
            out = { ...(out ?? {}), ...collapseObjects(item) };
    return out;
}
/** `[{…}]` (HCL1's object literal) → `{…}`, recursively; lists of scalars stay lists. */
function collapseObjects(value) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (Array.isArray(v) && v.length > 0 && v.every(isObject)) {
            out[k] = collapseObjects(Object.assign({}, ...v));
        }
        else if (isObject(v)) {
            out[k] = collapseObjects(v);
        }
        else {
            out[k] = v;
        }
    }
    return out;
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

/***/ 98702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xs: () => (/* binding */ fetchModuleArchive),
/* harmony export */   jG: () => (/* binding */ planModuleSource)
/* harmony export */ });
/* unused harmony exports archiveId, splitSubdir */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var tar__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98697);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(71922);
/* harmony import */ var _common_offline_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(73842);
/* harmony import */ var _common_extract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36132);
/* harmony import */ var _hashes_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(67387);
/* harmony import */ var _upstream_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(11266);












const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_5__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const ARCHIVE_SUFFIXES = ['tar.gz', 'tgz', 'tar.bz2', 'tbz2', 'tar.xz', 'txz', 'zip'];
function archiveId(base) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(base).digest('hex').slice(0, 32);
}
/** go-getter's SourceDirSubdir: the first `//` after the scheme separator starts the subdir; the query stays with the package. */
function splitSubdir(source) {
    const forced = /^([a-z0-9]+)::/i.exec(source);
    const prefix = forced ? forced[0] : '';
    let rest = source.slice(prefix.length);
    let query = '';
    const q = rest.indexOf('?');
    if (q >= 0) {
        query = rest.slice(q);
        rest = rest.slice(0, q);
    }
    const schemeEnd = rest.indexOf('://');
    const searchFrom = schemeEnd >= 0 ? schemeEnd + 3 : 0;
    const idx = rest.indexOf('//', searchFrom);
    if (idx < 0)
        return { base: `${prefix}${rest}${query}` };
    const subdir = rest.slice(idx + 2).replace(/^\/+|\/+$/g, '');
    return { base: `${prefix}${rest.slice(0, idx)}${query}`, subdir: subdir || undefined };
}
/** Expand Terraform's shorthands (`github.com/o/r`, `bitbucket.org/o/r`) the way its module installer does. */
function expandShorthand(source) {
    const gh = /^(github\.com|bitbucket\.org)\/([^/?]+)\/([^/?]+)(.*)$/i.exec(source);
    if (gh) {
        const repo = gh[3].replace(/\.git$/, '');
        return `git::https://${gh[1]}/${gh[2]}/${repo}.git${gh[4]}`;
    }
    return source;
}
function planModuleSource(location) {
    const expanded = expandShorthand(location.trim());
    const { base, subdir } = splitSubdir(expanded);
    if (base.startsWith('git::')) {
        const raw = base.slice('git::'.length);
        let url;
        try {
            url = new URL(raw);
        }
        catch {
            return { kind: 'passthrough', location }; // scp-style git@host:path needs the user's SSH keys
        }
        if (!['https:', 'http:', 'file:'].includes(url.protocol) || url.searchParams.has('sshkey'))
            return { kind: 'passthrough', location };
        const ref = url.searchParams.get('ref') ?? undefined;
        url.searchParams.delete('ref');
        url.searchParams.delete('depth');
        return { kind: 'git', base, repoUrl: url.toString(), ref, subdir, id: archiveId(base) };
    }
    if (/^https?:\/\//i.test(base)) {
        const url = new URL(base);
        const hint = url.searchParams.get('archive');
        const checksum = url.searchParams.get('checksum') ?? undefined;
        url.searchParams.delete('archive');
        url.searchParams.delete('checksum');
        const lower = url.pathname.toLowerCase();
        const format = hint ?? ARCHIVE_SUFFIXES.find((s) => lower.endsWith(`.${s}`));
        // No archive hint: go-getter would follow `terraform-get` meta redirects; leave that to the client.
        if (!format || format === 'false')
            return { kind: 'passthrough', location };
        return { kind: 'http', base, fetchUrl: url.toString(), format, checksum, subdir, id: archiveId(base) };
    }
    return { kind: 'passthrough', location };
}
/**
 * Fetch a module package into `dest` as a `.tar.gz` whose root is the package root:
 * git sources with the system `git` (shallow, at the ref, submodules included, `.git`
 * dropped); HTTP archives downloaded (with upstream credentials for that host), their
 * `checksum=` verified, tar.gz kept byte-for-byte and other formats repacked.
 */
async function fetchModuleArchive(plan, dest, options) {
    const work = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(node_os__WEBPACK_IMPORTED_MODULE_3___default().tmpdir(), 'atmos-tf-modsrc-'));
    try {
        if (plan.kind === 'git') {
            const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(work, 'src');
            await gitCheckout(plan.repoUrl, plan.ref, dir, options.signal);
            await packDir(dir, dest);
            return;
        }
        const file = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(work, 'download');
        await options.upstream.download(plan.fetchUrl, file, { signal: options.signal, onBytes: options.onBytes });
        if (plan.checksum)
            await verifyChecksum(file, plan.checksum, plan.fetchUrl);
        const format = (0,_common_extract_js__WEBPACK_IMPORTED_MODULE_7__/* .archiveFormat */ .MG)(plan.format, `x.${plan.format}`);
        if (format === 'tar.gz') {
            await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.copyFile(file, dest);
            return;
        }
        const dir = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(work, 'src');
        await (0,_common_extract_js__WEBPACK_IMPORTED_MODULE_7__/* .extractAsset */ .wm)(file, format, dir, 'package');
        await packDir(dir, dest);
    }
    finally {
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(work, { recursive: true, force: true });
    }
}
async function verifyChecksum(file, checksum, url) {
    const [algo, want] = checksum.split(':');
    if (algo !== 'sha256' || !want)
        return; // other algorithms: the client verifies them against the original
    const got = await (0,_hashes_js__WEBPACK_IMPORTED_MODULE_8__/* .sha256File */ .Q3)(file);
    if (got !== want.toLowerCase())
        throw new _upstream_js__WEBPACK_IMPORTED_MODULE_9__/* .UpstreamError */ .gA(url, `checksum sha256:${got} does not match ${checksum}`, 'CHECKSUM_MISMATCH');
}
async function git(args, cwd, signal, remote) {
    if (['fetch', 'clone', 'submodule'].includes(args[0]) && !remote.startsWith('file:'))
        (0,_common_offline_js__WEBPACK_IMPORTED_MODULE_10__/* .assertMayConnect */ .m5)(`git module source ${remote}`, remote);
    try {
        const { stdout } = await execFileAsync('git', args, {
            cwd,
            signal,
            maxBuffer: 16 * 1024 * 1024,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', LC_ALL: 'C' },
        });
        return stdout;
    }
    catch (err) {
        const stderr = err.stderr?.trim();
        // An unreachable repository is an upstream failure (502 naming it), not a proxy bug.
        throw new _upstream_js__WEBPACK_IMPORTED_MODULE_9__/* .UpstreamError */ .gA(remote, `git ${args[0]} failed: ${stderr || (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .errorMessage */ .gJ)(err)}`, 'MODULE_SOURCE_FETCH', err);
    }
}
/** Shallow fetch of exactly one ref (tag, branch or commit) — no full history. */
async function gitCheckout(repoUrl, ref, dir, signal) {
    await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.mkdir(dir, { recursive: true });
    await git(['init', '-q'], dir, signal, repoUrl);
    await git(['remote', 'add', 'origin', repoUrl], dir, signal, repoUrl);
    try {
        await git(['fetch', '-q', '--depth', '1', 'origin', ref ?? 'HEAD'], dir, signal, repoUrl);
    }
    catch (err) {
        // Servers that refuse fetching an unadvertised commit: fall back to the full history.
        if (!ref || !/^[0-9a-f]{7,40}$/i.test(ref))
            throw err;
        await git(['fetch', '-q', 'origin'], dir, signal, repoUrl);
    }
    await git(['-c', 'advice.detachedHead=false', 'checkout', '-q', ref && /^[0-9a-f]{7,40}$/i.test(ref) ? ref : 'FETCH_HEAD'], dir, signal, repoUrl).catch(async (err) => {
        if (ref)
            await git(['checkout', '-q', 'FETCH_HEAD'], dir, signal, repoUrl);
        else
            throw err;
    });
    if (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, '.gitmodules')).then(() => true, () => false)) {
        await git(['submodule', 'update', '-q', '--init', '--recursive', '--depth', '1'], dir, signal, repoUrl);
    }
    await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_4___default().join(dir, '.git'), { recursive: true, force: true });
}
/** tar.gz of a directory's contents (root = the directory), modes and symlinks kept, stable order. */
async function packDir(dir, dest) {
    const entries = (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(dir)).sort();
    if (entries.length === 0)
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_11__/* .AtmosError */ .f7('module package is empty', { code: 'MODULE_SOURCE_FETCH' });
    await tar__WEBPACK_IMPORTED_MODULE_6__.c({ gzip: true, cwd: dir, file: dest, portable: true, follow: false }, entries);
}


/***/ }),

/***/ 98445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ReportCounters),
/* harmony export */   aU: () => (/* binding */ formatReportTable),
/* harmony export */   m3: () => (/* binding */ formatReportLine)
/* harmony export */ });
/* unused harmony export hitRatio */
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56950);

/** Bounds: a long-lived proxy must not grow its report without limit. */
const MAX_OBJECTS = 500;
const MAX_REASONS = 20;
/** Counters behind {@link SavingsReport}; one instance per server run. */
class ReportCounters {
    objects = new Map();
    reasons = [];
    /** Errors already counted (a metadata failure is seen by the cache and again by the server). */
    counted = new WeakSet();
    r = {
        hits: 0,
        misses: 0,
        bytesServedFromCache: 0,
        bytesDownloaded: 0,
        objectsAdded: 0,
        staleServes: 0,
        upstreamErrors: 0,
        warnings: [],
    };
    hit(bytes, subject) {
        this.r.hits++;
        this.r.bytesServedFromCache += bytes;
        const o = this.object(subject);
        if (o) {
            o.hits++;
            o.bytesServedFromCache += bytes;
        }
    }
    /** Bytes of a hit still streaming when counted (a client may disconnect mid-way). */
    servedBytes(bytes) {
        this.r.bytesServedFromCache += bytes;
    }
    miss(subject) {
        this.r.misses++;
        const o = this.object(subject);
        if (o)
            o.misses++;
    }
    downloaded(bytes, subject) {
        this.r.bytesDownloaded += bytes;
        const o = this.object(subject);
        if (o)
            o.bytesDownloaded += bytes;
    }
    objectAdded() {
        this.r.objectsAdded++;
    }
    stale(warning) {
        this.r.staleServes++;
        this.warn(warning);
    }
    /** Count an upstream failure once (by its error object) and keep why it happened. */
    upstreamError(reason, err) {
        if (err && typeof err === 'object') {
            if (this.counted.has(err))
                return;
            this.counted.add(err);
        }
        this.r.upstreamErrors++;
        if (!this.reasons.includes(reason) && this.reasons.length < MAX_REASONS)
            this.reasons.push(reason);
    }
    warn(message) {
        // Bounded and de-duplicated: a flapping upstream must not grow the report without limit.
        if (this.r.warnings.includes(message))
            return;
        if (this.r.warnings.length < 50)
            this.r.warnings.push(message);
    }
    snapshot() {
        return { ...this.r, warnings: [...this.r.warnings], objects: [...this.objects.values()].map((o) => ({ ...o })), upstreamErrorReasons: [...this.reasons] };
    }
    object(subject) {
        if (!subject)
            return undefined;
        const id = `${subject.kind} ${subject.name}`;
        let o = this.objects.get(id);
        if (!o && this.objects.size < MAX_OBJECTS) {
            o = { ...subject, hits: 0, misses: 0, bytesServedFromCache: 0, bytesDownloaded: 0 };
            this.objects.set(id, o);
        }
        return o;
    }
}
/** Share of requests answered from the cache, or undefined before any request. */
function hitRatio(report) {
    const total = report.hits + report.misses;
    return total === 0 ? undefined : report.hits / total;
}
const percent = (r) => (r === undefined ? 'n/a' : `${Math.round(r * 100)}%`);
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** One console line, e.g. `Registry cache: 12 MB served from cache (34 hits); 3 MB downloaded (5 objects added); 1 stale serve; 0 upstream errors`. */
function formatReportLine(report) {
    return (`Registry cache: ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.bytesServedFromCache)} served from cache (${plural(report.hits, 'hit')}); ` +
        `${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.bytesDownloaded)} downloaded (${plural(report.objectsAdded, 'object')} added); ` +
        `${plural(report.staleServes, 'stale serve')}; ${plural(report.upstreamErrors, 'upstream error')}`);
}
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/**
 * The GitHub Actions job summary: the headline (hit ratio, bytes saved), the counters, one
 * row per provider version / module source (most bytes first), and why upstream failed.
 */
function formatReportTable(report) {
    const ratio = hitRatio(report);
    const rows = [
        ['Hit ratio', ratio === undefined ? 'n/a (no requests)' : `${percent(ratio)} (${report.hits} of ${report.hits + report.misses} requests)`],
        ['Saved (served from cache)', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.bytesServedFromCache)],
        ['Cache hits', String(report.hits)],
        ['Cache misses', String(report.misses)],
        ['Downloaded from upstream', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(report.bytesDownloaded)],
        ['Objects added', String(report.objectsAdded)],
        ['Stale serves', String(report.staleServes)],
        ['Upstream errors', String(report.upstreamErrors)],
    ];
    const lines = ['### Terraform registry cache', '', '| Metric | Value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)];
    const objects = [...(report.objects ?? [])].sort((a, b) => b.bytesServedFromCache + b.bytesDownloaded - (a.bytesServedFromCache + a.bytesDownloaded) || a.name.localeCompare(b.name));
    if (objects.length > 0) {
        lines.push('', '#### Providers and modules', '', '| Kind | Name | Hits | Misses | From cache | Downloaded |', '| --- | --- | ---: | ---: | ---: | ---: |');
        for (const o of objects.slice(0, 50)) {
            lines.push(`| ${o.kind} | ${cell(o.name)} | ${o.hits} | ${o.misses} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(o.bytesServedFromCache)} | ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(o.bytesDownloaded)} |`);
        }
        if (objects.length > 50)
            lines.push('', `…and ${objects.length - 50} more.`);
    }
    const reasons = report.upstreamErrorReasons ?? [];
    if (report.upstreamErrors > 0) {
        lines.push('', '**Why upstream requests failed**', '');
        lines.push(...(reasons.length ? reasons.map((r) => `- ${cell(r)}`) : ['- (no reason recorded)']));
    }
    if (report.warnings.length > 0) {
        lines.push('', '**Warnings**', '', ...report.warnings.map((w) => `- ${cell(w)}`));
    }
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 1254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ startMirrorServer)
});

// UNUSED EXPORTS: DEFAULT_HOSTS

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/logger.ts
var common_logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/mirror/credentials.ts
var credentials = __webpack_require__(953);
// EXTERNAL MODULE: ./src/mirror/freshness.ts
var freshness = __webpack_require__(49368);
// EXTERNAL MODULE: ./src/common/singleFlight.ts
var singleFlight = __webpack_require__(83351);
// EXTERNAL MODULE: ./src/mirror/upstream.ts
var mirror_upstream = __webpack_require__(11266);
;// CONCATENATED MODULE: ./src/mirror/metadataCache.ts




/**
 * Cached upstream metadata with TTL, stale-while-revalidate (background refresh, one per
 * key) and stale-if-error. Only 2xx answers are stored; 4xx answers are returned to the
 * caller uncached; outages throw {@link UpstreamError} unless a stale copy exists.
 */
class MetadataCache {
    store;
    policy;
    report;
    logger;
    offline;
    flight = new singleFlight/* SingleFlight */.F();
    closed = false;
    constructor(store, policy, report, logger, 
    /** Offline mode: any cached copy is served whatever its age; nothing is refreshed. */
    offline = false) {
        this.store = store;
        this.policy = policy;
        this.report = report;
        this.logger = logger;
        this.offline = offline;
    }
    async get(file, fetch, what) {
        let cached = await this.store.readMeta(file);
        if (this.offline && cached)
            return { envelope: cached, source: 'hit' };
        let state = (0,freshness/* classifyEntry */.Fs)(cached && { kind: 'metadata', fetchedAtMs: cached.fetchedAt }, this.policy, Date.now());
        if (state !== 'fresh' && cached) {
            // Another process sharing the cache may have refreshed it meanwhile.
            cached = await this.store.readMeta(file, { fromDisk: true });
            state = (0,freshness/* classifyEntry */.Fs)(cached && { kind: 'metadata', fetchedAtMs: cached.fetchedAt }, this.policy, Date.now());
        }
        if (state !== 'fresh') {
            // The fleet tier: another machine may have fetched it (its fetch time travels with it).
            const shared = await this.store.readSharedMeta(file, cached);
            if (shared) {
                cached = shared;
                state = (0,freshness/* classifyEntry */.Fs)({ kind: 'metadata', fetchedAtMs: shared.fetchedAt }, this.policy, Date.now());
            }
        }
        if (cached && state === 'fresh')
            return { envelope: cached, source: 'hit' };
        if (cached && state === 'stale-revalidate') {
            if (!this.closed) {
                this.refresh(file, fetch).catch((err) => {
                    if (this.closed)
                        return; // abandoned by shutdown, not an upstream problem
                    this.report.upstreamError(`background refresh of ${what}: ${(0,errors/* errorMessage */.gJ)(err)}`, err);
                    this.report.warn(`background refresh of ${what} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
                });
            }
            return { envelope: cached, source: 'stale' };
        }
        try {
            return { envelope: await this.refresh(file, fetch), source: 'miss' };
        }
        catch (err) {
            if (!(err instanceof mirror_upstream/* UpstreamError */.gA))
                throw err;
            this.report.upstreamError(`${what}: ${err.message}`, err);
            if ((0,freshness/* onUpstreamFailure */.xM)(cached !== undefined).action === 'serve-stale' && cached) {
                const ageH = ((Date.now() - cached.fetchedAt) / 3_600_000).toFixed(1);
                this.report.stale(`served stale ${what} (${ageH} h old): ${err.message}`);
                this.logger.warn(`registry cache: serving stale ${what}: ${err.message}`);
                return { envelope: cached, source: 'stale-if-error' };
            }
            throw err;
        }
    }
    refresh(file, fetch) {
        return this.flight.run(file, async () => {
            const envelope = await fetch();
            if (envelope.status >= 200 && envelope.status < 300)
                await this.store.writeMeta(file, envelope);
            return envelope;
        });
    }
    /** Stop starting background refreshes and wait for running ones. */
    async close() {
        this.closed = true;
        await this.flight.drain();
    }
}

// EXTERNAL MODULE: ./src/mirror/report.ts
var mirror_report = __webpack_require__(98445);
// EXTERNAL MODULE: ./src/common/offline.ts
var common_offline = __webpack_require__(73842);
;// CONCATENATED MODULE: ./src/mirror/routes/context.ts


/** A 4xx answer from upstream, relayed to the client as is. */
class UpstreamAnswer extends errors/* AtmosError */.f7 {
    envelope;
    constructor(envelope) {
        super(`upstream answered HTTP ${envelope.status}`, { code: 'UPSTREAM_ANSWER' });
        this.envelope = envelope;
    }
}
/** Absolute base URL (with trailing slash) of a service, or a 404-style error when the host does not offer it. */
const bases = new WeakMap();
async function serviceBase(ctx, host, service, inbound) {
    const d = await ctx.discovery(host, inbound);
    // Memoised per discovery document: the hot path builds no URL objects.
    const memo = bases.get(d)?.get(service);
    if (memo)
        return memo;
    const value = d.services[service];
    if (typeof value !== 'string' || !value) {
        throw new UpstreamAnswer({
            fetchedAt: Date.now(),
            status: 404,
            url: d.url,
            body: JSON.stringify({
                errors: [`host ${host} does not offer a ${service === 'providers.v1' ? 'Terraform provider registry' : 'Terraform module registry'}`],
            }),
        });
    }
    const abs = new URL(value, d.url).toString();
    const base = abs.endsWith('/') ? abs : `${abs}/`;
    if (!bases.has(d))
        bases.set(d, new Map());
    bases.get(d).set(service, base);
    return base;
}
const bodies = new WeakMap();
/** The envelope body as bytes, converted once per envelope. */
function bodyBuffer(env) {
    let buf = bodies.get(env);
    if (!buf) {
        buf = Buffer.from(env.body);
        bodies.set(env, buf);
    }
    return buf;
}
/** Throw the upstream's 4xx answer so the router relays it; return the envelope when it is a 2xx. */
function okOrAnswer(envelope) {
    if (envelope.status >= 300)
        throw new UpstreamAnswer(envelope);
    return envelope;
}
function inboundHeaders(headers) {
    const one = (v) => (Array.isArray(v) ? v[0] : v);
    return {
        userAgent: one(headers['user-agent']),
        authorization: one(headers.authorization),
        terraformVersion: one(headers['x-terraform-version']),
    };
}
/** Parse an upstream JSON body; garbage from upstream is an upstream failure (502), not a proxy bug. */
function parseUpstreamJson(env) {
    try {
        return JSON.parse(env.body);
    }
    catch {
        throw new mirror_upstream/* UpstreamError */.gA(env.url, 'answered with invalid JSON', 'UPSTREAM_BAD_JSON');
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/mapLimit.ts
var mapLimit = __webpack_require__(30024);
// EXTERNAL MODULE: ./src/mirror/hashes.ts
var hashes = __webpack_require__(67387);
// EXTERNAL MODULE: ./src/mirror/signature.ts
var signature = __webpack_require__(98213);
// EXTERNAL MODULE: ./src/mirror/store.ts
var mirror_store = __webpack_require__(43462);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/mirror/routes/respond.ts
/** Response helpers shared by the routes. JSON is always `application/json` (Terraform rejects anything else). */


function sendJson(res, status, body, extraHeaders = {}) {
    const buf = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': buf.length, ...extraHeaders });
    res.end(res.req.method === 'HEAD' ? undefined : buf);
}
function sendError(res, status, message) {
    if (res.headersSent) {
        res.destroy();
        return;
    }
    sendJson(res, status, JSON.stringify({ errors: [message] }));
}
/** Read size for streaming files: 1 MiB reads measured ~7× faster than 64 KiB for a 200 MB zip (nginx uses sendfile). */
const STREAM_CHUNK = 1024 * 1024;
/**
 * Stream a committed file from disk (never buffered whole). `hit` counts the bytes that
 * actually reached the client as served from cache.
 */
async function sendFile(req, res, file, contentType, counting) {
    const handle = await external_node_fs_.promises.open(file, 'r');
    let size;
    try {
        size = (await handle.stat()).size;
    }
    catch (err) {
        await handle.close();
        throw err;
    }
    res.writeHead(200, { 'content-type': contentType, 'content-length': size, 'accept-ranges': 'none' });
    if (req.method === 'HEAD') {
        await handle.close();
        res.end();
        if (counting.hit)
            counting.report.hit(0, counting.subject);
        return;
    }
    // The open fd pins the file: a concurrent rename over it cannot tear what we stream.
    const stream = (0,external_node_fs_.createReadStream)('', { fd: handle, highWaterMark: STREAM_CHUNK });
    let sent = 0;
    stream.on('data', (c) => (sent += c.length));
    try {
        await (0,promises_.pipeline)(stream, res);
    }
    catch {
        // Client went away mid-stream; count what it got.
    }
    finally {
        if (counting.hit)
            counting.report.hit(sent, counting.subject);
    }
}

;// CONCATENATED MODULE: ./src/mirror/routes/providers.ts
/**
 * Provider Registry Protocol (registry mode): versions and download metadata relayed
 * with only the three URLs rewritten to the proxy; zip, SHA256SUMS and .sig served
 * byte-for-byte from the cache (signatures stay valid: they cover SHA256SUMS, not URLs).
 */







async function providerVersions(ctx, p, inbound) {
    const base = await serviceBase(ctx, p.host, 'providers.v1', inbound);
    const url = `${base}${p.ns}/${p.type}/versions`;
    return ctx.meta.get(ctx.store.providerMeta(p.host, p.ns, p.type, 'versions.json'), () => ctx.upstream.getMeta(url, { inbound, routeHost: p.host, signal: ctx.signal }), `${p.host}/${p.ns}/${p.type} versions`);
}
async function providerDownload(ctx, p, version, os, arch, inbound) {
    const base = await serviceBase(ctx, p.host, 'providers.v1', inbound);
    const url = `${base}${p.ns}/${p.type}/${version}/download/${os}/${arch}`;
    return ctx.meta.get(ctx.store.providerMeta(p.host, p.ns, p.type, version, 'download', `${os}_${arch}.json`), () => ctx.upstream.getMeta(url, { inbound, routeHost: p.host, signal: ctx.signal }), `${p.host}/${p.ns}/${p.type} ${version} ${os}_${arch} download`);
}
/** Parse a 2xx download answer, with its URLs resolved against the final response URL (like Terraform does). */
function parseDownloadMeta(result) {
    const env = okOrAnswer(result.envelope);
    const raw = parseUpstreamJson(env);
    const abs = (u) => (u ? new URL(u, env.url).toString() : undefined);
    return { ...raw, download_url: abs(raw.download_url) ?? '', shasums_url: abs(raw.shasums_url), shasums_signature_url: abs(raw.shasums_signature_url) };
}
const rewritten = new WeakMap();
/**
 * The download JSON with `download_url`, `shasums_url`, `shasums_signature_url` pointing at
 * the proxy and every other byte unchanged (string surgery, not re-serialisation).
 */
function rewriteDownloadBody(body, proxyFileBase, zipName) {
    const replace = (text, field, value) => text.replace(new RegExp(`("${field}"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`), (_m, lead) => `${lead}${JSON.stringify(value)}`);
    let out = replace(body, 'download_url', `${proxyFileBase}${zipName}`);
    out = replace(out, 'shasums_url', `${proxyFileBase}SHA256SUMS`);
    out = replace(out, 'shasums_signature_url', `${proxyFileBase}SHA256SUMS.sig`);
    return out;
}
async function serveRegistryDownload(ctx, r) {
    const { req, res, p, version, os, arch, inbound } = r;
    const result = await providerDownload(ctx, p, version, os, arch, inbound);
    const env = okOrAnswer(result.envelope);
    countMeta(ctx, result, env.body.length);
    // Memoised per envelope: warm hits do no JSON work at all.
    let perEnv = rewritten.get(env);
    if (!perEnv)
        rewritten.set(env, (perEnv = new Map()));
    const fileBase = `${ctx.baseUrl()}v1/providers/${p.host}/${p.ns}/${p.type}/${version}/download/${os}/${arch}/`;
    let buf = perEnv.get(fileBase);
    if (!buf) {
        buf = Buffer.from(rewriteDownloadBody(env.body, fileBase, (0,mirror_store/* providerZipName */.Ux)(p.type, version, os, arch)));
        perEnv.set(fileBase, buf);
    }
    if (result.source === 'hit' || result.source === 'miss')
        ctx.remember(req.url, buf, env.fetchedAt);
    sendJson(res, 200, buf);
}
function countMeta(ctx, result, bytes) {
    if (result.source === 'miss')
        ctx.report.miss();
    else
        ctx.report.hit(bytes);
}
/** Serve (filling on a miss) the zip of one platform, verified against the registry shasum before commit. */
async function serveProviderZip(ctx, r) {
    const { req, res, p, version, os, arch, inbound } = r;
    const target = ctx.store.providerZip(p.host, p.ns, p.type, version, os, arch);
    const subject = { kind: 'provider', name: `${p.host}/${p.ns}/${p.type} ${version}` };
    if (await (0,atomicFile/* isFile */.fo)(target))
        return sendFile(req, res, target, 'application/zip', { report: ctx.report, hit: true, subject });
    const meta = parseDownloadMeta(await providerDownload(ctx, p, version, os, arch, inbound));
    if (!meta.download_url)
        throw new UpstreamAnswer({ fetchedAt: Date.now(), status: 404, url: '', body: JSON.stringify({ errors: ['registry gave no download_url'] }) });
    let produced = false; // only the request that ran the fill counts it (single-flight shares the promise)
    const outcome = await fillTracked(ctx, ctx.store.fill(target, async (tmp) => {
        const { size } = await ctx.upstream.download(meta.download_url, tmp, {
            expectedSha256: meta.shasum,
            signal: ctx.signal,
            routeHost: p.host,
            onBytes: (n) => ctx.report.downloaded(n, subject),
        });
        // h1: (what lock files and mirror JSON want) computed once, before the zip becomes visible.
        const h1 = await (0,hashes/* h1OfZip */.Wj)(tmp);
        await (0,atomicFile/* writeFileAtomic */.Zf)(`${target}.hashes.json`, JSON.stringify({ h1, zh: `zh:${meta.shasum ?? ''}`, size }));
        produced = true;
    }, { sidecars: [`${target}.hashes.json`] }));
    if (produced || outcome === 'shared') {
        if (produced)
            ctx.report.objectAdded();
        await recordMirrorJson(ctx, p, version, os, arch, target).catch((err) => ctx.logger.debug(`mirror json update failed: ${String(err)}`));
    }
    ctx.report.miss(subject);
    await sendFile(req, res, target, 'application/zip', { report: ctx.report, hit: false });
}
/** SHA256SUMS / its signature: immutable upstream bytes, cached once per version. */
async function serveShasums(ctx, r, sig) {
    const { req, res, p, version, os, arch, inbound } = r;
    const target = ctx.store.providerShasums(p.host, p.ns, p.type, version, sig);
    const contentType = sig ? 'application/octet-stream' : 'text/plain; charset=utf-8';
    if (await (0,atomicFile/* isFile */.fo)(target))
        return sendFile(req, res, target, contentType, { report: ctx.report, hit: true });
    const meta = parseDownloadMeta(await providerDownload(ctx, p, version, os, arch, inbound));
    await fetchShasumsFile(ctx, p, version, meta, sig);
    ctx.report.miss();
    await sendFile(req, res, target, contentType, { report: ctx.report, hit: false });
}
async function fetchShasumsFile(ctx, p, version, meta, sig) {
    const target = ctx.store.providerShasums(p.host, p.ns, p.type, version, sig);
    const url = sig ? meta.shasums_signature_url : meta.shasums_url;
    if (!url)
        throw new UpstreamAnswer({ fetchedAt: Date.now(), status: 404, url: '', body: JSON.stringify({ errors: ['registry gave no shasums URL'] }) });
    let produced = false;
    await fillTracked(ctx, ctx.store.fill(target, async (tmp) => {
        await ctx.upstream.download(url, tmp, { signal: ctx.signal, routeHost: p.host, onBytes: (n) => ctx.report.downloaded(n) });
        produced = true;
    }));
    if (produced)
        ctx.report.objectAdded();
    return target;
}
/** A fill keeps running when the client that started it disconnects; close() waits for it. */
function fillTracked(ctx, p) {
    ctx.track(p);
    return p;
}
/**
 * Keep `index.json` / `<version>.json` next to the zips (as `terraform providers mirror`
 * writes them), listing only archives present on disk, so the directory is also a static
 * network mirror.
 */
async function recordMirrorJson(ctx, p, version, os, arch, zip) {
    const dir = ctx.store.providerDir(p.host, p.ns, p.type);
    const hashes = await ctx.store.readJson(`${zip}.hashes.json`);
    await (0,fileLock/* withFileLock */.U)(external_node_path_default().join(dir, '.mirror-json'), async () => {
        const indexFile = external_node_path_default().join(dir, 'index.json');
        const index = (await ctx.store.readJson(indexFile)) ?? {};
        index.versions = { ...(index.versions ?? {}), [version]: {} };
        await (0,atomicFile/* writeFileAtomic */.Zf)(indexFile, `${JSON.stringify(index, null, 2)}\n`);
        const versionFile = external_node_path_default().join(dir, `${version}.json`);
        const vjson = (await ctx.store.readJson(versionFile)) ?? {};
        vjson.archives = {
            ...(vjson.archives ?? {}),
            [`${os}_${arch}`]: { url: external_node_path_default().basename(zip), hashes: [hashes?.h1, hashes?.zh].filter((h) => !!h && h !== 'zh:') },
        };
        await (0,atomicFile/* writeFileAtomic */.Zf)(versionFile, `${JSON.stringify(vjson, null, 2)}\n`);
    });
}

;// CONCATENATED MODULE: ./src/mirror/routes/mirror.ts
/**
 * Provider Network Mirror Protocol (mirror mode), translated from the upstream registry:
 * `index.json` from the versions list; `<version>.json` from the download metadata of every
 * platform (8 at a time) with `zh:` hashes from SHA256SUMS — no zip download needed, so a cold
 * cache still answers inside Terraform's 10 s — plus `h1:` for zips already cached.
 */










const indexBodies = new WeakMap();
const PLATFORM_CONCURRENCY = 8;
async function serveMirrorIndex(ctx, req, res, p, inbound) {
    const result = await providerVersions(ctx, p, inbound);
    const env = okOrAnswer(result.envelope);
    countMeta(ctx, result, env.body.length);
    let buf = indexBodies.get(env);
    if (!buf) {
        const doc = parseUpstreamJson(env);
        const versions = {};
        for (const v of doc.versions ?? [])
            if (v.version)
                versions[v.version] = {};
        buf = Buffer.from(JSON.stringify({ versions }));
        indexBodies.set(env, buf);
    }
    if (result.source === 'hit' || result.source === 'miss')
        ctx.remember(req.url, buf, env.fetchedAt);
    sendJson(res, 200, buf);
}
async function serveMirrorVersion(ctx, res, p, version, inbound) {
    let doc;
    try {
        const result = await providerVersions(ctx, p, inbound);
        doc = parseUpstreamJson(okOrAnswer(result.envelope));
        countMeta(ctx, result, 0);
    }
    catch (err) {
        // Never 404 a <version>.json: "not here" lets the next install method (direct) try.
        if (err instanceof UpstreamAnswer)
            return sendJson(res, 200, '{"archives":{}}');
        throw err;
    }
    const platforms = doc.versions?.find((v) => v.version === version)?.platforms ?? [];
    const metas = await (0,mapLimit/* mapLimit */.s)(platforms, PLATFORM_CONCURRENCY, async (pl) => {
        try {
            return { pl, meta: parseDownloadMeta(await providerDownload(ctx, p, version, pl.os, pl.arch, inbound)) };
        }
        catch (err) {
            ctx.logger.debug(`registry cache: ${p.host}/${p.ns}/${p.type} ${version} ${pl.os}_${pl.arch} skipped: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return undefined;
        }
    });
    const found = metas.filter((m) => m !== undefined);
    let sums = new Map();
    const withSums = found.find((m) => m.meta.shasums_url);
    if (withSums) {
        try {
            const verified = await verifiedShasums(ctx, p, version, withSums.meta);
            if (verified === 'bad-signature') {
                ctx.report.warn(`${p.host}/${p.ns}/${p.type} ${version}: the SHA256SUMS signature does not verify with the registry's signing keys; no archives offered`);
                return sendJson(res, 200, '{"archives":{}}');
            }
            sums = verified;
        }
        catch (err) {
            ctx.logger.debug(`registry cache: SHA256SUMS for ${p.host}/${p.ns}/${p.type} ${version} unavailable: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    const archives = {};
    for (const { pl, meta } of found) {
        const name = (0,mirror_store/* providerZipName */.Ux)(p.type, version, pl.os, pl.arch);
        const hashes = [];
        const h1 = await cachedH1(ctx, ctx.store.providerZip(p.host, p.ns, p.type, version, pl.os, pl.arch));
        if (h1)
            hashes.push(h1);
        // The registry's shasum and the SHA256SUMS line must agree (Terraform checks the same
        // pair in registry mode); a platform where they differ is left out rather than trusted.
        const listed = sums.get(meta.filename ?? name);
        const shasum = meta.shasum?.toLowerCase();
        if (listed && shasum && listed !== shasum) {
            ctx.report.warn(`${p.host}/${p.ns}/${p.type} ${version} ${pl.os}_${pl.arch}: SHA256SUMS does not match the registry shasum; platform not offered`);
            continue;
        }
        const zh = shasum ?? listed;
        if (zh)
            hashes.push(`zh:${zh}`);
        // Relative: resolves against this document's URL, i.e. back to the proxy, whatever the port.
        archives[`${pl.os}_${pl.arch}`] = { url: name, hashes };
    }
    sendJson(res, 200, JSON.stringify({ archives }));
}
async function serveMirrorZip(ctx, req, res, p, filename, inbound) {
    const parsed = (0,mirror_store/* parseProviderZipName */.ph)(p.type, filename);
    if (!parsed)
        return sendError(res, 404, `not a provider archive name: ${filename}`);
    await serveProviderZip(ctx, { req, res, p, version: parsed.version, os: parsed.os, arch: parsed.arch, inbound });
}
/**
 * `h1:` of a cached zip from its sidecar; a zip put there by `terraform providers mirror`
 * (no sidecar) gets one computed now.
 */
async function cachedH1(ctx, zip) {
    const sidecar = await ctx.store.readJson(`${zip}.hashes.json`);
    if (sidecar?.h1)
        return sidecar.h1;
    if (!(await (0,atomicFile/* isFile */.fo)(zip)))
        return undefined;
    try {
        const h1 = await (0,hashes/* h1OfZip */.Wj)(zip);
        await (0,atomicFile/* writeFileAtomic */.Zf)(`${zip}.hashes.json`, JSON.stringify({ h1 }));
        return h1;
    }
    catch (err) {
        ctx.logger.debug(`registry cache: cannot hash ${zip}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        return undefined;
    }
}
const verifiedSums = new Map();
/**
 * SHA256SUMS of a version, its detached signature checked against the registry's
 * `signing_keys` (once per file per run). A registry that publishes no signature URL or keys
 * gets its SHA256SUMS used as is — each zip is still checked against the registry shasum.
 */
async function verifiedShasums(ctx, p, version, meta) {
    const file = await fetchShasumsFile(ctx, p, version, meta, false);
    const known = verifiedSums.get(file);
    if (known)
        return known;
    const data = await external_node_fs_.promises.readFile(file);
    const keys = (meta.signing_keys?.gpg_public_keys ?? []).map((k) => k.ascii_armor).filter((k) => typeof k === 'string');
    if (meta.shasums_signature_url && keys.length > 0) {
        const sig = await external_node_fs_.promises.readFile(await fetchShasumsFile(ctx, p, version, meta, true));
        if (!(await (0,signature/* verifyDetachedSignature */.K)(data, sig, keys)))
            return 'bad-signature';
    }
    const parsed = (0,hashes/* parseShasums */.QQ)(data.toString('utf8'));
    verifiedSums.set(file, parsed);
    return parsed;
}

// EXTERNAL MODULE: ./src/mirror/moduleSource.ts
var moduleSource = __webpack_require__(98702);
;// CONCATENATED MODULE: ./src/mirror/routes/modules.ts
/**
 * Module Registry Protocol: versions relayed verbatim (cached with TTL); the download
 * location resolved upstream, cached as the upstream SOURCE (so it survives port and
 * secret changes) and answered as a proxy archive URL ending in `.tar.gz`.
 */









/** How long a download request waits for a cold archive so it can add `?checksum=`. */
const CHECKSUM_WAIT_MS = 3000;
async function moduleVersions(ctx, m, inbound) {
    const base = await serviceBase(ctx, m.host, 'modules.v1', inbound);
    const url = `${base}${m.ns}/${m.name}/${m.system}/versions`;
    return ctx.meta.get(ctx.store.moduleMeta(m.host, m.ns, m.name, m.system, 'versions.json'), () => ctx.upstream.getMeta(url, { inbound, routeHost: m.host, signal: ctx.signal }), `module ${m.host}/${m.ns}/${m.name}/${m.system} versions`);
}
async function serveModuleVersions(ctx, req, res, m, inbound) {
    const result = await moduleVersions(ctx, m, inbound);
    const env = okOrAnswer(result.envelope);
    const body = bodyBuffer(env);
    countMeta(ctx, result, body.length);
    if (result.source === 'hit' || result.source === 'miss')
        ctx.remember(req.url, body, env.fetchedAt);
    sendJson(res, 200, body);
}
/** go-version's String(): `v1.2` → `1.2.0`, pre-release and metadata kept. */
function normalizeModuleVersion(v) {
    const m = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$/.exec(v.trim());
    if (!m)
        return undefined;
    const segs = m[1].split('.').map((s) => String(Number(s)));
    while (segs.length < 3)
        segs.push('0');
    return `${segs.join('.')}${m[2] ? `-${m[2]}` : ''}${m[3] ? `+${m[3]}` : ''}`;
}
/** The upstream's own spelling of a version Terraform asked for in normalised form. */
function originalVersion(versionsBody, requested) {
    let versions = [];
    try {
        const doc = JSON.parse(versionsBody);
        versions = (doc.modules?.[0]?.versions ?? []).map((v) => v.version ?? '').filter(Boolean);
    }
    catch {
        return requested;
    }
    if (versions.includes(requested))
        return requested;
    const want = normalizeModuleVersion(requested);
    return versions.find((v) => want !== undefined && normalizeModuleVersion(v) === want) ?? requested;
}
/** Location from either answer form: 200 + JSON `location` (wins) or the `X-Terraform-Get` header. */
function extractLocation(env) {
    if (env.status === 200 && env.body.trim()) {
        try {
            const loc = JSON.parse(env.body).location;
            if (typeof loc === 'string' && loc)
                return { location: loc, form: 'json' };
        }
        catch {
            // Not JSON: Terraform only reads the header anyway.
        }
    }
    const header = env.headers?.['x-terraform-get'];
    if (header)
        return { location: header, form: env.status === 200 && env.body.trim() ? 'json' : 'header' };
    return undefined;
}
/** Only `/`, `./`, `../` locations are relative (resolved against the download request URL); others are source addresses. */
function resolveLocation(location, downloadUrl) {
    if (location.startsWith('/') || location.startsWith('./') || location.startsWith('../'))
        return new URL(location, downloadUrl).toString();
    return location;
}
async function serveModuleDownload(ctx, res, m, version, inbound) {
    const base = await serviceBase(ctx, m.host, 'modules.v1', inbound);
    const result = await ctx.meta.get(ctx.store.moduleMeta(m.host, m.ns, m.name, m.system, version, 'download.json'), async () => {
        let original = version;
        try {
            original = originalVersion(okOrAnswer((await moduleVersions(ctx, m, inbound)).envelope).body, version);
        }
        catch {
            // No versions list: ask for the version as given.
        }
        const url = `${base}${m.ns}/${m.name}/${m.system}/${encodeURIComponent(original)}/download`;
        const env = await ctx.upstream.getMeta(url, { inbound, routeHost: m.host, signal: ctx.signal });
        if (env.status !== 200 && env.status !== 204)
            return env;
        const loc = extractLocation(env);
        if (!loc)
            throw new mirror_upstream/* UpstreamError */.gA(url, 'download response carried neither an X-Terraform-Get header nor a JSON location');
        return { fetchedAt: env.fetchedAt, status: 200, url: env.url, body: JSON.stringify({ source: resolveLocation(loc.location, url), form: loc.form }) };
    }, `module ${m.host}/${m.ns}/${m.name}/${m.system} ${version} download`);
    const env = okOrAnswer(result.envelope);
    countMeta(ctx, result, 0);
    const { source, form } = JSON.parse(env.body);
    const location = await proxyLocation(ctx, source);
    const jsonForm = form === 'json' || /opentofu/i.test(inbound.userAgent ?? '');
    if (jsonForm) {
        sendJson(res, 200, JSON.stringify({ location }), { 'x-terraform-get': location });
    }
    else {
        res.writeHead(204, { 'x-terraform-get': location });
        res.end();
    }
}
/** The proxy URL for a source (`…/archives/<id>.tar.gz[//subdir][?checksum=sha256:…]`), or the source itself when we cannot fetch it. */
async function proxyLocation(ctx, source) {
    const plan = (0,moduleSource/* planModuleSource */.jG)(source);
    if (plan.kind === 'passthrough')
        return plan.location;
    const infoFile = ctx.store.archiveInfo(plan.id);
    let info = await ctx.store.readJson(infoFile);
    if (!info)
        await (0,atomicFile/* writeFileAtomic */.Zf)(infoFile, JSON.stringify({ source: plan.base }));
    if (!(await (0,atomicFile/* isFile */.fo)(ctx.store.archive(plan.id)))) {
        // Fetch now (pre-signed locations expire); wait a little so we can add the checksum.
        const fill = fillArchive(ctx, plan);
        fill.catch((err) => ctx.logger.warn(`registry cache: module source ${redactSource(plan.base)}: ${(0,errors/* errorMessage */.gJ)(err)}`));
        await Promise.race([fill.catch(() => { }), new Promise((r) => setTimeout(r, CHECKSUM_WAIT_MS).unref())]);
        info = await ctx.store.readJson(infoFile);
    }
    const sha = (await (0,atomicFile/* isFile */.fo)(ctx.store.archive(plan.id))) ? info?.sha256 : undefined;
    return `${ctx.baseUrl()}v1/archives/${plan.id}.tar.gz${plan.subdir ? `//${plan.subdir}` : ''}${sha ? `?checksum=sha256:${sha}` : ''}`;
}
function fillArchive(ctx, plan) {
    const target = ctx.store.archive(plan.id);
    let produced = false;
    const p = ctx.store
        .fill(target, async (tmp) => {
        const subject = moduleSubject(plan.base);
        await (0,moduleSource/* fetchModuleArchive */.Xs)(plan, tmp, { upstream: ctx.upstream, signal: ctx.signal, onBytes: (n) => ctx.report.downloaded(n, subject) });
        const sha256 = await (0,hashes/* sha256File */.Q3)(tmp);
        const { size } = await external_node_fs_.promises.stat(tmp);
        if (plan.kind === 'git')
            ctx.report.downloaded(size, subject);
        await (0,atomicFile/* writeFileAtomic */.Zf)(ctx.store.archiveInfo(plan.id), JSON.stringify({ source: plan.base, sha256, size }));
        produced = true;
    }, { sidecars: [ctx.store.archiveInfo(plan.id)] })
        .then(() => {
        if (produced)
            ctx.report.objectAdded();
        return produced;
    });
    ctx.track(p);
    return p;
}
async function serveArchive(ctx, req, res, id) {
    const target = ctx.store.archive(id);
    const info = await ctx.store.readJson(ctx.store.archiveInfo(id));
    const subject = info ? moduleSubject(info.source) : undefined;
    if (await (0,atomicFile/* isFile */.fo)(target))
        return sendFile(req, res, target, 'application/gzip', { report: ctx.report, hit: true, subject });
    const plan = info ? (0,moduleSource/* planModuleSource */.jG)(info.source) : undefined;
    if (!plan || plan.kind === 'passthrough')
        return sendError(res, 404, `unknown module archive ${id}`);
    await fillArchive(ctx, plan);
    ctx.report.miss(subject);
    await sendFile(req, res, target, 'application/gzip', { report: ctx.report, hit: false });
}
function redactSource(source) {
    return source.replace(/\?.*$/, '');
}
/** A module source as a report row: no query (pre-signed tokens) except its git `ref`, no credentials. */
function moduleSubject(source) {
    const ref = /[?&]ref=([^&#]+)/.exec(source)?.[1];
    const bare = redactSource(source)
        .replace(/^git::/, '')
        .replace(/\/\/[^/@]*@/, '//');
    return { kind: 'module', name: ref ? `${bare}@${decodeURIComponent(ref)}` : bare };
}

;// CONCATENATED MODULE: ./src/mirror/routes/router.ts
/** One path segment: names, versions (`1.2.0-beta.1+meta`), hosts (`example.com:8443`). Never `.`/`..`. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._+~:-]*$/;
/**
 * Raw-path checks run before anything else: traversal (`..`, `%2e%2e`), encoded or
 * literal separators (`%2f`, `%5c`, `\`) and NUL are refused, not normalised.
 */
function unsafePath(rawPath) {
    if (/[\\\0]/.test(rawPath))
        return true;
    if (/%(2e|2f|5c|00)/i.test(rawPath))
        return true;
    return rawPath.split('/').some((s) => s === '.' || s === '..');
}
function parseRoute(rawUrl, secret) {
    const q = rawUrl.indexOf('?');
    const rawPath = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
    if (unsafePath(rawPath))
        return { status: 400, message: 'invalid path' };
    const segs = rawPath.split('/').slice(1);
    // Outside the per-run secret prefix nothing exists (same answer whatever the path).
    if (segs[0] !== secret || segs.length < 3)
        return { status: 404, message: 'not found' };
    const rest = segs.slice(1);
    if (rest[0] !== 'v1')
        return { status: 404, message: 'not found' };
    const [area, ...s] = rest.slice(1);
    if (s.length === 0 || !s.every((x) => SEGMENT.test(x)))
        return { status: 404, message: 'not found' };
    const host = s[0].toLowerCase();
    switch (area) {
        case 'providers': {
            const p = { host, ns: s[1], type: s[2] };
            if (s.length === 4 && s[3] === 'versions')
                return { route: { kind: 'providerVersions', p } };
            if ((s.length === 7 || s.length === 8) && s[4] === 'download') {
                const [version, , os, arch] = s.slice(3);
                if (s.length === 7)
                    return { route: { kind: 'providerDownload', p, version, os, arch } };
                const file = s[7] === 'SHA256SUMS' ? 'shasums' : s[7] === 'SHA256SUMS.sig' ? 'sig' : s[7].endsWith('.zip') ? 'zip' : undefined;
                if (file)
                    return { route: { kind: 'providerFile', p, version, os, arch, file } };
            }
            break;
        }
        case 'mirror': {
            if (s.length !== 4)
                break;
            const p = { host, ns: s[1], type: s[2] };
            if (s[3] === 'index.json')
                return { route: { kind: 'mirrorIndex', p } };
            if (s[3].endsWith('.zip'))
                return { route: { kind: 'mirrorZip', p, filename: s[3] } };
            if (s[3].endsWith('.json'))
                return { route: { kind: 'mirrorVersion', p, version: s[3].slice(0, -'.json'.length) } };
            break;
        }
        case 'modules': {
            const m = { host, ns: s[1], name: s[2], system: s[3] };
            if (s.length === 5 && s[4] === 'versions')
                return { route: { kind: 'moduleVersions', m } };
            if (s.length === 6 && s[5] === 'download')
                return { route: { kind: 'moduleDownload', m, version: s[4] } };
            break;
        }
        case 'archives': {
            // go-getter may append `//subdir` which it strips itself; we only ever see the file.
            const m = s.length === 1 ? /^([0-9a-f]{32})\.tar\.gz$/.exec(s[0]) : null;
            if (m)
                return { route: { kind: 'archive', id: m[1] } };
            break;
        }
    }
    return { status: 404, message: 'not found' };
}

// EXTERNAL MODULE: ./src/store/index.ts + 4 modules
var store = __webpack_require__(78054);
;// CONCATENATED MODULE: ./src/mirror/sharedTier.ts
/**
 * The registry cache's second tier (`components.terraform.cache.store: <url>`): local disk →
 * the shared object store → upstream. Immutable artifacts (provider zips with their hash
 * sidecar, SHA256SUMS + .sig, module archives with their info) are written through to the
 * store after the local fill; metadata envelopes are shared with their fetch time, so TTL and
 * stale-while-revalidate hold fleet-wide and an upstream outage is served from the store.
 * One downloader per artifact across machines: a lease object created if absent, with an
 * expiry; the others wait for the artifact to appear, then read it.
 *
 * What is never written: metadata whose body carries something credential-like (pre-signed
 * URL signatures, tokens, user:password@ URLs) stays on the local disk only.
 *
 * Store keys: `registry/<path under the cache root>`, leases under `registry/.leases/`.
 */



const LEASE_TTL_MS = 120_000;
/** Query parameters and URL shapes that carry credentials (pre-signed URLs, tokens, basic auth). */
const CREDENTIAL_LIKE = /X-Amz-Signature|X-Amz-Credential|X-Goog-Signature|[?&](sig|signature|token|access_token|sv|se)=|\/\/[^/\s"@]+:[^/\s"@]+@/i;
function looksCredentialBearing(text) {
    return CREDENTIAL_LIKE.test(text);
}
class RegistrySharedTier {
    store;
    root;
    logger;
    leaseTtlMs;
    pending = new Set();
    /** Artifacts served from the store / written to it by this process (for reports and tests). */
    counts = { fetched: 0, published: 0, waited: 0, metaShared: 0 };
    constructor(store, root, logger, leaseTtlMs = LEASE_TTL_MS) {
        this.store = store;
        this.root = root;
        this.logger = logger;
        this.leaseTtlMs = leaseTtlMs;
    }
    static open(url, root, options) {
        return new RegistrySharedTier((0,store.openStore)(url, { env: options.env, logger: options.logger, setting: 'components.terraform.cache.store' }), external_node_path_default().resolve(root), options.logger);
    }
    key(file) {
        return `registry/${external_node_path_default().relative(this.root, file).split((external_node_path_default()).sep).join('/')}`;
    }
    leaseKey(target) {
        return `registry/.leases/${external_node_path_default().relative(this.root, target).split((external_node_path_default()).sep).join('/')}`;
    }
    /** Sidecars go straight to their final paths once the artifact itself was found. */
    async fetchSidecars(sidecars) {
        for (const s of sidecars)
            await this.store.fetchFile(this.key(s), s);
    }
    /** Write through: sidecars first, so a reader that finds the artifact finds them too. */
    async publish(target, sidecars = []) {
        if (!this.store.available)
            return;
        for (const s of sidecars)
            await this.store.put(this.key(s), { file: s }, { ifAbsent: true });
        if ((await this.store.put(this.key(target), { file: target }, { ifAbsent: true })) === 'created')
            this.counts.published++;
    }
    /**
     * Before an upstream download: the artifact from the store into `tmp` ('fetched'; the
     * caller renames it into place), or download: 'leased' — this process holds the lease (one
     * downloader across machines; release it after publishing) — or 'open' (the store cannot help).
     */
    async fetchOrLease(target, tmp, sidecars = []) {
        const r = await this.store.fetchOrLease(this.key(target), tmp, this.leaseKey(target), this.leaseTtlMs);
        if (r !== 'fetched')
            return r;
        await this.fetchSidecars(sidecars);
        this.counts.fetched++;
        return 'fetched';
    }
    async releaseLease(target) {
        if (!this.store.available)
            return;
        await this.store.releaseLease(this.leaseKey(target));
    }
    /** A shared metadata envelope, when the store has one. */
    async readMeta(file) {
        if (!this.store.available)
            return undefined;
        const got = await this.store.getBytes(this.key(file));
        if (!got)
            return undefined;
        try {
            const env = JSON.parse(got.bytes.toString('utf8'));
            return typeof env.fetchedAt === 'number' && typeof env.body === 'string' ? env : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Share a fresh envelope in the background (the request does not wait for the store). */
    writeMeta(file, envelope) {
        if (!this.store.available)
            return;
        const text = JSON.stringify(envelope);
        if (looksCredentialBearing(text)) {
            this.logger.debug(`registry cache: ${external_node_path_default().basename(file)} carries credential-like URLs; not shared`);
            return;
        }
        const p = this.store
            .put(this.key(file), { bytes: Buffer.from(text) }, { contentType: 'application/json' })
            .then(() => void this.counts.metaShared++)
            .catch((err) => this.logger.debug(`registry cache: sharing ${file} failed: ${(0,errors/* errorMessage */.gJ)(err)}`))
            .finally(() => this.pending.delete(p));
        this.pending.add(p);
    }
    async drain() {
        while (this.pending.size > 0)
            await Promise.all([...this.pending]);
    }
}

;// CONCATENATED MODULE: ./src/mirror/server.ts



















const DEFAULT_HOSTS = ['registry.terraform.io', 'registry.opentofu.org'];
/**
 * The loopback caching proxy: 127.0.0.1 only, every route under a random per-run secret
 * prefix, registry mode over http or mirror mode over https (same routes on both).
 */
async function startMirrorServer(options) {
    const logger = options.logger ?? common_logger.silentLogger;
    if (options.mode === 'mirror' && !options.tls) {
        throw new errors/* AtmosError */.f7('mirror mode needs a TLS certificate', {
            code: 'MIRROR_TLS_REQUIRED',
            explanation: 'Terraform only accepts a network mirror at an https: URL.',
            hint: 'Pass tls {cert, key} (PEM) or use mode "registry".',
        });
    }
    const secret = options.secret ?? (0,external_node_crypto_.randomBytes)(16).toString('hex');
    if (!/^[A-Za-z0-9_-]{8,}$/.test(secret)) {
        throw new errors/* AtmosError */.f7('the proxy path secret must be at least 8 characters of [A-Za-z0-9_-]', { code: 'MIRROR_BAD_SECRET' });
    }
    const hosts = [...new Set([...DEFAULT_HOSTS, ...(options.hosts ?? []), ...Object.keys(options.upstreams ?? {})].map(credentials/* normalizeHost */.cS))];
    const hostSet = new Set(hosts);
    const store = new mirror_store/* MirrorStore */.$o(options.root, {
        lockStaleMs: options.lockStaleMs,
        shared: options.store ? RegistrySharedTier.open(options.store, options.root, { env: options.env ?? process.env, logger }) : undefined,
    });
    const report = new mirror_report/* ReportCounters */.E();
    const lifetime = new AbortController();
    const upstream = new mirror_upstream/* Upstream */.OS({
        credentials: options.credentials,
        upstreams: options.upstreams,
        logger,
        env: options.env,
        http: options.http,
        metaDeadlineMs: options.metaDeadlineMs,
    });
    const offline = (0,common_offline/* isOffline */.aK)(options.env ?? process.env);
    const meta = new MetadataCache(store, { ttlMs: options.metadataTtlMs, swrMs: options.staleWhileRevalidateMs }, report, logger, offline);
    const tracked = new Set();
    const discoveries = new WeakMap();
    const answers = new Map();
    // The same freshness rule as the metadata cache (TTL <= 0: never expires).
    const policy = { ttlMs: options.metadataTtlMs, swrMs: options.staleWhileRevalidateMs };
    const isFresh = (fetchedAtMs) => (0,freshness/* classifyEntry */.Fs)({ kind: 'metadata', fetchedAtMs }, policy, Date.now()) === 'fresh';
    let baseUrl = '';
    let closing = false;
    const discovery = async (host, inbound) => {
        const url = upstream.discoveryUrl(host);
        const result = await meta.get(store.discovery(host), () => upstream.getMeta(url, { inbound, routeHost: host, signal: lifetime.signal }), `${host} service discovery`);
        return parseDiscovery(result.envelope, url);
    };
    const parseDiscovery = (env, url) => {
        let d = discoveries.get(env);
        if (!d) {
            let services = {};
            if (env.status === 200) {
                try {
                    const parsed = JSON.parse(env.body);
                    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
                        services = parsed;
                }
                catch {
                    throw new mirror_upstream/* UpstreamError */.gA(env.url, 'discovery document is not JSON');
                }
            }
            else if (env.status !== 404) {
                throw new UpstreamAnswer(env);
            }
            d = { url: env.url || url, services };
            discoveries.set(env, d);
        }
        return d;
    };
    const ctx = {
        store,
        meta,
        upstream,
        report,
        logger,
        signal: lifetime.signal,
        baseUrl: () => baseUrl,
        isKnownHost: (h) => hostSet.has(h),
        discovery,
        remember: (rawUrl, body, fetchedAt) => {
            if (!rawUrl || closing)
                return;
            if (!isFresh(fetchedAt))
                return;
            // Bounded: paths come from clients; a full map simply stops taking new entries.
            if (answers.size < 10_000 || answers.has(rawUrl))
                answers.set(rawUrl, { body, fetchedAtMs: fetchedAt });
        },
        track: (p) => {
            tracked.add(p);
            p.then(() => tracked.delete(p), () => tracked.delete(p));
        },
    };
    const handler = (req, res) => {
        // Hot path: a fresh answer already rendered for this exact path is written synchronously.
        const fast = req.url !== undefined && !closing ? answers.get(req.url) : undefined;
        if (fast && (req.method === 'GET' || req.method === 'HEAD')) {
            if (isFresh(fast.fetchedAtMs)) {
                report.hit(fast.body.length);
                sendJson(res, 200, fast.body);
                return;
            }
            answers.delete(req.url);
        }
        handle(ctx, req, res, secret, () => closing).catch((err) => {
            logger.debug(`registry cache: ${req.method} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            if (!res.headersSent)
                sendError(res, 500, (0,errors/* errorMessage */.gJ)(err));
            else
                res.destroy();
        });
    };
    const server = options.tls ? external_node_https_default().createServer({ cert: options.tls.cert, key: options.tls.key }, handler) : external_node_http_default().createServer(handler);
    server.keepAliveTimeout = 30_000;
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, '127.0.0.1', () => {
            server.off('error', reject);
            resolve();
        });
    });
    const port = server.address().port;
    baseUrl = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/${secret}/`;
    logger.debug(`registry cache proxy listening on ${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/ (${options.mode} mode)`);
    const proxyServices = (host) => ({
        'modules.v1': `${baseUrl}v1/modules/${host}/`,
        'providers.v1': `${baseUrl}v1/providers/${host}/`,
    });
    let closed;
    return {
        mode: options.mode,
        port,
        baseUrl,
        hosts,
        mirrorUrl: options.mode === 'mirror' ? `${baseUrl}v1/mirror/` : undefined,
        async hostServices(host) {
            const h = (0,credentials/* normalizeHost */.cS)(host);
            const out = proxyServices(h);
            for (const [k, v] of Object.entries(await upstreamServices(h)))
                if (!(k in out) && typeof v === 'string')
                    out[k] = v;
            return out;
        },
        async hostServiceDocument(host) {
            const h = (0,credentials/* normalizeHost */.cS)(host);
            return { ...(await upstreamServices(h)), ...proxyServices(h) };
        },
        report: () => report.snapshot(),
        close() {
            closed ??= (async () => {
                closing = true;
                const stopped = new Promise((resolve) => server.close(() => resolve()));
                server.closeIdleConnections();
                // Abandon fills (their temp files are removed by the fill itself), then wait for them.
                lifetime.abort();
                await Promise.allSettled([...tracked]);
                await meta.close();
                await store.drain();
                server.closeAllConnections();
                await stopped;
            })();
            return closed;
        },
    };
    /**
     * The public registries publish only `providers.v1` and `modules.v1`, which the proxy
     * replaces: their host blocks need no upstream lookup (an offline start makes no DNS
     * request), only what an earlier run cached. Other hosts (private registries) may offer
     * `tfe.v2`, `login.v1`…, which their host block must restate, so those are looked up.
     */
    async function hostDiscovery(host) {
        if (!DEFAULT_HOSTS.includes(host))
            return discovery(host);
        const cached = await store.readMeta(store.discovery(host));
        return cached && cached.status === 200 ? parseDiscovery(cached, upstream.discoveryUrl(host)) : undefined;
    }
    /** Every service of the upstream discovery document, URLs made absolute (objects: their URL fields). */
    async function upstreamServices(host) {
        const out = {};
        let d;
        try {
            d = await hostDiscovery(host);
            if (!d)
                return out;
        }
        catch (err) {
            logger.debug(`registry cache: discovery for ${host} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
            return out;
        }
        for (const [k, v] of Object.entries(d.services)) {
            if (typeof v === 'string')
                out[k] = absolute(v, d.url);
            else if (v && typeof v === 'object' && !Array.isArray(v)) {
                const obj = { ...v };
                for (const f of ['authz', 'token', 'url'])
                    if (typeof obj[f] === 'string')
                        obj[f] = absolute(obj[f], d.url);
                out[k] = obj;
            }
            else
                out[k] = v;
        }
        return out;
    }
}
function absolute(value, base) {
    try {
        return new URL(value, base).toString();
    }
    catch {
        return value;
    }
}
async function handle(ctx, req, res, secret, closing) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendError(res, 405, 'method not allowed');
    const parsed = parseRoute(req.url ?? '/', secret);
    if ('status' in parsed)
        return sendError(res, parsed.status, parsed.message);
    const route = parsed.route;
    const host = 'p' in route ? route.p.host : 'm' in route ? route.m.host : undefined;
    if (host !== undefined && !ctx.isKnownHost(host))
        return sendError(res, 404, `registry host ${host} is not proxied`);
    if (closing())
        return sendError(res, 503, 'registry cache is shutting down');
    const inbound = inboundHeaders(req.headers);
    try {
        await dispatch(ctx, req, res, route, inbound);
    }
    catch (err) {
        if (err instanceof UpstreamAnswer) {
            ctx.report.miss();
            return sendJson(res, err.envelope.status, err.envelope.body || JSON.stringify({ errors: [`upstream answered HTTP ${err.envelope.status}`] }));
        }
        if ((0,common_offline/* isOfflineError */.ej)(err)) {
            // Terraform prints a registry's `errors` list: the reason and the way out reach the user.
            ctx.report.miss();
            ctx.logger.warn(`registry cache: ${err.message}`);
            return sendError(res, 404, `${err.message} (atmos-ts registry cache is offline). ${err.hint ?? ''}`.trim());
        }
        if (err instanceof mirror_upstream/* UpstreamError */.gA) {
            ctx.report.miss();
            ctx.report.upstreamError(err.message, err);
            ctx.logger.warn(`registry cache: ${err.message}`);
            // Both are 5xx, which Terraform's registry client retries once.
            return sendError(res, err.code === 'UPSTREAM_TIMEOUT' ? 504 : 502, err.message);
        }
        throw err;
    }
}
async function dispatch(ctx, req, res, route, inbound) {
    switch (route.kind) {
        case 'providerVersions': {
            const result = await providerVersions(ctx, route.p, inbound);
            if (result.envelope.status >= 300)
                throw new UpstreamAnswer(result.envelope);
            const body = bodyBuffer(result.envelope);
            countMeta(ctx, result, body.length);
            if (result.source === 'hit' || result.source === 'miss')
                ctx.remember(req.url, body, result.envelope.fetchedAt);
            return sendJson(res, 200, body);
        }
        case 'providerDownload':
            return serveRegistryDownload(ctx, { req, res, p: route.p, version: route.version, os: route.os, arch: route.arch, inbound });
        case 'providerFile': {
            const request = { req, res, p: route.p, version: route.version, os: route.os, arch: route.arch, inbound };
            if (route.file === 'zip')
                return serveProviderZip(ctx, request);
            return serveShasums(ctx, request, route.file === 'sig');
        }
        case 'mirrorIndex':
            return serveMirrorIndex(ctx, req, res, route.p, inbound);
        case 'mirrorVersion':
            return serveMirrorVersion(ctx, res, route.p, route.version, inbound);
        case 'mirrorZip':
            return serveMirrorZip(ctx, req, res, route.p, route.filename, inbound);
        case 'moduleVersions':
            return serveModuleVersions(ctx, req, res, route.m, inbound);
        case 'moduleDownload':
            return serveModuleDownload(ctx, res, route.m, route.version, inbound);
        case 'archive':
            return serveArchive(ctx, req, res, route.id);
    }
}


/***/ }),

/***/ 46453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  or: () => (/* binding */ serverOptions),
  MS: () => (/* binding */ sessionSettings),
  Wm: () => (/* binding */ startMirrorSession)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/http.ts + 1 modules
var http = __webpack_require__(71055);
// EXTERNAL MODULE: ./src/common/logger.ts
var common_logger = __webpack_require__(49353);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/common/process.ts
var common_process = __webpack_require__(55704);
;// CONCATENATED MODULE: ./src/mirror/cliConfigTemp.ts
/**
 * The per-session directory holding the generated Terraform CLI config. The file can carry the
 * user's registry credentials, so a session killed with `kill -9` must not leave it behind for
 * good: the directory name carries the owner's pid, and every new session removes the
 * directories whose owner is gone (tmpdir is local, so a pid check is meaningful). Names without
 * a pid (written by older versions) are removed once a day old.
 */




const PREFIX = 'atmos-ts-tfrc-';
const OWNED = /^atmos-ts-tfrc-(\d+)-/;
const UNOWNED_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** mkdtemp makes a 0700 directory: the file name is not guessable and not listable by others. */
function makeCliConfigDir(tmpRoot = external_node_os_default().tmpdir()) {
    return (0,external_node_fs_.mkdtempSync)(external_node_path_default().join(tmpRoot, `${PREFIX}${process.pid}-`));
}
/** Remove the config directories of sessions that died without cleaning up; returns what went. */
async function sweepOrphanCliConfigDirs(tmpRoot = external_node_os_default().tmpdir(), now = Date.now()) {
    let names;
    try {
        names = await external_node_fs_.promises.readdir(tmpRoot);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        if (!name.startsWith(PREFIX))
            continue;
        const dir = external_node_path_default().join(tmpRoot, name);
        const owner = OWNED.exec(name);
        let orphan;
        if (owner)
            orphan = Number(owner[1]) !== process.pid && !(0,common_process/* isAlive */._n)(Number(owner[1]));
        else
            orphan = await external_node_fs_.promises.stat(dir).then((s) => now - s.mtimeMs > UNOWNED_MAX_AGE_MS, () => false);
        if (!orphan)
            continue;
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true }).then(() => removed.push(dir), () => undefined);
    }
    return removed;
}

// EXTERNAL MODULE: ./src/mirror/cliconfig.ts + 1 modules
var cliconfig = __webpack_require__(10155);
// EXTERNAL MODULE: ./src/mirror/server.ts + 8 modules
var mirror_server = __webpack_require__(1254);
// EXTERNAL MODULE: ./src/mirror/layout.ts
var layout = __webpack_require__(26473);
// EXTERNAL MODULE: ./src/mirror/tls.ts
var mirror_tls = __webpack_require__(21814);
// EXTERNAL MODULE: ./src/mirror/trust.ts
var trust = __webpack_require__(62477);
;// CONCATENATED MODULE: ./src/mirror/session.ts
/**
 * One proxy for one run: start it, write the merged CLI config, and build the child
 * environment. Used by `atmos-ts terraform`, `terraform cache serve` and the tf-mirror action.
 */











/** `components.terraform.cache` → settings (location default `<cache root>/terraform/registry`). */
function sessionSettings(config, overrides = {}) {
    const c = config.values.components.terraform.cache;
    return {
        root: (0,layout/* registryCacheLocation */.Xy)(config),
        mode: overrides.mode ?? c.mode,
        port: overrides.port ?? c.port,
        metadataTtlMs: c.metadata_ttl,
        staleWhileRevalidateMs: c.stale_while_revalidate,
        hosts: (c.hosts ?? []).filter((h) => Boolean(h)),
        upstreams: Object.fromEntries(Object.entries(c.upstreams ?? {}).filter((e) => Boolean(e[1]))),
        http: (0,http.httpTimeouts)(config.values.http),
        store: c.store || undefined,
    };
}
/** Settings → proxy options (no TLS: the caller adds it for mirror mode). */
function serverOptions(settings, extra) {
    return {
        root: settings.root,
        mode: settings.mode,
        port: settings.port,
        metadataTtlMs: settings.metadataTtlMs,
        staleWhileRevalidateMs: settings.staleWhileRevalidateMs,
        hosts: settings.hosts,
        upstreams: settings.upstreams,
        http: settings.http,
        store: settings.store,
        ...extra,
    };
}
async function startMirrorSession(options) {
    const { settings, env } = options;
    const logger = options.logger ?? common_logger.silentLogger;
    const platform = options.platform ?? process.platform;
    await external_node_fs_.promises.mkdir(settings.root, { recursive: true });
    const user = await (0,cliconfig/* readUserCliConfig */.Qg)((0,cliconfig/* cliConfigLocations */.zD)(env, platform, options.home));
    const credentials = (0,cliconfig/* upstreamCredentials */.Ew)(user, env);
    for (const token of Object.values(credentials))
        logger.secret(token);
    const tls = settings.mode === 'mirror' ? await (0,mirror_tls/* ensureTls */.Un)(settings.root, { logger }) : undefined;
    const server = await (0,mirror_server/* startMirrorServer */.J)({ ...serverOptions(settings, { credentials, logger, env }), tls: tls && { cert: tls.cert, key: tls.key } });
    let tempDir;
    try {
        const childEnv = {};
        if (tls) {
            await (0,trust/* verifyTrust */.sm)(settings.root, { platform, env, logger, runner: options.runner, home: options.home });
            if (platform !== 'darwin' && platform !== 'win32') {
                const bundle = await (0,mirror_tls/* writeTrustBundle */.YW)(tls, env);
                if (bundle)
                    childEnv.SSL_CERT_FILE = bundle.file;
                else {
                    logger.warn('registry cache: no system CA bundle found (SSL_CERT_FILE unset and none of the usual /etc paths exist); terraform will not trust the mirror. Set SSL_CERT_FILE or use components.terraform.cache.mode: registry.');
                }
            }
        }
        // In parallel: each may need an upstream discovery request.
        const hostServices = Object.fromEntries(await Promise.all(server.hosts.map(async (host) => [host, server.hostServiceDocument ? (await server.hostServiceDocument(host)) : await server.hostServices(host)])));
        const { text, notes } = (0,cliconfig/* renderCliConfig */.zO)(user, { mode: settings.mode, hostServices, mirrorUrl: server.mirrorUrl, mirrorHosts: server.hosts });
        const merge = (0,cliconfig/* describeMerge */.ak)(user, notes);
        if (merge.info)
            logger.info(merge.info);
        if (merge.warn)
            logger.warn(merge.warn);
        let cliConfigFile;
        if (options.cliConfigOut)
            cliConfigFile = external_node_path_default().resolve(options.cliConfigOut);
        else {
            await sweepOrphanCliConfigDirs();
            tempDir = makeCliConfigDir();
            cliConfigFile = external_node_path_default().join(tempDir, 'terraform.rc');
        }
        await (0,cliconfig/* writeCliConfig */.kL)(cliConfigFile, text);
        // TOFU_CLI_CONFIG_FILE too: harmless today (OpenTofu reads TF_CLI_CONFIG_FILE) and
        // future OpenTofu releases would prefer it over the user's own value.
        childEnv.TF_CLI_CONFIG_FILE = cliConfigFile;
        childEnv.TOFU_CLI_CONFIG_FILE = cliConfigFile;
        logger.debug(`registry cache: ${settings.mode} mode at ${server.baseUrl.replace(/\/[^/]+\/$/, '/…/')}, CLI config ${cliConfigFile}`);
        let closed;
        return {
            server,
            settings,
            userConfig: user,
            cliConfigFile,
            childEnv,
            close() {
                closed ??= (async () => {
                    await server.close();
                    if (tempDir)
                        await external_node_fs_.promises.rm(tempDir, { recursive: true, force: true });
                    return server.report();
                })();
                return closed;
            },
        };
    }
    catch (err) {
        await server.close();
        if (tempDir)
            await external_node_fs_.promises.rm(tempDir, { recursive: true, force: true });
        if (err instanceof errors/* AtmosError */.f7)
            throw err;
        throw new errors/* AtmosError */.f7('cannot prepare the Terraform CLI config for the registry cache', { code: 'CLI_CONFIG', explanation: String(err), cause: err });
    }
}


/***/ }),

/***/ 98213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ verifyDetachedSignature)
/* harmony export */ });
let openpgpModule;
/** Parsed signing keys by their armored text: a bundle or a warm run checks many SHA256SUMS signed by one key. */
const parsedKeys = new Map();
const PARSED_KEYS_MAX = 64;
function readKey(openpgp, armoredKey) {
    let key = parsedKeys.get(armoredKey);
    if (!key) {
        if (parsedKeys.size >= PARSED_KEYS_MAX)
            parsedKeys.clear();
        key = openpgp.readKey({ armoredKey });
        // A key that does not parse is not kept (nor reported here: the caller's await sees it).
        key.catch(() => parsedKeys.delete(armoredKey));
        parsedKeys.set(armoredKey, key);
    }
    return key;
}
async function verifyDetachedSignature(data, signature, armoredKeys) {
    if (armoredKeys.length === 0)
        return false;
    // Loaded on first use (most runs never need it, and it is large), then once: each dynamic
    // import() is a loader round trip, which cost more than a signature check.
    const openpgp = await (openpgpModule ??= __webpack_require__.e(/* import() */ 3074).then(__webpack_require__.bind(__webpack_require__, 13074)));
    try {
        const verificationKeys = await Promise.all(armoredKeys.map((armoredKey) => readKey(openpgp, armoredKey)));
        const result = await openpgp.verify({
            message: await openpgp.createMessage({ binary: data }),
            signature: await openpgp.readSignature({ binarySignature: signature }),
            verificationKeys,
        });
        for (const s of result.signatures) {
            try {
                await s.verified;
                return true;
            }
            catch {
                // Try the next signature packet.
            }
        }
        return false;
    }
    catch {
        // Unreadable key or signature: not verified.
        return false;
    }
}


/***/ }),

/***/ 43462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ MirrorStore),
/* harmony export */   Ux: () => (/* binding */ providerZipName),
/* harmony export */   ph: () => (/* binding */ parseProviderZipName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28786);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52252);
/* harmony import */ var _common_process_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55704);
/* harmony import */ var _common_singleFlight_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83351);
/**
 * On-disk layout of the registry cache (the path is the key; no database):
 *
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_<os>_<arch>.zip   ← `terraform providers mirror` packed layout
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_<os>_<arch>.zip.hashes.json  {"h1","zh"} sidecar
 *   providers/<host>/<ns>/<type>/terraform-provider-<type>_<v>_SHA256SUMS[.sig]  upstream bytes, unchanged
 *   providers/<host>/<ns>/<type>/index.json, <v>.json                            network-mirror JSON of the cached zips
 *   metadata/providers/<host>/<ns>/<type>/versions.json                          upstream registry answers (envelopes)
 *   metadata/providers/<host>/<ns>/<type>/<v>/download/<os>_<arch>.json
 *   metadata/discovery/<host>.json                                               upstream `.well-known/terraform.json`
 *   modules/<host>/<ns>/<name>/<system>/versions.json                            envelopes
 *   modules/<host>/<ns>/<name>/<system>/<v>/download.json                        resolved upstream source (not our URL)
 *   modules/_archives/<id>.tar.gz (+ <id>.json {source, sha256, size})           module packages, id = sha256(source)[:32]
 *
 * So `providers/` is directly usable as a `filesystem_mirror` (and as a static network
 * mirror). Everything is written by temp file + rename: a reader sees the old file, the
 * new file or nothing — never a torn one. `tls/` belongs to the TLS code, not to this store.
 */






class MirrorStore {
    root;
    memory = new Map();
    fills = new _common_singleFlight_js__WEBPACK_IMPORTED_MODULE_2__/* .SingleFlight */ .F();
    lockStaleMs;
    /** The fleet tier (`components.terraform.cache.store`), when configured. */
    shared;
    constructor(root, options = {}) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        this.lockStaleMs = options.lockStaleMs ?? 15_000;
        this.shared = options.shared;
    }
    providerDir(host, ns, type) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'providers', host, ns, type);
    }
    providerZip(host, ns, type, version, os, arch) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.providerDir(host, ns, type), providerZipName(type, version, os, arch));
    }
    providerShasums(host, ns, type, version, sig = false) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.providerDir(host, ns, type), `terraform-provider-${type}_${version}_SHA256SUMS${sig ? '.sig' : ''}`);
    }
    providerMeta(host, ns, type, ...rest) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'metadata', 'providers', host, ns, type, ...rest);
    }
    discovery(host) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'metadata', 'discovery', `${host}.json`);
    }
    moduleMeta(host, ns, name, system, ...rest) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'modules', host, ns, name, system, ...rest);
    }
    archive(id) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'modules', '_archives', `${id}.tar.gz`);
    }
    archiveInfo(id) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'modules', '_archives', `${id}.json`);
    }
    /** A cached metadata envelope: memory first, then disk (another process may have written it). */
    async readMeta(file, options = {}) {
        const mem = this.memory.get(file);
        if (mem && !options.fromDisk)
            return mem;
        try {
            const parsed = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8'));
            if (typeof parsed.fetchedAt !== 'number' || typeof parsed.body !== 'string')
                return mem;
            if (!mem || parsed.fetchedAt > mem.fetchedAt)
                this.memory.set(file, parsed);
            return this.memory.get(file);
        }
        catch {
            return mem;
        }
    }
    async writeMeta(file, envelope) {
        this.memory.set(file, envelope);
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(file, JSON.stringify(envelope));
        this.shared?.writeMeta(file, envelope);
    }
    /**
     * The fleet tier's copy of an envelope when it is newer than `local` (another machine
     * fetched it since); adopted onto the local disk. Undefined without a tier or a newer copy.
     */
    async readSharedMeta(file, local) {
        const shared = await this.shared?.readMeta(file);
        if (!shared || (local && shared.fetchedAt <= local.fetchedAt))
            return undefined;
        this.memory.set(file, shared);
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(file, JSON.stringify(shared));
        return shared;
    }
    async readJson(file) {
        try {
            return JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8'));
        }
        catch {
            return undefined;
        }
    }
    /**
     * Produce an immutable file exactly once across requests and processes:
     * in-process single-flight → cross-process lock → re-check → produce into a temp
     * sibling → rename. `produce` must throw (and is then not committed) if the bytes
     * are not the expected ones. Returns 'hit' when someone else already committed it.
     *
     * With the fleet tier: the store is tried before `produce` ('shared' when it had the
     * artifact; `sidecars` are files `produce` writes next to the target, fetched and
     * published with it), one machine downloads while the others wait for its upload, and
     * what `produce` made is written through.
     */
    fill(target, produce, options = {}) {
        return this.fills.run(target, async () => {
            if (await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(target))
                return 'hit';
            return (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_4__/* .withFileLock */ .U)(target, async () => {
                if (await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(target))
                    return 'hit';
                await removeDeadTemps(target);
                const tmp = (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .tempSibling */ .Zp)(target, 'part');
                const shared = this.shared;
                let leased = false;
                try {
                    if (shared) {
                        const from = await shared.fetchOrLease(target, tmp, options.sidecars);
                        leased = from === 'leased';
                        if (from === 'fetched') {
                            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(tmp, 0o644);
                            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, target);
                            return 'shared';
                        }
                    }
                    await produce(tmp);
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.chmod(tmp, 0o644);
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rename(tmp, target);
                    if (shared)
                        await shared.publish(target, options.sidecars);
                }
                catch (err) {
                    await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(tmp, { force: true, recursive: true });
                    throw err;
                }
                finally {
                    if (leased)
                        await shared.releaseLease(target);
                }
                return 'filled';
            }, { staleMs: this.lockStaleMs });
        });
    }
    /** Wait for every in-flight fill (used on shutdown after aborting them). */
    async drain() {
        await this.fills.drain();
        await this.shared?.drain();
    }
}
function providerZipName(type, version, os, arch) {
    return `terraform-provider-${type}_${version}_${os}_${arch}.zip`;
}
/** Parse `terraform-provider-<type>_<version>_<os>_<arch>.zip` from the tail (the type may contain `_`). */
function parseProviderZipName(type, filename) {
    const prefix = `terraform-provider-${type}_`;
    if (!filename.startsWith(prefix) || !filename.endsWith('.zip'))
        return undefined;
    const parts = filename.slice(prefix.length, -'.zip'.length).split('_');
    if (parts.length < 3)
        return undefined;
    const arch = parts.pop();
    const os = parts.pop();
    return { version: parts.join('_'), os, arch };
}
/** Temp files of a process that died mid-fill (kill -9) would otherwise stay forever. */
async function removeDeadTemps(target) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(target);
    const prefix = `.${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(target)}.part-`;
    let entries;
    try {
        entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(dir);
    }
    catch {
        return;
    }
    for (const name of entries) {
        if (!name.startsWith(prefix))
            continue;
        const pid = Number(name.slice(prefix.length).split('-')[0]);
        if (Number.isInteger(pid) && pid !== process.pid && !(0,_common_process_js__WEBPACK_IMPORTED_MODULE_5__/* .isAlive */ ._n)(pid))
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { force: true });
    }
}


/***/ }),

/***/ 21814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ CA_COMMON_NAME),
/* harmony export */   Un: () => (/* binding */ ensureTls),
/* harmony export */   YW: () => (/* binding */ writeTrustBundle),
/* harmony export */   t_: () => (/* binding */ tlsFiles)
/* harmony export */ });
/* unused harmony exports RENEW_BEFORE_MS, loopbackNameConstraints, SYSTEM_BUNDLES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80477);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(reflect_metadata__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8927);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71922);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52252);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49353);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26473);



// @peculiar/x509 (via tsyringe) needs the Reflect metadata polyfill loaded first.







/**
 * TLS for mirror mode (Terraform demands an https network mirror). A local CA signs a
 * short-lived loopback server certificate:
 *
 *   <root>/tls/ca.pem, ca.cer (DER, for certutil)  — the CA users trust once (`cache trust`)
 *   <root>/tls/ca-key.pem                          — 0600
 *   <root>/tls/server.pem, server-key.pem (0600)   — SANs 127.0.0.1, ::1, localhost
 *   <root>/tls/bundle.pem                          — system roots + our CA, for SSL_CERT_FILE (Linux)
 *
 * Why two certificates: the server certificate must stay under Apple's 398-day limit and
 * is renewed (< 30 days left) without touching the CA, so the one-time OS trust step
 * survives renewals. The CA carries a critical name constraint (loopback names only), so
 * even a leaked CA key cannot impersonate any real host. The directory is 0700 and the
 * CI cache never archives `tls/` (keys stay on the machine that made them).
 */
const CA_COMMON_NAME = 'atmos-ts Terraform Registry Cache CA';
const CA_DAYS = 5 * 365;
const SERVER_DAYS = 390;
const RENEW_BEFORE_MS = 30 * 24 * 3600_000;
const DAY_MS = 24 * 3600_000;
function tlsFiles(root) {
    const dir = (0,_layout_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsDir */ .FE)(root);
    return {
        dir,
        caCert: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'ca.pem'),
        caCertDer: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'ca.cer'),
        caKey: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'ca-key.pem'),
        serverCert: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'server.pem'),
        serverKey: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'server-key.pem'),
        bundle: node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, 'bundle.pem'),
    };
}
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
_peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .cryptoProvider */ .Ve.set(node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto);
/** Load the CA and server certificate, (re)generating what is missing, unreadable or close to expiry. */
async function ensureTls(root, options = {}) {
    const files = tlsFiles(root);
    const logger = options.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_6__.silentLogger;
    const now = options.now ?? new Date();
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(root, { recursive: true });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.mkdir(files.dir, { recursive: true, mode: 0o700 });
    await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.chmod(files.dir, 0o700);
    try {
        return await (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_7__/* .withFileLock */ .U)(files.caCert, async () => {
            const generated = { ca: false, server: false };
            let ca = await loadPair(files.caCert, files.caKey, now);
            if (!ca || !ca.cert.ca) {
                ca = await generateCa(now);
                await writePair(files.caCert, files.caKey, ca.certPem, ca.keyPem);
                await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(files.caCertDer, Buffer.from(ca.cert.raw), { mode: 0o644 });
                generated.ca = true;
                logger.success(`Generated the Terraform registry cache CA (${files.caCert}); on macOS/Windows run \`atmos-ts terraform cache trust\` once`);
            }
            let server = generated.ca ? undefined : await loadPair(files.serverCert, files.serverKey, now);
            if (server && !server.cert.checkIssued(ca.cert))
                server = undefined;
            if (!server) {
                server = await generateServer(ca, now);
                await writePair(files.serverCert, files.serverKey, server.certPem, server.keyPem);
                generated.server = true;
                logger.debug(`Generated the registry cache server certificate (${files.serverCert})`);
            }
            return {
                files,
                caPem: ca.certPem,
                cert: `${server.certPem.trimEnd()}\n${ca.certPem.trimEnd()}\n`,
                key: server.keyPem,
                caSerial: ca.cert.serialNumber.toUpperCase(),
                caSha1: sha1Hex(ca.cert),
                generated,
            };
        });
    }
    catch (err) {
        if (err instanceof _common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .AtmosError */ .f7)
            throw err;
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .AtmosError */ .f7(`cannot prepare the registry cache certificate in ${files.dir}`, {
            code: 'TLS_SETUP',
            explanation: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(err),
            hint: 'Check that the cache directory is writable (components.terraform.cache.location).',
            cause: err,
        });
    }
}
/** A pair is usable when both files parse, the key matches and it is not within 30 days of expiry. */
async function loadPair(certFile, keyFile, now) {
    try {
        const [certPem, keyPem] = await Promise.all([node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(certFile, 'utf8'), node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(keyFile, 'utf8')]);
        const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certPem);
        if (!cert.checkPrivateKey((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createPrivateKey)(keyPem)))
            return undefined;
        if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_BEFORE_MS)
            return undefined;
        if (new Date(cert.validFrom).getTime() > now.getTime())
            return undefined;
        return { cert, certPem, keyPem };
    }
    catch {
        return undefined;
    }
}
async function writePair(certFile, keyFile, certPem, keyPem) {
    // Key first: a reader never finds a new certificate next to an old key.
    await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(keyFile, keyPem, { mode: 0o600 });
    await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(certFile, certPem, { mode: 0o644 });
}
function serial() {
    const b = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16);
    b[0] = b[0] & 0x7f; // positive INTEGER
    return b.toString('hex');
}
async function keyPem(keys) {
    const pkcs8 = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.exportKey('pkcs8', keys.privateKey);
    return _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .PemConverter */ .v6.encode(pkcs8, 'PRIVATE KEY');
}
async function generateCa(now) {
    const keys = (await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
    const cert = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .X509CertificateGenerator */ .Jy.createSelfSigned({
        serialNumber: serial(),
        name: `CN=${CA_COMMON_NAME}, O=atmos-ts`,
        notBefore: new Date(now.getTime() - 3600_000),
        notAfter: new Date(now.getTime() + CA_DAYS * DAY_MS),
        signingAlgorithm: ALG,
        keys: keys,
        extensions: [
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .BasicConstraintsExtension */ .WA(true, 0, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsagesExtension */ .hy(_peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsageFlags */ .Ob.keyCertSign | _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsageFlags */ .Ob.cRLSign | _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsageFlags */ .Ob.digitalSignature, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .Extension */ .YY('2.5.29.30', true, loopbackNameConstraints()),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .SubjectKeyIdentifierExtension */ .QE.create(keys.publicKey),
        ],
    });
    const certPem = cert.toString('pem');
    return { cert: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certPem), certPem: `${certPem}\n`, keyPem: await keyPem(keys), keys };
}
async function generateServer(ca, now) {
    const caKey = await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('pkcs8', _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .PemConverter */ .v6.decodeFirst(ca.keyPem), ALG, false, ['sign']);
    const caCert = new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .X509Certificate */ .yI(ca.certPem);
    const keys = (await node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify']));
    const cert = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: serial(),
        subject: 'CN=127.0.0.1',
        issuer: caCert.subject,
        notBefore: new Date(now.getTime() - 3600_000),
        notAfter: new Date(now.getTime() + SERVER_DAYS * DAY_MS),
        signingAlgorithm: ALG,
        publicKey: keys.publicKey,
        signingKey: caKey,
        extensions: [
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .BasicConstraintsExtension */ .WA(false, undefined, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsagesExtension */ .hy(_peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .KeyUsageFlags */ .Ob.digitalSignature, true),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .ExtendedKeyUsageExtension */ .j6([_peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .ExtendedKeyUsage */ .CD.serverAuth]),
            new _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .SubjectAlternativeNameExtension */ .Wx([
                { type: 'ip', value: '127.0.0.1' },
                { type: 'ip', value: '::1' },
                { type: 'dns', value: 'localhost' },
            ]),
            await _peculiar_x509__WEBPACK_IMPORTED_MODULE_4__/* .AuthorityKeyIdentifierExtension */ .Z$.create(caCert),
        ],
    });
    const certPem = cert.toString('pem');
    return { cert: new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(certPem), certPem: `${certPem}\n`, keyPem: await keyPem(keys) };
}
/**
 * DER of NameConstraints { permittedSubtrees: dNSName localhost, iPAddress 127.0.0.1/32, ::1/128 }.
 * Fixed bytes built by hand because @peculiar/x509 has no class for this extension.
 */
function loopbackNameConstraints() {
    const tlv = (tag, body) => Buffer.concat([Buffer.from([tag, body.length]), body]);
    const subtree = (name) => tlv(0x30, name);
    const dns = subtree(tlv(0x82, Buffer.from('localhost', 'ascii')));
    const v4 = subtree(tlv(0x87, Buffer.from([127, 0, 0, 1, 255, 255, 255, 255])));
    const v6addr = Buffer.alloc(16);
    v6addr[15] = 1;
    const v6 = subtree(tlv(0x87, Buffer.concat([v6addr, Buffer.alloc(16, 0xff)])));
    const der = tlv(0x30, tlv(0xa0, Buffer.concat([dns, v4, v6])));
    return der.buffer.slice(der.byteOffset, der.byteOffset + der.length);
}
function sha1Hex(cert) {
    return cert.fingerprint.replace(/:/g, '').toUpperCase();
}
/** Base bundles Go would read on Linux/BSD (`crypto/x509/root_linux.go`), first existing wins. */
const SYSTEM_BUNDLES = [
    '/etc/ssl/certs/ca-certificates.crt',
    '/etc/pki/tls/certs/ca-bundle.crt',
    '/etc/ssl/ca-bundle.pem',
    '/etc/pki/tls/cacert.pem',
    '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
    '/etc/ssl/cert.pem',
];
/**
 * Write `bundle.pem` = the system roots (the user's SSL_CERT_FILE, else the distribution
 * bundle) + our CA. Go's SSL_CERT_FILE *replaces* the default roots, so without the system
 * part the child would lose TLS to S3, GitHub, every registry. Returns undefined when no
 * system bundle exists (then SSL_CERT_FILE must not be set at all).
 */
async function writeTrustBundle(material, env, candidates = SYSTEM_BUNDLES) {
    const own = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(material.files.bundle);
    const tries = [env.SSL_CERT_FILE, ...candidates].filter((f) => Boolean(f) && node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(f) !== own);
    for (const base of tries) {
        let text;
        try {
            text = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(base, 'utf8');
        }
        catch {
            continue;
        }
        if (!text.includes('-----BEGIN CERTIFICATE-----'))
            continue;
        // A nested run may hand us a bundle that already ends with our CA: don't repeat it.
        const baseText = text.includes(material.caPem.trim()) ? text : `${text.trimEnd()}\n${material.caPem.trim()}\n`;
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(material.files.bundle, `${baseText.trimEnd()}\n`, { mode: 0o644 });
        return { file: material.files.bundle, base };
    }
    return undefined;
}


/***/ }),

/***/ 62477:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ removeTrust),
/* harmony export */   WT: () => (/* binding */ installTrust),
/* harmony export */   sm: () => (/* binding */ verifyTrust)
/* harmony export */ });
/* unused harmony exports execRunner, onGitHubActions, needsOsTrust, trustPlan, untrustPlan, verifyPlan */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(71922);
/* harmony import */ var _tls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21814);
/**
 * OS trust for the mirror-mode CA. Terraform is a Go program: on Linux it honours
 * SSL_CERT_FILE (we hand the child a bundle, no trust step needed); on macOS and Windows
 * Go uses the platform verifier, so the CA must be in the keychain / certificate store.
 * The trust store is only ever changed by the explicit `atmos-ts terraform cache trust`.
 */








const execRunner = (file, args, { timeoutMs }) => new Promise((resolve) => {
    (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)(file, args, { timeout: timeoutMs, windowsHide: true }, (err, stdout, stderr) => {
        const e = err;
        const code = !e ? 0 : typeof e.code === 'number' ? e.code : e.killed ? 124 : 127;
        resolve({ code, stdout: String(stdout), stderr: e && !stderr ? `${stderr}${e.message}` : String(stderr) });
    });
});
const TIMEOUT_MS = 30_000;
/** GitHub-hosted runners: sudo without a password (macOS), no UI for the per-user Root store prompt (Windows). */
function onGitHubActions(env) {
    return env.GITHUB_ACTIONS === 'true' || Boolean(env.ACTIONS_ORCHESTRATION_ID) || Boolean(env.ACTIONS_RUNNER_RETURN_JOB_RESULT_FOR_HOSTED);
}
function needsOsTrust(platform) {
    return platform === 'darwin' || platform === 'win32';
}
function trustPlan(ca, ctx) {
    const ci = onGitHubActions(ctx.env);
    const login = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(ctx.home ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().homedir(), 'Library', 'Keychains', 'login.keychain-db');
    if (ctx.platform === 'darwin') {
        const user = { file: 'security', args: ['add-trusted-cert', '-r', 'trustRoot', '-p', 'ssl', '-k', login, ca.pem] };
        return ci
            ? [
                [
                    { file: 'sudo', args: ['security', 'add-trusted-cert', '-d', '-r', 'trustRoot', '-p', 'ssl', '-k', '/Library/Keychains/System.keychain', ca.pem] },
                    user,
                ],
            ]
            : [[user]];
    }
    if (ctx.platform === 'win32') {
        return ci
            ? [
                [
                    { file: 'certutil', args: ['-enterprise', '-f', '-addstore', 'Root', ca.der] },
                    { file: 'certutil', args: ['-user', '-f', '-addstore', 'Root', ca.der] },
                ],
            ]
            : [[{ file: 'certutil', args: ['-user', '-f', '-addstore', 'Root', ca.der] }]];
    }
    return [];
}
function untrustPlan(ca, ctx) {
    const ci = onGitHubActions(ctx.env);
    const login = node_path__WEBPACK_IMPORTED_MODULE_4___default().join(ctx.home ?? node_os__WEBPACK_IMPORTED_MODULE_3___default().homedir(), 'Library', 'Keychains', 'login.keychain-db');
    if (ctx.platform === 'darwin') {
        // Remove the trust setting, then the certificate itself from the keychain it was added to.
        return ci
            ? [
                [
                    { file: 'sudo', args: ['security', 'remove-trusted-cert', '-d', ca.pem] },
                    { file: 'security', args: ['remove-trusted-cert', ca.pem] },
                ],
                [
                    { file: 'sudo', args: ['security', 'delete-certificate', '-Z', ca.sha1, '/Library/Keychains/System.keychain'] },
                    { file: 'security', args: ['delete-certificate', '-Z', ca.sha1, login] },
                ],
            ]
            : [[{ file: 'security', args: ['remove-trusted-cert', ca.pem] }], [{ file: 'security', args: ['delete-certificate', '-Z', ca.sha1, login] }]];
    }
    if (ctx.platform === 'win32') {
        return ci
            ? [
                [
                    { file: 'certutil', args: ['-enterprise', '-delstore', 'Root', ca.serial] },
                    { file: 'certutil', args: ['-user', '-delstore', 'Root', ca.serial] },
                ],
            ]
            : [[{ file: 'certutil', args: ['-user', '-delstore', 'Root', ca.serial] }]];
    }
    return [];
}
/** Checks that answer "does the platform verifier trust this CA?" without a network call. */
function verifyPlan(ca, serverCertPem, ctx) {
    if (ctx.platform === 'darwin')
        return [[{ file: 'security', args: ['verify-cert', '-c', serverCertPem, '-p', 'ssl', '-s', '127.0.0.1'] }]];
    if (ctx.platform === 'win32') {
        return [
            [
                { file: 'certutil', args: ['-user', '-verifystore', 'Root', ca.serial] },
                { file: 'certutil', args: ['-enterprise', '-verifystore', 'Root', ca.serial] },
                { file: 'certutil', args: ['-verifystore', 'Root', ca.serial] },
            ],
        ];
    }
    return [];
}
/** Run a plan: every step must succeed through one of its alternatives. */
async function runPlan(plan, runner, logger) {
    const failures = [];
    for (const step of plan) {
        let done = false;
        for (const cmd of step) {
            logger.debug(`running ${cmd.file} ${cmd.args.join(' ')}`);
            const r = await runner(cmd.file, cmd.args, { timeoutMs: TIMEOUT_MS });
            if (r.code === 0) {
                done = true;
                break;
            }
            failures.push(`${cmd.file} ${cmd.args.join(' ')} failed (${r.code === 124 ? `timed out after ${TIMEOUT_MS / 1000}s` : `exit ${r.code}`}): ${(r.stderr || r.stdout).trim()}`);
        }
        if (!done)
            return { ok: false, failures };
    }
    return { ok: true, failures };
}
async function caFor(root) {
    const files = (0,_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .tlsFiles */ .t_)(root);
    if (!(await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_6__/* .pathExists */ .s0)(files.caCert))) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7(`the registry cache CA does not exist yet (${files.caCert})`, {
            code: 'CA_MISSING',
            hint: 'Run `atmos-ts terraform cache serve --mode mirror` (or any mirror-mode run) once to generate it, or `atmos-ts terraform cache trust` generates it for you.',
        });
    }
    const cert = new node_crypto__WEBPACK_IMPORTED_MODULE_1__.X509Certificate(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(files.caCert));
    return {
        pem: files.caCert,
        der: files.caCertDer,
        serial: cert.serialNumber.toUpperCase(),
        sha1: cert.fingerprint.replace(/:/g, ''),
        serverPem: files.serverCert,
    };
}
/** `atmos-ts terraform cache trust`. */
async function installTrust(root, ctx) {
    if (!needsOsTrust(ctx.platform)) {
        ctx.logger.info('Not required on this platform: the Terraform child process trusts the registry cache CA through SSL_CERT_FILE automatically.');
        return 'not-required';
    }
    const ca = await caFor(root);
    const result = await runPlan(trustPlan(ca, ctx), ctx.runner ?? execRunner, ctx.logger);
    if (!result.ok) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7('cannot install the registry cache CA into the OS trust store', {
            code: 'TRUST_STORE',
            explanation: result.failures.join('\n'),
            hint: ctx.platform === 'darwin'
                ? 'The keychain may ask for your password; run the command in a terminal session.'
                : 'Run the command in a session that can confirm the certificate prompt (or as administrator).',
        });
    }
    ctx.logger.success(`Trusted the Terraform registry cache CA (${_tls_js__WEBPACK_IMPORTED_MODULE_5__/* .CA_COMMON_NAME */ .JR})`);
    return 'installed';
}
/** `atmos-ts terraform cache untrust`. */
async function removeTrust(root, ctx) {
    if (!needsOsTrust(ctx.platform)) {
        ctx.logger.info('Not required on this platform: the registry cache CA is never added to the system trust store on Linux.');
        return 'not-required';
    }
    const ca = await caFor(root);
    const result = await runPlan(untrustPlan(ca, ctx), ctx.runner ?? execRunner, ctx.logger);
    if (!result.ok) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7('cannot remove the registry cache CA from the OS trust store', {
            code: 'TRUST_STORE',
            explanation: result.failures.join('\n'),
            hint: 'It may already be gone; check Keychain Access (macOS) or certmgr.msc (Windows).',
        });
    }
    ctx.logger.success('Removed the Terraform registry cache CA from the trust store');
    return 'removed';
}
/**
 * Pre-flight for mirror mode on macOS/Windows: fail before Terraform does, with the fix,
 * instead of Terraform's "x509: certificate signed by unknown authority" in the middle of init.
 */
async function verifyTrust(root, ctx) {
    if (!needsOsTrust(ctx.platform))
        return;
    const ca = await caFor(root);
    const result = await runPlan(verifyPlan(ca, ca.serverPem, ctx), ctx.runner ?? execRunner, ctx.logger);
    if (!result.ok) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .AtmosError */ .f7('the registry cache certificate is not trusted', {
            code: 'CACHE_CERT_UNTRUSTED',
            explanation: `terraform/tofu cannot verify the registry cache proxy's certificate because its CA (${ca.pem}) is not in the ${ctx.platform === 'darwin' ? 'macOS keychain' : 'Windows certificate store'}. Mirror mode needs https, and Go uses the OS verifier on this platform.`,
            hint: 'Run `atmos-ts terraform cache trust` once (it survives certificate renewals), or use `components.terraform.cache.mode: registry`, which needs no certificate.',
        });
    }
}


/***/ }),

/***/ 11266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ Upstream),
/* harmony export */   gA: () => (/* binding */ UpstreamError)
/* harmony export */ });
/* unused harmony export META_DEADLINE_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71055);
/* harmony import */ var _common_offline_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(73842);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(953);
/* harmony import */ var _freshness_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49368);






/** The upstream is down or broken (5xx, timeout, refused, bad bytes): the caller may serve stale data or answer 502. */
class UpstreamError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7 {
    upstreamUrl;
    constructor(url, reason, code = 'UPSTREAM_FAILED', cause) {
        super(`upstream ${(0,_common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url)} failed: ${reason}`, { code, cause, context: { url: (0,_common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url) } });
        this.upstreamUrl = url;
    }
}
/**
 * Terraform gives a registry metadata request 10 s (TF_REGISTRY_CLIENT_TIMEOUT): the
 * proxy's whole upstream attempt (one retry included) ends well inside that, so the
 * client gets a stale copy or a 5xx it retries, never its own timeout.
 */
const META_DEADLINE_MS = 8000;
/** Statuses that are answers (passed to the client, never cached) rather than outages. */
const ANSWER_STATUSES = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => !(0,_freshness_js__WEBPACK_IMPORTED_MODULE_3__/* .isOutageStatus */ .uM)(s));
/**
 * All traffic to upstream registries and download hosts. Credentials: a configured token
 * goes only to the exact host it was configured for; the client's own Authorization only
 * to the registry host the route targets and only when we hold no token for it; both are
 * dropped on a redirect to another host (HttpClient does that). User-Agent is relayed.
 */
class Upstream {
    tokenFor;
    /** URL host → the registry host it serves (itself unless it is a configured upstream base). */
    registryHostOf;
    upstreams;
    discoveryUrls = new Map();
    meta;
    artifacts;
    metaDeadlineMs;
    constructor(options) {
        const lookup = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .credentialsLookup */ .nu)(options.credentials);
        this.upstreams = new Map(Object.entries(options.upstreams ?? {}).map(([h, u]) => [(0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(h), u]));
        // A registry served from a configured base URL (internal mirror, tests) gets its
        // registry host's token at that base URL's host too — and nowhere else.
        const aliases = new Map();
        for (const [h, u] of this.upstreams) {
            try {
                const baseHost = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(new URL(u).host);
                if (!aliases.has(baseHost))
                    aliases.set(baseHost, h);
            }
            catch {
                // An invalid base URL fails later with a clear message at request time.
            }
        }
        this.registryHostOf = (host) => aliases.get((0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(host)) ?? (0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(host);
        this.tokenFor = (host) => lookup(host) ?? lookup(this.registryHostOf(host));
        const authFor = (url) => {
            const token = this.tokenFor(url.host);
            return token ? `Bearer ${token}` : undefined;
        };
        this.metaDeadlineMs = options.metaDeadlineMs ?? META_DEADLINE_MS;
        // Two attempts of at most half the deadline each, all of it cut at the deadline.
        const metaAttemptMs = Math.max(1, Math.floor(this.metaDeadlineMs / 2));
        this.meta = new _common_http_js__WEBPACK_IMPORTED_MODULE_2__.HttpClient({
            logger: options.logger,
            env: options.env,
            authFor,
            retries: 1,
            headersTimeoutMs: metaAttemptMs,
            bodyTimeoutMs: metaAttemptMs,
            retryBudgetMs: metaAttemptMs,
        });
        // Zips can be big: no total deadline, but a bounded time to first byte and no long silence.
        const t = options.http ?? {};
        this.artifacts = new _common_http_js__WEBPACK_IMPORTED_MODULE_2__.HttpClient({
            logger: options.logger,
            env: options.env,
            authFor,
            retries: 2,
            headersTimeoutMs: t.headersTimeoutMs ?? _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HTTP_DEFAULTS */ .uA.headersTimeoutMs,
            bodyTimeoutMs: t.bodyTimeoutMs ?? _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HTTP_DEFAULTS */ .uA.idleTimeoutMs,
            retryBudgetMs: t.retryBudgetMs ?? _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HTTP_DEFAULTS */ .uA.retryBudgetMs,
        });
    }
    /** `https://<host>/.well-known/terraform.json`, or the configured base URL's. */
    discoveryUrl(host) {
        let url = this.discoveryUrls.get(host);
        if (!url) {
            const base = this.upstreams.get((0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(host));
            url = base ? new URL('.well-known/terraform.json', base.endsWith('/') ? base : `${base}/`).toString() : `https://${host}/.well-known/terraform.json`;
            this.discoveryUrls.set(host, url);
        }
        return url;
    }
    headers(url, inbound, routeHost, accept) {
        const headers = { accept, 'user-agent': inbound?.userAgent || 'atmos-ts' };
        if (inbound?.terraformVersion)
            headers['x-terraform-version'] = inbound.terraformVersion;
        if (inbound?.authorization && routeHost) {
            const host = new URL(url).host;
            if (this.registryHostOf(host) === (0,_credentials_js__WEBPACK_IMPORTED_MODULE_4__/* .normalizeHost */ .cS)(routeHost) && !this.tokenFor(routeHost))
                headers.authorization = inbound.authorization;
        }
        return headers;
    }
    /**
     * GET a metadata document. 2xx and client errors (404, 401…) come back as an envelope
     * (only 2xx may be cached); 5xx, timeouts and network errors throw {@link UpstreamError}.
     */
    async getMeta(url, options = {}) {
        const deadline = AbortSignal.timeout(this.metaDeadlineMs);
        try {
            const res = await this.meta.getText(url, {
                headers: this.headers(url, options.inbound, options.routeHost, 'application/json'),
                acceptStatus: ANSWER_STATUSES,
                signal: options.signal ? AbortSignal.any([options.signal, deadline]) : deadline,
            });
            const headers = {};
            for (const k of ['content-type', 'x-terraform-get', 'location'])
                if (res.headers[k])
                    headers[k] = res.headers[k];
            return { fetchedAt: Date.now(), status: res.status, url: res.url, body: res.text, headers };
        }
        catch (err) {
            if (deadline.aborted && !options.signal?.aborted) {
                throw new UpstreamError(url, `no answer within ${this.metaDeadlineMs / 1000} s`, 'UPSTREAM_TIMEOUT', err);
            }
            throw asUpstreamError(url, err);
        }
    }
    /**
     * Stream an artifact into `dest`, hashing as it goes; verifies Content-Length and, when
     * given, the SHA-256 (a mismatch throws and the caller does not commit the file).
     */
    async download(url, dest, options = {}) {
        let result;
        try {
            result = await this.artifacts.withRetry(`download ${(0,_common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .redactUrl */ .BO)(url)}`, async (_attempt, limits) => {
                const res = await this.artifacts.request(url, {
                    headers: this.headers(url, options.inbound, options.routeHost, '*/*'),
                    signal: options.signal,
                    acceptStatus: ANSWER_STATUSES,
                    headersTimeoutMs: limits.headersTimeoutMs,
                });
                if (res.status >= 300) {
                    const text = await (0,_common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .readBodyText */ .mf)(res.body, 2048);
                    throw new _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9(res.status, res.url, text);
                }
                const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
                const size = await this.artifacts.writeBody(res, dest, {
                    signal: options.signal,
                    onChunk: (chunk) => {
                        hash.update(chunk);
                        options.onBytes?.(chunk.length);
                    },
                });
                return { size, sha256: hash.digest('hex') };
            });
        }
        catch (err) {
            throw asUpstreamError(url, err);
        }
        if (options.expectedSha256 && result.sha256 !== options.expectedSha256.toLowerCase()) {
            throw new UpstreamError(url, `sha256 ${result.sha256} does not match the registry shasum ${options.expectedSha256.toLowerCase()} (not cached)`, 'CHECKSUM_MISMATCH');
        }
        return result;
    }
}
function asUpstreamError(url, err) {
    if (err instanceof UpstreamError)
        return err;
    // Offline refusals pass through unchanged: the router answers them with a 404 and the reason.
    if ((0,_common_offline_js__WEBPACK_IMPORTED_MODULE_5__/* .isOfflineError */ .ej)(err))
        throw err;
    if (err instanceof _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpStatusError */ .F9)
        return new UpstreamError(url, `HTTP ${err.status}`, 'UPSTREAM_STATUS', err);
    if (err instanceof _common_http_js__WEBPACK_IMPORTED_MODULE_2__/* .HttpNetworkError */ .z3)
        return new UpstreamError(url, err.message, err.code === 'HTTP_TIMEOUT' ? 'UPSTREAM_TIMEOUT' : 'UPSTREAM_FAILED', err);
    const code = err.code ?? err.cause?.code;
    return new UpstreamError(url, code ? `${code}: ${(0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err)}` : (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(err), 'UPSTREAM_FAILED', err);
}


/***/ })

};
