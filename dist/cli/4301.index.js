export const id = 4301;
export const ids = [4301];
export const modules = {

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

/***/ 94301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  assembleToolchain: () => (/* binding */ assembleToolchain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/toolchain/versionMatch.ts
var versionMatch = __webpack_require__(11290);
;// CONCATENATED MODULE: ./src/toolchain/binaries.ts
/*
 * Finding installed binaries: one tool's command (`which`, `exec`, installing it on demand)
 * and the bin directories of every pinned default (PATH).
 */



class BinaryLookup {
    ctx;
    versions;
    installer;
    constructor(ctx, versions, installer) {
        this.ctx = ctx;
        this.versions = versions;
        this.installer = installer;
    }
    async binaryFor(spec, options = {}) {
        const { layout, logger } = this.ctx;
        const lock = await this.ctx.readLock();
        const tool = await this.ctx.resolveFast(spec.tool, lock);
        if (!options.autoInstall && !spec.version)
            await this.requirePinnedOrInstalled(tool, lock);
        const version = await this.versions.versionFor(tool, spec.version, lock);
        const shown = tool.requestedAs ?? tool.name;
        const found = await layout.checkInstall(tool.repoOwner, tool.repoName, version);
        let meta = found.state === 'complete' ? found.meta : undefined;
        if (!meta) {
            const what = found.state === 'incomplete' ? `is installed incompletely (${found.problem})` : 'is not installed';
            if (!options.autoInstall) {
                throw new errors/* AtmosError */.f7(`${shown} ${version} ${what}`, {
                    code: 'TOOL_NOT_INSTALLED',
                    explanation: `Looked in ${layout.versionDir(tool.repoOwner, tool.repoName, version)}.`,
                    hint: `Run: atmos-ts toolchain install ${shown}@${version}`,
                });
            }
            logger.info(`${shown} ${version} ${what}; installing`);
            const outcome = await this.installer.installRecorded({ tool, version }, lock);
            if (outcome.error)
                throw outcome.error;
            meta = await layout.readInstalled(tool.repoOwner, tool.repoName, version);
            if (!meta)
                throw new errors/* AtmosError */.f7(`install of ${tool.name}@${version} left no complete binaries`, { code: 'INSTALL_INCOMPLETE' });
        }
        const binDir = layout.versionDir(tool.repoOwner, tool.repoName, version);
        const wanted = options.binary ?? spec.tool.split('/').pop();
        const name = meta.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? (options.binary ? undefined : meta.binaries[0]);
        if (!name) {
            throw new errors/* AtmosError */.f7(`${tool.name}@${version} has no command "${options.binary}"`, {
                code: 'BINARY_NOT_FOUND',
                explanation: `Installed commands: ${meta.binaries.join(', ')}`,
            });
        }
        return external_node_path_default().join(binDir, name);
    }
    /** Without a pin or an install, a lookup could only find the newest release: not what `which` asks. */
    async requirePinnedOrInstalled(tool, lock) {
        if (await this.ctx.configuredFor(tool, await this.ctx.toolVersions(), lock))
            return;
        if ((await this.ctx.layout.installedVersions(tool.repoOwner, tool.repoName)).length > 0)
            return;
        const name = tool.requestedAs ?? tool.name;
        throw new errors/* AtmosError */.f7(`${name} is not installed`, {
            code: 'TOOL_NOT_INSTALLED',
            explanation: `${this.ctx.shownVersionsFile()} does not pin ${name}, and no version of ${tool.repoOwner}/${tool.repoName} is installed.`,
            hint: `Pin and install it: atmos-ts toolchain add ${name} && atmos-ts toolchain install (or run it once with atmos-ts toolchain exec ${name}@<version>).`,
        });
    }
    async pathEntries() {
        const { layout, logger } = this.ctx;
        const lock = await this.ctx.readLock();
        const tv = await this.ctx.toolVersions();
        const dirs = [];
        for (const [name, versions] of tv.tools) {
            const tool = await this.ctx.resolveFast(name, lock);
            const version = versions[0];
            if ((0,versionMatch/* isConstraint */.WD)(version) || version === 'latest') {
                const v = (0,versionMatch/* highestMatch */.kf)(await layout.installedVersions(tool.repoOwner, tool.repoName), version);
                if (v)
                    dirs.push(layout.versionDir(tool.repoOwner, tool.repoName, v));
                continue;
            }
            if (await layout.readInstalled(tool.repoOwner, tool.repoName, version))
                dirs.push(layout.versionDir(tool.repoOwner, tool.repoName, version));
            else
                logger.debug(`${name} ${version} is not installed; not on PATH`);
        }
        return [...new Set(dirs)];
    }
}

// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/common/platform.ts
var common_platform = __webpack_require__(88038);
// EXTERNAL MODULE: ./src/github/endpoints.ts
var github_endpoints = __webpack_require__(80925);
// EXTERNAL MODULE: ./src/common/linkHeader.ts
var linkHeader = __webpack_require__(51152);
;// CONCATENATED MODULE: ./src/github/releases.ts
/**
 * The bits of the GitHub REST API the toolchain needs: releases (paged by `Link`),
 * tags, one release by tag with its assets' `digest` (`sha256:<hex>`, GitHub 2025+).
 */

class GitHubReleases {
    options;
    constructor(options) {
        this.options = options;
    }
    url(pathname) {
        const url = `${this.options.endpoints.apiUrl}${pathname}`;
        return this.options.rewrite ? this.options.rewrite(url) : url;
    }
    /** All releases (newest first, as GitHub orders them), following `Link: rel="next"` up to `maxPages`. */
    async listReleases(owner, repo, maxPages = 10) {
        return this.paged(this.url(`/repos/${owner}/${repo}/releases?per_page=100`), maxPages);
    }
    async listTags(owner, repo, maxPages = 10) {
        const tags = await this.paged(this.url(`/repos/${owner}/${repo}/tags?per_page=100`), maxPages);
        return tags.map((t) => t.name);
    }
    /** One release by tag, or undefined on 404. */
    async releaseByTag(owner, repo, tag) {
        const res = await this.options.http.getJson(this.url(`/repos/${owner}/${repo}/releases/tags/${encodeURIComponent(tag)}`), {
            acceptStatus: [404],
            headers: { accept: 'application/vnd.github+json' },
        });
        return res.status === 404 ? undefined : res.data;
    }
    /** The asset's API digest as `{algorithm, hex}`, when GitHub has one. */
    async assetDigest(owner, repo, tag, asset) {
        const release = await this.releaseByTag(owner, repo, tag);
        const digest = release?.assets.find((a) => a.name === asset)?.digest;
        const m = digest ? /^(sha256|sha512):([0-9a-fA-F]+)$/.exec(digest) : null;
        return m ? { algorithm: m[1], hex: m[2].toLowerCase() } : undefined;
    }
    /**
     * Sigstore bundles GitHub stores for an artifact digest (`sha256:<hex>`): the attestations
     * API (`gh attestation verify` reads the same). An empty list when there are none (404).
     */
    async attestations(owner, repo, digest, predicateType) {
        const query = `?per_page=100${predicateType ? `&predicate_type=${encodeURIComponent(predicateType)}` : ''}`;
        const res = await this.options.http.getJson(this.url(`/repos/${owner}/${repo}/attestations/${digest}${query}`), {
            acceptStatus: [404],
            headers: { accept: 'application/vnd.github+json' },
        });
        if (res.status === 404)
            return [];
        return (res.data?.attestations ?? []).map((a) => a.bundle).filter((b) => b !== undefined && b !== null);
    }
    async paged(first, maxPages) {
        const out = [];
        let next = first;
        for (let page = 0; next && page < maxPages; page++) {
            const res = await this.options.http.getJson(next, {
                headers: { accept: 'application/vnd.github+json' },
            });
            out.push(...(res.data ?? []));
            next = (0,linkHeader/* nextLink */.I)(res.headers.link);
            if (next && this.options.rewrite)
                next = this.options.rewrite(next);
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/toolchain/downloadUrl.ts
var downloadUrl = __webpack_require__(13182);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/store/index.ts + 4 modules
var store = __webpack_require__(78054);
;// CONCATENATED MODULE: ./src/toolchain/sharedTier.ts
/**
 * The toolchain's fleet tier (`toolchain.store: <url>`): release assets shared through an
 * object store, keyed by their public URL (before GHES/mirror rewriting, so every runner
 * agrees), so a new runner installs every pinned tool without touching GitHub. The bytes
 * are still checked against the lock file's / checksum file's digest like a download; an
 * asset from the store that fails that check is removed from the store and fetched upstream.
 * One machine downloads an asset while the others wait for its upload (a lease object).
 *
 * Store keys: `toolchain/assets/<sha256(url)[:32]>/<asset name>`.
 */


const LEASE_TTL_MS = 120_000;
class ToolchainSharedTier {
    store;
    leaseTtlMs;
    counts = { fetched: 0, published: 0 };
    constructor(store, leaseTtlMs = LEASE_TTL_MS) {
        this.store = store;
        this.leaseTtlMs = leaseTtlMs;
    }
    static open(url, options) {
        return new ToolchainSharedTier((0,store.openStore)(url, { env: options.env, logger: options.logger, setting: 'toolchain.store' }));
    }
    key(publicUrl, assetName) {
        return `toolchain/assets/${(0,external_node_crypto_.createHash)('sha256').update(publicUrl).digest('hex').slice(0, 32)}/${assetName}`;
    }
    /** 'fetched' = the asset is at `file`; 'leased' = download it and publish; 'open' = download, no lease held. */
    async fetchOrLease(publicUrl, assetName, file) {
        const key = this.key(publicUrl, assetName);
        const r = await this.store.fetchOrLease(key, file, `toolchain/.leases/${key.slice('toolchain/'.length)}`, this.leaseTtlMs);
        if (r === 'fetched')
            this.counts.fetched++;
        return r;
    }
    async releaseLease(publicUrl, assetName) {
        await this.store.releaseLease(`toolchain/.leases/${this.key(publicUrl, assetName).slice('toolchain/'.length)}`);
    }
    /** A verified download, written through (create-if-absent: the first copy stays). */
    async publish(publicUrl, assetName, file, digest) {
        const r = await this.store.put(this.key(publicUrl, assetName), { file }, { ifAbsent: true, metadata: { source_url: encodeURI(publicUrl), [`digest_${digest.algorithm}`]: digest.hex } });
        if (r === 'created')
            this.counts.published++;
    }
    /** A store copy that failed the digest check: gone, so the next runner does not get it either. */
    async discard(publicUrl, assetName) {
        await this.store.delete(this.key(publicUrl, assetName));
    }
}

// EXTERNAL MODULE: ./src/toolchain/layout.ts
var layout = __webpack_require__(7497);
// EXTERNAL MODULE: ./src/toolchain/localResolve.ts
var localResolve = __webpack_require__(23770);
// EXTERNAL MODULE: ./src/toolchain/lockFile.ts
var lockFile = __webpack_require__(93590);
;// CONCATENATED MODULE: ./src/toolchain/registryLoader.ts
/**
 * Loaded on first use only (dynamic import), so warm paths (`exec`, `which`, `path`,
 * install-from-lock) never load the registry code or the Aqua index.
 */
async function loadRegistrySet(options) {
    const { createRegistrySet } = await __webpack_require__.e(/* import() */ 5029).then(__webpack_require__.bind(__webpack_require__, 75029));
    return createRegistrySet(options);
}

// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/toolVersions.ts
var toolVersions = __webpack_require__(90300);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/toolchain/assetPlan.ts
/**
 * What to download and how to install it, for one tool version on one platform.
 * Registries (Aqua packages, inline definitions) only produce plans; download,
 * verify, extract and install consume them and know nothing about where a plan came from.
 */
/** The four signature/provenance kinds Aqua registry definitions declare. */
const SIGNATURE_KINDS = ['cosign', 'github_artifact_attestations', 'slsa_provenance', 'minisign'];

;// CONCATENATED MODULE: ./src/toolchain/checksumFile.ts

/**
 * Find the checksum of `assetName` in a checksum file, the way aqua's parser does
 * (aqua-toolchain §2.3): default format = `<hex>  <name>` lines (a `*` binary marker and
 * directories stripped from the name) or a single bare digest; `raw` = the whole file;
 * `regexp` = `pattern.checksum` group 1, keyed by `pattern.file` group 1 when given.
 * Returns lower-case hex, or undefined when the file has no entry for the asset.
 */
function findChecksum(text, source, assetName) {
    const content = text.replace(/\r\n?/g, '\n').trim();
    const want = basename(assetName);
    let found;
    switch (source.fileFormat) {
        case 'raw':
            found = content.split(/\s+/)[0];
            break;
        case 'regexp': {
            if (!source.pattern?.checksum) {
                throw new errors/* AtmosError */.f7('checksum file_format regexp has no pattern.checksum', { code: 'CHECKSUM_CONFIG' });
            }
            const sumRe = new RegExp(source.pattern.checksum);
            const fileRe = source.pattern.file ? new RegExp(source.pattern.file) : undefined;
            const matches = [];
            for (const line of content.split('\n')) {
                const m = sumRe.exec(line);
                if (!m?.[1])
                    continue;
                if (!fileRe) {
                    matches.push(m[1]);
                    break;
                }
                const f = fileRe.exec(line);
                if (f?.[1] !== undefined && basename(f[1]) === want)
                    matches.push(m[1]);
            }
            if (new Set(matches.map((m) => m.toLowerCase())).size > 1) {
                throw new errors/* AtmosError */.f7(`checksum file lists ${want} more than once with different digests`, {
                    code: 'CHECKSUM_AMBIGUOUS',
                    explanation: matches.join(', '),
                });
            }
            found = matches[0];
            break;
        }
        default: {
            const lines = content.split('\n').filter((l) => l.trim() !== '');
            if (lines.length === 1 && !/[ \t]/.test(lines[0].trim())) {
                found = lines[0].trim();
                break;
            }
            for (const line of lines) {
                let sep = line.indexOf(' ');
                if (sep < 0)
                    sep = line.indexOf('\t');
                if (sep < 0)
                    continue;
                const digest = line.slice(0, sep).trim();
                let name = line.slice(sep + 1).trim();
                if (name.startsWith('*'))
                    name = name.slice(1);
                if (basename(name) === want) {
                    found = digest;
                    break;
                }
            }
        }
    }
    if (found === undefined)
        return undefined;
    const hex = found.trim().toLowerCase();
    if (!/^[0-9a-f]+$/.test(hex) || (source.algorithm && hex.length !== digestLength(source.algorithm))) {
        throw new errors/* AtmosError */.f7(`checksum file entry for ${want} is not a ${source.algorithm ?? ''} digest: "${found.slice(0, 140)}"`, {
            code: 'CHECKSUM_FORMAT',
            hint: 'Check the registry definition: the checksum algorithm or file_format may be wrong.',
        });
    }
    return hex;
}
function digestLength(algorithm) {
    return { sha256: 64, sha512: 128, sha1: 40, md5: 32 }[algorithm] ?? 64;
}
function basename(p) {
    const s = p.replace(/\\/g, '/');
    return s.slice(s.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/toolchain/verify.ts




async function expectedChecksum(plan, ctx) {
    if (ctx.policy === 'disabled')
        return undefined;
    const label = `${plan.name}@${plan.version}`;
    if (plan.checksum) {
        const url = ctx.rewrite(plan.checksum.url);
        let text;
        try {
            const res = await ctx.http.getText(url, { acceptStatus: [404] });
            if (res.status === 404)
                throw new Error('HTTP 404');
            text = res.text;
        }
        catch (err) {
            throw new errors/* AtmosError */.f7(`could not fetch the checksum file for ${label}`, {
                code: 'CHECKSUM_UNAVAILABLE',
                explanation: `The registry declares a checksum file at ${url}, but fetching it failed: ${(0,errors/* errorMessage */.gJ)(err)}.`,
                hint: 'Retry later, or set toolchain.verification.checksums: disabled to install without verification (not recommended).',
                context: { url },
            });
        }
        const hex = findChecksum(text, plan.checksum, plan.assetName);
        if (!hex) {
            throw new errors/* AtmosError */.f7(`the checksum file for ${label} has no entry for ${plan.assetName}`, {
                code: 'CHECKSUM_UNAVAILABLE',
                explanation: `${url} was fetched but lists no checksum for ${plan.assetName}:\n${text.slice(0, 2000)}`,
                hint: 'The registry definition may be out of date for this version.',
                context: { url },
            });
        }
        return { hex, algorithm: plan.checksum.algorithm, source: url };
    }
    if (plan.githubRelease && ctx.releases) {
        const g = plan.githubRelease;
        try {
            const digest = await ctx.releases.assetDigest(g.owner, g.repo, g.tag, g.asset);
            if (digest)
                return { hex: digest.hex, algorithm: digest.algorithm, source: 'GitHub release asset digest' };
        }
        catch (err) {
            // A rate limit is worth saying; the digest is optional, so the install goes on.
            if (ctx.policy === 'required')
                throw err;
        }
    }
    if (ctx.policy === 'required') {
        throw new errors/* AtmosError */.f7(`${label} has no checksum metadata`, {
            code: 'CHECKSUM_REQUIRED',
            explanation: 'toolchain.verification.checksums is "required", but the registry declares no checksum file and GitHub reports no asset digest.',
            hint: 'Pin it with a committed toolchain.lock.yaml, add a checksum to the tool definition, or relax the policy to when_available.',
        });
    }
    return undefined;
}
/** Counters that let tests prove a fresh download is hashed as it streams, not read back from disk. */
const verifyStats = { fileHashes: 0 };
/** Digests of a file in one pass. */
async function hashFile(file, algorithms) {
    verifyStats.fileHashes++;
    const hashes = [...new Set(algorithms)].map((a) => [a, (0,external_node_crypto_.createHash)(a)]);
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        for (const [, h] of hashes)
            h.update(chunk);
    return Object.fromEntries(hashes.map(([a, h]) => [a, h.digest('hex')]));
}
/** Compare, and on a mismatch delete the download and say expected vs got. */
async function checkDigest(file, label, expected, actualHex, code = 'CHECKSUM_MISMATCH') {
    if (actualHex.toLowerCase() === expected.hex.toLowerCase())
        return;
    await external_node_fs_.promises.rm(file, { force: true });
    throw new errors/* AtmosError */.f7(`checksum mismatch for ${label}: expected ${expected.algorithm}:${expected.hex}, got ${expected.algorithm}:${actualHex}`, {
        code,
        explanation: code === 'LOCK_CHECKSUM_MISMATCH'
            ? `The downloaded file does not match the checksum recorded in toolchain.lock.yaml. The download was deleted and nothing was installed.`
            : `The downloaded file does not match the checksum from ${expected.source}. The download was deleted and nothing was installed.`,
        hint: code === 'LOCK_CHECKSUM_MISMATCH'
            ? 'If the upstream change is legitimate, run "atmos-ts toolchain lock" to record the new checksum; otherwise treat the asset as tampered.'
            : 'Retry the install; if it keeps failing the upstream asset or the mirror may have been tampered with.',
        context: { expected: expected.hex, got: actualHex, source: expected.source },
    });
}

;// CONCATENATED MODULE: ./src/toolchain/signatures/publicGoodRoot.ts
/**
 * The Sigstore public-good trusted root (Fulcio CAs, Rekor and CT log keys, TSAs), shipped so
 * keyless verification works offline and in air-gapped bundles. Copied unmodified from the
 * `trusted_root.json` target embedded in @sigstore/tuf 4.0.2 `seeds.json` (the TUF-signed
 * root of https://tuf-repo-cdn.sigstore.dev). Refresh it from a newer @sigstore/tuf when
 * Sigstore rotates keys; `toolchain.verification.trusted_root` overrides it.
 */
const SIGSTORE_PUBLIC_GOOD_ROOT = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
        {
            baseUrl: 'https://rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2G2Y+2tabdTV5BcGiBIx0a9fAFwrkBbmLSGtks4L3qX6yYY0zufBnhC8Ur/iy55GhWP/9A/bY2LhC30M9+RYtw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-01-12T11:53:27Z',
                },
            },
            logId: {
                keyId: 'wNI9atQGlz+VWfO6LRygH4QUfY/8W4RFwiT5i5WRgB0=',
            },
        },
        {
            baseUrl: 'https://log2025-1.rekor.sigstore.dev',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MCowBQYDK2VwAyEAt8rlp1knGwjfbcXAYPYAkn0XiLz1x8O4t0YkEhie244=',
                keyDetails: 'PKIX_ED25519',
                validFor: {
                    start: '2025-09-23T00:00:00Z',
                },
            },
            logId: {
                keyId: 'zxGZFVvd0FEmjR8WrFwMdcAJ9vtaY/QXf44Y1wUeP6A=',
            },
        },
    ],
    certificateAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIIB+DCCAX6gAwIBAgITNVkDZoCiofPDsy7dfm6geLbuhzAKBggqhkjOPQQDAzAqMRUwEwYDVQQKEwxzaWdzdG9yZS5kZXYxETAPBgNVBAMTCHNpZ3N0b3JlMB4XDTIxMDMwNzAzMjAyOVoXDTMxMDIyMzAzMjAyOVowKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTB2MBAGByqGSM49AgEGBSuBBAAiA2IABLSyA7Ii5k+pNO8ZEWY0ylemWDowOkNa3kL+GZE5Z5GWehL9/A9bRNA3RbrsZ5i0JcastaRL7Sp5fp/jD5dxqc/UdTVnlvS16an+2Yfswe/QuLolRUCrcOE2+2iA5+tzd6NmMGQwDgYDVR0PAQH/BAQDAgEGMBIGA1UdEwEB/wQIMAYBAf8CAQEwHQYDVR0OBBYEFMjFHQBBmiQpMlEk6w2uSu1KBtPsMB8GA1UdIwQYMBaAFMjFHQBBmiQpMlEk6w2uSu1KBtPsMAoGCCqGSM49BAMDA2gAMGUCMH8liWJfMui6vXXBhjDgY4MwslmN/TJxVe/83WrFomwmNf056y1X48F9c4m3a3ozXAIxAKjRay5/aj/jsKKGIkmQatjI8uupHr/+CxFvaJWmpYqNkLDGRU+9orzh5hI2RrcuaQ==',
                    },
                ],
            },
            validFor: {
                start: '2021-03-07T03:20:29Z',
                end: '2022-12-31T23:59:59.999Z',
            },
        },
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore',
            },
            uri: 'https://fulcio.sigstore.dev',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICGjCCAaGgAwIBAgIUALnViVfnU0brJasmRkHrn/UnfaQwCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMjA0MTMyMDA2MTVaFw0zMTEwMDUxMzU2NThaMDcxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEeMBwGA1UEAxMVc2lnc3RvcmUtaW50ZXJtZWRpYXRlMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE8RVS/ysH+NOvuDZyPIZtilgUF9NlarYpAd9HP1vBBH1U5CV77LSS7s0ZiH4nE7Hv7ptS6LvvR/STk798LVgMzLlJ4HeIfF3tHSaexLcYpSASr1kS0N/RgBJz/9jWCiXno3sweTAOBgNVHQ8BAf8EBAMCAQYwEwYDVR0lBAwwCgYIKwYBBQUHAwMwEgYDVR0TAQH/BAgwBgEB/wIBADAdBgNVHQ4EFgQU39Ppz1YkEZb5qNjpKFWixi4YZD8wHwYDVR0jBBgwFoAUWMAeX5FFpWapesyQoZMi0CrFxfowCgYIKoZIzj0EAwMDZwAwZAIwPCsQK4DYiZYDPIaDi5HFKnfxXx6ASSVmERfsynYBiX2X6SJRnZU84/9DZdnFvvxmAjBOt6QpBlc4J/0DxvkTCqpclvziL6BCCPnjdlIB3Pu3BxsPmygUY7Ii2zbdCdliiow=',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUALZNAPFdxHPwjeDloDwyYChAO/4wCgYIKoZIzj0EAwMwKjEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MREwDwYDVQQDEwhzaWdzdG9yZTAeFw0yMTEwMDcxMzU2NTlaFw0zMTEwMDUxMzU2NThaMCoxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjERMA8GA1UEAxMIc2lnc3RvcmUwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAT7XeFT4rb3PQGwS4IajtLk3/OlnpgangaBclYpsYBr5i+4ynB07ceb3LP0OIOZdxexX69c5iVuyJRQ+Hz05yi+UF3uBWAlHpiS5sh0+H2GHE7SXrk1EC5m1Tr19L9gg92jYzBhMA4GA1UdDwEB/wQEAwIBBjAPBgNVHRMBAf8EBTADAQH/MB0GA1UdDgQWBBRYwB5fkUWlZql6zJChkyLQKsXF+jAfBgNVHSMEGDAWgBRYwB5fkUWlZql6zJChkyLQKsXF+jAKBggqhkjOPQQDAwNpADBmAjEAj1nHeXZp+13NWBNa+EDsDP8G1WWg1tCMWP/WHPqpaVo0jhsweNFZgSs0eE7wYI4qAjEA2WB9ot98sIkoF3vZYdd3/VtWB5b9TNMea7Ix/stJ5TfcLLeABLE4BNJOsQ4vnBHJ',
                    },
                ],
            },
            validFor: {
                start: '2022-04-13T20:06:15Z',
            },
        },
    ],
    ctlogs: [
        {
            baseUrl: 'https://ctfe.sigstore.dev/test',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEbfwR+RJudXscgRBRpKX1XFDy3PyudDxz/SfnRi1fT8ekpfBd2O1uoz7jr3Z8nKzxA69EUQ+eFCFI3zeubPWU7w==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2021-03-14T00:00:00Z',
                    end: '2022-10-31T23:59:59.999Z',
                },
            },
            logId: {
                keyId: 'CGCS8ChS/2hF0dFrJ4ScRWcYrBY9wzjSbea8IgY2b3I=',
            },
        },
        {
            baseUrl: 'https://ctfe.sigstore.dev/2022',
            hashAlgorithm: 'SHA2_256',
            publicKey: {
                rawBytes: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEiPSlFi0CmFTfEjCUqF9HuCEcYXNKAaYalIJmBZ8yyezPjTqhxrKBpMnaocVtLJBI1eM3uXnQzQGAJdJ4gs9Fyw==',
                keyDetails: 'PKIX_ECDSA_P256_SHA_256',
                validFor: {
                    start: '2022-10-20T00:00:00Z',
                },
            },
            logId: {
                keyId: '3T0wasbHETJjGR4cmWc3AqJKXrjePK3/h4pygC8p7o4=',
            },
        },
    ],
    timestampAuthorities: [
        {
            subject: {
                organization: 'sigstore.dev',
                commonName: 'sigstore-tsa-selfsigned',
            },
            uri: 'https://timestamp.sigstore.dev/api/v1/timestamp',
            certChain: {
                certificates: [
                    {
                        rawBytes: 'MIICEDCCAZagAwIBAgIUOhNULwyQYe68wUMvy4qOiyojiwwwCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMC4xFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEVMBMGA1UEAxMMc2lnc3RvcmUtdHNhMHYwEAYHKoZIzj0CAQYFK4EEACIDYgAE4ra2Z8hKNig2T9kFjCAToGG30jky+WQv3BzL+mKvh1SKNR/UwuwsfNCg4sryoYAd8E6isovVA3M4aoNdm9QDi50Z8nTEyvqgfDPtTIwXItfiW/AFf1V7uwkbkAoj0xxco2owaDAOBgNVHQ8BAf8EBAMCB4AwHQYDVR0OBBYEFIn9eUOHz9BlRsMCRscsc1t9tOsDMB8GA1UdIwQYMBaAFJjsAe9/u1H/1JUeb4qImFMHic6/MBYGA1UdJQEB/wQMMAoGCCsGAQUFBwMIMAoGCCqGSM49BAMDA2gAMGUCMDtpsV/6KaO0qyF/UMsX2aSUXKQFdoGTptQGc0ftq1csulHPGG6dsmyMNd3JB+G3EQIxAOajvBcjpJmKb4Nv+2Taoj8Uc5+b6ih6FXCCKraSqupe07zqswMcXJTe1cExvHvvlw==',
                    },
                    {
                        rawBytes: 'MIIB9zCCAXygAwIBAgIUV7f0GLDOoEzIh8LXSW80OJiUp14wCgYIKoZIzj0EAwMwOTEVMBMGA1UEChMMc2lnc3RvcmUuZGV2MSAwHgYDVQQDExdzaWdzdG9yZS10c2Etc2VsZnNpZ25lZDAeFw0yNTA0MDgwNjU5NDNaFw0zNTA0MDYwNjU5NDNaMDkxFTATBgNVBAoTDHNpZ3N0b3JlLmRldjEgMB4GA1UEAxMXc2lnc3RvcmUtdHNhLXNlbGZzaWduZWQwdjAQBgcqhkjOPQIBBgUrgQQAIgNiAAQUQNtfRT/ou3YATa6wB/kKTe70cfJwyRIBovMnt8RcJph/COE82uyS6FmppLLL1VBPGcPfpQPYJNXzWwi8icwhKQ6W/Qe2h3oebBb2FHpwNJDqo+TMaC/tdfkv/ElJB72jRTBDMA4GA1UdDwEB/wQEAwIBBjASBgNVHRMBAf8ECDAGAQH/AgEAMB0GA1UdDgQWBBSY7AHvf7tR/9SVHm+KiJhTB4nOvzAKBggqhkjOPQQDAwNpADBmAjEAwGEGrfGZR1cen1R8/DTVMI943LssZmJRtDp/i7SfGHmGRP6gRbuj9vOK3b67Z0QQAjEAuT2H673LQEaHTcyQSZrkp4mX7WwkmF+sVbkYY5mXN+RMH13KUEHHOqASaemYWK/E',
                    },
                ],
            },
            validFor: {
                start: '2025-07-04T00:00:00Z',
            },
        },
    ],
};

