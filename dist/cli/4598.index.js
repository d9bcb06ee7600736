export const id = 4598;
export const ids = [4598];
export const modules = {

/***/ 54598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  list: () => (/* binding */ list),
  prune: () => (/* binding */ prune),
  remove: () => (/* binding */ remove),
  stats: () => (/* binding */ stats),
  trust: () => (/* binding */ cache_trust),
  untrust: () => (/* binding */ untrust),
  warm: () => (/* binding */ cache_warm)
});

// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/common/format.ts
var common_format = __webpack_require__(56950);
// EXTERNAL MODULE: ./src/common/platform.ts
var platform = __webpack_require__(88038);
// EXTERNAL MODULE: ./src/config/schemaDsl.ts
var schemaDsl = __webpack_require__(8860);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/mirror/store.ts
var store = __webpack_require__(43462);
;// CONCATENATED MODULE: ./src/mirror/manage.ts
/**
 * `atmos-ts terraform cache list|stats|prune|delete` over the store's layout (see
 * store.ts): the path relative to the cache root is the key. Metadata (upstream answers)
 * ages and is pruned by `fetchedAt`; artifacts (zips, SHA256SUMS, module archives and the
 * mirror JSON derived from them) are immutable and only pruned with `--all`. Sidecars
 * (`.hashes.json`, archive `.json`) travel with their artifact; lock directories, temp
 * files and `tls/` are never listed, counted or deleted.
 */




