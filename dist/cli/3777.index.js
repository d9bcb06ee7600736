export const id = 3777;
export const ids = [3777];
export const modules = {

/***/ 53777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createBundle: () => (/* reexport */ createBundle),
  diffManifests: () => (/* reexport */ diffManifests),
  exportCache: () => (/* reexport */ exportCache),
  extractRegistry: () => (/* reexport */ extractRegistry),
  importBundle: () => (/* reexport */ importBundle),
  importRoots: () => (/* reexport */ importRoots),
  readManifest: () => (/* reexport */ readManifest),
  scanInputs: () => (/* reexport */ scanInputs),
  verifyBundle: () => (/* reexport */ verifyBundle)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/http.ts + 1 modules
var common_http = __webpack_require__(71055);
// EXTERNAL MODULE: ./src/common/logger.ts
var common_logger = __webpack_require__(49353);
// EXTERNAL MODULE: ./src/common/offline.ts
var offline = __webpack_require__(73842);
// EXTERNAL MODULE: ./src/common/platform.ts
var platform = __webpack_require__(88038);
// EXTERNAL MODULE: ./src/github/endpoints.ts
var endpoints = __webpack_require__(80925);
// EXTERNAL MODULE: ./src/gitmirror/index.ts
var gitmirror = __webpack_require__(41691);
// EXTERNAL MODULE: ./src/mirror/layout.ts
var layout = __webpack_require__(26473);
// EXTERNAL MODULE: ./src/mirror/server.ts + 8 modules
var mirror_server = __webpack_require__(1254);
// EXTERNAL MODULE: ./src/mirror/session.ts + 1 modules
var session = __webpack_require__(46453);
// EXTERNAL MODULE: ./src/mirror/credentials.ts
var credentials = __webpack_require__(953);
// EXTERNAL MODULE: ./src/mirror/warm.ts
var warm = __webpack_require__(17490);
// EXTERNAL MODULE: ./src/mirror/moduleSource.ts
var moduleSource = __webpack_require__(98702);
// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/lockFile.ts
var lockFile = __webpack_require__(93590);
// EXTERNAL MODULE: ./src/toolchain/downloadUrl.ts
var downloadUrl = __webpack_require__(13182);
// EXTERNAL MODULE: ./src/toolchain/layout.ts
var toolchain_layout = __webpack_require__(7497);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
;// CONCATENATED MODULE: ./src/bundle/archive.ts
/**
 * The bundle file: a tar stream compressed with zstd. We write the tar ourselves (ustar, a
 * pax header only for paths longer than ustar holds) because determinism is the point: every
 * entry is a regular file with mode 0644, uid/gid 0, no owner names and one fixed mtime, in
 * the order the caller gives (sorted). Compression is the system `zstd` at a fixed level and
 * a fixed single worker, which the CI cache already requires (`.ci/run` installs it): Node 20's
 * zlib has no zstd (22.15+ has), the npm zstd packages are native addons that ncc cannot
 * bundle, and zstd decompresses several times faster than gzip. Reading goes through the
 * `tar` package's parser.
 */










/** Every entry's mtime: 2000-01-01T00:00:00Z. */
const FIXED_MTIME = 946_684_800;
const BLOCK = 512;
const ZEROS = Buffer.alloc(BLOCK * 2);
/** zstd level: the default, what `tar --zstd` uses. */
const ZSTD_LEVEL = 3;
let zstdChecked;
/** The `zstd` binary, or a clear error naming what to install. */
function requireZstd() {
    zstdChecked ??= (0,external_node_child_process_.spawnSync)('zstd', ['--version'], { stdio: 'ignore' }).status === 0;
    if (!zstdChecked) {
        throw new errors/* AtmosError */.f7('zstd is not installed', {
            code: 'BUNDLE_INPUT',
            explanation: 'Bundles are tar files compressed with zstd; atmos-ts runs the system `zstd` to write and read them.',
            hint: 'Install it (Debian/Ubuntu: apt-get install zstd; macOS: brew install zstd; it is preinstalled on GitHub-hosted runners).',
        });
    }
}
function octal(value, width) {
    return value.toString(8).padStart(width - 1, '0') + '\0';
}
function header(name, size, type, executable = false) {
    const h = Buffer.alloc(BLOCK);
    let prefix = '';
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        // ustar: prefix (155) + '/' + name (100); the pax record holds the real path anyway.
        const cut = name.lastIndexOf('/', name.length - 1);
        if (cut > 0 && cut <= 155 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
            prefix = name.slice(0, cut);
            base = name.slice(cut + 1);
        }
        else
            base = name.slice(-100);
    }
    h.write(base, 0, 100, 'utf8');
    h.write(octal(executable ? 0o755 : 0o644, 8), 100, 'ascii');
    h.write(octal(0, 8), 108, 'ascii');
    h.write(octal(0, 8), 116, 'ascii');
    h.write(octal(size, 12), 124, 'ascii');
    h.write(octal(FIXED_MTIME, 12), 136, 'ascii');
    h.fill(' ', 148, 156);
    h.write(type, 156, 'ascii');
    h.write('ustar\0', 257, 'ascii');
    h.write('00', 263, 'ascii');
    h.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const b of h)
        sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
    return h;
}
function pad(size) {
    return ZEROS.subarray(0, (BLOCK - (size % BLOCK)) % BLOCK);
}
/** A pax extended header carrying `path` when the name does not fit ustar exactly. */
function paxFor(name, size) {
    const fits = Buffer.byteLength(name) <= 100 ||
        (name.lastIndexOf('/') > 0 && name.lastIndexOf('/') <= 155 && Buffer.byteLength(name.slice(name.lastIndexOf('/') + 1)) <= 100);
    const records = [];
    if (!fits)
        records.push(paxRecord('path', name));
    if (size > 0o77777777777)
        records.push(paxRecord('size', String(size)));
    if (records.length === 0)
        return [];
    const body = Buffer.from(records.join(''));
    return [header(`PaxHeaders/${name.split('/').pop().slice(0, 80)}`, body.length, 'x'), body, pad(body.length)];
}
function paxRecord(key, value) {
    const payload = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(payload) + 1;
    while (String(len).length + Buffer.byteLength(payload) !== len)
        len = String(len).length + Buffer.byteLength(payload);
    return `${len}${payload}`;
}
/** Bytes gathered per write to zstd, and how many such writes may be in flight while the next is filled. */
const SLOT = 1024 * 1024;
const SLOTS = 4;
/**
 * A file's bytes are hashed in slices, with a turn of the event loop in between: zstd reads from
 * a socket that holds ~200 KiB, so hashing a whole slot at once would leave it idle meanwhile.
 */
const HASH_SLICE = 256 * 1024;
/**
 * Write the tar stream of `sources` to `out` (zstd's stdin). Everything goes through a few
 * reused 1 MiB slots: headers, small objects and file bytes read straight into the slot, so a
 * write to zstd carries a whole slot (not one per header or read chunk) and nothing is
 * allocated per chunk. A file's bytes are hashed as they are read — exactly the bytes packed.
 */
async function packTar(out, sources) {
    const slots = Array.from({ length: SLOTS }, () => ({ buf: Buffer.allocUnsafe(SLOT), sent: Promise.resolve() }));
    let cur = 0;
    let fill = 0;
    const send = async () => {
        if (fill === 0)
            return;
        const slot = slots[cur];
        const chunk = slot.buf.subarray(0, fill);
        slot.sent = new Promise((resolve, reject) => out.write(chunk, (err) => (err ? reject(err) : resolve())));
        // Observed when the slot comes round again or at the end; no unhandled rejection meanwhile.
        slot.sent.catch(() => undefined);
        cur = (cur + 1) % SLOTS;
        fill = 0;
        await slots[cur].sent;
    };
    const put = async (data) => {
        for (let off = 0; off < data.length;) {
            const n = data.copy(slots[cur].buf, fill, off, Math.min(data.length, off + SLOT - fill));
            fill += n;
            off += n;
            if (fill === SLOT)
                await send();
        }
    };
    const putFile = async (s) => {
        const handle = await external_node_fs_.promises.open(s.file, 'r');
        try {
            const hash = s.sha256 ? (0,external_node_crypto_.createHash)('sha256') : undefined;
            let seen = 0;
            while (seen < s.size) {
                const buf = slots[cur].buf;
                const { bytesRead } = await handle.read(buf, fill, Math.min(SLOT - fill, s.size - seen), null);
                if (bytesRead === 0)
                    break;
                if (hash) {
                    for (let off = fill; off < fill + bytesRead; off += HASH_SLICE) {
                        hash.update(buf.subarray(off, Math.min(fill + bytesRead, off + HASH_SLICE)));
                        if (off + HASH_SLICE < fill + bytesRead)
                            await new Promise((resolve) => setImmediate(resolve));
                    }
                }
                seen += bytesRead;
                fill += bytesRead;
                if (fill === SLOT)
                    await send();
            }
            // The size the header promised, and not a byte more.
            if (seen !== s.size || (await handle.read(Buffer.alloc(1), 0, 1, null)).bytesRead !== 0)
                throw new errors/* AtmosError */.f7(`${s.file} changed while it was being bundled`, { code: 'BUNDLE_INPUT', hint: 'Run the command again.' });
            const got = hash?.digest('hex');
            if (got && got !== s.sha256) {
                throw new errors/* AtmosError */.f7(`${s.file}: sha256 ${got} is not the ${s.sha256} its lock file or SHA256SUMS promises`, {
                    code: 'CHECKSUM_MISMATCH',
                    hint: 'The cached copy is damaged or was replaced: delete it and create the bundle again (it will be fetched again).',
                });
            }
        }
        finally {
            await handle.close();
        }
    };
    for (const s of sources) {
        for (const b of paxFor(s.name, s.size))
            await put(b);
        await put(header(s.name, Math.min(s.size, 0o77777777777), '0', s.executable));
        if (s.data)
            await put(s.data);
        else if (s.file)
            await putFile(s);
        await put(pad(s.size));
    }
    await put(ZEROS);
    await send();
    await Promise.all(slots.map((slot) => slot.sent));
    await new Promise((resolve) => out.end(resolve));
}
function waitExit(proc, what, stderr) {
    return new Promise((resolve, reject) => {
        proc.on('error', reject);
        proc.on('close', (code, signal) => code === 0
            ? resolve()
            : reject(new errors/* AtmosError */.f7(`${what} failed (${signal ?? `exit ${code}`})`, { code: 'BUNDLE_CORRUPT', explanation: stderr().trim() || undefined })));
    });
}
/**
 * Write `sources` in order as `<dest>.tar.zst`, atomically (temp file + rename).
 *
 * zstd writes the temp file itself (its stdout is the file): the compressed bytes never pass
 * through this process. Routing them back through a Node pipe and a write stream cost a second
 * 64 KiB pipe round trip per chunk and most of the writer's wall time on a loaded machine.
 */
async function writeTarZst(dest, sources) {
    requireZstd();
    const tmp = (0,atomicFile/* tempSibling */.Zp)(dest, 'part');
    try {
        const out = await external_node_fs_.promises.open(tmp, 'w');
        let proc;
        try {
            // One worker: zstd's output then depends only on the input and the level.
            proc = (0,external_node_child_process_.spawn)('zstd', ['-q', `-${ZSTD_LEVEL}`, '--single-thread', '-c'], { stdio: ['pipe', out.fd, 'pipe'] });
        }
        finally {
            // The child holds its own copy of the descriptor.
            await out.close();
        }
        let err = '';
        proc.stderr.on('data', (d) => (err += d));
        const done = waitExit(proc, 'zstd', () => err);
        // zstd gone early (it failed, or was killed below): the writes fail, `done` says why.
        proc.stdin.on('error', () => undefined);
        try {
            await packTar(proc.stdin, sources);
        }
        catch (e) {
            proc.kill();
            await done.catch(() => undefined);
            throw e;
        }
        await done;
        await external_node_fs_.promises.rename(tmp, dest);
        return { bytes: (await external_node_fs_.promises.stat(dest)).size };
    }
    catch (e) {
        await external_node_fs_.promises.rm(tmp, { force: true });
        throw e;
    }
}
/**
 * Stream the entries of a `.tar.zst`, one at a time, to `onEntry` (which must consume the
 * entry's stream). `stopAfter` ends early (e.g. after the manifest) without reading the rest.
 */
