export const id = 8054;
export const ids = [8054];
export const modules = {

/***/ 78054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listObjects: () => (/* reexport */ listObjects),
  openBackend: () => (/* binding */ openBackend),
  openStore: () => (/* binding */ openStore),
  parseStoreUrl: () => (/* reexport */ store_url/* parseStoreUrl */.q),
  pruneObjects: () => (/* reexport */ pruneObjects),
  usage: () => (/* reexport */ usage),
  verifyObjects: () => (/* reexport */ verifyObjects)
});

// UNUSED EXPORTS: FleetStore, META_SHA256, META_WRITER_HOST, META_WRITER_RUN, areaOf, fileSha256, writerMetadata

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/store/file.ts
// The local-directory backend (`file:///path`, e.g. an NFS share for self-hosted runners).
// Each object is one file: an 8-byte tag + length, a JSON header (size, metadata), then the
// content — so the object and its metadata change together with a single rename, and a
// reader never pairs new bytes with old metadata. Writes go to a temp file in the store
// (same file system), then rename (overwrite) or link (create-if-absent: link() fails with
// EEXIST atomically, even on NFS).





const MAGIC = Buffer.from('ATM1');
const TEMP_DIR = '.atmos-tmp';
class FileStore {
    root;
    url;
    kind = 'file';
    constructor(root, url) {
        this.root = root;
        this.url = url;
    }
    pathOf(key) {
        const p = external_node_path_default().resolve(this.root, key);
        // Keys come from our own code, but a key built from a cache key must never leave the root.
        if (!p.startsWith(this.root + (external_node_path_default()).sep))
            throw new Error(`store key ${JSON.stringify(key)} escapes ${this.root}`);
        return p;
    }
    /**
     * The object's header, from one open of the file. With `keepOpen` the handle is returned
     * (and owned by the caller) so the body is read from the same inode: a file replaced or
     * deleted after the header was read (a released lease) must not turn into ENOENT midway.
     */
    async readHeader(file, keepOpen = false) {
        let handle;
        try {
            handle = await external_node_fs_.promises.open(file, 'r');
        }
        catch (err) {
            if (err.code === 'ENOENT' || err.code === 'EISDIR')
                return undefined;
            throw err;
        }
        let result;
        try {
            const st = await handle.stat();
            if (!st.isFile())
                return undefined;
            const fixed = Buffer.alloc(8);
            const { bytesRead } = await handle.read(fixed, 0, 8, 0);
            if (bytesRead < 8 || !fixed.subarray(0, 4).equals(MAGIC))
                return (result = { header: { size: -1, metadata: {} }, offset: 0, mtime: st.mtime });
            const len = fixed.readUInt32BE(4);
            const json = Buffer.alloc(len);
            await handle.read(json, 0, len, 8);
            const header = JSON.parse(json.toString('utf8'));
            // A truncated file (disk full, killed copy) shows as a size mismatch: the caller sees a corrupt object.
            if (st.size - 8 - len !== header.size)
                header.metadata = { ...header.metadata, sha256: 'truncated' };
            return (result = { header, offset: 8 + len, mtime: st.mtime });
        }
        catch {
            return (result = { header: { size: -1, metadata: {} }, offset: 0, mtime: new Date(0) });
        }
        finally {
            if (keepOpen && result && result.header.size >= 0)
                Object.assign(result, { handle });
            else
                await handle.close();
        }
    }
    async head(key) {
        const h = await this.readHeader(this.pathOf(key));
        if (!h)
            return undefined;
        return { key, size: h.header.size, modified: h.mtime, metadata: h.header.metadata };
    }
    async get(key, options = {}) {
        const h = await this.readHeader(this.pathOf(key), true);
        if (!h)
            return undefined;
        const info = { key, size: h.header.size, modified: h.mtime, metadata: h.header.metadata };
        if (!h.handle)
            return { body: external_node_stream_.Readable.from([]), info };
        const start = h.offset + (options.range?.start ?? 0);
        const end = options.range?.end !== undefined ? h.offset + options.range.end : undefined;
        // The stream closes the handle when it ends or is destroyed.
        return { body: h.handle.createReadStream({ start, end }), info };
    }
    async put(key, source, options = {}) {
        const target = this.pathOf(key);
        const tmpDir = external_node_path_default().join(this.root, TEMP_DIR);
        await external_node_fs_.promises.mkdir(tmpDir, { recursive: true });
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
        const tmp = external_node_path_default().join(tmpDir, `${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}`);
        try {
            const size = 'file' in source ? (await external_node_fs_.promises.stat(source.file)).size : source.bytes.byteLength;
            const header = Buffer.from(JSON.stringify({ size, metadata: options.metadata ?? {}, contentType: options.contentType }));
            const fixed = Buffer.alloc(8);
            MAGIC.copy(fixed);
            fixed.writeUInt32BE(header.length, 4);
            const out = (0,external_node_fs_.createWriteStream)(tmp, { flags: 'wx' });
            const body = 'file' in source ? (0,external_node_fs_.createReadStream)(source.file) : external_node_stream_.Readable.from([Buffer.from(source.bytes)]);
            await (0,promises_.pipeline)((async function* () {
                yield fixed;
                yield header;
                for await (const chunk of body)
                    yield chunk;
            })(), out);
            if (options.ifAbsent) {
                try {
                    await external_node_fs_.promises.link(tmp, target);
                }
                catch (err) {
                    if (err.code === 'EEXIST')
                        return 'exists';
                    throw err;
                }
                return 'created';
            }
            await external_node_fs_.promises.rename(tmp, target);
            return 'created';
        }
        finally {
            await external_node_fs_.promises.rm(tmp, { force: true });
        }
    }
    async *list(prefix) {
        // Walk only the directory the prefix names; filter the rest by string prefix.
        const slash = prefix.lastIndexOf('/');
        const baseRel = slash >= 0 ? prefix.slice(0, slash) : '';
        const walk = async function* (rel) {
            let entries;
            try {
                entries = await external_node_fs_.promises.readdir(rel ? external_node_path_default().join(this.root, rel) : this.root, { withFileTypes: true });
            }
            catch {
                return;
            }
            for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
                const child = rel ? `${rel}/${e.name}` : e.name;
                if (!rel && e.name === TEMP_DIR)
                    continue;
                if (!child.startsWith(prefix) && !prefix.startsWith(`${child}/`))
                    continue;
                if (e.isDirectory())
                    yield* walk.call(this, child);
                else if (e.isFile() && child.startsWith(prefix)) {
                    const info = await this.head(child);
                    if (info)
                        yield info;
                }
            }
        };
        yield* walk.call(this, baseRel);
    }
    async delete(key) {
        try {
            await external_node_fs_.promises.unlink(this.pathOf(key));
            return true;
        }
        catch (err) {
            if (err.code === 'ENOENT')
                return false;
            throw err;
        }
    }
    async conditionalWrites() {
        return 'native';
    }
    /** Temp files of killed writers (older than `olderThanMs`); `store prune` removes them. */
    async staleTemps(olderThanMs, now = Date.now()) {
        const dir = external_node_path_default().join(this.root, TEMP_DIR);
        const names = await external_node_fs_.promises.readdir(dir).catch(() => []);
        const out = [];
        for (const n of names) {
            const st = await external_node_fs_.promises.stat(external_node_path_default().join(dir, n)).catch(() => undefined);
            if (st && now - st.mtimeMs > olderThanMs)
                out.push(external_node_path_default().join(dir, n));
        }
        return out;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/common/logger.ts
var logger = __webpack_require__(49353);
;// CONCATENATED MODULE: ./src/store/types.ts
// The object-store seam of the fleet tier: what every backend (S3, Azure Blob, a local
// directory) offers, in the few operations the CI cache, the registry cache and the
// toolchain need. Keys are '/'-separated, relative to the store URL's prefix.
/** Metadata names every object written by atmos-ts carries (lowercase identifiers: valid on S3 and Azure). */
const META_SHA256 = 'sha256';
const META_WRITER_HOST = 'writer_host';
const META_WRITER_RUN = 'writer_run';

;// CONCATENATED MODULE: ./src/store/fleetStore.ts
// The store as the engines use it: every object written carries its content sha256 and who
// wrote it (host, CI run); every full read is verified against that hash, and a corrupt or
// partial object is reported, deleted and treated as a miss (the caller fetches upstream and
// writes it again). The shared tier must never make a job worse than running without it:
// any failure (unreachable, slow, denied) is warned about once and the operation answers
// "miss"/"not stored"; after a failure that says the store is down, later calls do not wait
// on it again. Writes denied (403) disable writes only.









/** Who wrote an object, for audits: host name and CI run (GitHub run id/attempt, GitLab job, else pid). */
function writerMetadata(env) {
    const run = env.GITHUB_RUN_ID
        ? `github:${env.GITHUB_REPOSITORY ?? ''}/${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : env.CI_JOB_ID
            ? `gitlab:${env.CI_PROJECT_PATH ?? ''}/${env.CI_JOB_ID}`
            : `pid:${process.pid}`;
    return { [META_WRITER_HOST]: external_node_os_default().hostname(), [META_WRITER_RUN]: run };
}
class StoreTimeout extends Error {
    name = 'StoreTimeout';
}
function httpStatus(err) {
    const e = err;
    return e.$metadata?.httpStatusCode ?? e.statusCode;
}
class FleetStore {
    backendPromise;
    url;
    env;
    logger;
    timeoutMs;
    idleTimeoutMs;
    down;
    writesDenied;
    warned = false;
    /** Corrupt or partial objects found (and removed) by this process, for reports and `store verify`. */
    corrupt = [];
    constructor(backendPromise, url, options = {}) {
        this.backendPromise = backendPromise;
        this.url = url;
        this.env = options.env ?? process.env;
        this.logger = options.logger ?? logger.silentLogger;
        this.timeoutMs = options.timeoutMs ?? 30_000;
        this.idleTimeoutMs = options.idleTimeoutMs ?? 30_000;
        // An SDK that cannot even be set up (missing credentials) is a store that is down.
        backendPromise.catch(() => undefined);
    }
    /** The store answered nothing useful earlier in this process; later calls skip it. */
    get available() {
        return this.down === undefined;
    }
    backend() {
        return this.backendPromise;
    }
    warnOnce(message) {
        if (this.warned) {
            this.logger.debug(message);
            return;
        }
        this.warned = true;
        this.logger.warn(message);
    }
    fail(op, key, err) {
        const code = httpStatus(err);
        const msg = err instanceof errors/* AtmosError */.f7 && err.hint ? `${err.message}. ${err.hint}` : (0,errors/* errorMessage */.gJ)(err);
        if (op === 'put' && (code === 403 || code === 401)) {
            this.writesDenied ??= msg;
            this.warnOnce(`fleet store ${this.url}: writes denied (${code}: ${msg}); reading only, continuing without writing to it`);
            return;
        }
        this.down ??= msg;
        this.warnOnce(`fleet store ${this.url} unavailable (${op} ${key}: ${msg}); continuing without it`);
    }
    async guarded(op, key, fallback, fn) {
        if (this.down !== undefined)
            return fallback;
        if (op === 'put' && this.writesDenied !== undefined)
            return fallback;
        let timer;
        try {
            const backend = await this.backendPromise;
            return await Promise.race([
                fn(backend),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new StoreTimeout(`no answer within ${Math.round(this.timeoutMs / 1000)} s`)), this.timeoutMs);
                    timer.unref();
                }),
            ]);
        }
        catch (err) {
            this.fail(op, key, err);
            return fallback;
        }
        finally {
            clearTimeout(timer);
        }
    }
    async conditionalWrites() {
        return this.guarded('probe', '', undefined, (b) => b.conditionalWrites());
    }
    async head(key) {
        return this.guarded('head', key, undefined, (b) => b.head(key));
    }
    /** Every object under the prefix (empty when the store is down). */
    async list(prefix) {
        return this.guarded('list', prefix, [], async (b) => {
            const out = [];
            for await (const o of b.list(prefix))
                out.push(o);
            return out;
        });
    }
    async delete(key) {
        return this.guarded('delete', key, false, (b) => b.delete(key));
    }
    /**
     * Write a local file or bytes with its sha256 and writer metadata. `ifAbsent` creates only
     * when nothing is there: natively where the store enforces it, else by a check first
     * (two writers in the same instant may then both write; see docs/fleet.md).
     */
    async put(key, source, options = {}) {
        const sha256 = 'file' in source ? await fileSha256(source.file) : (0,external_node_crypto_.createHash)('sha256').update(source.bytes).digest('hex');
        const metadata = { ...options.metadata, [META_SHA256]: sha256, ...writerMetadata(this.env) };
        return this.guarded('put', key, 'failed', async (b) => {
            if (options.ifAbsent && (await b.conditionalWrites()) === 'none' && (await b.head(key)))
                return 'exists';
            // A large upload may legitimately take longer than one metadata call: no overall timeout on it, the SDKs' own apply.
            return b.put(key, source, { ifAbsent: options.ifAbsent, metadata, contentType: options.contentType });
        });
    }
    /**
     * Download a whole object into `dest` (temp sibling + rename), verifying its sha256.
     * Missing, corrupt (removed from the store and reported) or store down → undefined.
     */
    async fetchFile(key, dest) {
        if (this.down !== undefined)
            return undefined;
        await external_node_fs_.promises.mkdir(external_node_path_default().dirname(dest), { recursive: true });
        const tmp = external_node_path_default().join(external_node_path_default().dirname(dest), `.${external_node_path_default().basename(dest)}.store-${process.pid}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
        try {
            const got = await this.guarded('get', key, undefined, (b) => b.get(key));
            if (!got)
                return undefined;
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let bytes = 0;
            try {
                // One pass-through stage hashes, counts and keeps the idle watchdog: each extra stage costs throughput.
                const onChunk = (chunk) => {
                    hash.update(chunk);
                    bytes += chunk.length;
                };
                await (0,promises_.pipeline)(got.body, this.watchdog(key, onChunk), (0,external_node_fs_.createWriteStream)(tmp, { highWaterMark: 1 << 20 }));
            }
            catch (err) {
                this.fail('get', key, err);
                return undefined;
            }
            const actual = hash.digest('hex');
            if (!(await this.accept(key, got.info, actual, bytes)))
                return undefined;
            await external_node_fs_.promises.rename(tmp, dest);
            return got.info;
        }
        finally {
            await external_node_fs_.promises.rm(tmp, { force: true });
        }
    }
    /** A whole (small) object in memory, verified like fetchFile. */
    async getBytes(key) {
        const got = await this.guarded('get', key, undefined, (b) => b.get(key));
        if (!got)
            return undefined;
        const chunks = [];
        try {
            await (0,promises_.pipeline)(got.body, this.watchdog(key), async (source) => {
                for await (const c of source)
                    chunks.push(c);
            });
        }
        catch (err) {
            this.fail('get', key, err);
            return undefined;
        }
        const bytes = Buffer.concat(chunks);
        const actual = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
        if (!(await this.accept(key, got.info, actual, bytes.length)))
            return undefined;
        return { bytes, info: got.info };
    }
    /** A byte range, unverified (a range cannot be checked against the whole object's hash). */
    async getRange(key, start, end) {
        const got = await this.guarded('get', key, undefined, (b) => b.get(key, { range: { start, end } }));
        return got?.body;
    }
    /** Hash and size checked; a mismatch is reported, the object deleted so the next writer replaces it. */
    async accept(key, info, actual, bytes) {
        const expected = info.metadata?.[META_SHA256];
        if (expected === actual && (info.size <= 0 || info.size === bytes))
            return true;
        const why = !expected ? 'it carries no sha256 metadata' : expected === 'truncated' ? 'it is truncated' : `sha256 ${actual} ≠ recorded ${expected}`;
        this.corrupt.push(key);
        this.logger.warn(`fleet store ${this.url}: ignoring corrupt object ${key} (${why}); it is removed and will be replaced`);
        await this.guarded('delete', key, false, (b) => b.delete(key));
        return false;
    }
    /** Abort a body that stops flowing for idleTimeoutMs (a slow store must not hang the job). */
    watchdog(key, onChunk) {
        let timer;
        const idle = this.idleTimeoutMs;
        const arm = (t) => {
            clearTimeout(timer);
            timer = setTimeout(() => t.destroy(new StoreTimeout(`download of ${key} stalled for ${Math.round(idle / 1000)} s`)), idle);
            timer.unref();
        };
        const t = new external_node_stream_.Transform({
            transform(chunk, _enc, cb) {
                arm(t);
                onChunk?.(chunk);
                cb(null, chunk);
            },
            flush(cb) {
                clearTimeout(timer);
                cb();
            },
            destroy(err, cb) {
                clearTimeout(timer);
                cb(err);
            },
        });
        arm(t);
        return t;
    }
    /**
     * A lease for "one downloader per artifact across machines": created if absent with an
     * expiry; an expired lease (its holder died) is taken over. True when this caller holds it.
     * On a store without conditional writes two callers may both win — the cost is one extra
     * upstream fetch, never a wrong answer.
     */
    async acquireLease(key, ttlMs) {
        const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
        const body = Buffer.from(JSON.stringify({ expires: Date.now() + ttlMs, nonce, ...writerMetadata(this.env) }));
        // Without conditional writes the last writer wins: read back and hold the lease only if it is still ours.
        const ours = async () => {
            if ((await this.conditionalWrites()) !== 'none')
                return true;
            const back = await this.getBytes(key);
            return back !== undefined && back.bytes.toString('utf8').includes(`"nonce":"${nonce}"`);
        };
        for (let attempt = 0; attempt < 3; attempt++) {
            const put = await this.put(key, { bytes: body }, { ifAbsent: true, contentType: 'application/json' });
            if (put === 'created')
                return ours();
            if (put === 'failed')
                return false;
            const current = await this.getBytes(key);
            // Gone (released) or not readable yet (its upload is committing): ask again, never delete what we did not read.
            if (!current)
                continue;
            let expires = 0;
            try {
                expires = Number(JSON.parse(current.bytes.toString('utf8')).expires ?? 0);
            }
            catch {
                /* unreadable lease: treat as expired */
            }
            if (expires > Date.now())
                return false;
            await this.delete(key); // its holder died: take over
        }
        return false;
    }
    async releaseLease(key) {
        await this.delete(key);
    }
    /**
     * "One downloader per object across machines", for a tier in front of an upstream:
     * - `fetched`: the object was in the store (or appeared while another machine held the
     *   lease) and is now verified at `dest`;
     * - `leased`: this caller downloads it (and should put it, then `releaseLease(leaseKey)`);
     * - `open`: download without a lease (store down, or the holder outlived its lease).
     */
    async fetchOrLease(key, dest, leaseKey, ttlMs, pollMs = 150) {
        if (!this.available)
            return 'open';
        if (await this.fetchFile(key, dest))
            return 'fetched';
        if (!this.available)
            return 'open';
        // Double-checked: the previous holder may have uploaded and released between our miss and our lease.
        const lead = async () => {
            if (!(await this.fetchFile(key, dest)))
                return 'leased';
            await this.releaseLease(leaseKey);
            return 'fetched';
        };
        const deadline = Date.now() + ttlMs;
        while (this.available && Date.now() < deadline) {
            if (await this.acquireLease(leaseKey, ttlMs))
                return lead();
            // Another machine holds it: wait for its upload, or for the lease to go (then try to take it).
            while (Date.now() < deadline && this.available) {
                await new Promise((r) => setTimeout(r, pollMs));
                if (await this.head(key))
                    return (await this.fetchFile(key, dest)) ? 'fetched' : 'open';
                if (!(await this.head(leaseKey)))
                    break;
            }
        }
        return 'open';
    }
}
async function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const { createReadStream } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 73024, 23));
    for await (const chunk of createReadStream(file))
        hash.update(chunk);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/store/url.ts