/** Top-level directories keys may live in. */
const KEY_ROOTS = ['providers', 'modules', 'metadata'];
/** Classify a key (posix, relative to the root); undefined = not a cache object (sidecar, temp, lock). Pure. */
function classify(key) {
    const segs = key.split('/');
    const name = segs[segs.length - 1] ?? '';
    if (segs.some((s) => s.startsWith('.')) || name.endsWith('.lock'))
        return undefined;
    if (segs[0] === 'providers' && segs.length === 5) {
        if (name.endsWith('.zip.hashes.json'))
            return undefined;
        if (name.endsWith('.zip'))
            return { group: 'provider', kind: 'provider_package', class: 'artifact' };
        if (name.endsWith('_SHA256SUMS'))
            return { group: 'provider', kind: 'shasums', class: 'artifact' };
        if (name.endsWith('_SHA256SUMS.sig'))
            return { group: 'provider', kind: 'shasums_signature', class: 'artifact' };
        if (name.endsWith('.json'))
            return { group: 'provider', kind: 'mirror_index', class: 'artifact' };
        return undefined;
    }
    if (segs[0] === 'modules' && segs[1] === '_archives' && segs.length === 3) {
        return name.endsWith('.tar.gz') ? { group: 'module', kind: 'module_archive', class: 'artifact' } : undefined;
    }
    if (segs[0] === 'modules' && segs.length >= 6) {
        if (name === 'versions.json')
            return { group: 'module', kind: 'module_versions', class: 'metadata' };
        if (name === 'download.json')
            return { group: 'module', kind: 'module_download', class: 'metadata' };
        return undefined;
    }
    if (segs[0] === 'metadata' && segs[1] === 'discovery' && name.endsWith('.json'))
        return { group: 'discovery', kind: 'discovery', class: 'metadata' };
    if (segs[0] === 'metadata' && segs[1] === 'providers' && name.endsWith('.json')) {
        return { group: 'provider', kind: name === 'versions.json' ? 'provider_versions' : 'provider_download', class: 'metadata' };
    }
    return undefined;
}
/** The sidecar that belongs to an artifact key, if it has one. */
function sidecarOf(key) {
    if (key.endsWith('.zip'))
        return `${key}.hashes.json`;
    if (key.startsWith('modules/_archives/') && key.endsWith('.tar.gz'))
        return `${key.slice(0, -'.tar.gz'.length)}.json`;
    return undefined;
}
class CacheManager {
    root;
    store;
    constructor(root) {
        this.store = new store/* MirrorStore */.$o(root);
        this.root = this.store.root;
    }
    async list() {
        const out = [];
        for (const top of KEY_ROOTS)
            await this.walk(top, out);
        return out.sort((a, b) => a.key.localeCompare(b.key));
    }
    async walk(rel, out) {
        let dirents;
        try {
            dirents = await external_node_fs_.promises.readdir(this.abs(rel), { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const d of dirents) {
            const key = `${rel}/${d.name}`;
            if (d.isDirectory()) {
                if (!d.name.startsWith('.') && !d.name.endsWith('.lock'))
                    await this.walk(key, out);
                continue;
            }
            if (!d.isFile())
                continue;
            const cls = classify(key);
            if (!cls)
                continue;
            const st = await external_node_fs_.promises.stat(this.abs(key)).catch(() => undefined);
            if (!st)
                continue;
            let size = st.size;
            const sidecar = sidecarOf(key);
            if (sidecar)
                size += (await external_node_fs_.promises.stat(this.abs(sidecar)).catch(() => undefined))?.size ?? 0;
            let fetchedAt;
            if (cls.class === 'metadata') {
                const env = await this.store.readJson(this.abs(key));
                if (typeof env?.fetchedAt === 'number')
                    fetchedAt = new Date(env.fetchedAt);
            }
            out.push({ key, ...cls, size, modTime: st.mtime, fetchedAt });
        }
    }
    async stats() {
        const entries = await this.list();
        const age = (e) => (e.fetchedAt ?? e.modTime).getTime();
        const largest = entries.reduce((m, e) => (!m || e.size > m.size ? e : m), undefined);
        const oldest = entries.reduce((m, e) => (!m || age(e) < age(m) ? e : m), undefined);
        return {
            root: this.root,
            objectCount: entries.length,
            providers: entries.filter((e) => e.group === 'provider').length,
            modules: entries.filter((e) => e.group === 'module').length,
            totalSize: entries.reduce((n, e) => n + e.size, 0),
            largest: largest && { key: largest.key, size: largest.size },
            oldest: oldest && { key: oldest.key, time: new Date(age(oldest)) },
        };
    }
    /** Metadata fetched before `now - olderThanMs` (with `all`: artifacts by mtime too). */
    async prune(options) {
        const cutoff = (options.now ?? new Date()).getTime() - options.olderThanMs;
        const victims = (await this.list()).filter((e) => (e.class === 'metadata' || options.all) && (e.fetchedAt ?? e.modTime).getTime() < cutoff);
        if (!options.dryRun)
            for (const e of victims)
                await this.removeKey(e.key);
        return { entries: victims, bytes: victims.reduce((n, e) => n + e.size, 0) };
    }
    /** Delete one object (or every object under a directory key). Idempotent: returns what was removed. */
    async delete(key) {
        const clean = validateKey(key);
        const st = await external_node_fs_.promises.stat(this.abs(clean)).catch(() => undefined);
        if (!st)
            return [];
        const victims = st.isDirectory() ? (await this.list()).filter((e) => e.key.startsWith(`${clean}/`)) : (await this.list()).filter((e) => e.key === clean);
        if (victims.length === 0 && !st.isDirectory()) {
            throw new errors/* AtmosError */.f7(`${clean} is not a cache object`, { code: 'CACHE_KEY_INVALID', hint: 'Use a key shown by `atmos-ts terraform cache list`.' });
        }
        for (const e of victims)
            await this.removeKey(e.key);
        return victims;
    }
    async removeKey(key) {
        const sidecar = sidecarOf(key);
        await external_node_fs_.promises.rm(this.abs(key), { force: true });
        if (sidecar)
            await external_node_fs_.promises.rm(this.abs(sidecar), { force: true });
        await external_node_fs_.promises.rm(`${this.abs(key)}.lock`, { force: true, recursive: true });
        if (key.endsWith('.zip'))
            await this.unlistZip(key);
        await this.pruneEmptyDirs(external_node_path_default().dirname(this.abs(key)));
    }
    /** Keep the mirror JSON next to the zips truthful: drop the deleted zip from `<version>.json`. */
    async unlistZip(key) {
        const dir = external_node_path_default().dirname(this.abs(key));
        const filename = external_node_path_default().basename(key);
        let names;
        try {
            names = await external_node_fs_.promises.readdir(dir);
        }
        catch {
            return;
        }
        for (const name of names) {
            if (!name.endsWith('.json') || name === 'index.json' || name.endsWith('.hashes.json'))
                continue;
            const file = external_node_path_default().join(dir, name);
            const doc = await this.store.readJson(file);
            if (!doc?.archives)
                continue;
            const kept = Object.fromEntries(Object.entries(doc.archives).filter(([, a]) => a.url !== filename));
            if (Object.keys(kept).length === Object.keys(doc.archives).length)
                continue;
            if (Object.keys(kept).length === 0) {
                await external_node_fs_.promises.rm(file, { force: true });
                await this.unlistVersion(dir, name.slice(0, -'.json'.length));
            }
            else
                await external_node_fs_.promises.writeFile(file, `${JSON.stringify({ ...doc, archives: kept }, null, 2)}\n`);
        }
    }
    async unlistVersion(dir, version) {
        const file = external_node_path_default().join(dir, 'index.json');
        const index = await this.store.readJson(file);
        if (!index?.versions || !(version in index.versions))
            return;
        delete index.versions[version];
        if (Object.keys(index.versions).length === 0)
            await external_node_fs_.promises.rm(file, { force: true });
        else
            await external_node_fs_.promises.writeFile(file, `${JSON.stringify(index, null, 2)}\n`);
    }
    /** Remove now-empty directories up to (not including) the cache root. */
    async pruneEmptyDirs(dir) {
        for (let current = dir; current.startsWith(`${this.root}${(external_node_path_default()).sep}`); current = external_node_path_default().dirname(current)) {
            try {
                await external_node_fs_.promises.rmdir(current); // fails on a non-empty directory: stop there
            }
            catch {
                return;
            }
        }
    }
    abs(key) {
        return external_node_path_default().join(this.root, ...key.split('/'));
    }
}
/**
 * A key users may delete: relative, no `..`/`.` segments, no backslashes, inside
 * providers/, modules/ or metadata/ (so `tls/` and anything outside the cache are unreachable). Pure.
 */
function validateKey(key) {
    const bad = (why) => new errors/* AtmosError */.f7(`invalid cache key ${JSON.stringify(key)}: ${why}`, {
        code: 'CACHE_KEY_INVALID',
        hint: 'Use a key shown by `atmos-ts terraform cache list`, e.g. providers/registry.terraform.io/hashicorp/null.',
    });
    if (!key || key.includes('\0'))
        throw bad('empty');
    if (external_node_path_default().isAbsolute(key) || external_node_path_default().win32.isAbsolute(key) || key.startsWith('/'))
        throw bad('absolute paths are not keys');
    if (key.includes('\\'))
        throw bad('use / as the separator');
    const segs = key.replace(/\/+$/, '').split('/');
    if (segs.some((s) => s === '..' || s === '.' || s === ''))
        throw bad('`..`, `.` and empty segments are not allowed');
    if (!KEY_ROOTS.includes(segs[0]))
        throw bad(`keys live under ${KEY_ROOTS.join('/, ')}/`);
    return segs.join('/');
}

// EXTERNAL MODULE: ./src/mirror/session.ts + 1 modules
var session = __webpack_require__(46453);
// EXTERNAL MODULE: ./src/mirror/warm.ts
var warm = __webpack_require__(17490);
// EXTERNAL MODULE: ./src/mirror/cliconfig.ts + 1 modules
var cliconfig = __webpack_require__(10155);
// EXTERNAL MODULE: ./src/mirror/report.ts
var mirror_report = __webpack_require__(98445);
// EXTERNAL MODULE: ./src/mirror/tls.ts
var tls = __webpack_require__(21814);
// EXTERNAL MODULE: ./src/mirror/trust.ts
var trust = __webpack_require__(62477);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/cli/terraform/cache.ts
/** `atmos-ts terraform cache list|stats|prune|delete|warm|trust|untrust`. */






function manager(ctx) {
    return new CacheManager((0,session/* sessionSettings */.MS)(ctx.config()).root);
}
async function emit(ctx, format, data, text) {
    ctx.out.write(await (0,render/* renderData */.rb)(format, data, text));
}
const entryJson = (e) => ({
    key: e.key,
    group: e.group,
    kind: e.kind,
    class: e.class,
    size: e.size,
    mod_time: e.modTime.toISOString(),
    fetched_at: e.fetchedAt?.toISOString(),
});
function age(d, now = Date.now()) {
    return (0,common_format/* formatDuration */.a)(Math.max(0, now - d.getTime()));
}
async function list(ctx, _args, opts) {
    const format = (0,render/* outputFormat */.B$)(opts.format);
    const entries = await manager(ctx).list();
    await emit(ctx, format, entries.map(entryJson), () => entries.length === 0
        ? 'No cached artifacts found\n'
        : (0,render/* table */.tp)(['KEY', 'GROUP', 'KIND', 'SIZE', 'AGE'], entries.map((e) => [e.key, e.group, e.kind, (0,common_format/* formatBytes */.z)(e.size), age(e.fetchedAt ?? e.modTime)])));
}
async function stats(ctx, _args, opts) {
    const format = (0,render/* outputFormat */.B$)(opts.format);
    const s = await manager(ctx).stats();
    const data = {
        root: s.root,
        object_count: s.objectCount,
        total_size: s.totalSize,
        providers: s.providers,
        modules: s.modules,
        largest: s.largest,
        oldest: s.oldest && { key: s.oldest.key, time: s.oldest.time.toISOString() },
    };
    await emit(ctx, format, data, () => (0,render/* table */.tp)(['METRIC', 'VALUE'], [
        ['Registry cache root', s.root],
        ['Objects', `${s.objectCount} (${s.providers} providers, ${s.modules} modules)`],
        ['Total size', (0,common_format/* formatBytes */.z)(s.totalSize)],
        ['Largest', s.largest ? `${s.largest.key} (${(0,common_format/* formatBytes */.z)(s.largest.size)})` : '-'],
        ['Oldest', s.oldest ? `${s.oldest.key} (${age(s.oldest.time)} old)` : '-'],
    ]));
}
async function prune(ctx, _args, opts) {
    const format = (0,render/* outputFormat */.B$)(opts.format);
    const raw = opts.olderThan ?? ctx.env.ATMOS_TERRAFORM_CACHE_PRUNE_OLDER_THAN ?? '168h';
    const olderThanMs = (0,schemaDsl/* parseDuration */.E)(String(raw));
    if (olderThanMs === undefined) {
        throw new errors/* AtmosError */.f7(`invalid --older-than value ${JSON.stringify(raw)}`, {
            code: 'INVALID_FLAG_VALUE',
            explanation: 'Use a duration such as 168h, 90m or 1h30m.',
        });
    }
    const dryRun = Boolean(opts.dryRun);
    const result = await manager(ctx).prune({ olderThanMs, all: Boolean(opts.all), dryRun });
    const verb = dryRun ? 'Would prune' : 'Pruned';
    await emit(ctx, format, { dry_run: dryRun, objects: result.entries.map(entryJson), count: result.entries.length, bytes: result.bytes }, () => [
        ...result.entries.map((e) => `${dryRun ? 'would delete' : 'deleted'} ${e.key}\n`),
        `${verb} ${result.entries.length} object(s), ${(0,common_format/* formatBytes */.z)(result.bytes)}\n`,
    ].join(''));
}
async function remove(ctx, args) {
    const key = String(args[0] ?? '');
    const removed = await manager(ctx).delete(key);
    if (removed.length === 0)
        ctx.logger.info(`Nothing cached under ${key}`);
    else
        ctx.logger.success(`Deleted ${removed.length === 1 ? removed[0].key : `${removed.length} objects under ${key}`}`);
}
async function cache_warm(ctx, args, opts) {
    const format = (0,render/* outputFormat */.B$)(opts.format);
    const config = ctx.config();
    const inputs = Array.isArray(args[0]) && args[0].length > 0 ? args[0] : [ctx.cwd];
    const flags = opts.platform ?? [];
    const configured = (config.values.components.terraform.platforms ?? []).filter((p) => Boolean(p));
    const platforms = (flags.length > 0 ? flags : configured).map((p) => (0,platform/* parsePlatform */.FL)(p));
    if (platforms.length === 0)
        platforms.push((0,platform/* hostPlatform */.ol)(ctx.env));
    const targets = await (0,warm/* warmTargets */.Mc)(inputs);
    if (targets.length === 0) {
        ctx.logger.warn(`no providers found in ${inputs.join(', ')} (looked for .terraform.lock.hcl and required_providers)`);
        return;
    }
    // Registry mode whatever the configured mode: it fills the same cache and needs no TLS.
    const settings = { ...(0,session/* sessionSettings */.MS)(config), mode: 'registry', port: 0 };
    const user = await (0,cliconfig/* readUserCliConfig */.Qg)((0,cliconfig/* cliConfigLocations */.zD)(ctx.env));
    const credentials = (0,cliconfig/* upstreamCredentials */.Ew)(user, ctx.env);
    for (const token of Object.values(credentials))
        ctx.logger.secret(token);
    const { startMirrorServer } = await __webpack_require__.e(/* import() */ 2715).then(__webpack_require__.bind(__webpack_require__, 82715));
    const server = await startMirrorServer((0,session/* serverOptions */.or)(settings, { credentials, logger: ctx.logger, env: ctx.env }));
    let outcomes;
    try {
        outcomes = await (0,warm/* warmProviders */.u7)(server, targets, platforms, { logger: ctx.logger });
    }
    finally {
        await server.close();
    }
    const report = server.report();
    await emit(ctx, format, { platforms: platforms.map(platform/* platformKey */.Ng), providers: outcomes, report }, () => (0,render/* table */.tp)(['PROVIDER', 'VERSION', 'PLATFORM', 'STATUS'], outcomes.map((o) => [o.provider, o.version ?? '-', o.platform, o.error ? `${o.status}: ${o.error}` : o.status])));
    ctx.logger.info((0,mirror_report/* formatReportLine */.m3)(report));
    if (outcomes.some((o) => o.status === 'failed'))
        process.exitCode = 1;
}
async function cache_trust(ctx) {
    const root = (0,session/* sessionSettings */.MS)(ctx.config()).root;
    if (process.platform === 'darwin' || process.platform === 'win32')
        await (0,tls/* ensureTls */.Un)(root, { logger: ctx.logger });
    await (0,trust/* installTrust */.WT)(root, { platform: process.platform, env: ctx.env, logger: ctx.logger });
}
async function untrust(ctx) {
    await (0,trust/* removeTrust */.RI)((0,session/* sessionSettings */.MS)(ctx.config()).root, { platform: process.platform, env: ctx.env, logger: ctx.logger });
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


/***/ })

};