async function readTarZst(file, onEntry) {
    requireZstd();
    await external_node_fs_.promises.access(file).catch(() => {
        throw new errors/* AtmosError */.f7(`bundle ${file} does not exist`, { code: 'BUNDLE_MISSING', hint: 'Check the path.' });
    });
    const proc = (0,external_node_child_process_.spawn)('zstd', ['-q', '-d', '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (d) => (err += d));
    let stopped = false;
    const done = waitExit(proc, `zstd -d ${file}`, () => err).catch((e) => {
        if (!stopped)
            throw new errors/* AtmosError */.f7(`bundle ${file} is not a readable .tar.zst`, {
                code: 'BUNDLE_CORRUPT',
                explanation: e.explanation ?? String(e),
                cause: e,
            });
    });
    let failure;
    let chain = Promise.resolve();
    const parser = new index_min.Parser({
        strict: true,
        onReadEntry: (entry) => {
            if (stopped || failure) {
                entry.resume();
                return;
            }
            // Callbacks run one after another in entry order; a waiting entry's data stays buffered
            // (backpressure pauses zstd) until its turn.
            const p = chain.then(() => stopped || failure
                ? (entry.resume(), undefined)
                : onEntry({ path: entry.path, type: entry.type, size: entry.size ?? 0, stream: entry }));
            chain = p.then((r) => {
                if (r === 'stop') {
                    stopped = true;
                    proc.kill();
                }
            }, (e) => {
                failure ??= e;
                entry.resume();
                stopped = true;
                proc.kill();
            });
        },
    });
    parser.on('warn', (_code, message) => {
        failure ??= new errors/* AtmosError */.f7(`bundle ${file} is damaged: ${message}`, { code: 'BUNDLE_CORRUPT', hint: 'Copy the bundle again, or create it again.' });
    });
    const sink = parser;
    await Promise.all([
        (0,promises_.pipeline)(proc.stdout, sink).catch((e) => {
            if (!stopped)
                failure ??= new errors/* AtmosError */.f7(`bundle ${file} is damaged`, { code: 'BUNDLE_CORRUPT', explanation: String(e), cause: e });
        }),
        done,
    ]);
    await chain;
    if (failure)
        throw failure;
}
/** Read one entry fully into memory (manifests, small metadata). */
async function entryBuffer(entry) {
    const chunks = [];
    for await (const c of entry.stream)
        chunks.push(Buffer.from(c));
    return Buffer.concat(chunks);
}
const TYPE_NAMES = {
    '0': 'File',
    '\0': 'File',
    '7': 'File',
    '1': 'Link',
    '2': 'SymbolicLink',
    '3': 'CharacterDevice',
    '4': 'BlockDevice',
    '5': 'Directory',
    '6': 'FIFO',
};
function damaged(file, why) {
    return new errors/* AtmosError */.f7(`bundle ${file} is damaged: ${why}`, { code: 'BUNDLE_CORRUPT', hint: 'Copy the bundle again, or create it again.' });
}
function cString(b, start, end) {
    const nul = b.indexOf(0, start);
    return b.toString('utf8', start, nul >= 0 && nul < end ? nul : end);
}
function numeric(b, start, end) {
    // GNU base-256 for values octal cannot hold.
    if (b[start] & 0x80) {
        let v = b[start] & 0x7f;
        for (let i = start + 1; i < end; i++)
            v = v * 256 + b[i];
        return v;
    }
    const text = cString(b, start, end).trim();
    return /^[0-7]*$/.test(text) ? parseInt(text || '0', 8) : NaN;
}
function paxRecords(body) {
    const out = new Map();
    let at = 0;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        const len = Number(body.toString('ascii', at, space));
        if (space < 0 || !Number.isInteger(len) || len <= 0 || at + len > body.length)
            break;
        const record = body.toString('utf8', space + 1, at + len - 1);
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += len;
    }
    return out;
}
/** zstd's output is read into one buffer of this size, reused for every read. */
const READ_BUFFER = 1024 * 1024;
/**
 * Run `zstd -d` on `file` and hand its output to `onChunk`, one reused buffer at a time. The
 * output comes through a Unix socket this process connects itself, in a private (0700)
 * directory, because only a socket made by `net.connect` reads into a caller's buffer
 * (`onread`): a child's stdout pipe allocates a fresh 64 KiB buffer per read — ~1,300 for an
 * 84 MB bundle, with the page faults, copies and garbage collection that come with them
 * (measured: reading + hashing 84 MB took 0.07-0.08 s of CPU this way, 0.10-0.12 s through
 * the pipe). Windows keeps the pipe.
 */
async function decompress(file, onChunk) {
    const args = ['-q', '-d', '-c', file];
    // Listeners go on at once: a small bundle's zstd can be done before the next await returns.
    const watch = (proc) => {
        let err = '';
        proc.stderr.on('data', (d) => (err += d));
        return waitExit(proc, `zstd -d ${file}`, () => err);
    };
    const viaPipe = () => {
        const proc = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
        const exited = watch(proc);
        const output = new Promise((resolve, reject) => {
            proc.stdout.on('data', onChunk);
            proc.stdout.on('error', reject);
            proc.stdout.on('close', resolve);
        });
        return { exited, output, stop: () => proc.kill() };
    };
    if (process.platform === 'win32')
        return viaPipe();
    let theirs;
    let client;
    let dir;
    try {
        dir = await external_node_fs_.promises.mkdtemp(external_node_path_default().join(external_node_os_default().tmpdir(), 'atmos-ts-zstd-'));
        const sock = external_node_path_default().join(dir, 's');
        const server = external_node_net_default().createServer();
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(sock, resolve);
        });
        try {
            theirs = await new Promise((resolve, reject) => {
                server.once('connection', resolve);
                const buffer = Buffer.allocUnsafe(READ_BUFFER);
                client = external_node_net_default().connect({
                    path: sock,
                    onread: {
                        buffer,
                        callback: (n, buf) => {
                            onChunk(buf.subarray(0, n));
                            return true;
                        },
                    },
                });
                client.once('error', reject);
            });
        }
        finally {
            server.close();
        }
    }
    catch {
        // No socket here (an unwritable $TMPDIR, a path too long for a socket): the plain pipe.
        client?.destroy();
        return viaPipe();
    }
    finally {
        if (dir)
            await external_node_fs_.promises.rm(dir, { recursive: true, force: true });
    }
    const ours = client;
    const output = new Promise((resolve, reject) => {
        ours.on('error', reject);
        ours.on('close', () => resolve());
    });
    // zstd writes into the other end; this process keeps no copy of it.
    let proc;
    try {
        proc = (0,external_node_child_process_.spawn)('zstd', args, { stdio: ['ignore', theirs, 'pipe'] });
    }
    finally {
        theirs.destroy();
    }
    proc.once('error', () => ours.destroy());
    return {
        exited: watch(proc),
        output,
        stop: () => {
            proc.kill();
            ours.destroy();
        },
    };
}
/**
 * Read a `.tar.zst` in one pass with a tar parser of our own: each chunk zstd writes is cut
 * into entries and handed synchronously to that entry's `EntryBytes` (no stream, promise or
 * copy per chunk — the `tar` package's parser cost more CPU than hashing the bytes). Strict:
 * a bad header checksum, a non-ustar header, a truncated entry or a missing end-of-archive
 * marker is BUNDLE_CORRUPT. `onEntry` returns undefined to skip an entry's bytes.
 */
async function scanTarZst(file, onEntry) {
    requireZstd();
    await external_node_fs_.promises.access(file).catch(() => {
        throw new errors/* AtmosError */.f7(`bundle ${file} does not exist`, { code: 'BUNDLE_MISSING', hint: 'Check the path.' });
    });
    const head = Buffer.alloc(BLOCK);
    let headFill = 0;
    /** Bytes of the current entry still to come, then its padding. */
    let dataLeft = 0;
    let padLeft = 0;
    let current;
    let paxBody;
    let pending = {};
    let zeroBlocks = 0;
    let ended = false;
    const startEntry = () => {
        if (head.every((b) => b === 0)) {
            // End of archive: two zero blocks (the rest, if any, is record padding).
            if (++zeroBlocks === 2)
                ended = true;
            return;
        }
        if (zeroBlocks > 0)
            throw damaged(file, 'a header after an end-of-archive block');
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : head[i];
        if (numeric(head, 148, 156) !== sum)
            throw damaged(file, 'a tar header checksum does not match');
        if (head.toString('ascii', 257, 262) !== 'ustar')
            throw damaged(file, 'not a ustar header');
        const size = numeric(head, 124, 136);
        if (!Number.isFinite(size))
            throw damaged(file, 'a tar header size is not a number');
        const flag = String.fromCharCode(head[156]);
        if (flag === 'x' || flag === 'g' || flag === 'L') {
            // Extended header: its body describes the next entry ('g': all entries; not used by bundles, skipped).
            paxBody = [];
            const body = paxBody;
            current = {
                data: (c) => body.push(Buffer.from(c)),
                end: () => {
                    const bytes = Buffer.concat(body);
                    if (flag === 'x') {
                        const records = paxRecords(bytes);
                        if (records.has('path'))
                            pending.path = records.get('path');
                        if (records.has('size'))
                            pending.size = Number(records.get('size'));
                    }
                    else if (flag === 'L')
                        pending.path = cString(bytes, 0, bytes.length);
                },
            };
        }
        else {
            const prefix = cString(head, 345, 500);
            const name = cString(head, 0, 100);
            const path = pending.path ?? (prefix ? `${prefix}/${name}` : name);
            const entrySize = pending.size ?? size;
            pending = {};
            current = onEntry({ path, type: TYPE_NAMES[flag] ?? `type ${JSON.stringify(flag)}`, size: entrySize });
            dataLeft = entrySize;
            padLeft = (BLOCK - (entrySize % BLOCK)) % BLOCK;
            if (dataLeft === 0)
                finishEntry();
            return;
        }
        dataLeft = size;
        padLeft = (BLOCK - (size % BLOCK)) % BLOCK;
        if (dataLeft === 0)
            finishEntry();
    };
    const finishEntry = () => {
        const c = current;
        current = undefined;
        paxBody = undefined;
        c?.end();
    };
    const feed = (chunk) => {
        let at = 0;
        while (at < chunk.length && !ended) {
            if (dataLeft > 0) {
                const n = Math.min(dataLeft, chunk.length - at);
                current?.data(chunk.subarray(at, at + n));
                at += n;
                dataLeft -= n;
                if (dataLeft === 0)
                    finishEntry();
            }
            else if (padLeft > 0) {
                const n = Math.min(padLeft, chunk.length - at);
                at += n;
                padLeft -= n;
            }
            else {
                const n = chunk.copy(head, headFill, at, Math.min(chunk.length, at + BLOCK - headFill));
                headFill += n;
                at += n;
                if (headFill === BLOCK) {
                    headFill = 0;
                    startEntry();
                }
            }
        }
    };
    let failure;
    const control = {};
    const zstd = await decompress(file, (chunk) => {
        if (failure || ended)
            return;
        try {
            feed(chunk);
        }
        catch (e) {
            failure = e;
            control.stop?.();
        }
    });
    control.stop = zstd.stop;
    // A failure in bytes that came before decompress() returned (possible on the pipe path).
    if (failure)
        zstd.stop();
    await zstd.output.catch((e) => (failure ??= e));
    try {
        await zstd.exited;
    }
    catch (e) {
        // Killed after a failure, or after the end marker (whatever follows it is not read).
        if (!failure && !ended)
            throw new errors/* AtmosError */.f7(`bundle ${file} is not a readable .tar.zst`, {
                code: 'BUNDLE_CORRUPT',
                explanation: e.explanation ?? String(e),
                cause: e,
            });
    }
    if (failure)
        throw failure;
    if (!ended)
        throw damaged(file, dataLeft > 0 || padLeft > 0 || headFill > 0 ? 'it ends inside an entry' : 'no end-of-archive marker');
}

;// CONCATENATED MODULE: ./src/bundle/lockHcl.ts
/** `.terraform.lock.hcl` as Terraform writes it: one `provider` block per provider with version and hashes. */
/** Providers of a `.terraform.lock.hcl` (the generated form: one block per provider). */
function parseTerraformLock(text) {
    const out = [];
    for (const m of text.matchAll(/provider\s+"([^"]+)"\s*\{([\s\S]*?)\n\}/g)) {
        const version = /\bversion\s*=\s*"([^"]+)"/.exec(m[2])?.[1];
        if (!version)
            continue;
        const zh = [...m[2].matchAll(/"zh:([0-9a-f]{64})"/g)].map((h) => h[1]);
        out.push({ address: m[1].toLowerCase(), version, zh });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/bundle/manifest.ts
/**
 * The bundle manifest (`manifest.json`, the first entry): every object with its hash, size
 * and origin, what the objects are (tools, providers, modules, git repositories) and the pin
 * and lock files they were made from. No timestamps and sorted keys/lists: the same inputs
 * give the same bytes.
 */