var store_url = __webpack_require__(87428);
;// CONCATENATED MODULE: ./src/store/admin.ts
// Operator views of a store (`atmos-ts store ls|du|verify|prune`): what is there, how big
// each area is, whether every object still matches the sha256 it was written with, and
// eviction by age and total size. Reads the backend directly: an operator wants errors,
// not the jobs' warn-and-carry-on policy.


/** The area an object belongs to: first key segment (`ci-cache`, `registry`, `toolchain`, …). */
function areaOf(key) {
    return key.split('/')[0] || '(root)';
}
async function listObjects(backend, prefix = '') {
    const out = [];
    for await (const o of backend.list(prefix))
        out.push(o);
    return out.sort((a, b) => a.key.localeCompare(b.key));
}
async function usage(backend, prefix = '') {
    const areas = new Map();
    for (const o of await listObjects(backend, prefix)) {
        const a = areaOf(o.key);
        const u = areas.get(a) ?? { area: a, objects: 0, bytes: 0 };
        u.objects++;
        u.bytes += Math.max(0, o.size);
        const t = o.modified.toISOString();
        if (!u.oldest || t < u.oldest)
            u.oldest = t;
        if (!u.newest || t > u.newest)
            u.newest = t;
        areas.set(a, u);
    }
    return [...areas.values()].sort((a, b) => a.area.localeCompare(b.area));
}
/**
 * Download every object under the prefix and compare it with its recorded sha256. Leases and
 * probe objects (no hash by design) are skipped. `fix` deletes corrupt objects (the next
 * reader that misses them fetches upstream and writes them again).
 */