;// CONCATENATED MODULE: ./src/toolchain/signatures/sigstore.ts
/**
 * Sigstore verification on top of the Sigstore project's own libraries (@sigstore/verify,
 * @sigstore/bundle, @sigstore/core): bundles (message signatures and DSSE envelopes, with
 * Fulcio certificates or public keys, transparency-log entries checked against the trusted
 * root), and the bare certificate + signature pair cosign publishes next to an asset.
 * Loaded only when a tool declares a signature: warm runs never pay for it.
 */




const PUBLIC_GOOD_ORIGIN = 'the Sigstore public-good root shipped with atmos-ts';
/** The configured trusted root (`toolchain.verification.trusted_root`), else the shipped one. */
async function loadTrustedRoot(file) {
    if (!file)
        return { json: SIGSTORE_PUBLIC_GOOD_ROOT, origin: PUBLIC_GOOD_ORIGIN };
    let text;
    try {
        text = await external_node_fs_.promises.readFile(file, 'utf8');
    }
    catch (err) {
        throw rootError(file, `cannot read it: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    try {
        const json = JSON.parse(text);
        if (!Array.isArray(json.certificateAuthorities) || !Array.isArray(json.tlogs))
            throw new Error('no "certificateAuthorities" and "tlogs" lists');
        return { json, origin: file };
    }
    catch (err) {
        throw rootError(file, `it is not a Sigstore trusted_root.json (${(0,errors/* errorMessage */.gJ)(err)})`);
    }
}
function rootError(file, why) {
    return new errors/* AtmosError */.f7(`toolchain.verification.trusted_root: ${file}: ${why}`, {
        code: 'TRUSTED_ROOT_INVALID',
        hint: 'Point it at the trusted_root.json of your Sigstore deployment, or remove the key to use the public-good root.',
        context: { file },
    });
}
let libs;
/** Start loading the Sigstore libraries (while the asset downloads). */
function preloadSigstore() {
    load().catch(() => { });
}
function load() {
    libs ??= (async () => ({
        verify: await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(4187)]).then(__webpack_require__.bind(__webpack_require__, 54187)),
        bundle: await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(1040)]).then(__webpack_require__.bind(__webpack_require__, 61040)),
        core: await __webpack_require__.e(/* import() */ 3917).then(__webpack_require__.t.bind(__webpack_require__, 83917, 23)),
        chain: await Promise.all(/* import() */[__webpack_require__.e(9654), __webpack_require__.e(3917), __webpack_require__.e(8412)]).then(__webpack_require__.bind(__webpack_require__, 38412)),
    }))();
    return libs;
}
const materials = new WeakMap();
async function trustMaterial(root) {
    let m = materials.get(root);
    if (!m) {
        m = (async () => {
            const { verify } = await load();
            const { TrustedRoot } = await __webpack_require__.e(/* import() */ 9654).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23));
            let parsed;
            try {
                parsed = TrustedRoot.fromJSON(root.json);
            }
            catch (err) {
                throw rootError(root.origin, (0,errors/* errorMessage */.gJ)(err));
            }
            // Parsing the root's certificates and keys is most of a verification's CPU: once per root.
            const keyless = verify.toTrustMaterial(parsed, () => {
                throw new Error('the bundle names a public key, but no --key was given');
            });
            for (const ca of keyless.certificateAuthorities)
                for (const cert of ca.certChain)
                    memoizeTrustedCertificate(cert);
            return {
                hasCtlogs: parsed.ctlogs.length > 0,
                material: (key) => (key ? { ...keyless, publicKey: () => ({ publicKey: key, validFor: () => true }) } : keyless),
            };
        })();
        materials.set(root, m);
    }
    return m;
}
/**
 * @sigstore/core compares and verifies certificates by re-encoding their parsed ASN.1 tree
 * (`equals` → `root.toDER()`, `verify` → `tbsCertificate.toDER()`), every time: the chain
 * check of one keyless signature re-encodes the trusted CA certificates a dozen times, which
 * was most of its CPU. A parsed certificate never changes, so each node's encoding is
 * computed once (own property on the instance; the same bytes the prototype method returns).
 * Applied to the trusted root's certificates (kept for the process) and to each leaf.
 */
function memoizeDer(cert) {
    const pending = [cert.root];
    for (let node = pending.pop(); node; node = pending.pop()) {
        if (Object.prototype.hasOwnProperty.call(node, 'toDER'))
            continue;
        const encode = node.toDER.bind(node);
        let der;
        Object.defineProperty(node, 'toDER', { value: () => (der ??= encode()), configurable: true });
        pending.push(...node.subs);
    }
}
/**
 * A trusted CA certificate, kept for the process: its encodings (memoizeDer) and the checks of
 * its own signature by a given issuer (the root's self-signature, an intermediate's by the
 * root) are computed once instead of on each chain check. Only the leaf is verified afresh.
 */
function memoizeTrustedCertificate(cert) {
    memoizeDer(cert);
    const verify = cert.verify.bind(cert);
    const byIssuer = new WeakMap();
    let self;
    Object.defineProperty(cert, 'verify', {
        value: (issuer) => {
            if (!issuer)
                return (self ??= verify());
            let ok = byIssuer.get(issuer);
            if (ok === undefined)
                byIssuer.set(issuer, (ok = verify(issuer)));
            return ok;
        },
        configurable: true,
    });
}
/** A signature that did not verify: the message the Sigstore library gave, and its code. */
class SignatureCheckFailure extends Error {
    reason;
    constructor(message, reason) {
        super(message);
        this.reason = reason;
    }
}
/** Verify a Sigstore bundle (JSON) against the trusted root. */
async function verifyBundle(bundleJson, root, check) {
    const { verify, bundle } = await load();
    let parsed;
    try {
        parsed = bundle.bundleFromJSON(bundleJson);
    }
    catch (err) {
        throw new SignatureCheckFailure(`not a Sigstore bundle (${(0,errors/* errorMessage */.gJ)(err)})`, 'format');
    }
    const { material, hasCtlogs } = await trustMaterial(root);
    const entity = verify.toSignedEntity(parsed, check.artifact);
    const keyless = entity.key.$case === 'certificate';
    if (entity.key.$case === 'certificate')
        memoizeDer(entity.key.certificate);
    const verifier = new verify.Verifier(material(check.key), {
        // A private deployment without CT logs (and the tests' root) issues certificates without SCTs.
        ctlogThreshold: keyless && hasCtlogs ? 1 : 0,
        tlogThreshold: check.ignoreTlog ? 0 : 1,
        // A key has no validity window to prove; a certificate must have been valid when it signed.
        timestampThreshold: keyless ? 1 : 0,
    });
    let signer;
    try {
        signer = verifier.verify(entity);
    }
    catch (err) {
        throw libraryFailure(err);
    }
    const identity = keyless && entity.key.$case === 'certificate' ? certificateIdentity(entity.key.certificate) : {};
    if (!identity.subject)
        identity.subject = signer.identity?.subjectAlternativeName;
    const content = parsed.content;
    const payload = content.$case === 'dsseEnvelope' ? { type: content.dsseEnvelope.payloadType, body: Buffer.from(content.dsseEnvelope.payload) } : undefined;
    return { identity, ...(payload ? { payload } : {}) };
}
function libraryFailure(err) {
    const code = err.code ?? '';
    const cause = err.cause;
    const detail = (0,errors/* errorMessage */.gJ)(err) + (cause ? ` (${(0,errors/* errorMessage */.gJ)(cause)})` : '');
    if (code === 'SIGNATURE_ERROR' || code === 'TLOG_BODY_ERROR')
        return new SignatureCheckFailure(detail, 'signature');
    if (code === 'CERTIFICATE_ERROR' || code === 'PUBLIC_KEY_ERROR')
        return new SignatureCheckFailure(detail, 'certificate');
    if (code.startsWith('TLOG') || code === 'TIMESTAMP_ERROR')
        return new SignatureCheckFailure(detail, 'tlog');
    return new SignatureCheckFailure(detail, 'format');
}
/**
 * cosign's detached pair: a Fulcio certificate (PEM, possibly base64-wrapped) and a base64
 * signature over the blob. No transparency-log entry comes with it (cosign would look one
 * up in Rekor online), so the chain to the trusted CA is checked at the certificate's own
 * issuance time; see docs/toolchain.md "Trust model".
 */
async function verifyCertificateSignature(certText, signatureText, blob, root) {
    const { core, chain } = await load();
    const { material } = await trustMaterial(root);
    let cert;
    try {
        cert = core.X509Certificate.parse(pemText(certText));
    }
    catch (err) {
        throw new SignatureCheckFailure(`the certificate is not a PEM X.509 certificate (${(0,errors/* errorMessage */.gJ)(err)})`, 'format');
    }
    memoizeDer(cert);
    try {
        chain.verifyCertificateChain(cert.notBefore, cert, material().certificateAuthorities);
    }
    catch (err) {
        throw libraryFailure(err);
    }
    const key = (0,external_node_crypto_.createPublicKey)({ key: cert.publicKey, format: 'der', type: 'spki' });
    if (!verifyBlobSignature(key, blob, decodeSignature(signatureText))) {
        throw new SignatureCheckFailure('the signature does not match these bytes', 'signature');
    }
    return certificateIdentity(cert);
}
/** cosign `--key` with a detached base64 signature (no bundle). */
function verifyKeySignature(key, signatureText, blob) {
    if (!verifyBlobSignature(key, blob, decodeSignature(signatureText))) {
        throw new SignatureCheckFailure('the signature does not match these bytes under the given key', 'signature');
    }
}
function verifyBlobSignature(key, blob, signature) {
    try {
        // ECDSA and RSA keys sign a SHA-256 digest; Ed25519 signs the message itself.
        return (0,external_node_crypto_.verify)(key.asymmetricKeyType === 'ed25519' ? null : 'sha256', blob, key, signature);
    }
    catch {
        return false;
    }
}
/** A public key from PEM (cosign.pub) text. */
function parsePublicKey(text) {
    try {
        return (0,external_node_crypto_.createPublicKey)(text.trim());
    }
    catch (err) {
        throw new SignatureCheckFailure(`not a PEM public key (${(0,errors/* errorMessage */.gJ)(err)})`, 'format');
    }
}
function decodeSignature(text) {
    const t = text.trim();
    const sig = Buffer.from(t, 'base64');
    if (sig.length === 0 || !/^[A-Za-z0-9+/=\s]+$/.test(t))
        throw new SignatureCheckFailure('the signature file is not base64', 'format');
    return sig;
}
/** cosign writes `.pem` files either as PEM or as base64 of the PEM. */
function pemText(text) {
    const t = text.trim();
    if (t.startsWith('-----BEGIN'))
        return t;
    const decoded = Buffer.from(t, 'base64').toString('utf8').trim();
    return decoded.startsWith('-----BEGIN') ? decoded : t;
}
const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
};
/** Subject, issuer and GitHub source facts of a Fulcio certificate. */
function certificateIdentity(cert) {
    const ext = (oid) => {
        const value = cert.extension(oid)?.value;
        return value ? extensionString(value) : undefined;
    };
    const identity = { subject: cert.subjectAltName, issuer: ext(OID.issuerV2) ?? ext(OID.issuerV1) };
    const repo = ext(OID.sourceRepositoryUri);
    const ref = ext(OID.sourceRepositoryRef);
    if (repo)
        identity.sourceRepository = repo;
    if (ref)
        identity.sourceRef = ref;
    return identity;
}
/** Fulcio's V2 extensions hold a DER UTF8String; the V1 ones the raw string. */
function extensionString(value) {
    if (value[0] === 0x0c && value.length >= 2) {
        const first = value[1];
        if (first < 0x80 && first === value.length - 2)
            return value.subarray(2).toString('utf8');
        const n = first & 0x7f;
        if (first > 0x80 && n <= 2 && value.length === 2 + n + value.readUIntBE(2, n))
            return value.subarray(2 + n).toString('utf8');
    }
    return value.toString('utf8');
}

;// CONCATENATED MODULE: ./src/toolchain/signatures/minisign.ts
/**
 * minisign (https://jedisct1.github.io/minisign/) with Node's Ed25519: the public key is
 * `base64("Ed" ‖ key id(8) ‖ key(32))`; a `.minisig` file is
 *
 *   untrusted comment: …
 *   base64(alg(2) ‖ key id(8) ‖ signature(64))      alg "Ed" = over the file, "ED" = over its BLAKE2b-512
 *   trusted comment: …
 *   base64(global signature(64))                     over signature ‖ trusted comment
 *
 * Both signatures must verify, so the trusted comment cannot be swapped either.
 */


function parseMinisignPublicKey(text) {
    const lines = text
        .trim()
        .split(/\r?\n/)
        .filter((l) => !l.startsWith('untrusted comment:'));
    const raw = Buffer.from(lines[lines.length - 1]?.trim() ?? '', 'base64');
    if (raw.length !== 42 || raw.subarray(0, 2).toString('latin1') !== 'Ed') {
        throw new SignatureCheckFailure('the minisign public key is not base64 of "Ed" + key id + 32-byte Ed25519 key', 'format');
    }
    const key = (0,external_node_crypto_.createPublicKey)({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.subarray(10).toString('base64url') }, format: 'jwk' });
    return { keyId: raw.subarray(2, 10), key };
}
/** Key id as minisign prints it (hex, byte order reversed). */
function minisignKeyId(id) {
    return Buffer.from(id).reverse().toString('hex').toUpperCase();
}
/** Verify; returns the trusted comment. */
function verifyMinisign(publicKey, signatureText, message) {
    const lines = signatureText.replace(/\r\n/g, '\n').split('\n');
    if (lines.length < 4 || !lines[0].startsWith('untrusted comment:') || !lines[2].startsWith('trusted comment: ')) {
        throw new SignatureCheckFailure('not a minisign signature file (untrusted comment, signature, trusted comment, global signature)', 'format');
    }
    const sig = Buffer.from(lines[1].trim(), 'base64');
    const global = Buffer.from(lines[3].trim(), 'base64');
    const alg = sig.subarray(0, 2).toString('latin1');
    if (sig.length !== 74 || (alg !== 'Ed' && alg !== 'ED') || global.length !== 64) {
        throw new SignatureCheckFailure('the minisign signature lines have the wrong length or algorithm', 'format');
    }
    const keyId = sig.subarray(2, 10);
    if (!keyId.equals(publicKey.keyId)) {
        throw new SignatureCheckFailure(`signed with key ${minisignKeyId(keyId)}, expected key ${minisignKeyId(publicKey.keyId)}`, 'certificate');
    }
    const signed = alg === 'ED' ? (0,external_node_crypto_.createHash)('blake2b512').update(message).digest() : message;
    const signature = sig.subarray(10);
    if (!(0,external_node_crypto_.verify)(null, signed, publicKey.key, signature))
        throw new SignatureCheckFailure('the signature does not match these bytes', 'signature');
    const trustedComment = lines[2].slice('trusted comment: '.length);
    if (!(0,external_node_crypto_.verify)(null, Buffer.concat([signature, Buffer.from(trustedComment, 'utf8')]), publicKey.key, global)) {
        throw new SignatureCheckFailure('the trusted comment does not match its global signature', 'signature');
    }
    return { trustedComment };
}

;// CONCATENATED MODULE: ./src/toolchain/signatures/index.ts
/**
 * Signature and provenance verification of a downloaded asset: cosign (key-based and keyless,
 * bundles or certificate + signature), GitHub artifact attestations, SLSA provenance and
 * minisign, natively (no cosign/gh/slsa-verifier/minisign binaries). Called at one point of the
 * install flow (`downloadVerified`, after the checksum check) through
 * `InstallSource.verifySignatures`; see docs/toolchain.md "Trust model" for the policy.
 */








/** The policy for one tool: global settings, then its `tools` entry (by name, alias or owner/repo). */
function signatureSettingsFor(config, names, trustedRoot) {
    const kinds = new Set(SIGNATURE_KINDS.filter((k) => config?.kinds?.[k] !== false));
    let policy = config?.signatures ?? 'when_available';
    for (const name of names) {
        const entry = config?.tools?.[name];
        if (!entry)
            continue;
        if (entry.signatures && entry.signatures !== 'inherit')
            policy = entry.signatures;
        for (const k of entry.disabled_kinds ?? [])
            if (k)
                kinds.delete(k);
        break;
    }
    return { policy, kinds, ...(trustedRoot ? { trustedRoot } : {}) };
}
const trustedRoots = new Map();
function trustedRoot(settings) {
    const key = settings.trustedRoot ?? '';
    if (!trustedRoots.has(key)) {
        const p = loadTrustedRoot(settings.trustedRoot);
        trustedRoots.set(key, p);
        p.catch(() => trustedRoots.delete(key));
    }
    return trustedRoots.get(key);
}
/**
 * Start fetching what the declared signatures need (signature files, certificates, bundles,
 * keys, provenance, the checksum file) and loading the Sigstore libraries, so that this
 * overlaps the asset download; `verify` then checks them against the downloaded file.
 */
function prepareSignatures(env, input, expectedSha256) {
    const { settings } = input;
    const specs = settings.policy === 'disabled' ? [] : (input.plan.signatures ?? []).filter((s) => settings.kinds.has(s.kind));
    if (specs.length === 0)
        return { verify: (assetFile, assetDigests) => verifySignatures(env, { ...input, assetFile, ...(assetDigests ? { assetDigests } : {}) }) };
    const prefetched = new Map();
    const fetchEnv = { ...env, prefetched };
    for (const url of materialUrls(specs, input.plan)) {
        const p = (async () => (await env.http()).getText(env.rewrite(url), { acceptStatus: [404] }))();
        p.catch(() => { }); // reported by the verification that needs it
        prefetched.set(url, p);
    }
    // The attestations API is asked by digest: with the digest the asset should have (checksum
    // file, GitHub's asset digest, the lock) the lookup overlaps the download too. verify() uses
    // it only if the downloaded bytes have that digest, and still checks the attested subject.
    const attestationsAhead = new Map();
    for (const spec of specs) {
        if (spec.kind !== 'github_artifact_attestations')
            continue;
        const digest = spec.subject === 'asset' ? expectedSha256 : checksumFileSha256(prefetched, input.plan);
        if (!digest)
            continue;
        const ahead = digest.then((hex) => {
            if (!hex || !/^[0-9a-f]{64}$/i.test(hex))
                return undefined;
            const bundles = lookupAttestations(env, spec, hex.toLowerCase());
            bundles.catch(() => { }); // reported by verify, which awaits it
            return { digest: hex.toLowerCase(), bundles };
        });
        attestationsAhead.set(spec, ahead.catch(() => undefined));
    }
    fetchEnv.attestationsAhead = attestationsAhead;
    trustedRoot(settings).catch(() => { });
    preloadSigstore();
    return { verify: (assetFile, assetDigests) => verifySignatures(fetchEnv, { ...input, assetFile, ...(assetDigests ? { assetDigests } : {}) }) };
}
/** The sha256 of the checksum file being prefetched (what an attestation on it is looked up by). */
function checksumFileSha256(prefetched, plan) {
    const response = plan.checksum ? prefetched.get(plan.checksum.url) : undefined;
    return response?.then((r) => (r.status === 200 ? (0,external_node_crypto_.createHash)('sha256').update(Buffer.from(r.text, 'utf8')).digest('hex') : undefined));
}
/** Every URL the specs will fetch, known before the asset is downloaded. */
function materialUrls(specs, plan) {
    const urls = new Set();
    for (const s of specs) {
        if (s.subject === 'checksum_file' && plan.checksum)
            urls.add(plan.checksum.url);
        if (s.kind === 'cosign')
            for (const u of [s.key, s.signature, s.certificate, s.bundle])
                if (u && !u.trim().startsWith('-----BEGIN'))
                    urls.add(u);
        if (s.kind === 'minisign' || s.kind === 'slsa_provenance')
            urls.add(s.url);
    }
    return [...urls];
}
/** Verify every enabled signature the plan declares; the records of what verified. */
async function verifySignatures(env, input) {
    const { settings, plan } = input;
    if (settings.policy === 'disabled')
        return [];
    const declared = plan.signatures ?? [];
    const specs = declared.filter((s) => settings.kinds.has(s.kind));
    if (specs.length === 0) {
        if (settings.policy === 'required')
            throw requiredError(input, declared);
        if (input.recorded?.length)
            throw lockMismatch(input, input.recorded, []);
        return [];
    }
    const started = performance.now();
    const root = await trustedRoot(settings);
    const subjects = new Subjects(env, input);
    // All at once (their material is mostly fetched already); the first failure in declaration order is reported.
    const results = await Promise.allSettled(specs.map((spec) => verifyOne(env, spec, subjects, root, input)));
    const records = [];
    for (const [i, r] of results.entries()) {
        if (r.status === 'rejected')
            throw r.reason instanceof errors/* AtmosError */.f7 ? r.reason : failure(input, specs[i], r.reason, root);
        records.push(r.value);
    }
    if (input.recorded?.length) {
        const missing = input.recorded.filter((r) => !records.some((v) => sameRecord(r, v)));
        if (missing.length)
            throw lockMismatch(input, missing, records);
    }
    const verified = records.map((r) => `${r.kind} (${subjectName(r)}, ${r.signer})`).join(', ');
    env.logger?.debug(`${input.label}: verified ${verified} in ${(performance.now() - started).toFixed(1)} ms`);
    return records;
}
function sameRecord(a, b) {
    return a.kind === b.kind && a.subject === b.subject && a.signer === b.signer && (a.issuer ?? '') === (b.issuer ?? '');
}
/** The bytes each signature is over, read or fetched once. */
class Subjects {
    env;
    input;
    asset;
    assetDigests;
    checksum;
    constructor(env, input) {
        this.env = env;
        this.input = input;
    }
    assetBytes() {
        return (this.asset ??= external_node_fs_.promises.readFile(this.input.assetFile));
    }
    digests() {
        const algorithms = ['sha256', ...(this.input.plan.checksum ? [this.input.plan.checksum.algorithm] : [])];
        const known = this.input.assetDigests ?? {};
        const missing = algorithms.filter((a) => !known[a]);
        return (this.assetDigests ??= missing.length ? hashFile(this.input.assetFile, missing).then((d) => ({ ...known, ...d })) : Promise.resolve(known));
    }
    checksumFile(spec) {
        const source = this.input.plan.checksum;
        if (!source)
            throw new SignatureCheckFailure('the signature covers the checksum file, but the plan has no checksum file', 'format');
        this.checksum ??= (async () => {
            const text = await fetchText(this.env, source.url, this.input, spec, 'checksum file');
            return { text, bytes: Buffer.from(text, 'utf8'), url: source.url };
        })();
        return this.checksum;
    }
    async bytes(spec) {
        return spec.subject === 'asset' ? this.assetBytes() : (await this.checksumFile(spec)).bytes;
    }
    async sha256(spec) {
        if (spec.subject === 'asset')
            return (await this.digests()).sha256;
        return (0,external_node_crypto_.createHash)('sha256')
            .update((await this.checksumFile(spec)).bytes)
            .digest('hex');
    }
    /** A verified checksum file vouches for the asset only if its entry is the asset's digest. */
    async checkListed(spec) {
        if (spec.subject !== 'checksum_file')
            return;
        const { plan } = this.input;
        const { text, url } = await this.checksumFile(spec);
        const listed = findChecksum(text, plan.checksum, plan.assetName);
        const actual = (await this.digests())[plan.checksum.algorithm];
        if (!listed || listed.toLowerCase() !== actual.toLowerCase()) {
            throw new errors/* AtmosError */.f7(`${this.input.label}: the signed checksum file does not vouch for the downloaded asset`, {
                code: 'SIGNATURE_INVALID',
                explanation: `${url} verified (${spec.kind}), but it lists ${listed ? `${plan.checksum.algorithm}:${listed}` : 'no entry'} for ${plan.assetName}; the downloaded asset is ${plan.checksum.algorithm}:${actual}. The download was deleted.`,
                hint: 'Treat the asset as tampered with, or retry if the release is being re-uploaded.',
                context: { tool: this.input.tool, kind: spec.kind },
            });
        }
    }
}
async function verifyOne(env, spec, subjects, root, input) {
    let record;
    switch (spec.kind) {
        case 'cosign':
            record = await verifyCosign(env, spec, subjects, root, input);
            break;
        case 'minisign': {
            const key = parseMinisignPublicKey(spec.publicKey);
            const sig = await fetchText(env, spec.url, input, spec, 'minisign signature');
            verifyMinisign(key, sig, await subjects.bytes(spec));
            record = { kind: 'minisign', subject: spec.subject, signer: `minisign key ${minisignKeyId(key.keyId)}` };
            break;
        }
        case 'github_artifact_attestations':
            record = await verifyAttestations(env, spec, subjects, root, input);
            break;
        case 'slsa_provenance':
            record = await verifySlsa(env, spec, subjects, root, input);
            break;
    }
    await subjects.checkListed(spec);
    return record;
}
// ---- cosign -------------------------------------------------------------------------------
async function verifyCosign(env, spec, subjects, root, input) {
    const blob = await subjects.bytes(spec);
    const key = spec.key ? await fetchKey(env, spec.key, input, spec) : undefined;
    const keyRecord = (k) => ({ kind: 'cosign', subject: spec.subject, signer: `key sha256:${keyFingerprint(k)}` });
    if (spec.bundle) {
        const json = parseJson(await fetchText(env, spec.bundle, input, spec, 'bundle'), 'bundle');
        const legacy = json;
        if (typeof legacy.base64Signature === 'string') {
            // cosign < 2.4 `--bundle`: signature + certificate (+ a Rekor SET we cannot check without its key id mapping).
            if (key) {
                verifyKeySignature(key, legacy.base64Signature, blob);
                return keyRecord(key);
            }
            if (!legacy.cert)
                throw new SignatureCheckFailure('the cosign bundle has neither a certificate nor a --key', 'format');
            const identity = await verifyCertificateSignature(Buffer.from(legacy.cert, 'base64').toString('utf8'), legacy.base64Signature, blob, root);
            return keylessRecord(spec, identity, input);
        }
        const verified = await verifyBundle(json, root, { artifact: blob, key, ignoreTlog: spec.ignoreTlog });
        if (key)
            return keyRecord(key);
        return keylessRecord(spec, verified.identity, input);
    }
    if (!spec.signature)
        throw new SignatureCheckFailure('the cosign declaration names neither a --signature nor a --bundle', 'format');
    const signature = await fetchText(env, spec.signature, input, spec, 'signature');
    if (key) {
        verifyKeySignature(key, signature, blob);
        return keyRecord(key);
    }
    if (!spec.certificate)
        throw new SignatureCheckFailure('the cosign declaration has a --signature but neither --key nor --certificate', 'format');
    const cert = await fetchText(env, spec.certificate, input, spec, 'certificate');
    return keylessRecord(spec, await verifyCertificateSignature(cert, signature, blob, root), input);
}
function keylessRecord(spec, identity, input) {
    checkIdentity(input, spec, identity, {
        subject: spec.identity !== undefined ? { exact: spec.identity } : spec.identityRegexp !== undefined ? { regexp: spec.identityRegexp } : undefined,
        issuer: spec.issuer !== undefined ? { exact: spec.issuer } : spec.issuerRegexp !== undefined ? { regexp: spec.issuerRegexp } : undefined,
    });
    return { kind: 'cosign', subject: spec.subject, signer: identity.subject ?? '(no subject)', ...(identity.issuer ? { issuer: identity.issuer } : {}) };
}
async function fetchKey(env, ref, input, spec) {
    const text = ref.trim().startsWith('-----BEGIN') ? ref : await fetchText(env, ref, input, spec, 'public key');
    return parsePublicKey(text);
}
function keyFingerprint(key) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ format: 'der', type: 'spki' }))
        .digest('hex');
}
// ---- GitHub artifact attestations -----------------------------------------------------------
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const SLSA_V1 = 'https://slsa.dev/provenance/v1';
async function verifyAttestations(env, spec, subjects, root, input) {
    const digest = await subjects.sha256(spec);
    const predicateType = spec.predicateType ?? SLSA_V1;
    // The lookup made ahead counts only if it asked about the bytes actually downloaded.
    const ahead = await env.attestationsAhead?.get(spec);
    const bundles = await (ahead?.digest === digest ? ahead.bundles : lookupAttestations(env, spec, digest));
    if (bundles.length === 0)
        throw missing(input, spec, `the GitHub attestations API (${spec.owner}/${spec.repo}, sha256:${digest})`);
    const workflow = spec.signerWorkflow ? signerWorkflowPattern(spec.signerWorkflow) : undefined;
    let lastError;
    for (const bundle of bundles) {
        try {
            const verified = await verifyBundle(bundle, root, {});
            const statement = inTotoStatement(verified.payload);
            checkSubjectDigest(statement, digest);
            if (statement.predicateType !== predicateType) {
                throw new SignatureCheckFailure(`predicate type ${statement.predicateType ?? '(none)'}, expected ${predicateType}`, 'format');
            }
            const repoUrl = verified.identity.sourceRepository;
            if (repoUrl && !repoUrl.replace(/\/$/, '').endsWith(`/${spec.owner}/${spec.repo}`)) {
                throw identityError(input, spec, 'source repository', `https://github.com/${spec.owner}/${spec.repo}`, repoUrl);
            }
            checkIdentity(input, spec, verified.identity, { subject: workflow ? { regexp: workflow } : undefined, issuer: { exact: GITHUB_ACTIONS_ISSUER } });
            return {
                kind: 'github_artifact_attestations',
                subject: spec.subject,
                signer: verified.identity.subject ?? '(no subject)',
                ...(verified.identity.issuer ? { issuer: verified.identity.issuer } : {}),
            };
        }
        catch (err) {
            // An identity mismatch on a valid attestation says more than a broken one.
            if (!(lastError instanceof errors/* AtmosError */.f7) || err instanceof errors/* AtmosError */.f7)
                lastError = err;
        }
    }
    throw lastError;
}
function lookupAttestations(env, spec, digest) {
    return (async () => (await env.releases()).attestations(spec.owner, spec.repo, `sha256:${digest}`, spec.predicateType ?? SLSA_V1))();
}
/** `gh attestation verify --signer-workflow`: `[host/]owner/repo/path`, a regexp matched from `https://`. */
function signerWorkflowPattern(workflow) {
    const withHost = /^[^/]+\.[^/]+\//.test(workflow) ? workflow : `github.com/${workflow}`;
    return `^https://${withHost}`;
}
// ---- SLSA provenance --------------------------------------------------------------------------
/** Builders slsa-verifier trusts for GitHub releases: the slsa-github-generator reusable workflows at a release tag. */
const SLSA_BUILDER = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/\.github\/workflows\/[\w.-]+\.ya?ml@refs\/tags\/v\d+\.\d+\.\d+$/;
async function verifySlsa(env, spec, subjects, root, input) {
    const text = await fetchText(env, spec.url, input, spec, 'provenance');
    const digest = await subjects.sha256(spec);
    const envelopes = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => parseJson(l, 'provenance'));
    let lastError = new SignatureCheckFailure('the provenance file is empty', 'format');
    for (const env of envelopes) {
        try {
            const verified = await verifyProvenanceEnvelope(env, root);
            const statement = inTotoStatement(verified.payload);
            checkSubjectDigest(statement, digest);
            checkIdentity(input, spec, verified.identity, { subject: { regexp: SLSA_BUILDER.source }, issuer: { exact: GITHUB_ACTIONS_ISSUER } });
            const source = provenanceSource(statement, verified.identity);
            const wantUri = normalizeSourceUri(spec.sourceUri);
            if (normalizeSourceUri(source.uri) !== wantUri)
                throw identityError(input, spec, 'source repository', wantUri, normalizeSourceUri(source.uri) || '(none)');
            if (source.ref !== `refs/tags/${spec.sourceTag}`)
                throw identityError(input, spec, 'source tag', `refs/tags/${spec.sourceTag}`, source.ref || '(none)');
            return { kind: 'slsa_provenance', subject: 'asset', signer: verified.identity.subject ?? '(no subject)', issuer: verified.identity.issuer };
        }
        catch (err) {
            if (!(lastError instanceof errors/* AtmosError */.f7) || err instanceof errors/* AtmosError */.f7)
                lastError = err;
        }
    }
    throw lastError;
}
/** A Sigstore bundle (slsa-github-generator v2) or a DSSE envelope with the certificate inside (v1). */
async function verifyProvenanceEnvelope(json, root) {
    const doc = json;
    if (doc.mediaType)
        return verifyBundle(json, root, {});
    const sig = doc.signatures?.[0];
    if (!doc.payloadType || !doc.payload || !sig?.sig || !sig.cert) {
        throw new SignatureCheckFailure('the provenance line is neither a Sigstore bundle nor a DSSE envelope with a certificate', 'format');
    }
    const body = Buffer.from(doc.payload, 'base64');
    const identity = await verifyCertificateSignature(sig.cert, sig.sig, dssePae(doc.payloadType, body), root);
    return { identity, payload: { type: doc.payloadType, body } };
}
/** DSSE pre-authentication encoding. */
function dssePae(type, body) {
    const t = Buffer.from(type, 'utf8');
    return Buffer.concat([Buffer.from(`DSSEv1 ${t.length} `), t, Buffer.from(` ${body.length} `), body]);
}
function inTotoStatement(payload) {
    if (!payload || payload.type !== 'application/vnd.in-toto+json') {
        throw new SignatureCheckFailure(`the envelope carries ${payload?.type ?? 'no payload'}, not an in-toto statement`, 'format');
    }
    return parseJson(payload.body.toString('utf8'), 'in-toto statement');
}
function checkSubjectDigest(statement, sha256) {
    const subjects = statement.subject ?? [];
    if (!subjects.some((s) => s.digest?.sha256?.toLowerCase() === sha256)) {
        const listed = subjects.map((s) => `${s.name ?? '?'} sha256:${s.digest?.sha256 ?? '?'}`).join(', ') || '(none)';
        throw new SignatureCheckFailure(`the statement is about other bytes: it lists ${listed}, the file is sha256:${sha256}`, 'signature');
    }
}
function provenanceSource(statement, identity) {
    const p = (statement.predicate ?? {});
    const v02 = p.invocation?.configSource?.uri;
    if (v02) {
        const [uri, ref] = v02.split('@');
        return { uri, ref: ref ?? '' };
    }
    const wf = p.buildDefinition?.externalParameters?.workflow;
    if (wf?.repository)
        return { uri: wf.repository, ref: wf.ref ?? '' };
    return { uri: identity.sourceRepository ?? '', ref: identity.sourceRef ?? '' };
}
function normalizeSourceUri(uri) {
    return uri
        .replace(/^git\+/, '')
        .replace(/^https?:\/\//, '')
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
}
function checkIdentity(input, spec, found, want) {
    for (const [what, expectation, value] of [
        ['identity', want.subject, found.subject],
        ['OIDC issuer', want.issuer, found.issuer],
    ]) {
        if (!expectation)
            continue;
        const ok = value !== undefined && (expectation.exact !== undefined ? value === expectation.exact : goRegExp(expectation.regexp, input, spec).test(value));
        if (!ok)
            throw identityError(input, spec, what, expectation.exact ?? `/${expectation.regexp}/`, value ?? '(none)');
    }
}
/** Go RE2 syntax the registry uses: `\Q…\E` literals and a leading `(?i)`. */
function goRegExp(pattern, input, spec) {
    let flags = '';
    let p = pattern;
    const inline = /^\(\?([a-z]+)\)/.exec(p);
    if (inline) {
        if (inline[1].includes('i'))
            flags += 'i';
        if (inline[1].includes('s'))
            flags += 's';
        p = p.slice(inline[0].length);
    }
    p = p.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, lit) => lit.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    try {
        return new RegExp(p, flags);
    }
    catch (err) {
        throw new errors/* AtmosError */.f7(`${input.label}: the registry's ${spec.kind} identity pattern is not a valid regular expression`, {
            code: 'REGISTRY_INVALID',
            explanation: `${pattern}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            hint: overrideHint(input, spec),
        });
    }
}
async function fetchText(env, publicUrl, input, spec, what) {
    const url = env.rewrite(publicUrl);
    let res;
    try {
        res = await (env.prefetched?.get(publicUrl) ?? (async () => (await env.http()).getText(url, { acceptStatus: [404] }))());
    }
    catch (err) {
        throw new errors/* AtmosError */.f7(`${input.label}: could not fetch the ${spec.kind} ${what}`, {
            code: 'SIGNATURE_MISSING',
            explanation: `${url}: ${(0,errors/* errorMessage */.gJ)(err)}`,
            hint: `Retry later. ${overrideHint(input, spec)}`,
            context: { tool: input.tool, kind: spec.kind, url },
            cause: err,
        });
    }
    if (res.status === 404)
        throw missing(input, spec, url);
    return res.text;
}
function parseJson(text, what) {
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new SignatureCheckFailure(`the ${what} is not JSON (${(0,errors/* errorMessage */.gJ)(err)})`, 'format');
    }
}
function subjectName(spec) {
    return spec.subject === 'asset' ? 'asset' : 'checksum file';
}
function overrideHint(input, spec) {
    return `To install ${input.tool} without this check, set toolchain.verification.tools."${input.tool}".disabled_kinds: [${spec.kind}] (or .signatures: disabled) in atmos.yaml — for this tool only.`;
}
function missing(input, spec, where) {
    return new errors/* AtmosError */.f7(`${input.label}: the registry declares a ${spec.kind} signature for the ${subjectName(spec)}, but there is none`, {
        code: 'SIGNATURE_MISSING',
        explanation: `Nothing at ${where} (HTTP 404). A declared signature that is missing is treated as an attack (an attacker who replaces a release asset can also delete its signature); the download was deleted.`,
        hint: overrideHint(input, spec),
        context: { tool: input.tool, kind: spec.kind },
    });
}
function identityError(input, spec, what, expected, found) {
    return new errors/* AtmosError */.f7(`${input.label}: ${spec.kind} ${what} mismatch on the ${subjectName(spec)}`, {
        code: 'SIGNATURE_IDENTITY_MISMATCH',
        explanation: `The signature is cryptographically valid, but it was made by someone else than the registry expects.\n  expected ${what}: ${expected}\n  found    ${what}: ${found}\nThe download was deleted.`,
        hint: `If the project moved its release workflow, update the registry definition. ${overrideHint(input, spec)}`,
        context: { tool: input.tool, kind: spec.kind, expected, found },
    });
}
function failure(input, spec, err, root) {
    const reason = err instanceof SignatureCheckFailure ? err.reason : 'format';
    const untrusted = reason === 'certificate' || reason === 'tlog';
    const what = reason === 'signature'
        ? 'the signature does not match the bytes'
        : reason === 'certificate'
            ? 'the signing certificate or key is not trusted (expired, or not issued by a trusted CA)'
            : reason === 'tlog'
                ? 'the transparency-log proof does not verify'
                : 'the signature material is malformed';
    return new errors/* AtmosError */.f7(`${input.label}: ${spec.kind} verification of the ${subjectName(spec)} failed: ${what}`, {
        code: untrusted ? 'SIGNATURE_UNTRUSTED' : 'SIGNATURE_INVALID',
        explanation: `${(0,errors/* errorMessage */.gJ)(err)}.${untrusted ? ` Trusted root: ${root.origin}.` : ''} The download was deleted and nothing was installed.`,
        hint: `Treat the release as tampered with unless you know why it changed. ${overrideHint(input, spec)}`,
        context: { tool: input.tool, kind: spec.kind },
    });
}
function requiredError(input, declared) {
    const off = declared.map((d) => d.kind);
    return new errors/* AtmosError */.f7(`${input.label}: no signature to verify, and toolchain.verification.signatures is "required"`, {
        code: 'SIGNATURE_REQUIRED',
        explanation: off.length
            ? `The registry declares ${[...new Set(off)].join(', ')}, but those kinds are switched off.`
            : 'The registry definition declares no cosign, GitHub attestation, SLSA or minisign signature for this tool.',
        hint: `To install ${input.tool} with its checksum only, set toolchain.verification.tools."${input.tool}".signatures: when_available in atmos.yaml — for this tool only.`,
        context: { tool: input.tool },
    });
}
function lockMismatch(input, expected, found) {
    const show = (r) => `${r.kind} on the ${r.subject.replace('_', ' ')} by ${r.signer}${r.issuer ? ` (${r.issuer})` : ''}`;
    return new errors/* AtmosError */.f7(`${input.label}: the signatures recorded in toolchain.lock.yaml do not verify any more`, {
        code: 'LOCK_SIGNATURE_MISMATCH',
        explanation: `Recorded: ${expected.map(show).join('; ')}\nVerified now: ${found.map(show).join('; ') || '(nothing)'}`,
        hint: 'If the change is legitimate (a new signing identity), run "atmos-ts toolchain lock" to record it; otherwise treat the release as tampered with.',
        context: { tool: input.tool },
    });
}


// EXTERNAL MODULE: ./src/common/paths.ts
var paths = __webpack_require__(29353);
;// CONCATENATED MODULE: ./src/toolchain/context.ts
/*
 * What every part of the toolchain engine shares: its settings, the install layout, the
 * lazily loaded HTTP stack and registry, and name resolution (local files first, the
 * registry only when a name is not known locally). One per `createToolchain`.
 */














class ToolchainContext {
    settings;
    platform;
    config;
    logger;
    env;
    layout;
    rewrite;
    policy;
    maxConcurrency;
    opts;
    authFor;
    endpoints;
    netPromise;
    registryPromise;
    /** Names of installed versions, scanned once per engine and dropped when installs change. */
    installedNamesPromise;
    /** Tools the registry resolved (others were resolved locally and are re-resolved before registry calls). */
    fromRegistry = new WeakSet();
    constructor(opts) {
        this.opts = opts;
        const { config } = opts;
        const tc = config.values.toolchain;
        this.config = config;
        this.logger = opts.logger ?? logger.silentLogger;
        this.env = opts.env ?? config.env;
        this.settings = (0,settings/* toolchainSettings */.p)(config, { toolVersions: opts.toolVersionsPath, installRoot: opts.installRoot, lockPath: opts.lockPath });
        this.platform = opts.platform ?? (0,common_platform/* hostPlatform */.ol)(this.env);
        this.layout = new layout/* InstallLayout */.mr(this.settings.installRoot);
        const endpoints = (0,github_endpoints/* githubEndpoints */.QF)(this.env);
        const token = (0,github_endpoints/* githubToken */.bU)({ flag: opts.githubToken, env: this.env });
        if (token)
            this.logger.secret(token);
        this.authFor = (0,github_endpoints/* githubAuthFor */.R$)(token, endpoints);
        this.endpoints = endpoints;
        this.rewrite = (0,downloadUrl/* createUrlRewriter */.s)(endpoints, definedValues(tc.url_replacements));
        this.policy = tc.verification?.checksums ?? 'when_available';
        this.maxConcurrency = tc.max_concurrency ?? 4;
    }
    sharedTierValue;
    /** The fleet tier from `toolchain.store`, opened on first use (undefined when not configured). */
    sharedTier() {
        if (this.sharedTierValue === undefined) {
            const url = this.config.values.toolchain.store;
            this.sharedTierValue = url ? ToolchainSharedTier.open(url, { env: this.env, logger: this.logger }) : null;
        }
        return this.sharedTierValue ?? undefined;
    }
    /** The HTTP stack (HttpClient, p-retry, node:http/https; undici too behind a proxy), loaded on first network use: warm runs never pay for it. */
    net() {
        this.netPromise ??= (async () => {
            const { HttpClient, httpTimeouts } = await Promise.all(/* import() */[__webpack_require__.e(1055), __webpack_require__.e(4995)]).then(__webpack_require__.bind(__webpack_require__, 71055));
            const http = this.opts.http ?? new HttpClient({ logger: this.logger, env: this.env, authFor: this.authFor, ...httpTimeouts(this.config.values.http) });
            return { http, releases: new GitHubReleases({ http, endpoints: this.endpoints, rewrite: this.rewrite }) };
        })();
        return this.netPromise;
    }
    registry() {
        this.registryPromise ??= (async () => {
            const r = this.opts.registry;
            if (r)
                return typeof r === 'function' ? r() : r;
            return loadRegistrySet({ config: this.config, http: (await this.net()).http, logger: this.logger, toolsConfigPath: this.opts.toolsConfigPath });
        })();
        return this.registryPromise;
    }
    async resolve(tool) {
        const r = await (await this.registry()).resolve(tool);
        const out = r.requestedAs || r.name === tool ? r : { ...r, requestedAs: tool };
        this.fromRegistry.add(out);
        return out;
    }
    /** The registry's own ResolvedTool for a tool that may have been resolved locally. */
    async registryTool(tool) {
        if (this.fromRegistry.has(tool))
            return tool;
        const r = await this.resolve(tool.requestedAs ?? tool.name);
        return tool.requestedAs && !r.requestedAs ? { ...r, requestedAs: tool.requestedAs } : r;
    }
    /** The signature policy for one tool (`toolchain.verification.signatures`, `kinds`, `tools`). */
    signatureSettings(tool) {
        const v = this.config.values.toolchain.verification;
        const root = v?.trusted_root ? (0,paths.expandPath)(v.trusted_root, this.config.baseDir) : undefined;
        const names = [tool.name, tool.requestedAs, `${tool.repoOwner}/${tool.repoName}`].filter((n) => !!n);
        return signatureSettingsFor(v, names, root);
    }
    /** What the signature checks fetch with: the engine's HTTP stack, URL rewriting and GitHub API. */
    signatureEnv() {
        return {
            http: async () => (await this.net()).http,
            rewrite: this.rewrite,
            releases: async () => (await this.net()).releases,
            logger: this.logger,
        };
    }
    installedNames = () => (this.installedNamesPromise ??= (0,localResolve/* scanInstalledNames */.ip)(this.layout));
    installsChanged() {
        this.installedNamesPromise = undefined;
    }
    aliasesFromConfig() {
        return definedValues(this.config.values.toolchain.aliases);
    }
    async readLock() {
        return this.settings.useLock ? (0,lockFile/* loadLockFile */.W)(this.settings.lockPath) : undefined;
    }
    /** Local first (no registry), registry when the name is not known locally. */
    async resolveFast(tool, lock) {
        const local = await (0,localResolve/* resolveLocally */.T9)(tool, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
        if (local)
            return toResolved(local, tool);
        return this.resolve(tool);
    }
    /** `.tool-versions` as the user names it in messages (relative to the working directory). */
    shownVersionsFile() {
        return external_node_path_default().relative(this.config.cwd, this.settings.toolVersionsPath) || this.settings.toolVersionsPath;
    }
    async toolVersions() {
        return (0,toolVersions/* loadToolVersions */.sE)(this.settings.toolVersionsPath, this.shownVersionsFile());
    }
    /** Versions configured for a resolved tool, whichever key (alias or owner/repo) the file uses. */
    async configuredFor(tool, tv, lock) {
        for (const key of [tool.requestedAs, tool.name, `${tool.repoOwner}/${tool.repoName}`]) {
            if (key && tv.tools.has(key))
                return { key, versions: tv.tools.get(key) };
        }
        for (const [key, versions] of tv.tools) {
            const r = await (0,localResolve/* resolveLocally */.T9)(key, { aliases: this.aliasesFromConfig(), lock, installed: this.installedNames });
            if (r && r.owner === tool.repoOwner && r.repo === tool.repoName)
                return { key, versions };
        }
        return undefined;
    }
}
function toResolved(local, requested) {
    return {
        name: local.name,
        repoOwner: local.owner,
        repoName: local.repo,
        registry: local.registry,
        ...(requested !== local.name ? { requestedAs: requested } : {}),
    };
}
function definedValues(map) {
    return Object.fromEntries(Object.entries(map ?? {}).filter((e) => e[1] !== undefined));
}

// EXTERNAL MODULE: ./src/common/mapLimit.ts
var mapLimit = __webpack_require__(30024);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/common/offline.ts
var offline = __webpack_require__(73842);
// EXTERNAL MODULE: ./src/common/extract.ts
var extract = __webpack_require__(36132);
;// CONCATENATED MODULE: ./src/toolchain/install.ts
/**
 * Download → verify → extract → install for one tool version on one platform.
 * Atomic: everything is staged under `<root>/tmp/` and renamed into
 * `bin/<owner>/<repo>/<version>/` in one step, so a kill leaves either nothing or a
 * complete version. A per-version cross-process lock makes concurrent installers
 * download once: the second one finds the version installed after the lock.
 */










async function installVersion(env, target, source, options = {}) {
    const { layout } = env;
    const binDir = layout.versionDir(target.owner, target.repo, target.version);
    const label = `${target.name}@${target.version}`;
    const existing = async (log = false) => {
        const found = await layout.checkInstall(target.owner, target.repo, target.version);
        if (found.state === 'complete') {
            return { status: 'already-installed', binDir, binaries: found.meta.binaries.map((b) => external_node_path_default().join(binDir, b)), meta: found.meta };
        }
        if (log && found.state === 'incomplete')
            env.logger.info(`${label} is installed incompletely (${found.problem}); repairing`);
        return undefined;
    };
    if (!options.reinstall) {
        const found = await existing();
        // Staging left by an installer killed after its final rename is cleared under the lock below.
        if (found && (await stagingDirs(env, target)).length === 0)
            return found;
    }
    return (0,fileLock/* withFileLock */.U)(binDir, async () => {
        // Another process may have finished it while we waited for the lock.
        if (!options.reinstall) {
            const found = await existing(true);
            if (found) {
                // We hold the version lock: any staging for this version is a dead installer's.
                for (const dir of await stagingDirs(env, target))
                    await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
                return found;
            }
        }
        await removeLeftovers(env, target);
        const dl = await downloadVerified(env, target, await source()).catch(async (err) => {
            // A rejected download is already deleted; do not leave its empty directories either.
            await pruneEmptyDirs(layout, versionDownloads(layout, target));
            throw err;
        });
        const src = dl.source;
        const staging = external_node_path_default().join(layout.tmpRoot(), `${stagingPrefix(target)}${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        let committed = false;
        try {
            const unpacked = external_node_path_default().join(staging, 'unpacked');
            const out = external_node_path_default().join(staging, 'out');
            await (0,extract/* extractAsset */.wm)(dl.file, (0,extract/* archiveFormat */.MG)(src.format, src.assetName), unpacked, src.assetName);
            const binaries = await placeBinaries(unpacked, out, src.files, env.windows, label);
            const meta = {
                name: target.name,
                repoOwner: target.owner,
                repoName: target.repo,
                version: target.version,
                platform: target.platformKey,
                url: dl.url,
                checksum: dl.hex,
                checksumAlgorithm: dl.algorithm,
                size: dl.size,
                ...(dl.signatures?.length ? { signatures: dl.signatures } : {}),
                binaries,
                binarySizes: await sizesOf(out, binaries),
                names: [...new Set(target.names)],
                registry: target.registry,
                installedAt: new Date().toISOString(),
            };
            // The marker comes last, whole (temp + rename): it vouches for the binaries before it.
            await writeMeta(out, meta);
            await commit(out, binDir, staging);
            committed = true;
            // The archive is not kept (also one fetched by `lock` or left by a killed installer):
            // the install root is what the CI cache carries.
            await removeDownload(layout, dl.file);
            return {
                status: 'installed',
                binDir,
                binaries: binaries.map((b) => external_node_path_default().join(binDir, b)),
                meta,
                downloadedBytes: dl.downloaded ? dl.size : 0,
                plan: src.plan,
                digest: { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url, ...(dl.signatures ? { signatures: dl.signatures } : {}) },
            };
        }
        finally {
            await external_node_fs_.promises.rm(staging, { recursive: true, force: true });
            // An archive that could not be installed (rejected entry, unpack error, full disk) is
            // no use to anyone; a failed install leaves neither it nor a partial version behind.
            if (!committed)
                await removeDownload(layout, dl.file);
        }
    }, {
        staleMs: env.lockStaleMs,
        onWait: () => env.logger.info(`waiting for another process installing ${target.name}@${target.version}`),
    });
}
function stagingPrefix(t) {
    return `${t.owner}-${t.repo}-${t.version}-`.replace(/[^A-Za-z0-9._-]/g, '_');
}
/** This version's staging directories under tmp/ (ours while we stage; otherwise a killed installer's). */
async function stagingDirs(env, t) {
    const prefix = stagingPrefix(t);
    const tmp = env.layout.tmpRoot();
    return (await external_node_fs_.promises.readdir(tmp).catch(() => [])).filter((e) => e.startsWith(prefix)).map((e) => external_node_path_default().join(tmp, e));
}
/** Staging dirs and partial downloads of a killed installer (we hold the version lock, so nobody else owns them). */
async function removeLeftovers(env, t) {
    for (const dir of await stagingDirs(env, t))
        await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    const dlDir = versionDownloads(env.layout, t);
    for (const e of await external_node_fs_.promises.readdir(dlDir).catch(() => [])) {
        if (e.startsWith('.'))
            await external_node_fs_.promises.rm(external_node_path_default().join(dlDir, e), { force: true });
    }
    // A version dir that is not a complete install (no marker, a missing or truncated binary) is replaced.
    if ((await env.layout.checkInstall(t.owner, t.repo, t.version)).state === 'incomplete') {
        await external_node_fs_.promises.rm(env.layout.versionDir(t.owner, t.repo, t.version), { recursive: true, force: true });
    }
}
async function sizesOf(dir, names) {
    const out = {};
    for (const n of names)
        out[n] = (await external_node_fs_.promises.stat(external_node_path_default().join(dir, n))).size;
    return out;
}
/** Delete a download and the directories it leaves empty. */
async function removeDownload(layout, file) {
    await external_node_fs_.promises.rm(file, { force: true });
    await pruneEmptyDirs(layout, external_node_path_default().dirname(file));
}
/** `downloads/<owner>/<repo>/<version>/<os_arch>` of one install. */
function versionDownloads(layout, t) {
    return external_node_path_default().dirname(layout.downloadPath(t.owner, t.repo, t.version, t.platformKey, 'x'));
}
/** Remove `dir` and its parents while they are empty, up to (not including) `downloads/`. */
async function pruneEmptyDirs(layout, dir) {
    const root = layout.downloadsRoot();
    for (; dir.startsWith(`${root}${(external_node_path_default()).sep}`); dir = external_node_path_default().dirname(dir)) {
        try {
            await external_node_fs_.promises.rmdir(dir);
        }
        catch {
            break; // not empty (another version's files), or already gone
        }
    }
}
/** Rename into place; a reinstall moves the old version aside first and deletes it after. */
async function commit(out, binDir, staging) {
    await external_node_fs_.promises.mkdir(external_node_path_default().dirname(binDir), { recursive: true });
    if (await (0,atomicFile/* pathExists */.s0)(binDir))
        await external_node_fs_.promises.rename(binDir, external_node_path_default().join(staging, 'old'));
    await external_node_fs_.promises.rename(out, binDir);
}
/**
 * Download (reusing a cached copy), hash and verify. On any checksum failure the
 * download is deleted. Used by install and by `lock` (which does not extract).
 */
async function downloadVerified(env, target, src) {
    try {
        return await downloadVerifiedOnce(env, target, src);
    }
    catch (err) {
        if (!(err instanceof errors/* AtmosError */.f7 && err.code === 'ASSET_NOT_FOUND' && src.fallback))
            throw err;
        const alt = await src.fallback().catch(() => undefined);
        if (!alt)
            throw err;
        try {
            return await downloadVerifiedOnce(env, target, alt);
        }
        catch (altErr) {
            // Report the URLs as the user's version names them, unless the fallback got further.
            throw altErr instanceof errors/* AtmosError */.f7 && altErr.code === 'ASSET_NOT_FOUND' ? err : altErr;
        }
    }
}
async function downloadVerifiedOnce(env, target, src, skipSharedFetch = false) {
    const label = `${target.name}@${target.version} (${target.platformKey})`;
    const file = env.layout.downloadPath(target.owner, target.repo, target.version, target.platformKey, src.assetName);
    // Start the checksum lookup while the asset downloads.
    const expectedP = src.expected ? src.expected() : Promise.resolve(undefined);
    expectedP.catch(() => { });
    // Lookups keyed by the asset's digest (GitHub attestations) start from the expected one.
    const expectedSha256 = src.locked?.algorithm === 'sha256'
        ? Promise.resolve(src.locked.hex)
        : expectedP.then((e) => (e?.algorithm === 'sha256' ? e.hex : undefined), () => undefined);
    const signatureCheck = src.signatures?.(expectedSha256);
    let url = src.urls[0];
    let downloaded = false;
    let size;
    const shared = env.shared?.();
    let fromShared;
    try {
        // Hashed while the bytes stream in, with every algorithm the checks below can ask for
        // (known before the checksum file arrives); a reused or store-served download is hashed from disk.
        let streamed = {};
        if (await (0,atomicFile/* pathExists */.s0)(file)) {
            size = (await external_node_fs_.promises.stat(file)).size;
        }
        else {
            fromShared = shared && !skipSharedFetch ? await shared.fetchOrLease(src.urls[0], src.assetName, file) : undefined;
            if (fromShared === 'fetched') {
                size = (await external_node_fs_.promises.stat(file)).size;
            }
            else {
                const likely = ['sha256', src.locked?.algorithm, src.plan?.checksum?.algorithm].filter((a) => !!a);
                const res = await fetchFirst(env, src.urls, file, label, likely);
                url = res.url;
                size = res.size;
                streamed = res.digests;
                downloaded = true;
            }
        }
        const expected = await expectedP;
        const want = src.locked ?? expected;
        const algorithms = [want?.algorithm ?? 'sha256', ...(src.locked && expected ? [expected.algorithm] : [])];
        const digests = algorithms.every((a) => streamed[a]) ? streamed : await hashFile(file, algorithms);
        try {
            if (expected)
                await checkDigest(file, label, expected, digests[expected.algorithm]);
            if (src.locked)
                await checkDigest(file, label, src.locked, digests[src.locked.algorithm], 'LOCK_CHECKSUM_MISMATCH');
        }
        catch (err) {
            if (fromShared !== 'fetched' || !shared)
                throw err;
            // The shared copy is not what the pins say: drop it and go upstream like a runner without the tier.
            env.logger.warn(`fleet store copy of ${label} failed its checksum; removed, downloading from upstream`);
            await shared.discard(src.urls[0], src.assetName);
            return await downloadVerifiedOnce(env, target, src, true);
        }
        const algorithm = (want?.algorithm ?? 'sha256');
        // Signatures after the checksum: the one point where signature checks enter the install flow.
        const signatures = signatureCheck
            ? await signatureCheck.verify(file, digests).catch(async (err) => {
                await external_node_fs_.promises.rm(file, { force: true });
                throw err;
            })
            : undefined;
        // Written through only once every check passed.
        if (downloaded && shared)
            await shared.publish(src.urls[0], src.assetName, file, { algorithm, hex: digests[algorithm] });
        return { file, url, size, hex: digests[algorithm], algorithm, downloaded, source: src, ...(signatures ? { signatures } : {}) };
    }
    finally {
        if (fromShared === 'leased')
            await shared.releaseLease(src.urls[0], src.assetName);
    }
}
async function fetchFirst(env, urls, file, label, digests) {
    let lastErr;
    for (const publicUrl of urls) {
        const url = env.rewrite(publicUrl);
        const task = lazyTask(env.logger, `download ${label}`);
        try {
            const res = await (await env.http()).download(url, file, { task, acceptStatus: [], digests });
            task.succeed(`downloaded ${label}`);
            return { url: publicUrl, size: res.size, digests: res.digests };
        }
        catch (err) {
            task.fail(`download ${label} failed`);
            // Offline: name the tool, not only the URL it would have come from.
            if ((0,offline/* isOfflineError */.ej)(err))
                throw (0,offline/* offlineError */._P)(`${label} (${url.split('/').pop()})`, url);
            lastErr = err;
            if (isNotFound(err))
                continue;
            break;
        }
    }
    if (lastErr instanceof errors/* AtmosError */.f7) {
        if (isNotFound(lastErr)) {
            throw new errors/* AtmosError */.f7(`no release asset for ${label}`, {
                code: 'ASSET_NOT_FOUND',
                explanation: `Tried: ${urls.map(env.rewrite).join(', ')} (HTTP 404).`,
                hint: 'Check that the version exists upstream (atmos-ts toolchain get <tool> --all) and that the platform is supported.',
            });
        }
        throw lastErr;
    }
    throw new errors/* AtmosError */.f7(`download of ${label} failed: ${(0,errors/* errorMessage */.gJ)(lastErr)}`, { code: 'DOWNLOAD_FAILED', cause: lastErr });
}
/** Move each `files[]` entry to `<out>/<name>` with mode 755. Returns the installed names. */
async function placeBinaries(unpacked, out, files, windows, label) {
    await external_node_fs_.promises.mkdir(out, { recursive: true });
    const names = [];
    const found = [];
    for (const f of files)
        found.push(await findFile(unpacked, f, windows));
    // How many commands each unpacked file serves.
    const sources = new Map();
    for (const src of found)
        if (src)
            sources.set(await external_node_fs_.promises.realpath(src), (sources.get(await external_node_fs_.promises.realpath(src)) ?? 0) + 1);
    for (const [i, f] of files.entries()) {
        const src = found[i];
        if (!src) {
            const listing = (await listTree(unpacked)).slice(0, 30);
            throw new errors/* AtmosError */.f7(`${label}: the asset has no file "${f.src}" for command ${f.name}`, {
                code: 'BINARY_NOT_FOUND',
                explanation: `The unpacked asset contains:\n  ${listing.join('\n  ') || '(nothing)'}`,
                hint: 'The registry definition (files[].src) may not match this version of the asset.',
            });
        }
        const name = windows && !/\.[A-Za-z0-9]+$/.test(f.name) && /\.exe$/i.test(src) ? `${f.name}.exe` : f.name;
        const dest = external_node_path_default().join(out, name);
        const real = await external_node_fs_.promises.realpath(src);
        // The unpacked tree is this install's own staging: a file only one command uses is moved,
        // not copied (a 20 MiB binary was written twice). Shared sources and links are copied.
        if (sources.get(real) === 1 && real === external_node_path_default().resolve(src))
            await external_node_fs_.promises.rename(real, dest);
        else
            await external_node_fs_.promises.copyFile(real, dest);
        await external_node_fs_.promises.chmod(dest, 0o755);
        names.push(name);
    }
    return names;
}
/** `src` as given; else the same basename anywhere (shallowest first); else the command name. */
async function findFile(root, f, windows) {
    const direct = external_node_path_default().join(root, f.src);
    if (await (0,atomicFile/* isFile */.fo)(direct))
        return direct;
    if (windows && (await (0,atomicFile/* isFile */.fo)(`${direct}.exe`)))
        return `${direct}.exe`;
    const all = await listTree(root);
    const wanted = [external_node_path_default().posix.basename(f.src), f.name, ...(windows ? [`${f.name}.exe`] : [])];
    for (const w of wanted) {
        const hit = all.filter((p) => external_node_path_default().posix.basename(p) === w).sort((a, b) => a.split('/').length - b.split('/').length)[0];
        if (hit && (await (0,atomicFile/* isFile */.fo)(external_node_path_default().join(root, hit))))
            return external_node_path_default().join(root, hit);
    }
    // A raw/gz asset is the binary itself whatever it is called.
    const plain = all.filter((p) => !p.includes('/'));
    if (all.length === 1 && plain.length === 1)
        return external_node_path_default().join(root, plain[0]);
    return undefined;
}
async function listTree(root, rel = '') {
    const out = [];
    for (const e of await external_node_fs_.promises.readdir(external_node_path_default().join(root, rel), { withFileTypes: true }).catch(() => [])) {
        const p = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory())
            out.push(...(await listTree(root, p)));
        else
            out.push(p);
    }
    return out;
}
async function writeMeta(binDir, meta) {
    await (0,atomicFile/* writeFileAtomic */.Zf)(external_node_path_default().join(binDir, layout/* INSTALL_META */.KQ), JSON.stringify(meta, null, 2));
}
/** HttpStatusError 404, checked structurally so this module does not load the HTTP stack. */
function isNotFound(err) {
    return err.status === 404;
}
/**
 * A progress task that appears with the first byte, so a 404 answered before any body (the
 * version-prefix fallback) does not print a failed download.
 */
function lazyTask(logger, label) {
    let task;
    const get = () => (task ??= logger.task(label, { unit: 'bytes' }));
    return {
        update: (done, total) => get().update(done, total),
        label: (text) => get().label(text),
        succeed: (message) => get().succeed(message),
        fail: (message) => task?.fail(message),
    };
}

;// CONCATENATED MODULE: ./src/toolchain/sources/index.ts


async function installSource(sources, tool, version, platform) {
    return sources.lock.sourceFor(tool, version, platform) ?? sources.registry.sourceFor(tool, version, platform);
}

;// CONCATENATED MODULE: ./src/toolchain/sources/lock.ts


class LockSource {
    lock;
    signatureCheck;
    constructor(lock, signatureCheck) {
        this.lock = lock;
        this.signatureCheck = signatureCheck;
    }
    /** Undefined when this version is not locked for the platform. */
    sourceFor(tool, version, platform) {
        const lock = this.lock;
        const key = `${tool.repoOwner}/${tool.repoName}`;
        const entry = lock ? (0,lockFile/* lockedPlatform */._G)(lock, key, version, (0,common_platform/* platformKey */.Ng)(platform)) : undefined;
        if (!lock || !entry)
            return undefined;
        const versionEntry = lock.tools[key].versions[version];
        const assetName = decodeURIComponent(new URL(entry.url).pathname.split('/').pop() ?? 'asset');
        const binary = versionEntry.binary_name ?? tool.repoName;
        const signatures = this.signatureCheck?.(tool, version, platform, entry.url, (entry.signatures ?? []));
        return {
            ...(signatures ? { signatures } : {}),
            urls: [entry.url],
            assetName,
            format: entry.format ?? '',
            files: entry.files ?? [{ name: binary, src: binary }],
            locked: { hex: entry.checksum, algorithm: (entry.checksum_algorithm ?? 'sha256'), source: 'toolchain.lock.yaml' },
            fromLock: true,
        };
    }
}

;// CONCATENATED MODULE: ./src/toolchain/installer.ts
/*
 * Installs: expand requests into exact targets, pick each target's source (lock, else
 * registry), run `installVersion` with the engine's concurrency limit, and record new
 * registry installs in the lock.
 */





class Installer {
    ctx;
    versions;
    registrySource;
    lockWriter;
    constructor(ctx, versions, registrySource, lockWriter) {
        this.ctx = ctx;
        this.versions = versions;
        this.registrySource = registrySource;
        this.lockWriter = lockWriter;
    }
    async install(specs, options = {}) {
        const lock = await this.ctx.readLock();
        const targets = await this.targets(specs, lock);
        const records = [];
        const outcomes = await (0,mapLimit/* mapLimit */.s)(targets, options.maxConcurrency ?? this.ctx.maxConcurrency, (t) => this.installOne(t, lock, options, records));
        await this.lockWriter.recordAll(records);
        return outcomes;
    }
    async ensureTools(needs) {
        const lock = await this.ctx.readLock();
        const entries = Object.entries(needs);
        const targets = await (0,mapLimit/* mapLimit */.s)(entries, this.ctx.maxConcurrency, async ([name, constraint]) => {
            const tool = await this.ctx.resolveFast(name, lock);
            return { tool, version: await this.versions.versionFor(tool, constraint || undefined, lock) };
        });
        const records = [];
        const outcomes = await (0,mapLimit/* mapLimit */.s)(targets, this.ctx.maxConcurrency, (t) => this.installOne(t, lock, {}, records));
        await this.lockWriter.recordAll(records);
        const failed = outcomes.find((o) => o.status === 'failed');
        if (failed?.error)
            throw failed.error;
        return {
            pathDirs: [...new Set(outcomes.map((o) => o.binDir))],
            versions: Object.fromEntries(entries.map(([name], i) => [name, targets[i].version])),
            outcomes,
        };
    }
    /** Expand specs into exact targets. 'all' = every version of every tool in .tool-versions. */
    async targets(specs, lock) {
        const out = [];
        if (specs === 'all') {
            const tv = await this.ctx.toolVersions();
            for (const [name, versions] of tv.tools) {
                const tool = await this.ctx.resolveFast(name, lock);
                for (const v of versions)
                    out.push({ tool, version: await this.versions.versionFor(tool, v, lock) });
            }
        }
        else {
            for (const spec of specs) {
                const tool = await this.ctx.resolveFast(spec.tool, lock);
                out.push({ tool, version: await this.versions.versionFor(tool, spec.version, lock) });
            }
        }
        const seen = new Set();
        return out.filter((t) => {
            const k = `${t.tool.repoOwner}/${t.tool.repoName}@${t.version}`;
            if (seen.has(k))
                return false;
            seen.add(k);
            return true;
        });
    }
    /** One target, its lock entry written at once (`exec`/`which` auto-install). */
    async installRecorded(target, lock) {
        const records = [];
        const outcome = await this.installOne(target, lock, {}, records);
        await this.lockWriter.recordAll(records);
        return outcome;
    }
    /**
     * Install one target. A registry install's lock entry is pushed onto `lockRecords`: the
     * caller writes the lock file once, after the whole run.
     */
    async installOne(target, lock, options, lockRecords) {
        const { tool, version } = target;
        const { platform, logger } = this.ctx;
        let fromLock = false;
        let plan;
        const started = Date.now();
        try {
            const res = await installVersion(installEnv(this.ctx), installTarget(tool, version, platform), async () => {
                const source = await installSource({ lock: new LockSource(lock, this.registrySource.lockSignatureCheck), registry: this.registrySource }, tool, version, platform);
                fromLock = source.fromLock;
                plan = source.plan;
                return source;
            }, { reinstall: options.reinstall });
            if (res.plan)
                plan = res.plan;
            if (res.status === 'installed') {
                this.ctx.installsChanged();
                logger.success(`installed ${tool.name}@${version}${fromLock ? ' (from lock)' : ''}`);
                if (this.ctx.settings.useLock && res.digest && !fromLock)
                    lockRecords.push({ tool, version, platform, digest: res.digest, plan });
            }
            return {
                tool,
                version,
                status: res.status,
                binDir: res.binDir,
                binaries: res.binaries,
                fromLock,
                downloadedBytes: res.downloadedBytes,
                durationMs: Date.now() - started,
                plan,
                ...(res.meta.signatures?.length ? { signatures: res.meta.signatures } : {}),
            };
        }
        catch (err) {
            const error = err instanceof errors/* AtmosError */.f7 ? err : new errors/* AtmosError */.f7(`installing ${tool.name}@${version} failed: ${err.message}`, { cause: err });
            if (!error.context.tool)
                error.context.tool = `${tool.name}@${version}`;
            return { tool, version, status: 'failed', error, plan, fromLock, durationMs: Date.now() - started };
        }
    }
}
function installEnv(ctx) {
    const stale = Number(ctx.env.ATMOS_TOOLCHAIN_LOCK_STALE_MS);
    return {
        layout: ctx.layout,
        http: async () => (await ctx.net()).http,
        rewrite: ctx.rewrite,
        logger: ctx.logger,
        windows: ctx.platform.os === 'windows',
        lockStaleMs: Number.isFinite(stale) && stale > 0 ? stale : undefined,
        shared: () => ctx.sharedTier(),
    };
}
function installTarget(tool, version, platform) {
    return {
        name: tool.name,
        owner: tool.repoOwner,
        repo: tool.repoName,
        version,
        platformKey: (0,common_platform/* platformKey */.Ng)(platform),
        names: [tool.requestedAs, tool.name].filter((n) => !!n),
        registry: tool.registry,
    };
}

;// CONCATENATED MODULE: ./src/toolchain/inventory.ts
/*
 * What is installed and what it costs: status, disk usage, info, and removing installs
 * (uninstall, clean). Reads the install layout; never downloads.
 */







class Inventory {
    ctx;
    versions;
    constructor(ctx, versions) {
        this.ctx = ctx;
        this.versions = versions;
    }
    async status() {
        const { layout } = this.ctx;
        const lock = await this.ctx.readLock();
        const tv = await this.ctx.toolVersions();
        const out = [];
        const seen = new Set();
        for (const [name, versions] of tv.tools) {
            const tool = await this.ctx.resolveFast(name, lock);
            for (const [i, version] of versions.entries()) {
                seen.add(`${tool.repoOwner}/${tool.repoName}@${version}`);
                out.push(await this.statusOf(tool, version, i === 0));
            }
        }
        for (const { owner, repo } of await layout.installedRepos()) {
            for (const version of (0,versionMatch/* sortVersions */.M7)(await layout.installedVersions(owner, repo))) {
                if (seen.has(`${owner}/${repo}@${version}`))
                    continue;
                const meta = await layout.readMeta(owner, repo, version);
                const tool = { name: meta?.name ?? `${owner}/${repo}`, repoOwner: owner, repoName: repo, registry: meta?.registry ?? 'installed' };
                out.push(await this.statusOf(tool, version, false));
            }
        }
        return out;
    }
    async statusOf(tool, version, isDefault) {
        const binDir = this.ctx.layout.versionDir(tool.repoOwner, tool.repoName, version);
        const meta = await this.ctx.layout.readInstalled(tool.repoOwner, tool.repoName, version);
        return {
            tool,
            version,
            isDefault,
            installed: !!meta,
            binDir,
            sizeBytes: meta ? await (0,atomicFile/* diskUsage */.hh)(binDir) : undefined,
            installedAt: meta?.installedAt,
        };
    }
    async uninstall(specs) {
        const { layout } = this.ctx;
        const lock = await this.ctx.readLock();
        const pairs = [];
        if (specs === 'all') {
            for (const { owner, repo } of await layout.installedRepos()) {
                for (const version of await layout.versionDirs(owner, repo))
                    pairs.push({ tool: `${owner}/${repo}`, owner, repo, version });
            }
        }
        else {
            for (const spec of specs) {
                const t = await this.ctx.resolveFast(spec.tool, lock);
                // Incomplete versions too: uninstall is also how a broken one is cleared away.
                const versions = spec.version ? [spec.version] : await layout.versionDirs(t.repoOwner, t.repoName);
                for (const version of versions)
                    pairs.push({ tool: spec.tool, owner: t.repoOwner, repo: t.repoName, version });
            }
        }
        const outcomes = await (0,mapLimit/* mapLimit */.s)(pairs, this.ctx.maxConcurrency, async (p) => {
            const binDir = layout.versionDir(p.owner, p.repo, p.version);
            const removed = await (0,fileLock/* withFileLock */.U)(binDir, async () => {
                if (!(await (0,atomicFile/* pathExists */.s0)(binDir)))
                    return false;
                await external_node_fs_.promises.rm(binDir, { recursive: true, force: true });
                return true;
            });
            await external_node_fs_.promises.rmdir(layout.repoDir(p.owner, p.repo)).catch(() => { });
            return { tool: p.tool, version: p.version, binDir, removed };
        });
        this.ctx.installsChanged();
        return outcomes;
    }
    async clean(options = {}) {
        const { layout } = this.ctx;
        const candidates = options.cacheOnly ? [layout.downloadsRoot(), layout.tmpRoot()] : [layout.binRoot, layout.downloadsRoot(), layout.tmpRoot()];
        const paths = [];
        let bytes = 0;
        for (const p of candidates) {
            if (!(await (0,atomicFile/* pathExists */.s0)(p)))
                continue;
            paths.push(p);
            bytes += await (0,atomicFile/* diskUsage */.hh)(p);
            if (!options.dryRun)
                await external_node_fs_.promises.rm(p, { recursive: true, force: true });
        }
        if (!options.dryRun)
            this.ctx.installsChanged();
        return { paths, bytes };
    }
    async du() {
        const { layout } = this.ctx;
        const tools = [];
        for (const { owner, repo } of await layout.installedRepos()) {
            for (const version of (0,versionMatch/* sortVersions */.M7)(await layout.installedVersions(owner, repo))) {
                const binDir = layout.versionDir(owner, repo, version);
                tools.push({ tool: `${owner}/${repo}`, version, bytes: await (0,atomicFile/* diskUsage */.hh)(binDir), binDir });
            }
        }
        const downloadsBytes = await (0,atomicFile/* diskUsage */.hh)(layout.downloadsRoot());
        return {
            installRoot: this.ctx.settings.installRoot,
            totalBytes: tools.reduce((s, t) => s + t.bytes, 0) + downloadsBytes + (await (0,atomicFile/* diskUsage */.hh)(layout.tmpRoot())),
            downloadsBytes,
            tools,
        };
    }
    async info(spec, platform = this.ctx.platform) {
        const { layout } = this.ctx;
        const lock = await this.ctx.readLock();
        const tool = await this.ctx.resolve(spec.tool);
        const version = await this.versions.versionFor(tool, spec.version, lock);
        const registry = await this.ctx.registry();
        const plan = await registry.plan(tool, version, platform);
        const definition = await registry.describe(tool, version, platform);
        const signatureSettings = this.ctx.signatureSettings(tool);
        const locked = lock ? (0,lockFile/* lockedPlatform */._G)(lock, `${tool.repoOwner}/${tool.repoName}`, version, (0,common_platform/* platformKey */.Ng)(platform)) : undefined;
        return {
            tool,
            version,
            platform,
            plan,
            definition,
            effectiveUrls: plan.urls.map(this.ctx.rewrite),
            checksumSource: plan.checksum
                ? `${plan.checksum.algorithm} from ${plan.checksum.url} (${plan.checksum.fileFormat || 'default'} format)`
                : plan.githubRelease
                    ? 'GitHub release asset digest (when GitHub provides one)'
                    : 'none declared',
            locked: locked ? { url: locked.url, checksum: locked.checksum, checksum_algorithm: locked.checksum_algorithm, size: locked.size } : undefined,
            signatures: {
                policy: signatureSettings.policy,
                kinds: [...signatureSettings.kinds],
                declared: (plan.signatures ?? []).map(describeSignature),
                locked: locked?.signatures ?? [],
                installed: (await layout.readMeta(tool.repoOwner, tool.repoName, version))?.signatures ?? [],
            },
            installed: !!(await layout.readInstalled(tool.repoOwner, tool.repoName, version)),
            binDir: layout.versionDir(tool.repoOwner, tool.repoName, version),
        };
    }
}
/** One declared signature in words, for `toolchain info`. */
function describeSignature(s) {
    const on = s.subject === 'asset' ? 'asset' : 'checksum file';
    switch (s.kind) {
        case 'cosign': {
            const how = s.bundle ? `bundle ${s.bundle}` : s.signature ? `signature ${s.signature}` : '(no signature)';
            const who = s.key ? `key ${s.key}` : `identity ${s.identity ?? (s.identityRegexp ? `/${s.identityRegexp}/` : '(any)')}`;
            return `cosign on the ${on}: ${how}, ${who}`;
        }
        case 'github_artifact_attestations':
            return `GitHub attestation on the ${on}: ${s.owner}/${s.repo}${s.signerWorkflow ? `, signer workflow /${s.signerWorkflow}/` : ''}`;
        case 'slsa_provenance':
            return `SLSA provenance on the asset: ${s.url}, source ${s.sourceUri}@${s.sourceTag}`;
        case 'minisign':
            return `minisign on the ${on}: ${s.url}, key ${s.publicKey}`;
    }
}

;// CONCATENATED MODULE: ./src/toolchain/lockWriter.ts
/*
 * Writing toolchain.lock.yaml: the entries of a run's registry installs, and the `lock` command
 * (download and verify every requested version for every platform, without extracting).
 * A run writes the file once, after its downloads, with every entry it collected: one
 * read-modify-write under the file's lock instead of one per tool (ten installs used to queue
 * ten writers on that lock, each sleep-polling for its turn).
 */







class LockWriter {
    ctx;
    registrySource;
    constructor(ctx, registrySource) {
        this.ctx = ctx;
        this.registrySource = registrySource;
    }
    /** Write these entries in one update of the lock file (nothing when there are none). */
    async recordAll(records) {
        if (records.length === 0)
            return;
        await (0,lockFile/* updateLockFile */.X1)(this.ctx.settings.lockPath, (0,common_platform/* platformKey */.Ng)(this.ctx.platform), (data) => {
            for (const { tool, version, platform, digest, plan } of records) {
                (0,lockFile/* setLockedPlatform */.g0)(data, `${tool.repoOwner}/${tool.repoName}`, version, (0,common_platform/* platformKey */.Ng)(platform), {
                    url: digest.url,
                    checksum: digest.hex,
                    size: digest.size,
                    checksum_algorithm: digest.algorithm,
                    ...(plan ? lockExtras(plan) : {}),
                    ...(digest.signatures?.length ? { signatures: digest.signatures } : {}),
                }, { source: tool.registry, binaryName: plan?.files[0]?.name.replace(/\.exe$/i, '') });
            }
        });
    }
    /** The lock command; `targets` come from the registry (it is how a lock is refreshed), never from existing entries. */
    async lock(targets, options = {}) {
        const { ctx } = this;
        if (!ctx.settings.useLock)
            ctx.logger.warn('toolchain.use_lock_file is false: the lock file is written but not used by install');
        const platforms = this.platforms(options);
        const jobs = targets.flatMap((t) => platforms.map((p) => ({ ...t, platform: p })));
        const env = installEnv(ctx);
        const records = [];
        const outcomes = await (0,mapLimit/* mapLimit */.s)(jobs, options.maxConcurrency ?? ctx.maxConcurrency, async ({ tool, version, platform }) => {
            const key = (0,common_platform/* platformKey */.Ng)(platform);
            let source;
            try {
                source = await this.registrySource.sourceFor(tool, version, platform);
            }
            catch (err) {
                const error = err instanceof errors/* AtmosError */.f7 ? err : new errors/* AtmosError */.f7(err.message);
                const unsupported = ['UNSUPPORTED_PLATFORM', 'NO_ASSET'].includes(error.code);
                return { tool, version, platform: key, status: unsupported ? 'unsupported' : 'failed', error };
            }
            try {
                const target = installTarget(tool, version, platform);
                // The same per-version lock as install: both use (and clean) the version's download directory.
                const dl = await (0,fileLock/* withFileLock */.U)(ctx.layout.versionDir(tool.repoOwner, tool.repoName, version), () => downloadVerified(env, target, source), {
                    staleMs: env.lockStaleMs,
                });
                records.push({
                    tool,
                    version,
                    platform,
                    digest: { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url, signatures: dl.signatures },
                    plan: dl.source.plan,
                });
                return { tool, version, platform: key, status: 'locked', url: dl.url, checksum: dl.hex, checksumAlgorithm: dl.algorithm, size: dl.size };
            }
            catch (err) {
                const error = err instanceof errors/* AtmosError */.f7 ? err : new errors/* AtmosError */.f7(err.message, { cause: err });
                return { tool, version, platform: key, status: 'failed', error };
            }
        });
        await this.recordAll(records);
        return outcomes;
    }
    platforms(options) {
        if (options.platforms?.length)
            return options.platforms;
        const configured = this.ctx.config.values.toolchain.platforms ?? [];
        const list = configured.filter((p) => !!p);
        return list.length > 0 ? list.map((p) => (0,common_platform/* parsePlatform */.FL)(p)) : [this.ctx.platform];
    }
}
/**
 * The lock records `files` (and `format` when the URL does not show it) so that
 * install-from-lock can lay the binaries out without asking the registry.
 */
function lockExtras(plan) {
    const extras = {};
    const trivial = plan.files.length === 1 && plan.files[0].src === plan.files[0].name;
    if (!trivial)
        extras.files = plan.files.map((f) => ({ name: f.name, src: f.src }));
    if (plan.format && plan.format !== 'raw' && !plan.assetName.toLowerCase().endsWith(`.${plan.format}`))
        extras.format = plan.format;
    if (plan.format === 'raw' && /\.(zip|gz|tgz|xz|bz2|tar)$/i.test(plan.assetName))
        extras.format = 'raw';
    return extras;
}

;// CONCATENATED MODULE: ./src/toolchain/pinEdits.ts
/*
 * Edits of `.tool-versions` (asdf semantics: first version = default) and, when a pin is
 * removed, of its lock entries. Whichever key the file uses for a tool (alias, short name,
 * owner/repo) is the one edited.
 */





class PinEditor {
    ctx;
    versions;
    constructor(ctx, versions) {
        this.ctx = ctx;
        this.versions = versions;
    }
    async configuredVersions() {
        const tv = await this.ctx.toolVersions();
        return Object.fromEntries([...tv.tools].map(([k, v]) => [k, [...v]]));
    }
    /** Make an exact version of a resolved tool its default (install --set-default). */
    async setDefault(tool, version) {
        const lock = await this.ctx.readLock();
        await (0,toolVersions/* updateToolVersions */.H0)(this.ctx.settings.toolVersionsPath, (tv) => (0,toolVersions/* setDefaultVersion */.oN)(tv, tool.requestedAs ?? tool.name, version, this.sameTool(tool, lock)));
    }
    async setVersion(tool, version) {
        const { resolved, exact, lock } = await this.pin(tool, version);
        await (0,toolVersions/* updateToolVersions */.H0)(this.ctx.settings.toolVersionsPath, (tv) => (0,toolVersions/* setDefaultVersion */.oN)(tv, tool, exact, this.sameTool(resolved, lock)));
    }
    async addVersion(tool, version, options = {}) {
        if (options.setDefault)
            return this.setVersion(tool, version);
        const { resolved, exact, lock } = await this.pin(tool, version);
        await (0,toolVersions/* updateToolVersions */.H0)(this.ctx.settings.toolVersionsPath, (tv) => (0,toolVersions/* addVersion */.MZ)(tv, tool, exact, this.sameTool(resolved, lock)));
    }
    async removeVersion(tool, version) {
        const { settings } = this.ctx;
        const lock = await this.ctx.readLock();
        const t = await this.ctx.resolveFast(tool, lock);
        let removed = false;
        await (0,toolVersions/* updateToolVersions */.H0)(settings.toolVersionsPath, (tv) => {
            removed = (0,toolVersions/* removeVersion */.bI)(tv, tool, version, this.sameTool(t, lock));
        });
        if (removed && settings.useLock && (await (0,atomicFile/* pathExists */.s0)(settings.lockPath))) {
            await (0,lockFile/* updateLockFile */.X1)(settings.lockPath, (0,common_platform/* platformKey */.Ng)(this.ctx.platform), (data) => {
                (0,lockFile/* removeLocked */.U4)(data, `${t.repoOwner}/${t.repoName}`, version);
            });
        }
        return removed;
    }
    async pin(tool, version) {
        const lock = await this.ctx.readLock();
        const resolved = await this.ctx.resolveFast(tool, lock);
        return { resolved, exact: await this.versions.versionFor(resolved, version, lock), lock };
    }
    /** Whether a `.tool-versions` key names this tool (without asking the registry). */
    sameTool(tool, lock) {
        const aliases = this.ctx.aliasesFromConfig();
        return (key) => {
            const local = (0,localResolve/* splitName */.W0)(key) ?? (aliases[key] ? (0,localResolve/* splitName */.W0)(aliases[key]) : undefined);
            if (local)
                return local.owner === tool.repoOwner && local.repo === tool.repoName;
            if (lock?.tools[`${tool.repoOwner}/${tool.repoName}`] && key === tool.repoName)
                return true;
            return key === tool.requestedAs;
        };
    }
}

;// CONCATENATED MODULE: ./src/toolchain/sources/registry.ts



class RegistrySource {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** The registry plan's source, falling back to the other tag form (`v1.2.3` ↔ `1.2.3`) on a 404. */
    async sourceFor(tool, version, platform) {
        const registry = await this.ctx.registry();
        const rt = await this.ctx.registryTool(tool);
        const [first, second] = await tagCandidates(registry, rt, version);
        const source = this.planSource(await registry.plan(rt, first, platform), tool);
        if (second)
            source.fallback = async () => this.planSource(await registry.plan(rt, second, platform), tool);
        return source;
    }
    /**
     * Signature checks for an install from the lock: the lock pins the bytes, the registry says
     * what signs them. Asked only when the lock recorded signatures or the policy requires them.
     */
    lockSignatureCheck = (tool, version, platform, lockedUrl, recorded) => {
        const settings = this.ctx.signatureSettings(tool);
        if (settings.policy === 'disabled' || (recorded.length === 0 && settings.policy !== 'required'))
            return undefined;
        return (expectedSha256) => {
            const check = (async () => {
                let source = await this.sourceFor(tool, version, platform);
                if (source.plan && !source.plan.urls.includes(lockedUrl) && source.fallback)
                    source = await source.fallback();
                const label = `${tool.name}@${version} (${(0,common_platform/* platformKey */.Ng)(platform)})`;
                return prepareSignatures(this.ctx.signatureEnv(), { tool: tool.name, label, plan: source.plan, settings, recorded }, expectedSha256);
            })();
            check.catch(() => { }); // reported by verify
            return { verify: async (assetFile, digests) => (await check).verify(assetFile, digests) };
        };
    };
    planSource(plan, tool) {
        return {
            urls: plan.urls,
            assetName: plan.assetName,
            format: plan.format,
            files: plan.files,
            expected: async () => {
                const { http, releases } = await this.ctx.net();
                return expectedChecksum(plan, { http, rewrite: this.ctx.rewrite, releases, policy: this.ctx.policy });
            },
            signatures: (expectedSha256) => prepareSignatures(this.ctx.signatureEnv(), {
                tool: tool.name,
                label: `${plan.name}@${plan.version} (${(0,common_platform/* platformKey */.Ng)(plan.platform)})`,
                plan,
                settings: this.ctx.signatureSettings(tool),
            }, expectedSha256),
            fromLock: false,
            plan,
        };
    }
}
/**
 * Versions to plan with, in order. Pins are usually written `1.2.3` while most tags (and
 * Aqua's `Version`) are `v1.2.3`: try the `v` form first unless the package has its own
 * tag prefix (`jq-`), then the other form on a 404 (as Atmos does).
 */
async function tagCandidates(registry, rt, version) {
    const alt = toggledVersion(version);
    if (!alt)
        return [version];
    if (/^v/.test(version))
        return [version, alt];
    const prefix = await registry.versionSource(rt).then((s) => s.versionPrefix, () => undefined);
    return prefix && prefix !== 'v' ? [version, alt] : [alt, version];
}
/** `1.2.3` → `v1.2.3` and back; undefined when the version does not look like one. */
function toggledVersion(v) {
    if (/^v\d/.test(v))
        return v.slice(1);
    if (/^\d/.test(v))
        return `v${v}`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/toolchain/versionSelect.ts
/*
 * Which exact version a request means: the pinned default, `latest` (newest upstream
 * release), or a constraint (highest installed match, else highest available upstream).
 */


class VersionSelector {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    async versionFor(tool, requested, lock) {
        const { layout } = this.ctx;
        let version = requested;
        if (!version) {
            const configured = await this.ctx.configuredFor(tool, await this.ctx.toolVersions(), lock);
            version = configured?.versions[0];
            if (!version) {
                const installed = (0,versionMatch/* sortVersions */.M7)(await layout.installedVersions(tool.repoOwner, tool.repoName));
                if (installed.length > 0)
                    return installed[installed.length - 1];
                version = 'latest';
            }
        }
        if (version === 'latest')
            return this.latestFor(tool);
        if ((0,versionMatch/* isConstraint */.WD)(version)) {
            const installed = (0,versionMatch/* highestMatch */.kf)(await layout.installedVersions(tool.repoOwner, tool.repoName), version);
            if (installed) {
                this.ctx.logger.debug(`using ${tool.name} ${installed} (satisfies ${version})`);
                return installed;
            }
            const available = (0,versionMatch/* highestMatch */.kf)(await this.availableFor(tool, { includePrerelease: /-/.test(version) }), version);
            if (!available) {
                throw new errors/* AtmosError */.f7(`no version of ${tool.name} satisfies "${version}"`, {
                    code: 'NO_MATCHING_VERSION',
                    hint: `List versions with: atmos-ts toolchain get ${tool.requestedAs ?? tool.name} --all`,
                });
            }
            return available;
        }
        return version;
    }
    async latestFor(tool) {
        const versions = await this.availableFor(tool, {});
        if (versions.length === 0) {
            throw new errors/* AtmosError */.f7(`no releases found for ${tool.name}`, {
                code: 'NO_RELEASES',
                hint: `Pin a version explicitly, e.g. ${tool.requestedAs ?? tool.name}@1.2.3`,
            });
        }
        return versions[0];
    }
    /** Upstream versions (GitHub releases or tags, as the registry says), newest first. */
    async availableFor(tool, options) {
        const source = await (await this.ctx.registry()).versionSource(await this.ctx.registryTool(tool));
        const owner = source.owner ?? tool.repoOwner;
        const repo = source.repo ?? tool.repoName;
        let tags;
        const { releases } = await this.ctx.net();
        try {
            if (source.type === 'github_tag')
                tags = await releases.listTags(owner, repo);
            else if (source.type === 'github_release') {
                tags = (await releases.listReleases(owner, repo)).filter((r) => !r.draft && (options.includePrerelease || !r.prerelease)).map((r) => r.tag_name);
            }
            else
                tags = [];
        }
        catch (err) {
            throw versionListError(err, tool, `${owner}/${repo}`);
        }
        const prefix = source.versionPrefix ?? '';
        const versions = tags
            .filter((t) => t.startsWith(prefix))
            .map((t) => t.slice(prefix.length))
            .filter((v) => options.includePrerelease || !(0,versionMatch/* isPrerelease */.V1)(v))
            .map(displayVersion);
        const out = (0,versionMatch/* sortVersions */.M7)([...new Set(versions)]).reverse();
        return options.limit ? out.slice(0, options.limit) : out;
    }
}
/** `v1.2.3` → `1.2.3` (pins are written without the v; registries add the prefix back for URLs). */
function displayVersion(v) {
    return /^v\d/.test(v) ? v.slice(1) : v;
}
/** A failed release/tag listing as one AtmosError that says what it means for the tool (never the raw body). */
function versionListError(err, tool, repo) {
    // Duck-typed: importing HttpStatusError would load the HTTP stack (p-retry, node:http/https), which this module loads lazily.
    const status = err instanceof errors/* AtmosError */.f7 && err.code === 'HTTP_STATUS' ? err.status : undefined;
    if (status !== 404 && status !== 401)
        return err;
    const name = tool.requestedAs ?? tool.name;
    return new errors/* AtmosError */.f7(`cannot list the versions of ${name}: GitHub answered HTTP ${status} for ${repo}`, {
        code: 'VERSIONS_UNAVAILABLE',
        explanation: status === 404
            ? `The repository ${repo} does not exist, is private (a token with access is needed), or the registry's repo_owner/repo_name for ${tool.name} is out of date.`
            : 'The GitHub token was refused.',
        hint: `Pin an exact version so no lookup is needed (atmos-ts toolchain add ${name}@<version>), or set GITHUB_TOKEN / ATMOS_GITHUB_TOKEN.`,
        context: { url: err.context.url },
        cause: err,
    });
}

;// CONCATENATED MODULE: ./src/toolchain/manager.ts








function assembleToolchain(opts) {
    return new ToolchainEngine(new ToolchainContext(opts));
}
/** The ToolchainManager API over the parts; no logic of its own beyond wiring. */
class ToolchainEngine {
    ctx;
    installRoot;
    toolVersionsPath;
    lockPath;
    platform;
    versions;
    installer;
    lockWriter;
    pins;
    inventory;
    binaries;
    constructor(ctx) {
        this.ctx = ctx;
        ({ installRoot: this.installRoot, toolVersionsPath: this.toolVersionsPath, lockPath: this.lockPath } = ctx.settings);
        this.platform = ctx.platform;
        const registrySource = new RegistrySource(ctx);
        this.versions = new VersionSelector(ctx);
        this.lockWriter = new LockWriter(ctx, registrySource);
        this.installer = new Installer(ctx, this.versions, registrySource, this.lockWriter);
        this.pins = new PinEditor(ctx, this.versions);
        this.inventory = new Inventory(ctx, this.versions);
        this.binaries = new BinaryLookup(ctx, this.versions, this.installer);
    }
    /* ---- names and versions ---- */
    resolve(tool) {
        return this.ctx.resolve(tool);
    }
    async aliases() {
        const fromRegistry = await (await this.ctx.registry()).aliases();
        return { ...fromRegistry, ...this.ctx.aliasesFromConfig() };
    }
    async resolveVersion(spec) {
        const lock = await this.ctx.readLock();
        const tool = await this.ctx.resolveFast(spec.tool, lock);
        return this.versions.versionFor(tool, spec.version, lock);
    }
    async availableVersions(tool, options = {}) {
        return this.versions.availableFor(await this.ctx.resolve(tool), options);
    }
    async latestVersion(tool) {
        return this.versions.latestFor(await this.ctx.resolve(tool));
    }
    /* ---- installs and the lock ---- */
    async install(specs, options = {}) {
        const outcomes = await this.installer.install(specs, options);
        if (options.setDefault) {
            for (const o of outcomes)
                if (o.status !== 'failed')
                    await this.pins.setDefault(o.tool, o.version);
        }
        return outcomes;
    }
    ensureTools(needs) {
        return this.installer.ensureTools(needs);
    }
    async lock(specs, options = {}) {
        // Re-resolved from the registry (it is how a lock is refreshed), so existing entries are ignored.
        return this.lockWriter.lock(await this.installer.targets(specs, undefined), options);
    }
    binaryFor(spec, options) {
        return this.binaries.binaryFor(spec, options);
    }
    pathEntries() {
        return this.binaries.pathEntries();
    }
    /* ---- .tool-versions ---- */
    configuredVersions() {
        return this.pins.configuredVersions();
    }
    setVersion(tool, version) {
        return this.pins.setVersion(tool, version);
    }
    addVersion(tool, version, options) {
        return this.pins.addVersion(tool, version, options);
    }
    removeVersion(tool, version) {
        return this.pins.removeVersion(tool, version);
    }
    /* ---- inventory ---- */
    status() {
        return this.inventory.status();
    }
    uninstall(specs) {
        return this.inventory.uninstall(specs);
    }
    clean(options) {
        return this.inventory.clean(options);
    }
    du() {
        return this.inventory.du();
    }
    info(spec, platform) {
        return this.inventory.info(spec, platform);
    }
}


/***/ })

};