const MANIFEST_NAME = 'manifest.json';
const BUNDLE_FORMAT = 'atmos-ts-bundle/1';
const AREAS = ['tools', 'registry', 'git', 'cache'];
const SAFE_SEGMENT = /^[A-Za-z0-9_.@+~:=,-]+$/;
/** An object path: known area, relative, no `.`/`..`, no odd characters. */
function isSafeObjectPath(p) {
    const segs = p.split('/');
    if (!AREAS.includes(segs[0]) || segs.length < 2)
        return false;
    return segs.every((s) => s !== '.' && s !== '..' && SAFE_SEGMENT.test(s));
}
/** Serialise deterministically (lists sorted by the caller; keys in a fixed order). */
function manifestBytes(m) {
    return Buffer.from(`${JSON.stringify(m, null, 1)}\n`);
}
function parseManifest(bytes, file) {
    let m;
    try {
        m = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        throw new errors/* AtmosError */.f7(`${file}: the manifest is not JSON`, { code: 'BUNDLE_CORRUPT', hint: 'Create the bundle again.' });
    }
    if (m?.format !== BUNDLE_FORMAT || !Array.isArray(m.objects)) {
        throw new errors/* AtmosError */.f7(`${file} is not an atmos-ts bundle (format ${JSON.stringify(m?.format)})`, {
            code: 'BUNDLE_CORRUPT',
            hint: `This atmos-ts reads ${BUNDLE_FORMAT}; create the bundle with a matching version.`,
        });
    }
    for (const o of m.objects) {
        if (!isSafeObjectPath(o.path) || !/^[0-9a-f]{64}$/.test(o.sha256) || !Number.isInteger(o.size)) {
            throw new errors/* AtmosError */.f7(`${file}: manifest entry ${JSON.stringify(o.path)} is invalid`, { code: 'BUNDLE_CORRUPT', hint: 'Create the bundle again.' });
        }
    }
    for (const key of ['inputs', 'tools', 'providers', 'modules', 'git', 'platforms'])
        m[key] ??= [];
    return m;
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/bundle/create.ts
/**
 * `bundle create`: the closure of a repository (or of the paths given) in one `.tar.zst`.
 *
 * What goes in, found by walking the paths: every `toolchain.lock.yaml` (the pinned tools, for
 * each platform asked for or locked), every `.terraform.lock.hcl` (its providers for those
 * platforms, with SHA256SUMS, the signature and the registry metadata that carries the
 * signing key), the registry modules called by `*.tf` files (version list, download answer,
 * package) and their `git::` sources (a git mirror). Everything is taken from the local cache
 * where it already is; what is missing is fetched into the cache first (tools by the locked
 * URL and checksum, providers and modules through an in-process registry cache, git with
 * `git clone --mirror`) — or, with `fromCacheOnly`, listed in one error.
 */
















const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules', '.atmos-ts']);
/** Lock files and Terraform module directories under the given paths. */
async function scanInputs(paths, cwd) {
    const toolchainLocks = new Set();
    const terraformLocks = new Set();
    const moduleDirs = new Set();
    const walk = async (dir, depth) => {
        const entries = await external_node_fs_.promises.readdir(dir, { withFileTypes: true }).catch(() => []);
        let hasTf = false;
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_default().join(dir, e.name);
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name) && depth < 8)
                    await walk(full, depth + 1);
            }
            else if (e.name === 'toolchain.lock.yaml')
                toolchainLocks.add(full);
            else if (e.name === '.terraform.lock.hcl')
                terraformLocks.add(full);
            else if (e.name.endsWith('.tf'))
                hasTf = true;
        }
        if (hasTf)
            moduleDirs.add(dir);
    };
    for (const p of paths.length > 0 ? paths : ['.']) {
        const abs = external_node_path_default().resolve(cwd, p);
        const st = await external_node_fs_.promises.stat(abs).catch(() => undefined);
        if (!st)
            throw new errors/* AtmosError */.f7(`${p} does not exist`, {
                code: 'BUNDLE_INPUT',
                hint: 'Pass repository directories, toolchain.lock.yaml or .terraform.lock.hcl files.',
            });
        if (st.isDirectory())
            await walk(abs, 0);
        else if (external_node_path_default().basename(abs) === '.terraform.lock.hcl')
            terraformLocks.add(abs);
        else if (abs.endsWith('.yaml') || abs.endsWith('.yml'))
            toolchainLocks.add(abs);
        else if (abs.endsWith('.tf'))
            moduleDirs.add(external_node_path_default().dirname(abs));
        else
            throw new errors/* AtmosError */.f7(`${p}: not a directory, toolchain.lock.yaml or .terraform.lock.hcl`, { code: 'BUNDLE_INPUT' });
    }
    const sorted = (s) => [...s].sort();
    return { toolchainLocks: sorted(toolchainLocks), terraformLocks: sorted(terraformLocks), moduleDirs: sorted(moduleDirs) };
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    const handle = await external_node_fs_.promises.open(file, 'r');
    try {
        for await (const chunk of handle.createReadStream({ highWaterMark: 1024 * 1024, autoClose: false })) {
            hash.update(chunk);
            size += chunk.length;
        }
    }
    finally {
        await handle.close();
    }
    return { sha256: hash.digest('hex'), size };
}
/**
 * Existence checks and small cache files are synchronous: a create looks at a few hundred of
 * them, and a thread-pool round trip plus a promise each cost more than the read (~10 µs).
 */
function isFile(p) {
    return (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false })?.isFile() ?? false;
}
/**
 * Small cache files read once per bundle: parsed (origins, SHA256SUMS, version lists), then
 * hashed and packed from the same buffer — one read, and the bundle holds what was inspected.
 */