async function verifyObjects(backend, options = {}) {
    const rows = [];
    for (const o of await listObjects(backend, options.prefix ?? '')) {
        if (/(^|\/)\.(leases|atmos-probe)\//.test(o.key))
            continue;
        const got = await backend.get(o.key);
        if (!got)
            continue; // deleted meanwhile
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let bytes = 0;
        for await (const c of got.body) {
            hash.update(c);
            bytes += c.length;
        }
        const expected = got.info.metadata?.[META_SHA256];
        const actual = hash.digest('hex');
        const writer = [got.info.metadata?.writer_host, got.info.metadata?.writer_run].filter(Boolean).join(' ') || undefined;
        let row;
        if (!expected)
            row = { key: o.key, size: bytes, status: 'unverifiable', detail: 'no sha256 metadata (not written by atmos-ts)', writer };
        else if (expected !== actual || (got.info.size >= 0 && got.info.size !== bytes))
            row = { key: o.key, size: bytes, status: 'corrupt', detail: expected === 'truncated' ? 'truncated' : `sha256 ${actual} ≠ recorded ${expected}`, writer };
        else
            row = { key: o.key, size: bytes, status: 'ok', writer };
        if (row.status === 'corrupt' && options.fix)
            row.removed = await backend.delete(o.key);
        rows.push(row);
    }
    return rows;
}
/**
 * Evict: objects older than `olderThanMs`, then the oldest until the total is at most
 * `maxBytes`; expired leases always. Leases still held are never removed.
 */
async function pruneObjects(backend, options) {
    const now = options.now ?? Date.now();
    const all = await listObjects(backend, options.prefix ?? '');
    const isLease = (o) => /(^|\/)\.(leases|atmos-probe)\//.test(o.key);
    const removed = [];
    // Leases older than the longest lease any tier takes (2 min) are left-overs of killed jobs.
    for (const o of all)
        if (isLease(o) && now - o.modified.getTime() > 10 * 60_000)
            removed.push(o);
    const kept = all.filter((o) => !isLease(o)).sort((a, b) => b.modified.getTime() - a.modified.getTime());
    if (options.olderThanMs !== undefined) {
        for (const o of [...kept])
            if (now - o.modified.getTime() > options.olderThanMs)
                removed.push(...kept.splice(kept.indexOf(o), 1));
    }
    if (options.maxBytes !== undefined) {
        let total = kept.reduce((s, o) => s + Math.max(0, o.size), 0);
        while (total > options.maxBytes && kept.length > 0) {
            const oldest = kept.pop();
            total -= Math.max(0, oldest.size);
            removed.push(oldest);
        }
    }
    if (!options.dryRun)
        for (const o of removed)
            await backend.delete(o.key);
    return { removed, kept };
}

;// CONCATENATED MODULE: ./src/store/index.ts
// The fleet tier's object-store engine: one interface over S3, Azure Blob and a local
// directory, addressed by URL, with hash-verified reads, writer metadata and a
// never-worse-than-without-it failure policy. Other engines use only this entry.







/** The backend for a parsed location; the SDKs load only when their scheme is used. */
async function openBackend(loc, env) {
    switch (loc.kind) {
        case 'file':
            return new FileStore(loc.root, loc.url);
        case 's3': {
            const { S3Store } = await Promise.all(/* import() */[__webpack_require__.e(2358), __webpack_require__.e(3835)]).then(__webpack_require__.bind(__webpack_require__, 3835));
            return new S3Store(loc, env);
        }
        case 'azblob': {
            const { AzureBlobStore } = await Promise.all(/* import() */[__webpack_require__.e(6941), __webpack_require__.e(3747), __webpack_require__.e(6281)]).then(__webpack_require__.bind(__webpack_require__, 36281));
            return new AzureBlobStore(loc, env);
        }
        default:
            throw new errors/* AtmosError */.f7('unknown store kind', { code: 'STORE_URL_INVALID' });
    }
}
/**
 * Open a store from its URL. A bad URL throws (configuration error, named by `setting`);
 * everything else about the store (credentials, reachability) is handled by FleetStore's
 * warn-once policy so a job never fails because the shared tier is down.
 */
function openStore(url, options = {}) {
    const loc = (0,store_url/* parseStoreUrl */.q)(url, options.setting);
    return new FleetStore(openBackend(loc, options.env ?? process.env), loc.url, options);
}



/***/ }),