class SmallReads {
    bytes = new Map();
    get(file) {
        let b = this.bytes.get(file);
        if (!b) {
            b = (0,external_node_fs_.readFileSync)(file);
            this.bytes.set(file, b);
        }
        return b;
    }
    text(file) {
        return this.get(file).toString('utf8');
    }
    held(file) {
        return this.bytes.get(file);
    }
    /** After a fetch into the cache: these files may have new bytes. */
    forget(files) {
        for (const f of files)
            this.bytes.delete(f);
    }
}
/** Relative, forward slashes. */
function rel(from, to) {
    return external_node_path_default().relative(from, to).split((external_node_path_default()).sep).join('/');
}
async function createBundle(options) {
    const { config } = options;
    const env = options.env ?? process.env;
    const logger = options.logger ?? common_logger.silentLogger;
    const cwd = options.cwd ?? config.cwd;
    const roots = {
        installRoot: (0,settings/* toolchainSettings */.p)(config).installRoot,
        registry: (0,layout/* registryCacheLocation */.Xy)(config),
        git: (0,gitmirror/* gitMirrorRoot */.Wq)(config.cacheRoot),
    };
    const found = await scanInputs(options.paths, cwd);
    const reads = new SmallReads();
    const inputs = [];
    for (const [files, kind] of [
        [found.toolchainLocks, 'toolchain-lock'],
        [found.terraformLocks, 'terraform-lock'],
    ]) {
        for (const f of files) {
            const text = await external_node_fs_.promises.readFile(f, 'utf8');
            inputs.push({ path: rel(cwd, f) || external_node_path_default().basename(f), kind, sha256: (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex'), text });
        }
    }
    const toolLocks = await Promise.all(found.toolchainLocks.map(async (f) => ({ file: f, data: await (0,lockFile/* loadLockFile */.W)(f) })));
    const platforms = options.platforms?.length
        ? options.platforms
        : defaultPlatforms(toolLocks.map((l) => l.data), env);
    const platformKeys = [...new Set(platforms.map(platform/* platformKey */.Ng))].sort();
    const missing = [];
    const pending = new Map();
    const add = (p) => pending.set(p.path, p);
    // Tools: the locked asset of every tool version for every platform.
    const tools = [];
    const http = new common_http.HttpClient({
        logger,
        env,
        authFor: (0,endpoints/* githubAuthFor */.R$)((0,endpoints/* githubToken */.bU)({ env }), (0,endpoints/* githubEndpoints */.QF)(env)),
        ...(0,common_http.httpTimeouts)(config.values.http),
    });
    const rewrite = (0,downloadUrl/* createUrlRewriter */.s)((0,endpoints/* githubEndpoints */.QF)(env), definedValues(config.values.toolchain?.url_replacements));
    for (const { data } of toolLocks) {
        for (const [name, tool] of Object.entries(data.tools).sort(([a], [b]) => (a < b ? -1 : 1))) {
            const [owner, repo] = name.split('/');
            for (const [version, v] of Object.entries(tool.versions)) {
                for (const key of platformKeys) {
                    const entry = v.platforms[key];
                    if (!entry || !owner || !repo)
                        continue;
                    const asset = (0,toolchain_layout/* safeSegment */.LX)(decodeURIComponent(new URL(entry.url).pathname.split('/').pop() ?? 'asset'));
                    const relPath = ['tools', owner, repo, (0,toolchain_layout/* safeSegment */.LX)(version), key, asset].join('/');
                    const file = external_node_path_default().join(roots.installRoot, 'downloads', owner, repo, (0,toolchain_layout/* safeSegment */.LX)(version), key, asset);
                    const label = `tool ${name}@${version} (${key})`;
                    if (!isFile(file)) {
                        if (options.fromCacheOnly) {
                            missing.push(label);
                            continue;
                        }
                        logger.info(`bundle: fetching ${label}`);
                        await http.download(rewrite(entry.url), file);
                    }
                    const algorithm = (entry.checksum_algorithm ?? 'sha256').toLowerCase();
                    // sha256 locks are checked while packing; other algorithms here.
                    if (algorithm !== 'sha256')
                        await checkLockedDigest(file, entry.checksum, algorithm, label);
                    add({ path: relPath, file, origin: (0,common_http/* redactUrl */.BO)(entry.url), ...(algorithm === 'sha256' ? { sha256: entry.checksum.toLowerCase() } : {}) });
                    tools.push({ name, version, platform: key, object: relPath });
                }
            }
        }
    }
    // Providers and registry modules: straight from the registry cache, the missing ones fetched through it.
    const providerTargets = await lockTargets(found.terraformLocks);
    const moduleCalls = await registryModuleCalls(found.moduleDirs);
    let server;
    const proxy = async () => {
        if (!server) {
            // From cache only: the proxy runs offline, so a miss is an answer, not a download.
            const proxyEnv = options.fromCacheOnly ? { ...env, ATMOS_OFFLINE: '1' } : env;
            server = await (0,mirror_server/* startMirrorServer */.J)({
                ...(0,session/* serverOptions */.or)((0,session/* sessionSettings */.MS)(config, { mode: 'registry', port: 0 }), { credentials: (0,credentials/* tokensFromEnv */.qr)(env), logger, env: proxyEnv }),
            });
        }
        return server;
    };
    const providers = [];
    const modules = [];
    try {
        for (const t of providerTargets) {
            const address = `${t.host}/${t.ns}/${t.type}`;
            const present = [];
            for (const key of platformKeys) {
                let files = providerFiles(roots.registry, t, key);
                if (!allFiles(files)) {
                    if (!options.fromCacheOnly) {
                        const [outcome] = await (0,warm/* warmProviders */.u7)(await proxy(), [t], [(0,platform/* parsePlatform */.FL)(key)], { logger: common_logger.silentLogger });
                        if (outcome?.status === 'unsupported')
                            continue;
                        if (outcome?.status === 'failed')
                            throw new errors/* AtmosError */.f7(`cannot fetch provider ${address} ${t.version} (${key})`, { code: 'BUNDLE_MISSING', explanation: outcome.error });
                        files = providerFiles(roots.registry, t, key);
                        reads.forget(files);
                    }
                    if (!allFiles(files)) {
                        missing.push(`provider ${address} ${t.version} (${key})`);
                        continue;
                    }
                }
                present.push(key);
                const sums = shasums(reads.text(files[1]));
                for (const f of files)
                    add({ path: `registry/${rel(roots.registry, f)}`, file: f, origin: originOf(f, reads), sha256: sums.get(external_node_path_default().basename(f)), data: reads.held(f) });
            }
            providers.push({ address, version: t.version, platforms: present });
        }
        for (const call of moduleCalls) {
            try {
                let m = cachedModule(call, roots.registry, reads);
                if (!m) {
                    m = await fetchModule(await proxy(), call, roots.registry);
                    reads.forget(m.files);
                }
                modules.push({ address: `${call.host}/${call.ns}/${call.name}/${call.system}`, version: m.version, source: m.source });
                for (const f of m.files)
                    add({ path: `registry/${rel(roots.registry, f)}`, file: f, origin: originOf(f, reads), data: reads.held(f) });
            }
            catch (err) {
                if (options.fromCacheOnly && (err instanceof ModuleMissing || (0,offline/* isOfflineError */.ej)(err)))
                    missing.push(`module ${call.host}/${call.ns}/${call.name}/${call.system} ${call.version ?? ''}`.trim());
                else
                    throw err;
            }
        }
    }
    finally {
        await server?.close();
    }
    // git:: sources: their mirrors, whole.
    const git = [];
    const gitUrls = new Set();
    for (const dir of found.moduleDirs)
        for (const url of await (0,gitmirror/* gitSourcesIn */.IR)(dir))
            gitUrls.add(url);
    for (const url of [...gitUrls].sort()) {
        const dir = (0,gitmirror/* mirrorDir */.JK)(roots.git, url);
        if (!isFile(external_node_path_default().join(dir, gitmirror/* MIRROR_INFO */.tb))) {
            if (options.fromCacheOnly) {
                missing.push(`git repository ${url}`);
                continue;
            }
            await (0,gitmirror/* ensureMirror */.uS)(url, { root: roots.git, ttlMs: 0, env, logger });
        }
        for (const f of await filesUnder(dir))
            add({ path: `git/${rel(roots.git, f)}`, file: f, origin: url });
        git.push({ url, mirror: `git/${rel(roots.git, dir)}` });
    }
    if (missing.length > 0) {
        throw new errors/* AtmosError */.f7(`${missing.length} object${missing.length === 1 ? ' is' : 's are'} not in the local cache`, {
            code: 'BUNDLE_INCOMPLETE',
            explanation: missing.map((m) => `  ${m}`).join('\n'),
            hint: 'Run without --from-cache-only to fetch them, or warm the cache first (atmos-ts toolchain install, atmos-ts terraform init).',
        });
    }
    return writeBundle(options.output, { kind: 'closure', platforms: platformKeys, inputs, tools, providers, modules, git }, [...pending.values()], logger);
}
/** Objects up to this size are read once (hash and pack from memory), within {@link KEEP_LIMIT} in all. */
const SMALL_OBJECT = 1024 * 1024;
const KEEP_LIMIT = 256 * 1024 * 1024;
/** Hash every pending object and write manifest + objects. */
async function writeBundle(output, parts, pending, logger) {
    pending.sort(byPath);
    const task = logger.task('Hashing bundle objects', { total: pending.length, unit: 'items' });
    const objects = [];
    let done = 0;
    // A few at a time: hashing is CPU, reading is I/O; both overlap.
    // Small objects are read once and kept for the tar; big ones are streamed twice (hash, then pack).
    const kept = new Map();
    let keptBytes = 0;
    const results = await mapLimit(pending, 8, async (p) => {
        const size = p.data?.length ?? (0,external_node_fs_.statSync)(p.file).size;
        let digest;
        if (!p.data && p.sha256 && size > SMALL_OBJECT)
            digest = { sha256: p.sha256, size };
        else if (p.data || (size <= SMALL_OBJECT && keptBytes + size <= KEEP_LIMIT)) {
            const data = p.data ?? (0,external_node_fs_.readFileSync)(p.file);
            keptBytes += data.length;
            kept.set(p.path, data);
            digest = { sha256: (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex'), size: data.length };
        }
        else
            digest = await sha256File(p.file);
        task.update(++done);
        if (p.sha256 && digest.sha256 !== p.sha256) {
            throw new errors/* AtmosError */.f7(`${p.file}: sha256 ${digest.sha256} is not the ${p.sha256} its lock file or SHA256SUMS promises`, {
                code: 'CHECKSUM_MISMATCH',
                hint: 'The cached copy is damaged or was replaced: delete it and create the bundle again (it will be fetched again).',
            });
        }
        const verifyWhilePacking = p.sha256 !== undefined && !kept.has(p.path);
        return {
            path: p.path,
            ...digest,
            ...(p.origin ? { origin: p.origin } : {}),
            ...(p.executable ? { executable: true } : {}),
            file: p.file,
            verifyWhilePacking,
        };
    });
    objects.push(...results);
    task.succeed(`${objects.length} objects hashed`);
    const sortBy = (key) => (a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
    const manifest = {
        format: BUNDLE_FORMAT,
        kind: parts.kind,
        platforms: [...parts.platforms].sort(),
        inputs: [...parts.inputs].sort(sortBy((i) => i.path)),
        tools: [...parts.tools].sort(sortBy((t) => `${t.name}@${t.version}/${t.platform}`)),
        providers: [...parts.providers].sort(sortBy((p) => `${p.address}@${p.version}`)),
        modules: [...parts.modules].sort(sortBy((m) => `${m.address}@${m.version}`)),
        git: [...parts.git].sort(sortBy((g) => g.url)),
        objects: objects.map(({ file: _file, verifyWhilePacking: _v, ...o }) => o),
    };
    const sources = [
        { name: MANIFEST_NAME, data: manifestBytes(manifest), size: manifestBytes(manifest).length },
        ...objects.map((o) => ({
            name: `objects/${o.path}`,
            file: o.file,
            data: kept.get(o.path),
            size: o.size,
            executable: o.executable,
            sha256: o.verifyWhilePacking ? o.sha256 : undefined,
        })),
    ];
    const { bytes } = await writeTarZst(output, sources);
    return { file: output, bytes, manifest };
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    }));
    return out;
}
function definedValues(m) {
    return Object.fromEntries(Object.entries(m ?? {}).filter((e) => typeof e[1] === 'string'));
}
function defaultPlatforms(locks, env) {
    const keys = new Set();
    for (const l of locks)
        for (const t of Object.values(l.tools))
            for (const v of Object.values(t.versions))
                for (const k of Object.keys(v.platforms))
                    keys.add(k);
    if (keys.size === 0)
        keys.add((0,platform/* platformKey */.Ng)((0,platform/* hostPlatform */.ol)(env)));
    return [...keys].sort().map((k) => (0,platform/* parsePlatform */.FL)(k));
}
/** `SHA256SUMS` → file name → sha256. */
function shasums(text) {
    const out = new Map();
    for (const line of text.split('\n')) {
        const [hex, name] = line.trim().split(/\s+/);
        if (hex && name && /^[0-9a-f]{64}$/.test(hex))
            out.set(name.replace(/^\*/, ''), hex);
    }
    return out;
}
async function checkLockedDigest(file, expected, algorithm, label) {
    const hash = (0,external_node_crypto_.createHash)(algorithm.toLowerCase().replace('-', ''));
    for await (const chunk of (await external_node_fs_.promises.open(file)).createReadStream())
        hash.update(chunk);
    const got = hash.digest('hex');
    if (got !== expected.toLowerCase()) {
        await external_node_fs_.promises.rm(file, { force: true });
        throw new errors/* AtmosError */.f7(`${label}: ${algorithm} ${got} does not match the lock file's ${expected}`, {
            code: 'CHECKSUM_MISMATCH',
            hint: 'The cached download was removed; run again. If it persists, the upstream asset changed: check it before updating the lock.',
        });
    }
}
/** Providers of the lock files, read with the bundle's own reader (the HCL parser costs ~0.3 s to load). */
async function lockTargets(files) {
    const out = new Map();
    for (const file of files) {
        for (const p of parseTerraformLock(await external_node_fs_.promises.readFile(file, 'utf8'))) {
            const [host, ns, type] = p.address.split('/');
            if (!host || !ns || !type)
                continue;
            out.set(`${p.address}@${p.version}`, { host, ns, type, version: p.version, from: file });
        }
    }
    return [...out.values()].sort((a, b) => (`${a.host}/${a.ns}/${a.type}@${a.version}` < `${b.host}/${b.ns}/${b.type}@${b.version}` ? -1 : 1));
}
function providerFiles(root, t, key) {
    const [os, arch] = key.split('_');
    const dir = external_node_path_default().join(root, 'providers', t.host, t.ns, t.type);
    const zip = external_node_path_default().join(dir, `terraform-provider-${t.type}_${t.version}_${os}_${arch}.zip`);
    const sums = external_node_path_default().join(dir, `terraform-provider-${t.type}_${t.version}_SHA256SUMS`);
    const meta = external_node_path_default().join(root, 'metadata', 'providers', t.host, t.ns, t.type);
    return [
        zip,
        sums,
        `${sums}.sig`,
        external_node_path_default().join(meta, 'versions.json'),
        external_node_path_default().join(meta, t.version, 'download', `${os}_${arch}.json`),
        external_node_path_default().join(root, 'metadata', 'discovery', `${t.host}.json`),
    ];
}
function allFiles(files) {
    return files.every(isFile);
}
/** The URL a cached registry object came from: envelopes say it; archives' sidecars name the source. */
function originOf(file, reads) {
    if (!file.endsWith('.json'))
        return undefined;
    try {
        const doc = JSON.parse(reads.text(file));
        const url = typeof doc.url === 'string' ? doc.url : typeof doc.source === 'string' ? doc.source : undefined;
        return url ? (0,common_http/* redactUrl */.BO)(url.replace(/^git::/, '')) : undefined;
    }
    catch {
        return undefined;
    }
}
async function filesUnder(dir) {
    const out = [];
    const walk = async (d) => {
        for (const e of (await external_node_fs_.promises.readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = external_node_path_default().join(d, e.name);
            // Lock directories and sample hooks are not part of the repository.
            if (e.isDirectory()) {
                if (!e.name.endsWith('.lock') && e.name !== 'hooks')
                    await walk(full);
            }
            else if (e.isFile())
                out.push(full);
        }
    };
    await walk(dir);
    return out;
}
/** `module "x" { source = "ns/name/system"  version = "…" }` blocks that name a registry module. */
async function registryModuleCalls(dirs) {
    const out = new Map();
    for (const dir of dirs) {
        for (const name of (await external_node_fs_.promises.readdir(dir)).filter((n) => n.endsWith('.tf')).sort()) {
            const text = await external_node_fs_.promises.readFile(external_node_path_default().join(dir, name), 'utf8');
            for (const body of moduleBodies(text)) {
                const source = /^\s*source\s*=\s*"([^"]+)"/m.exec(body)?.[1];
                const version = /^\s*version\s*=\s*"([^"]+)"/m.exec(body)?.[1];
                const m = source ? /^(?:([a-z0-9.-]+\.[a-z0-9.:-]+)\/)?([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)\/([A-Za-z0-9_-]+)$/.exec(source) : null;
                if (!m)
                    continue;
                const call = { host: (m[1] ?? 'registry.terraform.io').toLowerCase(), ns: m[2], name: m[3], system: m[4], version };
                out.set(`${call.host}/${call.ns}/${call.name}/${call.system}@${version ?? ''}`, call);
            }
        }
    }
    return [...out.values()];
}
function moduleBodies(text) {
    const out = [];
    const re = /(^|\n)\s*module\s+"[^"]*"\s*\{/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        let depth = 1;
        let i = m.index + m[0].length;
        const start = i;
        while (i < text.length && depth > 0) {
            const c = text[i];
            if (c === '"')
                for (i++; i < text.length && text[i] !== '"'; i++)
                    if (text[i] === '\\')
                        i++;
            if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            i++;
        }
        out.push(text.slice(start, i - 1));
    }
    return out;
}
class ModuleMissing extends errors/* AtmosError */.f7 {
}
/** go-version's normal form, which Terraform uses in download requests: `v1.2` → `1.2.0`. */
function normalVersion(v) {
    const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(v.trim());
    if (!m)
        return v;
    const segs = m[1].split('.').map((s) => String(Number(s)));
    while (segs.length < 3)
        segs.push('0');
    return `${segs.join('.')}${m[2] ?? ''}`;
}
/** A registry module straight from the cache when its version list, download answer and package are all there. */
function cachedModule(call, root, reads) {
    const metaDir = external_node_path_default().join(root, 'modules', call.host, call.ns, call.name, call.system);
    try {
        const envelope = JSON.parse(reads.text(external_node_path_default().join(metaDir, 'versions.json')));
        const doc = JSON.parse(envelope.body);
        const available = (doc.modules?.[0]?.versions ?? []).map((v) => normalVersion(v.version)).filter((v) => semver_default().valid(v));
        const version = semver_default().maxSatisfying(available, call.version ? (0,warm/* constraintToRange */.aY)(call.version) : '*');
        if (!version)
            return undefined;
        const download = JSON.parse(reads.text(external_node_path_default().join(metaDir, version, 'download.json')));
        const { source } = JSON.parse(download.body);
        const plan = (0,moduleSource/* planModuleSource */.jG)(source);
        if (plan.kind === 'passthrough')
            return undefined;
        const files = [
            external_node_path_default().join(metaDir, 'versions.json'),
            external_node_path_default().join(metaDir, version, 'download.json'),
            external_node_path_default().join(root, 'metadata', 'discovery', `${call.host}.json`),
            external_node_path_default().join(root, 'modules', '_archives', `${plan.id}.tar.gz`),
            external_node_path_default().join(root, 'modules', '_archives', `${plan.id}.json`),
        ];
        if (!allFiles(files))
            return undefined;
        return { version, source: (0,common_http/* redactUrl */.BO)(plan.base), files };
    }
    catch {
        return undefined;
    }
}
/** Resolve and fetch a registry module through the proxy, as Terraform would; returns the cache files it now has. */
async function fetchModule(server, call, root) {
    const base = (await server.hostServices(call.host))['modules.v1'];
    if (!base)
        throw new ModuleMissing(`registry host ${call.host} offers no modules`, { code: 'BUNDLE_MISSING' });
    const addr = `${call.ns}/${call.name}/${call.system}`;
    const versionsRes = await fetch(`${base}${addr}/versions`, { headers: { accept: 'application/json' } });
    if (versionsRes.status !== 200)
        throw new ModuleMissing(`module ${addr}: versions → HTTP ${versionsRes.status}: ${(await versionsRes.text()).slice(0, 300)}`, { code: 'BUNDLE_MISSING' });
    const doc = (await versionsRes.json());
    const available = (doc.modules?.[0]?.versions ?? []).map((v) => normalVersion(v.version)).filter((v) => semver_default().valid(v));
    const version = semver_default().maxSatisfying(available, call.version ? (0,warm/* constraintToRange */.aY)(call.version) : '*');
    if (!version)
        throw new ModuleMissing(`module ${addr}: no version matches ${call.version ?? '*'}`, { code: 'BUNDLE_MISSING' });
    const dl = await fetch(`${base}${addr}/${version}/download`, { headers: { accept: 'application/json' } });
    if (dl.status !== 200 && dl.status !== 204)
        throw new ModuleMissing(`module ${addr} ${version}: download → HTTP ${dl.status}: ${(await dl.text()).slice(0, 300)}`, { code: 'BUNDLE_MISSING' });
    const location = dl.headers.get('x-terraform-get') ?? '';
    await dl.body?.cancel();
    const id = /\/archives\/([0-9a-f]{32})\.tar\.gz/.exec(location)?.[1];
    const metaDir = external_node_path_default().join(root, 'modules', call.host, call.ns, call.name, call.system);
    const files = [
        external_node_path_default().join(metaDir, 'versions.json'),
        external_node_path_default().join(metaDir, version, 'download.json'),
        external_node_path_default().join(root, 'metadata', 'discovery', `${call.host}.json`),
    ];
    let source = location;
    if (id) {
        const archive = await fetch(`${server.baseUrl}v1/archives/${id}.tar.gz`);
        if (archive.status !== 200)
            throw new ModuleMissing(`module ${addr} ${version}: package → HTTP ${archive.status}: ${(await archive.text()).slice(0, 300)}`, {
                code: 'BUNDLE_MISSING',
            });
        await archive.arrayBuffer();
        files.push(external_node_path_default().join(root, 'modules', '_archives', `${id}.tar.gz`), external_node_path_default().join(root, 'modules', '_archives', `${id}.json`));
        try {
            source = JSON.parse(await external_node_fs_.promises.readFile(external_node_path_default().join(root, 'modules', '_archives', `${id}.json`), 'utf8')).source;
        }
        catch (err) {
            throw new ModuleMissing(`module ${addr} ${version}: package info missing (${(0,errors/* errorMessage */.gJ)(err)})`, { code: 'BUNDLE_MISSING' });
        }
    }
    const present = [];
    for (const f of files)
        if (isFile(f))
            present.push(f);
    return { version, source: (0,common_http/* redactUrl */.BO)(source), files: present };
}

// EXTERNAL MODULE: ./src/mirror/signature.ts
var signature = __webpack_require__(98213);
;// CONCATENATED MODULE: ./src/bundle/read.ts
/**
 * Reading bundles: `verify` (every hash, every provider signature, completeness against lock
 * files), `import` (verify while unpacking into a staging directory, then move objects into
 * place — nothing moves unless everything verified, and a different object already under the
 * same name stops the import), `ls` (the manifest) and `diff` (what changed between two).
 */