/***/ 87428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ joinKey),
/* harmony export */   q: () => (/* binding */ parseStoreUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71922);
// Store URLs: `s3://bucket/prefix?endpoint=&path_style=&region=`, `azblob://container/prefix`
// (`?account=`, `?endpoint=`), `file:///path`. Parsed once into a description the backends
// open; bad URLs name the setting they came from and what a good one looks like.



const EXAMPLES = 's3://bucket/prefix, azblob://container/prefix or file:///shared/dir';
function invalid(text, setting, why) {
    return new _common_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AtmosError */ .f7(`${setting}: invalid store URL ${JSON.stringify(text)}: ${why}`, {
        code: 'STORE_URL_INVALID',
        hint: `Use ${EXAMPLES} (S3 options: ?endpoint=https://host&path_style=true&region=eu-west-1).`,
    });
}
function cleanPrefix(p) {
    return p.replace(/^\/+/, '').replace(/\/+$/, '');
}
/** Parse a store URL; `setting` names where it came from (e.g. `ci.cache.store`) for messages. */
function parseStoreUrl(text, setting = 'store') {
    const trimmed = text.trim();
    if (!trimmed)
        throw invalid(text, setting, 'it is empty');
    if (trimmed.startsWith('/'))
        return { kind: 'file', root: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(trimmed), url: `file://${node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(trimmed)}` };
    let u;
    try {
        u = new URL(trimmed);
    }
    catch {
        throw invalid(text, setting, 'not a URL');
    }
    if (u.username || u.password)
        throw invalid(text, setting, 'credentials do not belong in the URL (they would be logged); use the standard environment variables');
    switch (u.protocol) {
        case 'file:': {
            if (u.host && u.host !== 'localhost')
                throw invalid(text, setting, 'file URLs need an absolute path (file:///dir)');
            const root = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(new URL(`file://${u.pathname}`));
            return { kind: 'file', root, url: `file://${root}` };
        }
        case 's3:': {
            if (!u.hostname)
                throw invalid(text, setting, 'no bucket (s3://bucket/prefix)');
            const known = new Set(['endpoint', 'path_style', 'region']);
            for (const k of u.searchParams.keys())
                if (!known.has(k))
                    throw invalid(text, setting, `unknown option "${k}" (known: endpoint, path_style, region)`);
            const endpoint = u.searchParams.get('endpoint') ?? undefined;
            if (endpoint && !/^https?:\/\//.test(endpoint))
                throw invalid(text, setting, `endpoint must be an http(s) URL, got ${JSON.stringify(endpoint)}`);
            const ps = u.searchParams.get('path_style');
            if (ps !== null && !/^(true|false)$/.test(ps))
                throw invalid(text, setting, `path_style must be true or false, got ${JSON.stringify(ps)}`);
            const prefix = cleanPrefix(decodeURIComponent(u.pathname));
            return {
                kind: 's3',
                bucket: u.hostname,
                prefix,
                endpoint,
                pathStyle: ps === null ? undefined : ps === 'true',
                region: u.searchParams.get('region') ?? undefined,
                url: `s3://${u.hostname}${prefix ? `/${prefix}` : ''}`,
            };
        }
        case 'azblob:': {
            if (!u.hostname)
                throw invalid(text, setting, 'no container (azblob://container/prefix)');
            const known = new Set(['account', 'endpoint']);
            for (const k of u.searchParams.keys())
                if (!known.has(k))
                    throw invalid(text, setting, `unknown option "${k}" (known: account, endpoint)`);
            const prefix = cleanPrefix(decodeURIComponent(u.pathname));
            return {
                kind: 'azblob',
                container: u.hostname,
                prefix,
                account: u.searchParams.get('account') ?? undefined,
                endpoint: u.searchParams.get('endpoint') ?? undefined,
                url: `azblob://${u.hostname}${prefix ? `/${prefix}` : ''}`,
            };
        }
        default:
            throw invalid(text, setting, `unsupported scheme "${u.protocol.replace(/:$/, '')}"`);
    }
}
/** Join the URL prefix and a relative key. */
function joinKey(prefix, key) {
    return prefix ? `${prefix}/${key}` : key;
}


/***/ })

};