/** Small objects kept in memory for the signature and lock checks. */
const KEEP = /(_SHA256SUMS(\.sig)?|\/download\/[^/]+\.json)$/;
/**
 * Read the whole bundle once: check each object's hash and size as it streams by (and hand
 * its bytes to `sink`, which writes them somewhere), then the signatures and the completeness.
 */
async function scanBundle(file, options) {
    let manifest;
    const problems = [];
    const expected = new Map();
    const seen = new Set();
    const kept = new Map();
    const hashes = new Map();
    let bytes = 0;
    await scanTarZst(file, (entry) => {
        if (!manifest) {
            if (entry.path !== MANIFEST_NAME)
                throw new errors/* AtmosError */.f7(`${file}: the first entry is ${entry.path}, not ${MANIFEST_NAME}`, { code: 'BUNDLE_CORRUPT' });
            const chunks = [];
            return {
                data: (c) => chunks.push(Buffer.from(c)),
                end: () => {
                    manifest = parseManifest(Buffer.concat(chunks), file);
                    for (const o of manifest.objects)
                        expected.set(o.path, o);
                },
            };
        }
        const objectPath = entry.path.startsWith('objects/') ? entry.path.slice('objects/'.length) : undefined;
        const want = objectPath ? expected.get(objectPath) : undefined;
        if (!objectPath || !want || entry.type !== 'File' || seen.has(objectPath)) {
            problems.push(`unexpected entry ${entry.path}${entry.type !== 'File' ? ` (${entry.type})` : ''}`);
            return undefined;
        }
        seen.add(objectPath);
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const chunks = KEEP.test(objectPath) && want.size < 1024 * 1024 ? [] : undefined;
        const out = options.sink?.(objectPath, want.size);
        return {
            data: (c) => {
                hash.update(c);
                size += c.length;
                chunks?.push(Buffer.from(c));
                out?.data(c);
            },
            end: () => {
                out?.end();
                const sha256 = hash.digest('hex');
                bytes += size;
                hashes.set(objectPath, sha256);
                if (chunks)
                    kept.set(objectPath, Buffer.concat(chunks));
                if (sha256 !== want.sha256 || size !== want.size)
                    problems.push(`${objectPath}: sha256 ${sha256} (${size} bytes) does not match the manifest's ${want.sha256} (${want.size} bytes)`);
            },
        };
    });
    if (!manifest)
        throw new errors/* AtmosError */.f7(`${file} is empty`, { code: 'BUNDLE_CORRUPT' });
    for (const p of expected.keys())
        if (!seen.has(p))
            problems.push(`${p}: listed in the manifest but not in the bundle`);
    const signaturesChecked = await checkProviders(manifest, kept, hashes, problems);
    checkCompleteness(manifest, options.lockFiles ?? manifest.inputs, problems);
    return { file, manifest, objects: seen.size, bytes, signaturesChecked, problems };
}
/** Each provider zip: listed in its SHA256SUMS, whose signature verifies with the key the registry gave. */
async function checkProviders(m, kept, hashes, problems) {
    let checked = 0;
    const sigOk = new Map();
    for (const o of m.objects) {
        const z = /^registry\/providers\/([^/]+)\/([^/]+)\/([^/]+)\/terraform-provider-(.+)_(\d[^_]*)_([^_]+)_([^_]+)\.zip$/.exec(o.path);
        if (!z)
            continue;
        const [, host, ns, type, , version, os, arch] = z;
        const dir = `registry/providers/${host}/${ns}/${type}`;
        const sumsPath = `${dir}/terraform-provider-${type}_${version}_SHA256SUMS`;
        const sums = kept.get(sumsPath);
        const sig = kept.get(`${sumsPath}.sig`);
        const dl = kept.get(`registry/metadata/providers/${host}/${ns}/${type}/${version}/download/${os}_${arch}.json`);
        const name = `${host}/${ns}/${type} ${version} (${os}_${arch})`;
        if (!sums || !sig || !dl) {
            problems.push(`provider ${name}: SHA256SUMS, its signature or the registry's download answer is missing`);
            continue;
        }
        const zipName = o.path.split('/').pop();
        const listed = sums
            .toString('utf8')
            .split('\n')
            .map((l) => l.trim().split(/\s+/))
            .find((parts) => parts[1] === zipName)?.[0];
        if (listed !== hashes.get(o.path))
            problems.push(`provider ${name}: the zip's sha256 is not the one SHA256SUMS lists`);
        if (!sigOk.has(sumsPath)) {
            let keys = [];
            try {
                const envelope = JSON.parse(dl.toString('utf8'));
                const body = JSON.parse(envelope.body);
                keys = (body.signing_keys?.gpg_public_keys ?? []).map((k) => k.ascii_armor ?? '').filter(Boolean);
            }
            catch {
                // No keys: reported below.
            }
            sigOk.set(sumsPath, await (0,signature/* verifyDetachedSignature */.K)(sums, sig, keys));
            checked++;
        }
        if (!sigOk.get(sumsPath))
            problems.push(`provider ${name}: the SHA256SUMS signature does not verify with the registry's signing key`);
    }
    return checked;
}
function checkCompleteness(m, locks, problems) {
    const objects = new Map(m.objects.map((o) => [o.path, o]));
    for (const lock of locks) {
        if (lock.path.endsWith('.hcl')) {
            for (const p of parseTerraformLock(lock.text)) {
                const entry = m.providers.find((b) => b.address === p.address && b.version === p.version);
                if (!entry || entry.platforms.length === 0) {
                    problems.push(`${lock.path}: provider ${p.address} ${p.version} is not in the bundle`);
                    continue;
                }
                if (p.zh.length === 0)
                    continue;
                const [host, ns, type] = p.address.split('/');
                for (const platform of entry.platforms) {
                    const zip = objects.get(`registry/providers/${host}/${ns}/${type}/terraform-provider-${type}_${p.version}_${platform}.zip`);
                    if (zip && !p.zh.includes(zip.sha256))
                        problems.push(`${lock.path}: provider ${p.address} ${p.version} (${platform}) does not match the lock file's zh: hashes`);
                }
            }
        }
        else {
            let data;
            try {
                data = (0,lockFile/* parseLockFile */.hi)(lock.text, lock.path);
            }
            catch (err) {
                problems.push(`${lock.path}: ${err.message}`);
                continue;
            }
            for (const [name, tool] of Object.entries(data.tools)) {
                for (const [version, v] of Object.entries(tool.versions)) {
                    for (const platform of m.platforms) {
                        if (!v.platforms[platform])
                            continue;
                        if (!m.tools.some((t) => t.name === name && t.version === version && t.platform === platform && objects.has(t.object))) {
                            problems.push(`${lock.path}: tool ${name}@${version} (${platform}) is not in the bundle`);
                        }
                    }
                }
            }
        }
    }
}
function corrupt(report) {
    return new errors/* AtmosError */.f7(`bundle ${report.file} failed verification (${report.problems.length} problem${report.problems.length === 1 ? '' : 's'})`, {
        code: 'BUNDLE_CORRUPT',
        explanation: report.problems
            .slice(0, 30)
            .map((p) => `  ${p}`)
            .join('\n'),
        hint: 'Nothing was imported. Copy the bundle again, or create a new one on the connected machine.',
    });
}
async function verifyBundle(file, options = {}) {
    const lockFiles = options.lockFiles?.length
        ? await Promise.all(options.lockFiles.map(async (p) => ({ path: p, text: await external_node_fs_.promises.readFile(p, 'utf8') })))
        : undefined;
    return scanBundle(file, { lockFiles });
}
/** Where each area of a bundle lands for this configuration. */
function importRoots(config) {
    return {
        tools: external_node_path_default().join((0,settings/* toolchainSettings */.p)(config).installRoot, 'downloads'),
        registry: (0,layout/* registryCacheLocation */.Xy)(config),
        git: (0,gitmirror/* gitMirrorRoot */.Wq)(config.cacheRoot),
        cache: config.cacheRoot,
    };
}
function destination(roots, objectPath) {
    const [area, ...rest] = objectPath.split('/');
    return external_node_path_default().join(roots[area], ...rest);
}
/** Mutable metadata (version lists, download answers, sidecars): the newer copy wins. Everything else is immutable. */
function isMetadata(objectPath) {
    return objectPath.endsWith('.json') && !objectPath.startsWith('tools/');
}
function fetchedAt(file) {
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8')).fetchedAt;
        return typeof v === 'number' ? v : 0;
    }
    catch {
        return 0;
    }
}
/** The sha256 of what is at `file` now; undefined when nothing (readable) is there. */
async function sha256Of(file) {
    const st = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    if (!st)
        return undefined;
    try {
        if (st.size <= 1024 * 1024)
            return (0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(file)).digest('hex');
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const c of (await external_node_fs_.promises.open(file)).createReadStream({ highWaterMark: 1024 * 1024 }))
            hash.update(c);
        return hash.digest('hex');
    }
    catch {
        return undefined;
    }
}
/**
 * A new file (never an existing one: 'wx'), written as the verified bytes stream by. Synchronous:
 * the bytes arrive synchronously per chunk, a staging file is local, and a thread-pool round trip
 * per open/write/close cost more than the writes. `open` tracks the descriptor for cleanup.
 */
function fileWriter(target, mode, open) {
    const fd = (0,external_node_fs_.openSync)(target, 'wx', mode);
    open.add(fd);
    return {
        // Written at once: the chunk is a piece of a reused read buffer (up to 1 MiB).
        data: (c) => {
            for (let off = 0; off < c.length;)
                off += (0,external_node_fs_.writeSync)(fd, c, off);
        },
        end: () => {
            // The mode asked for, whatever the umask.
            (0,external_node_fs_.fchmodSync)(fd, mode);
            open.delete(fd);
            (0,external_node_fs_.closeSync)(fd);
        },
    };
}
/** `made`: directories this import already created (one mkdir each). */
function mkdirOnce(dir, made) {
    if (made.has(dir))
        return;
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    made.add(dir);
}
function moveInto(src, dest, made) {
    mkdirOnce(external_node_path_default().dirname(dest), made);
    try {
        (0,external_node_fs_.renameSync)(src, dest);
    }
    catch (err) {
        if (err.code !== 'EXDEV')
            throw err;
        // Another filesystem: copy next to the target, then rename (still never a torn file).
        const tmp = (0,atomicFile/* tempSibling */.Zp)(dest, 'import');
        try {
            (0,external_node_fs_.copyFileSync)(src, tmp);
            (0,external_node_fs_.renameSync)(tmp, dest);
        }
        finally {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
        }
    }
}
/**
 * Import a bundle into the cache. Verified while unpacking into a staging directory under
 * the cache root; nothing is moved unless every hash, signature and the manifest check out,
 * and no different immutable object sits under the same name.
 */
async function importBundle(file, options) {
    const logger = options.logger ?? common_logger.silentLogger;
    const roots = importRoots(options.config);
    const staging = external_node_path_default().join(options.config.cacheRoot, `.bundle-import-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    (0,external_node_fs_.mkdirSync)(staging, { recursive: true });
    const made = new Set([staging]);
    const openFds = new Set();
    /** Object path → its staged file: flat (one directory, no mkdir each), except git mirrors, which move whole. */
    const stagedAt = new Map();
    try {
        const report = await scanBundle(file, {
            sink: (objectPath) => {
                let target;
                if (objectPath.startsWith('git/')) {
                    target = external_node_path_default().join(staging, ...objectPath.split('/'));
                    mkdirOnce(external_node_path_default().dirname(target), made);
                }
                else
                    target = external_node_path_default().join(staging, `o${stagedAt.size}`);
                stagedAt.set(objectPath, target);
                return fileWriter(target, 0o644, openFds);
            },
        });
        if (report.problems.length > 0)
            throw corrupt(report);
        const m = report.manifest;
        const staged = (objectPath) => stagedAt.get(objectPath) ?? external_node_path_default().join(staging, ...objectPath.split('/'));
        // Plan first (conflicts stop everything), then move.
        const gitDirs = m.git.map((g) => `${g.mirror}/`);
        const plan = [];
        const conflicts = [];
        for (const o of m.objects) {
            if (gitDirs.some((d) => o.path.startsWith(d)))
                continue;
            const dest = destination(roots, o.path);
            const local = await sha256Of(dest);
            if (local === undefined)
                plan.push({ objectPath: o.path, action: 'add' });
            else if (local === o.sha256)
                plan.push({ objectPath: o.path, action: 'identical' });
            else if (isMetadata(o.path)) {
                const newer = fetchedAt(staged(o.path)) > fetchedAt(dest);
                plan.push({ objectPath: o.path, action: newer ? 'update' : 'keep' });
            }
            else
                conflicts.push(`${o.path}: ${dest} holds different bytes (sha256 ${local}, bundle ${o.sha256})`);
        }
        if (conflicts.length > 0) {
            throw new errors/* AtmosError */.f7(`bundle ${file} conflicts with the cache (${conflicts.length} object${conflicts.length === 1 ? '' : 's'})`, {
                code: 'BUNDLE_CONFLICT',
                explanation: conflicts
                    .slice(0, 30)
                    .map((c) => `  ${c}`)
                    .join('\n'),
                hint: 'Nothing was imported. An immutable object (a tool, a provider zip, a module package) differs from the one already cached: find out which is right, remove the wrong one, and import again.',
            });
        }
        const counts = { added: 0, identical: 0, updated: 0, kept: 0 };
        const executable = new Set(m.objects.filter((o) => o.executable).map((o) => o.path));
        // Everything is verified and conflict-free at this point; the moves are renames.
        for (const p of plan) {
            if (p.action !== 'add' && p.action !== 'update')
                continue;
            if (executable.has(p.objectPath))
                (0,external_node_fs_.chmodSync)(staged(p.objectPath), 0o755);
            moveInto(staged(p.objectPath), destination(roots, p.objectPath), made);
        }
        for (const p of plan)
            counts[p.action === 'add' ? 'added' : p.action === 'update' ? 'updated' : p.action === 'identical' ? 'identical' : 'kept']++;
        // Git mirrors move whole: the newer of the local and the bundled mirror wins.
        for (const g of m.git) {
            const stagedDir = external_node_path_default().join(staging, ...g.mirror.split('/'));
            const dest = destination(roots, g.mirror);
            const n = m.objects.filter((o) => o.path.startsWith(`${g.mirror}/`)).length;
            const local = fetchedAt(external_node_path_default().join(dest, gitmirror/* MIRROR_INFO */.tb));
            if (local > 0 && local >= fetchedAt(external_node_path_default().join(stagedDir, gitmirror/* MIRROR_INFO */.tb))) {
                counts.kept += n;
                continue;
            }
            // A bundle holds files only; git wants these directories even when they are empty.
            for (const d of ['objects', 'refs/heads', 'refs/tags'])
                (0,external_node_fs_.mkdirSync)(external_node_path_default().join(stagedDir, d), { recursive: true });
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(dest), { recursive: true });
            const aside = `${dest}.old-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
            if (local > 0)
                (0,external_node_fs_.renameSync)(dest, aside);
            try {
                (0,external_node_fs_.renameSync)(stagedDir, dest);
            }
            catch (err) {
                if (local > 0)
                    (0,external_node_fs_.renameSync)(aside, dest);
                throw err;
            }
            (0,external_node_fs_.rmSync)(aside, { recursive: true, force: true });
            counts[local > 0 ? 'updated' : 'added'] += n;
        }
        logger.info(`bundle: imported ${counts.added} new, ${counts.updated} updated, ${counts.identical} already cached, ${counts.kept} kept (local copy newer)`);
        return { file, ...counts, bytes: report.bytes };
    }
    finally {
        for (const fd of openFds)
            (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(staging, { recursive: true, force: true });
    }
}
/**
 * Unpack the registry part of a bundle into `dir` (verified as it goes), for a registry cache
 * that serves straight from a bundle without importing it into the cache root.
 */
async function extractRegistry(file, dir) {
    const made = new Set();
    const openFds = new Set();
    try {
        const report = await scanBundle(file, {
            sink: (objectPath) => {
                if (!objectPath.startsWith('registry/'))
                    return undefined;
                const target = external_node_path_default().join(dir, ...objectPath.split('/').slice(1));
                mkdirOnce(external_node_path_default().dirname(target), made);
                (0,external_node_fs_.rmSync)(target, { force: true });
                return fileWriter(target, 0o644, openFds);
            },
        });
        if (report.problems.length > 0)
            throw corrupt(report);
        return report;
    }
    finally {
        for (const fd of openFds)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** The manifest alone (reading stops after the first entry). */
async function readManifest(file) {
    let manifest;
    await readTarZst(file, async (entry) => {
        if (entry.path !== MANIFEST_NAME)
            throw new errors/* AtmosError */.f7(`${file}: the first entry is ${entry.path}, not ${MANIFEST_NAME}`, { code: 'BUNDLE_CORRUPT' });
        manifest = parseManifest(await entryBuffer(entry), file);
        return 'stop';
    });
    if (!manifest)
        throw new errors/* AtmosError */.f7(`${file} is empty`, { code: 'BUNDLE_CORRUPT' });
    return manifest;
}
/**
 * What changed from bundle A to bundle B, per tool / provider / module / git repository:
 * versions added or removed, and the same version with different bytes (which should never
 * happen upstream, so a reviewer wants to see it).
 */
function diffManifests(a, b) {
    const changes = [];
    const objA = new Map(a.objects.map((o) => [o.path, o.sha256]));
    const objB = new Map(b.objects.map((o) => [o.path, o.sha256]));
    const group = (items, name, version, paths) => {
        const map = new Map();
        for (const item of items) {
            const n = name(item);
            if (!map.has(n))
                map.set(n, new Map());
            map.get(n).set(version(item), item);
        }
        return { map, paths };
    };
    const compare = (kind, ga, gb, paths) => {
        for (const n of [...new Set([...ga.map.keys(), ...gb.map.keys()])].sort()) {
            const va = ga.map.get(n) ?? new Map();
            const vb = gb.map.get(n) ?? new Map();
            const onlyA = [...va.keys()].filter((v) => !vb.has(v)).sort();
            const onlyB = [...vb.keys()].filter((v) => !va.has(v)).sort();
            if (va.size === 0)
                changes.push({ kind, name: n, change: 'added', to: onlyB.join(', ') });
            else if (vb.size === 0)
                changes.push({ kind, name: n, change: 'removed', from: onlyA.join(', ') });
            else if (onlyA.length > 0 || onlyB.length > 0)
                changes.push({ kind, name: n, change: 'changed', from: onlyA.join(', ') || undefined, to: onlyB.join(', ') || undefined });
            else {
                // Same versions: did the bytes change?
                for (const [v, item] of va) {
                    const pa = paths(item, objA).map((p) => `${p}=${objA.get(p) ?? ''}`);
                    const pb = paths(vb.get(v), objB).map((p) => `${p}=${objB.get(p) ?? ''}`);
                    if (pa.sort().join() !== pb.sort().join())
                        changes.push({ kind, name: n, change: 'changed', from: `${v} (other bytes)`, to: v });
                }
            }
        }
    };
    const toolObjects = (t) => t.objects;
    compare('tool', group(groupTools(a), (t) => t.name, (t) => t.version, toolObjects), group(groupTools(b), (t) => t.name, (t) => t.version, toolObjects), toolObjects);
    const providerPaths = (p, m) => {
        const [host, ns, type] = p.address.split('/');
        const prefix = `registry/providers/${host}/${ns}/${type}/terraform-provider-${type}_${p.version}_`;
        return [...m.keys()].filter((k) => k.startsWith(prefix));
    };
    compare('provider', group(a.providers, (p) => p.address, (p) => p.version, providerPaths), group(b.providers, (p) => p.address, (p) => p.version, providerPaths), providerPaths);
    const modulePaths = (mod) => [mod.source];
    compare('module', group(a.modules, (m) => m.address, (m) => m.version, modulePaths), group(b.modules, (m) => m.address, (m) => m.version, modulePaths), modulePaths);
    const gitPaths = (g, m) => [...m.keys()].filter((k) => k.startsWith(`${g.mirror}/refs/`) || k === `${g.mirror}/packed-refs`);
    compare('git', group(a.git, (g) => g.url, () => 'mirror', gitPaths), group(b.git, (g) => g.url, () => 'mirror', gitPaths), gitPaths);
    return changes;
}
/** Tools grouped per name+version, with the objects of all their platforms. */
function groupTools(m) {
    const out = new Map();
    for (const t of m.tools) {
        const k = `${t.name}@${t.version}`;
        if (!out.has(k))
            out.set(k, { name: t.name, version: t.version, objects: [] });
        out.get(k).objects.push(`${t.object}=${m.objects.find((o) => o.path === t.object)?.sha256}`);
    }
    return [...out.values()];
}

// EXTERNAL MODULE: ./src/cache/paths.ts
var cache_paths = __webpack_require__(70926);
;// CONCATENATED MODULE: ./src/bundle/cache.ts
/**
 * `ci cache export` / `ci cache import`: the whole cache root as a bundle, for moving a warm
 * cache between CI systems (or into an air-gapped one). The same selection as the CI cache —
 * `ci.cache.paths`, and never credentials, the registry cache's TLS keys or atmos-ts state —
 * and the same deterministic format as `bundle create`, so `bundle verify/ls` read it too.
 */






async function exportCache(options) {
    const { config } = options;
    const root = config.cacheRoot;
    const paths = (0,cache_paths/* resolveCachePaths */.t8)(root, (config.values.ci.cache.paths ?? []).filter((p) => Boolean(p)), (0,layout/* registryCacheSecretPaths */.Qp)(config));
    const output = external_node_path_default().resolve(options.output);
    const pending = [];
    const walk = async (rel) => {
        const entries = await external_node_fs_.promises.readdir(rel ? external_node_path_default().join(root, rel) : root, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            // Locks, temp files and half-finished imports are nobody's data.
            if (e.name.endsWith('.lock') || e.name.startsWith('.bundle-import-') || /\.(part|tmp|import)-/.test(e.name))
                continue;
            if (!(0,cache_paths/* pathSelected */.lt)(child, paths))
                continue;
            const full = external_node_path_default().join(root, child);
            if (full === output)
                continue;
            if (e.isDirectory())
                await walk(child);
            else if (e.isFile()) {
                const st = await external_node_fs_.promises.stat(full);
                pending.push({ path: `cache/${child}`, file: full, executable: (st.mode & 0o111) !== 0 });
            }
        }
    };
    await walk('');
    return writeBundle(output, { kind: 'cache', platforms: [], inputs: [], tools: [], providers: [], modules: [], git: [] }, pending, options.logger ?? common_logger.silentLogger);
}

;// CONCATENATED MODULE: ./src/bundle/index.ts
// Public entry of the bundle engine: air-gapped transfer of a repository's closure (or of the whole cache root).





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

/***/ 41691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ gitSourcesIn),
/* harmony export */   JK: () => (/* binding */ mirrorDir),
/* harmony export */   Wq: () => (/* binding */ gitMirrorRoot),
/* harmony export */   tb: () => (/* binding */ MIRROR_INFO),
/* harmony export */   uS: () => (/* binding */ ensureMirror),
/* harmony export */   yg: () => (/* binding */ mirrorGitSources)
/* harmony export */ });
/* unused harmony exports mirrorId, gitRepoUrl, insteadOfEnv */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(71922);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52252);
/* harmony import */ var _common_logger_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49353);
/* harmony import */ var _common_offline_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73842);
/**
 * Git mirrors for direct `git::` module sources. Terraform fetches a `git::` source written
 * in a root module with its own `git`, so the registry cache never sees it. We keep a
 * `git clone --mirror` of each such repository under `<cache root>/git/<id>.git`, refresh it
 * when older than the metadata TTL (a failed refresh keeps the old copy: stale-if-error),
 * and point Terraform's git at it through `url.<mirror>.insteadOf` in the child's
 * environment (GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n / GIT_CONFIG_VALUE_n), which needs no
 * change to the user's files or global git config. Offline, mirrors are used whatever their
 * age and a missing one fails naming the repository.
 */










const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_4__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Written inside each mirror (git ignores unknown files at the top of a bare repository). */
const MIRROR_INFO = 'atmos-mirror.json';
/** `<cache root>/git`. */
function gitMirrorRoot(cacheRoot) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheRoot, 'git');
}
/** Directory name of a repository's mirror: a hash of its URL (URLs may carry anything). */
function mirrorId(url) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(url).digest('hex').slice(0, 32);
}
function mirrorDir(root, url) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(root, `${mirrorId(url)}.git`);
}
/**
 * The repository URL of a `git::` source, as go-getter hands it to `git clone`:
 * `git::https://h/r.git//sub?ref=v1` → `https://h/r.git`. Undefined for other sources and for
 * scp-style `git@host:path` (those need the user's SSH setup; left to Terraform).
 */
function gitRepoUrl(source) {
    if (!source.startsWith('git::'))
        return undefined;
    let rest = source.slice('git::'.length);
    const q = rest.indexOf('?');
    if (q >= 0)
        rest = rest.slice(0, q);
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
    if (!scheme)
        return undefined;
    const sub = rest.indexOf('//', scheme[0].length);
    if (sub >= 0)
        rest = rest.slice(0, sub);
    return rest;
}
/**
 * `git::` module sources of a root module: its `*.tf` files, and those of the local modules
 * (`./…`, `../…`) it calls, recursively. Returns repository URLs, sorted and unique.
 */
async function gitSourcesIn(dir) {
    const found = new Set();
    const seen = new Set();
    const visit = async (d) => {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(d);
        if (seen.has(abs) || seen.size > 200)
            return;
        seen.add(abs);
        const names = (await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readdir(abs).catch(() => [])).filter((n) => n.endsWith('.tf')).sort();
        for (const name of names) {
            const text = await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(abs, name), 'utf8').catch(() => '');
            for (const m of text.matchAll(/^\s*source\s*=\s*"([^"]+)"/gm)) {
                const source = m[1];
                const url = gitRepoUrl(source);
                if (url)
                    found.add(url);
                else if (source.startsWith('./') || source.startsWith('../'))
                    await visit(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(abs, source));
            }
        }
    };
    await visit(dir);
    return [...found].sort();
}
async function readInfo(dir) {
    try {
        const info = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, MIRROR_INFO), 'utf8'));
        return typeof info.fetchedAt === 'number' ? info : undefined;
    }
    catch {
        return undefined;
    }
}
async function git(args, env) {
    // No prompts: a mirror refresh must fail, not hang, when credentials are missing.
    await execFileAsync('git', args, { env: { ...env, GIT_TERMINAL_PROMPT: '0' }, maxBuffer: 16 * 1024 * 1024, timeout: 10 * 60_000 });
}
/**
 * Make sure the mirror of `url` exists and is fresh enough. One process at a time per
 * mirror (file lock); a new mirror is cloned into a temp sibling and renamed, so a killed
 * clone never leaves a half mirror that looks usable.
 */
async function ensureMirror(url, options) {
    const env = options.env ?? process.env;
    const logger = options.logger ?? _common_logger_js__WEBPACK_IMPORTED_MODULE_5__.silentLogger;
    const dir = mirrorDir(options.root, url);
    await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.mkdir(options.root, { recursive: true });
    return (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_6__/* .withFileLock */ .U)(dir, async () => {
        const info = await readInfo(dir);
        if (info) {
            if ((0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .isOffline */ .aK)(env))
                return { url, dir, state: 'offline' };
            if (options.ttlMs <= 0 || Date.now() - info.fetchedAt < options.ttlMs)
                return { url, dir, state: 'fresh' };
            try {
                await git(['--git-dir', dir, 'remote', 'update', '--prune'], env);
                await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() }));
                return { url, dir, state: 'fetched' };
            }
            catch (err) {
                const ageH = ((Date.now() - info.fetchedAt) / 3_600_000).toFixed(1);
                logger.warn(`git mirror: refreshing ${url} failed (${firstLine(err)}); using the copy from ${ageH} h ago`);
                return { url, dir, state: 'stale-if-error' };
            }
        }
        if ((0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .isOffline */ .aK)(env))
            throw (0,_common_offline_js__WEBPACK_IMPORTED_MODULE_7__/* .offlineError */ ._P)(`git repository ${url}`, url);
        await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(dir, { recursive: true, force: true });
        const tmp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(options.root, `.${mirrorId(url)}.${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(4).toString('hex')}.tmp`);
        try {
            logger.info(`git mirror: cloning ${url}`);
            await git(['clone', '--mirror', '-q', url, tmp], env);
            await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_8__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, MIRROR_INFO), JSON.stringify({ url, fetchedAt: Date.now() }));
            await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rename(tmp, dir);
        }
        catch (err) {
            await node_fs__WEBPACK_IMPORTED_MODULE_2__.promises.rm(tmp, { recursive: true, force: true });
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .AtmosError */ .f7(`cannot mirror git repository ${url}`, {
                code: 'GIT_MIRROR_FAILED',
                explanation: firstLine(err),
                hint: 'Check the URL and your git credentials; Terraform would fail to fetch it the same way.',
                cause: err,
            });
        }
        return { url, dir, state: 'cloned' };
    });
}
function firstLine(err) {
    const stderr = err.stderr?.trim();
    return (stderr || (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .errorMessage */ .gJ)(err)).split('\n').filter(Boolean).pop() ?? 'failed';
}
/**
 * Environment entries that make `git` fetch each repository from its mirror: one
 * `url.file://<mirror>.insteadOf <url>` per mirror, appended after any GIT_CONFIG_* entries
 * the environment already has.
 */
function insteadOfEnv(mirrors, env = process.env) {
    const out = {};
    let n = Number(env.GIT_CONFIG_COUNT ?? 0);
    if (!Number.isInteger(n) || n < 0)
        n = 0;
    for (const m of mirrors) {
        out[`GIT_CONFIG_KEY_${n}`] = `url.file://${m.dir}.insteadOf`;
        out[`GIT_CONFIG_VALUE_${n}`] = m.url;
        n++;
    }
    if (mirrors.length > 0)
        out.GIT_CONFIG_COUNT = String(n);
    return out;
}
/** Mirror every `git::` source of the root module in `dir`; returns the env for Terraform. */
async function mirrorGitSources(dir, options) {
    const urls = await gitSourcesIn(dir);
    const mirrors = [];
    for (const url of urls)
        mirrors.push(await ensureMirror(url, options));
    return { mirrors, env: insteadOfEnv(mirrors, options.env) };
}


/***/ }),

/***/ 17490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mc: () => (/* binding */ warmTargets),
/* harmony export */   aY: () => (/* binding */ constraintToRange),
/* harmony export */   u7: () => (/* binding */ warmProviders)
/* harmony export */ });
/* unused harmony exports parseProviderSource, blocksNamed */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _common_mapLimit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30024);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(953);
/* harmony import */ var _hcl1_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2661);
/**
 * `atmos-ts terraform cache warm`: pre-fetch providers through a proxy started in-process,
 * with Terraform's own request sequence (versions → download → zip, SHA256SUMS, .sig), so
 * the cache fills exactly as a real `terraform init` would fill it.
 */







/** `registry.terraform.io/hashicorp/aws`, `hashicorp/aws` → address parts (default host for short forms). */
function parseProviderSource(source, defaultHost) {
    const parts = source.trim().split('/');
    if (parts.length === 2)
        return { host: defaultHost, ns: parts[0].toLowerCase(), type: parts[1].toLowerCase() };
    if (parts.length === 3)
        return { host: (0,_credentials_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeHost */ .cS)(parts[0]), ns: parts[1].toLowerCase(), type: parts[2].toLowerCase() };
    return undefined;
}
/**
 * Providers named by `.terraform.lock.hcl` files (exact versions) and module directories
 * (`required_providers` in `*.tf`; constraints). A directory containing a lock file uses the
 * lock file: that is what `terraform init` would install.
 */
async function warmTargets(inputs, defaultHost = 'registry.terraform.io') {
    const out = [];
    for (const input of inputs) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(input).catch(() => undefined);
        if (!st)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`${input} does not exist`, { code: 'WARM_INPUT', hint: 'Pass .terraform.lock.hcl files or module directories.' });
        if (st.isFile()) {
            out.push(...(input.endsWith('.tf') ? await requiredProviders([input], defaultHost) : await lockFileProviders(input)));
            continue;
        }
        const lock = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input, '.terraform.lock.hcl');
        if (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(lock).catch(() => undefined))
            out.push(...(await lockFileProviders(lock)));
        else {
            const tf = (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(input)).filter((n) => n.endsWith('.tf')).map((n) => node_path__WEBPACK_IMPORTED_MODULE_1___default().join(input, n));
            out.push(...(await requiredProviders(tf, defaultHost)));
        }
    }
    const seen = new Set();
    return out.filter((t) => {
        const k = `${t.host}/${t.ns}/${t.type}@${t.version ?? t.constraint ?? ''}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
async function lockFileProviders(file) {
    const parsed = await (0,_hcl1_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHcl1 */ .gY)(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8'), file);
    const out = [];
    for (const [source, body] of Object.entries((0,_hcl1_js__WEBPACK_IMPORTED_MODULE_5__/* .blockBodies */ .Cn)(parsed.provider))) {
        const addr = parseProviderSource(source, 'registry.terraform.io');
        if (addr && typeof body.version === 'string')
            out.push({ ...addr, version: body.version, from: file });
    }
    return out;
}
/**
 * `terraform { required_providers { … } }` from `.tf` files. HCL2 files are not HCL1, but
 * the inside of `required_providers` (objects of strings) is: cut the block out by brace
 * matching and parse only that, instead of needing a full HCL2 parser.
 */
async function requiredProviders(files, defaultHost) {
    const out = [];
    for (const file of files) {
        const text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
        for (const inner of blocksNamed(text, 'required_providers')) {
            const parsed = await (0,_hcl1_js__WEBPACK_IMPORTED_MODULE_5__/* .parseHcl1 */ .gY)(inner, file);
            for (const [name, value] of Object.entries(parsed)) {
                const spec = Array.isArray(value) && value.length === 1 && (0,_hcl1_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(value[0]) ? value[0] : (0,_hcl1_js__WEBPACK_IMPORTED_MODULE_5__/* .isObject */ .Gv)(value) ? value : undefined;
                // Legacy form `aws = "~> 5.0"`.
                const source = typeof spec?.source === 'string' ? spec.source : `hashicorp/${name}`;
                const constraint = typeof spec?.version === 'string' ? spec.version : typeof value === 'string' ? value : undefined;
                const addr = parseProviderSource(source, defaultHost);
                if (addr)
                    out.push({ ...addr, constraint, from: file });
            }
        }
    }
    return out;
}
/** Bodies of every `name { … }` block in HCL text (comments and strings skipped when matching braces). */
function blocksNamed(text, name) {
    const out = [];
    const re = new RegExp(`(^|[\\s{])${name}\\s*\\{`, 'g');
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index + m[0].length;
        let depth = 1;
        let i = start;
        while (i < text.length && depth > 0) {
            const c = text[i];
            if (c === '"') {
                for (i++; i < text.length && text[i] !== '"'; i++)
                    if (text[i] === '\\')
                        i++;
            }
            else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
                while (i < text.length && text[i] !== '\n')
                    i++;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const end = text.indexOf('*/', i + 2);
                i = end < 0 ? text.length : end + 1;
            }
            else if (c === '{')
                depth++;
            else if (c === '}')
                depth--;
            i++;
        }
        if (depth === 0)
            out.push(text.slice(start, i - 1));
    }
    return out;
}
/** Terraform constraint syntax (`~> 1.2`, `>= 1.0, < 2.0`, `= 1.2.3`, `!= 1.3.0`) → a semver range. Pure. */
function constraintToRange(constraint) {
    const parts = [];
    for (const raw of constraint.split(',')) {
        const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?([0-9][0-9A-Za-z.+-]*)\s*$/.exec(raw);
        if (!m)
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`invalid version constraint ${JSON.stringify(constraint)}`, { code: 'WARM_CONSTRAINT' });
        const op = m[1] ?? '=';
        const segs = m[2].split('-')[0].split('.').map(Number);
        const full = semver__WEBPACK_IMPORTED_MODULE_2___default().coerce(m[2])?.version ?? m[2];
        if (op === '~>') {
            // Only the rightmost given segment may grow: ~> 1.2 → <2.0.0, ~> 1.2.3 → <1.3.0, ~> 1 → <2.0.0.
            const upper = segs.length <= 2 ? `${(segs[0] ?? 0) + 1}.0.0` : `${segs[0]}.${(segs[1] ?? 0) + 1}.0`;
            parts.push(`>=${full} <${upper}`);
        }
        else if (op === '!=')
            parts.push(`<${full} || >${full}`);
        else
            parts.push(`${op === '=' ? '' : op}${full}`);
    }
    // `!=` introduces alternatives; distribute the other parts over them.
    const [first, ...rest] = parts;
    return rest.reduce((acc, p) => acc
        .split('||')
        .flatMap((a) => p.split('||').map((b) => `${a.trim()} ${b.trim()}`))
        .join(' || '), first ?? '*');
}
/** Fetch every target for every platform through the proxy (registry protocol). */
async function warmProviders(server, targets, platforms, options) {
    const services = new Map();
    const jobs = [];
    for (const t of targets) {
        for (const pl of platforms) {
            jobs.push(async () => {
                const provider = `${t.host}/${t.ns}/${t.type}`;
                const platform = `${pl.os}_${pl.arch}`;
                try {
                    if (!server.hosts.includes(t.host)) {
                        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`registry host ${t.host} is not proxied; add it to components.terraform.cache.hosts`, { code: 'HOST_NOT_PROXIED' });
                    }
                    if (!services.has(t.host))
                        services.set(t.host, (await server.hostServices(t.host))['providers.v1']);
                    const base = services.get(t.host);
                    const versions = await getJson(`${base}${t.ns}/${t.type}/versions`);
                    const available = (versions.versions ?? []).filter((v) => !v.platforms || v.platforms.some((p) => p.os === pl.os && p.arch === pl.arch));
                    const version = t.version ??
                        semver__WEBPACK_IMPORTED_MODULE_2___default().maxSatisfying(available.map((v) => v.version).filter((v) => semver__WEBPACK_IMPORTED_MODULE_2___default().valid(v)), t.constraint ? constraintToRange(t.constraint) : '*') ??
                        undefined;
                    if (!version || !available.some((v) => v.version === version))
                        return { provider, version: version ?? t.constraint, platform, status: 'unsupported' };
                    const dl = await getJson(`${base}${t.ns}/${t.type}/${version}/download/${pl.os}/${pl.arch}`);
                    let bytes = 0;
                    for (const url of [dl.download_url, dl.shasums_url, dl.shasums_signature_url]) {
                        if (url)
                            bytes += await drain(new URL(url, base).toString());
                    }
                    options.logger.debug(`warm: ${provider} ${version} ${platform} cached`);
                    return { provider, version, platform, status: 'cached', bytes };
                }
                catch (err) {
                    if (err instanceof WarmStatusError && err.status === 404)
                        return { provider, version: t.version ?? t.constraint, platform, status: 'unsupported' };
                    return { provider, version: t.version ?? t.constraint, platform, status: 'failed', error: (0,_common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(err) };
                }
            });
        }
    }
    const task = options.logger.task('Warming the registry cache', { total: jobs.length, unit: 'items' });
    let done = 0;
    const results = await (0,_common_mapLimit_js__WEBPACK_IMPORTED_MODULE_6__/* .mapLimit */ .s)(jobs, options.concurrency ?? 4, async (job) => {
        const outcome = await job();
        task.update(++done);
        return outcome;
    });
    const failed = results.filter((r) => r.status === 'failed').length;
    if (failed > 0)
        task.fail(`${failed} of ${jobs.length} provider downloads failed`);
    else
        task.succeed(`${results.filter((r) => r.status === 'cached').length} provider packages cached`);
    return results;
}
async function getJson(url) {
    const res = await fetch(url, { headers: { accept: 'application/json', 'user-agent': 'atmos-ts (cache warm)' } });
    const text = await res.text();
    if (res.status !== 200)
        throw new WarmStatusError(url, res.status, text);
    return JSON.parse(text);
}
async function drain(url) {
    const res = await fetch(url, { headers: { 'user-agent': 'atmos-ts (cache warm)' } });
    if (res.status !== 200)
        throw new WarmStatusError(url, res.status, await res.text());
    return (await res.arrayBuffer()).byteLength;
}
/** A non-200 answer from the proxy; a 404 means the provider has no such version or platform. */
class WarmStatusError extends _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7 {
    status;
    constructor(url, status, body) {
        super(`GET ${redactSecret(url)} → ${status}: ${body.slice(0, 200)}`, { code: 'HTTP_STATUS', context: { status } });
        this.status = status;
    }
}
/** The proxy's path secret never goes into messages. */
function redactSecret(url) {
    return url.replace(/^(https?:\/\/127\.0\.0\.1:\d+\/)[^/]+\//, '$1…/');
}


/***/ }),

/***/ 13182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ createUrlRewriter)
/* harmony export */ });
/**
 * Where a public URL from a registry is actually fetched: `https://github.com` and
 * `https://api.github.com` move to the configured GitHub (GHES: GITHUB_SERVER_URL /
 * GITHUB_API_URL), then `toolchain.url_replacements` (longest matching prefix wins) points
 * at internal mirrors. The lock keeps the public URL, so a lock written behind a mirror
 * works without it and vice versa.
 */
function createUrlRewriter(endpoints, replacements = {}) {
    const prefixes = Object.entries(replacements)
        .filter(([from]) => from.length > 0)
        .sort((a, b) => b[0].length - a[0].length);
    return (url) => {
        let out = url;
        if (endpoints.apiUrl !== 'https://api.github.com' && startsWithPrefix(out, 'https://api.github.com')) {
            out = endpoints.apiUrl + out.slice('https://api.github.com'.length);
        }
        else if (endpoints.serverUrl !== 'https://github.com' && startsWithPrefix(out, 'https://github.com')) {
            out = endpoints.serverUrl + out.slice('https://github.com'.length);
        }
        for (const [from, to] of prefixes) {
            if (out.startsWith(from)) {
                out = to + out.slice(from.length);
                break;
            }
        }
        return out;
    };
}
/** `https://github.com` must not match `https://github.com.evil.example`. */
function startsWithPrefix(url, prefix) {
    return url === prefix || url.startsWith(prefix + '/') || url.startsWith(prefix + '?');
}


/***/ }),

/***/ 7497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KQ: () => (/* binding */ INSTALL_META),
/* harmony export */   LX: () => (/* binding */ safeSegment),
/* harmony export */   mr: () => (/* binding */ InstallLayout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The install root's on-disk layout (Atmos §1.10):
 *   bin/<owner>/<repo>/<version>/<binary>      installed versions, side by side
 *   bin/<owner>/<repo>/<version>/.atmos-install.json   the install marker: what was installed, from where,
 *                                              each binary's size; written last (read by warm lookups)
 *   bin/<owner>/<repo>/<version>.lock          per-version cross-process install lock
 *   downloads/<owner>/<repo>/<version>/<os_arch>/<asset>   download cache (`clean --cache-only`)
 *   tmp/                                       staging dirs; same filesystem as bin/, so rename is atomic
 */


const INSTALL_META = '.atmos-install.json';
class InstallLayout {
    root;
    constructor(root) {
        this.root = root;
    }
    get binRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'bin');
    }
    repoDir(owner, repo) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'bin', owner, repo);
    }
    versionDir(owner, repo, version) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.repoDir(owner, repo), safeSegment(version));
    }
    downloadsRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'downloads');
    }
    downloadPath(owner, repo, version, platformKey, asset) {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.downloadsRoot(), owner, repo, safeSegment(version), platformKey, safeSegment(asset));
    }
    tmpRoot() {
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, 'tmp');
    }
    /** The install marker as recorded (parsed only: the binaries are not checked). */
    async readMeta(owner, repo, version) {
        return readMarker(this.versionDir(owner, repo, version));
    }
    /** The marker of a complete install, else undefined (see {@link checkInstall}). */
    async readInstalled(owner, repo, version) {
        const c = await this.checkInstall(owner, repo, version);
        return c.state === 'complete' ? c.meta : undefined;
    }
    /**
     * Installed means complete: the marker parses and every binary it declares is a regular
     * file of the recorded size. A marker without sizes (written before they were recorded)
     * only needs the binaries to exist and be non-empty.
     */
    async checkInstall(owner, repo, version) {
        const dir = this.versionDir(owner, repo, version);
        const meta = await readMarker(dir);
        if (!meta)
            return (await isDir(dir)) ? { state: 'incomplete', problem: `${INSTALL_META} is missing or unreadable` } : { state: 'absent' };
        const problem = await binaryProblem(dir, meta);
        return problem ? { state: 'incomplete', meta, problem } : { state: 'complete', meta };
    }
    /** Every version directory of one repo, complete or not (for uninstall and name lookups). */
    async versionDirs(owner, repo) {
        let entries;
        try {
            entries = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.repoDir(owner, repo), { withFileTypes: true });
        }
        catch {
            return [];
        }
        return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.endsWith('.lock')).map((e) => e.name);
    }
    /** Installed versions of one repo (complete installs only). */
    async installedVersions(owner, repo) {
        const out = [];
        for (const v of await this.versionDirs(owner, repo))
            if ((await this.checkInstall(owner, repo, v)).state === 'complete')
                out.push(v);
        return out;
    }
    /** Every installed `owner/repo`. */
    async installedRepos() {
        const out = [];
        let owners;
        try {
            owners = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(this.binRoot);
        }
        catch {
            return out;
        }
        for (const owner of owners) {
            if (owner.startsWith('.'))
                continue;
            let repos = [];
            try {
                repos = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.binRoot, owner));
            }
            catch {
                continue;
            }
            for (const repo of repos)
                if (!repo.startsWith('.') && !repo.endsWith('.lock'))
                    out.push({ owner, repo });
        }
        return out;
    }
}
async function readMarker(dir) {
    try {
        const meta = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, INSTALL_META), 'utf8'));
        return Array.isArray(meta?.binaries) ? meta : undefined;
    }
    catch {
        return undefined;
    }
}
/** What is wrong with the binaries a marker declares (one stat each), or undefined. */
async function binaryProblem(dir, meta) {
    for (const name of meta.binaries) {
        const st = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name)).catch(() => undefined);
        if (!st?.isFile())
            return `${name} is missing`;
        const want = meta.binarySizes?.[name];
        if (want === undefined ? st.size === 0 : st.size !== want) {
            return `${name} is ${st.size} bytes, expected ${want ?? 'more than 0'}`;
        }
    }
    return undefined;
}
async function isDir(p) {
    return (await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.stat(p).catch(() => undefined))?.isDirectory() ?? false;
}
/** Versions and asset names become directory names; refuse separators and dot-dot. */
function safeSegment(s) {
    if (!s || s === '.' || s === '..' || /[/\\\0]/.test(s))
        return encodeURIComponent(s || '_').replace(/\./g, '%2E');
    return s;
}


/***/ }),

/***/ 93590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U4: () => (/* binding */ removeLocked),
/* harmony export */   W: () => (/* binding */ loadLockFile),
/* harmony export */   X1: () => (/* binding */ updateLockFile),
/* harmony export */   _G: () => (/* binding */ lockedPlatform),
/* harmony export */   g0: () => (/* binding */ setLockedPlatform),
/* harmony export */   hi: () => (/* binding */ parseLockFile)
/* harmony export */ });
/* unused harmony exports emptyLock, verifyLockFile, formatLockFile, lockFileStats */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52252);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/**
 * `toolchain.lock.yaml`, Atmos's v2 shape (§1.9): tools → owner/repo → versions → platform
 * (`os_arch`) → url, checksum (bare hex), size. Committed next to `.tool-versions`.
 */






const HEADER = '# Generated by atmos-ts (Atmos toolchain lock file format)\n' +
    '# This file locks tool versions and checksums for reproducible installations\n' +
    "# Do not edit manually - run 'atmos-ts toolchain lock' to update\n\n";
function emptyLock() {
    return { version: 1, tools: {}, metadata: { lock_file_version: 2 } };
}
function invalid(file, message, hint) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${file}: ${message}`, {
        code: 'LOCK_FILE_INVALID',
        hint: hint ?? `Fix the entry, or delete ${file} and run "atmos-ts toolchain lock" to regenerate it.`,
        context: { file },
    });
}
/** Parse (and migrate the flat v1 shape `tools.<name>.{version, platforms}`). */
function parseLockFile(text, file = 'toolchain.lock.yaml') {
    let raw;
    try {
        raw = yaml__WEBPACK_IMPORTED_MODULE_1__.parse(text);
    }
    catch (err) {
        throw invalid(file, `invalid YAML (${err.message.split('\n')[0]})`);
    }
    if (raw === null || raw === undefined)
        return emptyLock();
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw invalid(file, 'expected a mapping at the top level');
    const doc = raw;
    const meta = (doc.metadata ?? {});
    const data = {
        version: Number(doc.version ?? 0),
        tools: {},
        metadata: { ...meta, lock_file_version: Number(meta.lock_file_version ?? 0) },
    };
    const tools = (doc.tools ?? {});
    if (typeof tools !== 'object' || Array.isArray(tools))
        throw invalid(file, '"tools" must be a mapping');
    for (const [name, value] of Object.entries(tools)) {
        if (!value || typeof value !== 'object')
            throw invalid(file, `tool ${name} has no entry`);
        const t = value;
        if (data.metadata.lock_file_version === 1 && typeof t.version === 'string') {
            // Releases up to v1.226 wrote one version per tool, flat.
            const { version, ...rest } = t;
            data.tools[name] = { versions: { [String(version)]: rest } };
        }
        else {
            data.tools[name] = { versions: (t.versions ?? {}) };
        }
    }
    if (data.metadata.lock_file_version === 1)
        data.metadata.lock_file_version = 2;
    return data;
}
/** Structural checks (Atmos `Verify`): every platform has a url and a checksum. */
function verifyLockFile(data, file = 'toolchain.lock.yaml') {
    if (!data.version)
        throw invalid(file, 'missing "version"');
    if (!data.metadata.lock_file_version)
        throw invalid(file, 'missing "metadata.lock_file_version"');
    for (const [tool, entry] of Object.entries(data.tools)) {
        const versions = Object.entries(entry.versions ?? {});
        if (versions.length === 0)
            throw invalid(file, `tools.${tool} has no versions`);
        for (const [version, v] of versions) {
            if (!v || typeof v !== 'object')
                throw invalid(file, `tools.${tool}.versions.${version} is empty`);
            const platforms = Object.entries(v.platforms ?? {});
            if (platforms.length === 0)
                throw invalid(file, `tools.${tool}.versions.${version} has no platforms`);
            for (const [p, entry] of platforms) {
                const at = `tools.${tool}.versions.${version}.platforms.${p}`;
                if (!entry || typeof entry !== 'object')
                    throw invalid(file, `${at} is empty`);
                if (!entry.url)
                    throw invalid(file, `${at} has no url`);
                if (!entry.checksum)
                    throw invalid(file, `${at} has no checksum`);
                if (!/^[0-9a-fA-F]+$/.test(String(entry.checksum)))
                    throw invalid(file, `${at}.checksum "${entry.checksum}" is not a hex digest`);
            }
        }
    }
}
function formatLockFile(data, platform) {
    const tools = {};
    for (const name of Object.keys(data.tools).sort()) {
        const versions = {};
        for (const v of Object.keys(data.tools[name].versions).sort()) {
            const entry = data.tools[name].versions[v];
            const platforms = {};
            for (const p of Object.keys(entry.platforms ?? {}).sort())
                platforms[p] = entry.platforms[p];
            versions[v] = { ...entry, platforms };
        }
        tools[name] = { versions };
    }
    const doc = {
        version: 1,
        tools,
        metadata: {
            generated_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
            atmos_version: `atmos-ts ${_version_js__WEBPACK_IMPORTED_MODULE_3__.VERSION}`,
            platform: platform ?? data.metadata.platform,
            lock_file_version: 2,
        },
    };
    return HEADER + yaml__WEBPACK_IMPORTED_MODULE_1__.stringify(doc, { lineWidth: 0 });
}
/** A missing file is an empty lock; a present one is parsed and verified. */
async function loadLockFile(file) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return emptyLock();
        throw err;
    }
    const data = parseLockFile(text, file);
    // An empty (or comments-only) file is an empty lock; anything else must be well-formed.
    if (text.replace(/#.*$/gm, '').trim() !== '')
        verifyLockFile(data, file);
    return data;
}
/** Counters that let tests prove a run updates the lock file once, not once per tool. */
const lockFileStats = { updates: 0 };
/** Read-modify-write under the lock file's own lock, so concurrent installs keep every tool. */
async function updateLockFile(file, platform, mutate) {
    lockFileStats.updates++;
    return (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_4__/* .withFileLock */ .U)(file, async () => {
        const data = await loadLockFile(file);
        const before = JSON.stringify(data.tools);
        mutate(data);
        if (JSON.stringify(data.tools) !== before)
            await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_5__/* .writeFileAtomic */ .Zf)(file, formatLockFile(data, platform));
        return data;
    });
}
function lockedPlatform(data, tool, version, platform) {
    return data.tools[tool]?.versions?.[version]?.platforms?.[platform];
}
function setLockedPlatform(data, tool, version, platform, entry, extra = {}) {
    const t = (data.tools[tool] ??= { versions: {} });
    const v = (t.versions[version] ??= { platforms: {}, installed_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') });
    v.platforms ??= {};
    if (extra.source)
        v.source = extra.source;
    if (extra.binaryName)
        v.binary_name = extra.binaryName;
    v.platforms[platform] = entry;
}
/** Remove a version (or a whole tool); returns the locked versions when the version was not locked. */
function removeLocked(data, tool, version) {
    const t = data.tools[tool];
    if (!t)
        return false;
    if (version === undefined) {
        delete data.tools[tool];
        return true;
    }
    if (!t.versions[version])
        return false;
    delete t.versions[version];
    if (Object.keys(t.versions).length === 0)
        delete data.tools[tool];
    return true;
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
