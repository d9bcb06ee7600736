export const id = 5029;
export const ids = [5029];
export const modules = {

/***/ 91755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yy: () => (/* binding */ aquaIndexStats),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   pt: () => (/* binding */ AquaIndex)
/* harmony export */ });
/* unused harmony exports INDEX_FORMAT, INDEX_FILE, PACKAGES_FILE, compileIndex */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28786);
/* harmony import */ var _aquaPackage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43975);
/**
 * A per-package index of a merged Aqua `registry.yaml` (3.3 MB, ~2.3k packages), so that
 * resolving one tool does not parse the whole YAML on every run. Built once per registry
 * content hash (sha256) under `<cacheRoot>/toolchain/registry/index/<sha256>/`:
 * - `packages.jsonl` — one package per line as JSON;
 * - `index.json` — name/alias → byte range in `packages.jsonl`, plus what short-name lookup
 *   needs (repo name and command names per package). Written last, so its presence means the
 *   index is complete; both files are written atomically.
 * A lookup reads index.json and one byte range, nothing else.
 */





const INDEX_FORMAT = 1;
const INDEX_FILE = 'index.json';
const PACKAGES_FILE = 'packages.jsonl';
/** Counters that let tests prove an index is reused instead of rebuilt. */
const aquaIndexStats = { yamlParses: 0, indexBuilds: 0 };
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
class AquaIndex {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    /**
     * A complete index directory written ahead of time (the built-in registry shipped with the
     * package); undefined when the directory holds no valid index. Nothing is built or written.
     */
    static async openPrebuilt(dir) {
        try {
            const index = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, INDEX_FILE), 'utf8'));
            return index.format === INDEX_FORMAT && Array.isArray(index.entries) ? new AquaIndex(dir, index) : undefined;
        }
        catch {
            return undefined;
        }
    }
    /** Open the index for this content hash, building it from `text()` when missing. */
    static async open(indexRoot, sha256, text, file) {
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(indexRoot, sha256);
        const indexPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, INDEX_FILE);
        if (await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .pathExists */ .s0)(indexPath)) {
            try {
                const index = JSON.parse(await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.readFile(indexPath, 'utf8'));
                if (index.format === INDEX_FORMAT && index.sha256 === sha256)
                    return new AquaIndex(dir, index);
            }
            catch {
                // A corrupt index is rebuilt below.
            }
        }
        // The YAML parser loads only when an index is built: a run that finds its index never pays for it.
        const { parseRegistryYaml } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8471)]).then(__webpack_require__.bind(__webpack_require__, 38471));
        const index = await AquaIndex.build(dir, sha256, parseRegistryYaml(await text(), file));
        return new AquaIndex(dir, index);
    }
    static async build(dir, sha256, packages) {
        aquaIndexStats.indexBuilds++;
        const { index, packagesJsonl } = compileIndex(sha256, packages);
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, PACKAGES_FILE), packagesJsonl);
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, INDEX_FILE), JSON.stringify(index));
        return index;
    }
    find(name) {
        const pos = this.index.names[name];
        return pos === undefined ? undefined : this.index.entries[pos][0];
    }
    async get(name) {
        const pos = this.index.names[name];
        if (pos === undefined)
            return undefined;
        const [, , , offset, length] = this.index.entries[pos];
        const handle = await node_fs__WEBPACK_IMPORTED_MODULE_1__.promises.open(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.dir, PACKAGES_FILE), 'r');
        try {
            const buf = Buffer.alloc(length);
            await handle.read(buf, 0, length, offset);
            return JSON.parse(buf.toString('utf8'));
        }
        finally {
            await handle.close();
        }
    }
    /** Every indexed package: [name, repo name, commands]. */
    packages() {
        return this.index.entries.map(([n, r, c]) => [n, r, c]);
    }
}
/** Build an index in memory: one JSON line per package, and the name table pointing into them. */
function compileIndex(sha256, packages, source) {
    const index = { format: INDEX_FORMAT, sha256, names: {}, entries: [], ...(source ? { source } : {}) };
    const chunks = [];
    let offset = 0;
    for (const pkg of packages) {
        const names = (0,_aquaPackage_js__WEBPACK_IMPORTED_MODULE_4__/* .packageNames */ .Vs)(pkg);
        if (names.length === 0)
            continue;
        const line = Buffer.from(`${JSON.stringify(pkg)}\n`);
        const pos = index.entries.length;
        index.entries.push([names[0], pkg.repo_name ?? '', (0,_aquaPackage_js__WEBPACK_IMPORTED_MODULE_4__/* .commandNames */ .oQ)(pkg), offset, line.length]);
        for (const n of names)
            if (!(n in index.names))
                index.names[n] = pos;
        chunks.push(line);
        offset += line.length;
    }
    return { index, packagesJsonl: Buffer.concat(chunks) };
}


/***/ }),

/***/ 43975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ repoOf),
/* harmony export */   Vs: () => (/* binding */ packageNames),
/* harmony export */   XS: () => (/* binding */ SUPPORTED_TYPES),
/* harmony export */   _W: () => (/* binding */ defaultCommandName),
/* harmony export */   np: () => (/* binding */ BUILD_TYPES),
/* harmony export */   oQ: () => (/* binding */ commandNames),
/* harmony export */   oZ: () => (/* binding */ packageName)
/* harmony export */ });
// Aqua registry package definitions as they appear in `registry.yaml`
// (aquaproj/aqua `pkg/config/registry/package_info.go`). Only fields that affect
// resolution are typed; everything else passes through untouched for `describe()`.
const SUPPORTED_TYPES = ['github_release', 'http', 'github_archive', 'github_content'];
const BUILD_TYPES = ['go_install', 'go_build', 'cargo', 'go'];
/** `name`, else `repo_owner/repo_name`, else (go_install) `path` — Aqua's `GetName`. */
function packageName(pkg) {
    if (pkg.name)
        return pkg.name;
    if (pkg.repo_owner && pkg.repo_name)
        return `${pkg.repo_owner}/${pkg.repo_name}`;
    return typeof pkg.path === 'string' ? pkg.path : '';
}
/** Names a package answers to: its name, then its `aliases[].name`. */
function packageNames(pkg) {
    const names = [packageName(pkg)];
    for (const a of pkg.aliases ?? [])
        if (a?.name)
            names.push(a.name);
    return names.filter((n) => n !== '');
}
/** Aqua's `defaultCmdName`: last segment of `name`, else `repo_name`, else base of `path`. */
function defaultCommandName(pkg) {
    if (pkg.name)
        return pkg.name.split('/').pop();
    if (pkg.repo_name)
        return pkg.repo_name;
    return typeof pkg.path === 'string' ? pkg.path.split('/').pop() : '';
}
/** Every command name the package may install, over all version layers (for short-name lookup). */
function commandNames(pkg) {
    const names = new Set();
    const add = (files) => {
        for (const f of files ?? [])
            if (f?.name)
                names.add(f.name);
    };
    add(pkg.files);
    for (const vo of pkg.version_overrides ?? []) {
        add(vo.files);
        for (const o of vo.overrides ?? [])
            add(o.files);
    }
    for (const o of pkg.overrides ?? [])
        add(o.files);
    if (names.size === 0)
        names.add(defaultCommandName(pkg));
    return [...names];
}
/** owner/repo for the install layout; derived from the name when the package has no repo. */
function repoOf(pkg) {
    if (pkg.repo_owner && pkg.repo_name)
        return { owner: pkg.repo_owner, repo: pkg.repo_name };
    const parts = packageName(pkg).split('/');
    return { owner: parts[0] ?? '', repo: parts[1] ?? parts[0] ?? '' };
}


/***/ }),

/***/ 75029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createRegistrySet: () => (/* binding */ createRegistrySet)
});

// UNUSED EXPORTS: STANDARD_REGISTRY_REF, aquaSemverMatch, compareGoVersions, compareVersionStrings, goConstraintMatch, parseGoVersion, standardRegistryUrl

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
// EXTERNAL MODULE: ./src/toolchain/registry/aquaPackage.ts
var aquaPackage = __webpack_require__(43975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/toolchain/registry/aquaIndex.ts
var aquaIndex = __webpack_require__(91755);
;// CONCATENATED MODULE: ./src/toolchain/registry/builtinAqua.ts
/**
 * The standard Aqua registry shipped with atmos-ts, the way mise bakes it into its binary: a
 * pinned snapshot (`registry/aqua/registry.yaml`, with its LICENSE and commit in
 * `registry/aqua/source.json`) compiled ahead of time into an {@link AquaIndex} directory
 * (`registry/aqua/index/`, regenerated by `npm run registry:index`). `npm run build` copies
 * it next to the CLI bundle (`dist/cli/aqua-registry/`, shipped in the npm package), so the
 * default registry needs neither the network nor a YAML parse: opening it reads a 200 KB
 * `index.json` (a few ms) and each lookup one line of `packages.jsonl`.
 */


/** The directory name of the index beside the CLI bundle. */
const BUILTIN_AQUA_DIR = 'aqua-registry';
/**
 * Where the index may be, first match wins. `here` is this module's directory: `dist/cli/`
 * in the CLI bundle (its chunks sit beside it), `dist/<action>/` in an action bundle (which
 * uses the CLI's copy: the action's checkout has both), `src/toolchain/registry/` under tsx.
 */
function builtinIndexDirs(here = import.meta.dirname) {
    return [external_node_path_default().join(here, BUILTIN_AQUA_DIR), external_node_path_default().join(here, '..', 'cli', BUILTIN_AQUA_DIR), external_node_path_default().join(here, '..', '..', '..', 'registry', 'aqua', 'index')];
}
let opened;
/** The built-in index, opened once per process; undefined when this copy of atmos-ts ships none. */
function openBuiltinAquaIndex() {
    opened ??= (async () => {
        for (const dir of builtinIndexDirs()) {
            const index = await aquaIndex/* AquaIndex */.pt.openPrebuilt(dir);
            if (index)
                return index;
        }
        return undefined;
    })();
    return opened;
}

;// CONCATENATED MODULE: ./src/toolchain/registry/packageSource.ts
/**
 * What every registry (Aqua file/dir/URL, inline atmos.yaml tools, tools.yaml, built-in)
 * offers the registry set: find a package by name or alias, hand out its definition, and
 * list short-name candidates. Definitions are Aqua packages; other formats are converted.
 */
/** Score short-name candidates for one package (shared by every source). */
function candidateKind(short, repoName, commands) {
    if (!commands.includes(short))
        return repoName === short ? 'repo' : undefined;
    return repoName === short ? 'canonical' : 'binary';
}

;// CONCATENATED MODULE: ./src/toolchain/registry/aquaRegistry.ts
/**
 * `type: aqua` registries. `source` may be
 * (-) omitted: the standard Aqua registry. At the snapshot's commit (no `ref`, or the same
 *     commit) that is the index built into atmos-ts ({@link openBuiltinAquaIndex}): no
 *     download, no YAML; another `ref`, or a copy of atmos-ts without the index, fetches it as (a);
 * (a) an http(s) URL of a registry.yaml, fetched once and cached under `<cacheRoot>/toolchain/registry/` for
 *     `toolchain.registry_ttl`; a failed refresh falls back to the stale copy with a warning;
 * (b) a local registry.yaml (relative to the atmos.yaml directory; `file://` accepted);
 * (c) a `pkgs/` directory laid out as `<dir>/<owner>/<repo>[/<name>]/registry.yaml`.
 * Single files are read through a per-package index keyed by their sha256 ({@link AquaIndex}).
 */








const STANDARD_REGISTRY_REF = '4d86e12d6fd055583d34fa3b9eefc28e7166ae59';
const STANDARD_REGISTRY_NAME = 'aqua-standard';
function standardRegistryUrl(ref = STANDARD_REGISTRY_REF) {
    return `https://raw.githubusercontent.com/aquaproj/aqua-registry/${ref}/registry.yaml`;
}
/** GitHub web URLs → raw URLs (`github.com/o/r/tree/<ref>/<path>`, or `github.com/o/r` + `ref`). */
function rawRegistryUrl(source, ref) {
    const u = new URL(source);
    if (u.hostname !== 'github.com')
        return source;
    const parts = u.pathname.replace(/^\/|\/$/g, '').split('/');
    const [owner, repo, kind, treeRef, ...rest] = parts;
    if (!owner || !repo)
        return source;
    let pathPart = rest.join('/');
    let gitRef = ref ?? 'main';
    if ((kind === 'tree' || kind === 'blob') && treeRef)
        gitRef = ref ?? treeRef;
    else
        pathPart = '';
    if (!pathPart.endsWith('.yaml') && !pathPart.endsWith('.yml'))
        pathPart = pathPart ? `${pathPart}/registry.yaml` : 'registry.yaml';
    return `https://raw.githubusercontent.com/${owner}/${repo.replace(/\.git$/, '')}/${gitRef}/${pathPart}`;
}
class AquaRegistry {
    options;
    name;
    index;
    constructor(options) {
        this.options = options;
        this.name = options.name;
    }
    registryDir() {
        return external_node_path_default().join(this.options.cacheRoot, 'toolchain', 'registry');
    }
    /** What the source is, decided once. */
    open() {
        this.index ??= this.openSource();
        return this.index;
    }
    async openSource() {
        const { source, ref } = this.options;
        if (!source) {
            const builtin = await openBuiltinAquaIndex();
            if (builtin && (!ref || ref === builtin.index.source?.commit))
                return builtin;
            return this.openUrl(standardRegistryUrl(ref));
        }
        if (/^https?:\/\//i.test(source))
            return this.openUrl(rawRegistryUrl(source, ref));
        const local = source.startsWith('file://') ? new URL(source).pathname : external_node_path_default().resolve(this.options.baseDir, source);
        let st;
        try {
            st = await external_node_fs_.promises.stat(local);
        }
        catch {
            throw new errors/* AtmosError */.f7(`registry "${this.name}": ${local} does not exist`, {
                code: 'REGISTRY_NOT_FOUND',
                hint: 'Point toolchain.registries[].source at a registry.yaml, a pkgs/ directory or a URL (relative paths resolve against the atmos.yaml directory).',
            });
        }
        if (st.isDirectory()) {
            const pkgs = external_node_path_default().join(local, 'pkgs');
            return new PkgsDir((await (0,atomicFile/* pathExists */.s0)(pkgs)) ? pkgs : local);
        }
        return this.openLocalFile(local, st.size, st.mtimeMs);
    }
    /** Local file: its sha256 is remembered per (path, size, mtime) so a warm lookup does not hash 3 MB. */
    async openLocalFile(file, size, mtimeMs) {
        const stampPath = external_node_path_default().join(this.registryDir(), 'stamps', `${(0,aquaIndex/* sha256Hex */.fg)(file).slice(0, 24)}.json`);
        let sha;
        try {
            const stamp = JSON.parse(await external_node_fs_.promises.readFile(stampPath, 'utf8'));
            if (stamp.file === file && stamp.size === size && stamp.mtimeMs === mtimeMs)
                sha = stamp.sha256;
        }
        catch {
            // No stamp yet.
        }
        let text;
        if (!sha) {
            text = await external_node_fs_.promises.readFile(file, 'utf8');
            sha = (0,aquaIndex/* sha256Hex */.fg)(text);
            await (0,atomicFile/* writeFileAtomic */.Zf)(stampPath, JSON.stringify({ file, size, mtimeMs, sha256: sha }));
        }
        return aquaIndex/* AquaIndex */.pt.open(external_node_path_default().join(this.registryDir(), 'index'), sha, async () => text ?? external_node_fs_.promises.readFile(file, 'utf8'), file);
    }
    async openUrl(url) {
        const dir = external_node_path_default().join(this.registryDir(), 'sources', (0,aquaIndex/* sha256Hex */.fg)(url).slice(0, 24));
        const metaPath = external_node_path_default().join(dir, 'meta.json');
        const filePath = external_node_path_default().join(dir, 'registry.yaml');
        const now = (this.options.now ?? Date.now)();
        let meta;
        try {
            meta = JSON.parse(await external_node_fs_.promises.readFile(metaPath, 'utf8'));
            if (meta.url !== url || !(await (0,atomicFile/* pathExists */.s0)(filePath)))
                meta = undefined;
        }
        catch {
            meta = undefined;
        }
        if (!meta || now - meta.fetchedAt >= this.options.ttlMs) {
            try {
                const res = await this.options.http.getText(url);
                if (res.status >= 400)
                    throw new Error(`HTTP ${res.status}`);
                // Validate before replacing a good cached copy.
                const sha = (0,aquaIndex/* sha256Hex */.fg)(res.text);
                const text = res.text;
                const index = await aquaIndex/* AquaIndex */.pt.open(external_node_path_default().join(this.registryDir(), 'index'), sha, async () => text, url);
                await (0,atomicFile/* writeFileAtomic */.Zf)(filePath, text);
                await (0,atomicFile/* writeFileAtomic */.Zf)(metaPath, JSON.stringify({ url, fetchedAt: now, sha256: sha }));
                return index;
            }
            catch (err) {
                if (!meta) {
                    if (err instanceof errors/* AtmosError */.f7 && err.code === 'REGISTRY_INVALID')
                        throw err;
                    throw new errors/* AtmosError */.f7(`cannot fetch the ${this.name} registry`, {
                        code: 'REGISTRY_UNAVAILABLE',
                        explanation: `${url}: ${(0,errors/* errorMessage */.gJ)(err)}`,
                        hint: 'Check the network/proxy settings, or point toolchain.registries[].source at a local registry.yaml.',
                        cause: err,
                    });
                }
                this.options.logger.warn(`could not refresh the ${this.name} registry (${(0,errors/* errorMessage */.gJ)(err)}); using the cached copy from ${new Date(meta.fetchedAt).toISOString()}`);
            }
        }
        const cached = meta;
        return aquaIndex/* AquaIndex */.pt.open(external_node_path_default().join(this.registryDir(), 'index'), cached.sha256, () => external_node_fs_.promises.readFile(filePath, 'utf8'), filePath);
    }
    async find(name) {
        return (await this.open()).find(name);
    }
    async get(name) {
        const pkg = await (await this.open()).get(name);
        if (!pkg)
            throw new errors/* AtmosError */.f7(`${name} is not in the ${this.name} registry`, { code: 'TOOL_NOT_FOUND' });
        return pkg;
    }
    async candidates(short) {
        const out = [];
        for (const [name, repo, cmds] of await (await this.open()).packages()) {
            const kind = candidateKind(short, repo, cmds);
            if (kind)
                out.push({ name, kind });
        }
        return out;
    }
}
/** A `pkgs/` tree: one registry.yaml per package, read on demand. */
class PkgsDir {
    dir;
    all;
    constructor(dir) {
        this.dir = dir;
    }
    async readFile(file) {
        const { parseRegistryYaml } = await Promise.all(/* import() */[__webpack_require__.e(3243), __webpack_require__.e(8471)]).then(__webpack_require__.bind(__webpack_require__, 38471));
        return parseRegistryYaml(await external_node_fs_.promises.readFile(file, 'utf8'), file);
    }
    /** Every package in the tree (for aliases and short names), read once per process. */
    scan() {
        this.all ??= (async () => {
            const map = new Map();
            const entries = await external_node_fs_.promises.readdir(this.dir, { recursive: true });
            for (const rel of entries.sort()) {
                if (external_node_path_default().basename(rel) !== 'registry.yaml')
                    continue;
                const file = external_node_path_default().join(this.dir, rel);
                for (const pkg of await this.readFile(file))
                    for (const n of (0,aquaPackage/* packageNames */.Vs)(pkg))
                        if (!map.has(n))
                            map.set(n, { pkg, file });
            }
            return map;
        })();
        return this.all;
    }
    async direct(name) {
        if (name.includes('..'))
            return undefined;
        const file = external_node_path_default().join(this.dir, ...name.split('/'), 'registry.yaml');
        if (!(await (0,atomicFile/* pathExists */.s0)(file)))
            return undefined;
        return (await this.readFile(file)).find((p) => (0,aquaPackage/* packageNames */.Vs)(p).includes(name));
    }
    async find(name) {
        const pkg = (await this.direct(name)) ?? (await this.scan()).get(name)?.pkg;
        return pkg ? (0,aquaPackage/* packageNames */.Vs)(pkg)[0] : undefined;
    }
    async get(name) {
        return (await this.direct(name)) ?? (await this.scan()).get(name)?.pkg;
    }
    async packages() {
        const seen = new Set();
        const out = [];
        for (const { pkg } of (await this.scan()).values()) {
            if (seen.has(pkg))
                continue;
            seen.add(pkg);
            out.push([(0,aquaPackage/* packageNames */.Vs)(pkg)[0], pkg.repo_name ?? '', (0,aquaPackage/* commandNames */.oQ)(pkg)]);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/toolchain/registry/aliases.ts
/**
 * Tool name resolution (Atmos `DefaultToolResolver`): `toolchain.aliases` first (chains
 * allowed), then `owner/repo` (or an Aqua alias such as `stedolan/jq`) as is, then a short
 * name against the registries in priority order — in the first registry that knows it, a
 * canonical match (repo name and command both equal the name, `terraform` →
 * hashicorp/terraform) beats a binary-only match (`kubectl` → kubernetes/kubernetes/kubectl),
 * which beats a repo-name-only match (`ripgrep` → BurntSushi/ripgrep, command `rg`);
 * a tie is AMBIGUOUS_TOOL listing the candidates.
 */

/** Follow configured aliases; a cycle is an error naming it. */
function followAliases(tool, aliases) {
    let name = tool;
    const seen = [name];
    while (Object.prototype.hasOwnProperty.call(aliases, name) && aliases[name] !== name) {
        name = aliases[name];
        if (seen.includes(name)) {
            throw new errors/* AtmosError */.f7(`alias loop: ${[...seen, name].join(' → ')}`, {
                code: 'ALIAS_LOOP',
                hint: 'Make one of these toolchain.aliases point at an owner/repo.',
            });
        }
        seen.push(name);
    }
    return name;
}
function notFound(tool, sources, shortName) {
    return new errors/* AtmosError */.f7(`tool "${tool}" was not found in any registry`, {
        code: 'TOOL_NOT_FOUND',
        explanation: `Registries searched: ${sources.map((s) => s.name).join(', ') || '(none)'}.`,
        hint: shortName
            ? `Use the full owner/repo name, or add an alias: toolchain.aliases: { ${tool}: <owner>/<repo> }.`
            : 'Check the owner/repo spelling, or define the tool inline under toolchain.tools / a type: atmos registry.',
        context: { tool },
    });
}
const RANK = ['canonical', 'binary', 'repo'];
async function findTool(tool, aliases, sources) {
    const name = followAliases(tool, aliases);
    if (name.includes('/')) {
        for (const source of sources) {
            const found = await source.find(name);
            if (found)
                return { name: found, source };
        }
        throw notFound(name, sources, false);
    }
    for (const source of sources) {
        const cands = dedupe(await source.candidates(name));
        if (cands.length === 0)
            continue;
        const tier = RANK.find((kind) => cands.some((c) => c.kind === kind));
        const best = cands.filter((c) => c.kind === tier);
        if (best.length === 1)
            return { name: best[0].name, source };
        throw new errors/* AtmosError */.f7(`"${name}" is ambiguous: ${best.map((c) => c.name).join(', ')}`, {
            code: 'AMBIGUOUS_TOOL',
            explanation: `Several packages in the ${source.name} registry install a "${name}" command: ${best.map((c) => c.name).join(', ')}.`,
            hint: `Use the full owner/repo name, or pin it: toolchain.aliases: { ${name}: ${best[0].name} }.`,
            context: { tool: name, candidates: best.map((c) => c.name).join(', ') },
        });
    }
    throw notFound(name, sources, true);
}
function dedupe(cands) {
    const seen = new Map();
    for (const c of cands) {
        const prev = seen.get(c.name);
        if (!prev || RANK.indexOf(c.kind) < RANK.indexOf(prev.kind))
            seen.set(c.name, c);
    }
    return [...seen.values()];
}

// EXTERNAL MODULE: ./src/config/validate.ts + 1 modules
var validate = __webpack_require__(73139);
// EXTERNAL MODULE: ./src/toolchain/registry/goVersion.ts
var goVersion = __webpack_require__(10009);
;// CONCATENATED MODULE: ./src/toolchain/registry/inlineRegistry.ts
/**
 * Inline tool definitions: `type: atmos` registries (`toolchain.registries[].tools`), the
 * seed-era `toolchain.tools.<owner/repo>` map and a standalone tools.yaml (`aliases:` +
 * `tools:`). Each definition is keyed `owner/repo` and uses Aqua field names, plus the seed
 * fields `binary_name`, `format: gzip` (= gz) and `version_constraints: [{constraint, asset,
 * format}]` (first match by hashicorp/go-version constraint wins). Definitions become Aqua
 * packages, so the same resolver renders them.
 */







const INLINE_TYPES = ['github_release', 'http', 'github_archive', 'github_content'];
function normalizeFormat(f) {
    if (typeof f !== 'string')
        return undefined;
    return f === 'gzip' ? 'gz' : f;
}
function where(locate, keyPath) {
    const at = locate(keyPath);
    return at.file ? `${at.file}${at.line ? `:${at.line}` : ''}` : keyPath.join('.');
}
function invalid(locate, keyPath, message, hint) {
    const at = locate(keyPath);
    return new errors/* AtmosError */.f7(`${where(locate, keyPath)}: ${message}`, {
        code: 'TOOL_DEFINITION_INVALID',
        hint,
        context: { file: at.file, line: at.line, key: keyPath.join('.') },
    });
}
/** Convert one inline definition (validated) into an Aqua package. */
function inlineToAqua(key, raw, locate, keyPath) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw invalid(locate, keyPath, `tool "${key}" must be a mapping`, 'Give the tool a mapping with type, url or asset, and format.');
    }
    const def = { ...raw };
    const [keyOwner, keyRepo] = key.split('/');
    if (!keyOwner || !keyRepo) {
        throw invalid(locate, keyPath, `tool key "${key}" must be owner/repo`, 'Key inline tools by their GitHub owner/repo, e.g. hashicorp/terraform.');
    }
    const seed = def.version_constraints;
    delete def.version_constraints;
    const pkg = { ...def };
    pkg.name = key;
    pkg.repo_owner = typeof def.repo_owner === 'string' ? def.repo_owner : keyOwner;
    pkg.repo_name = typeof def.repo_name === 'string' ? def.repo_name : key.split('/').slice(1).join('/');
    pkg.type ??= typeof def.url === 'string' ? 'http' : 'github_release';
    if (!INLINE_TYPES.includes(pkg.type)) {
        throw invalid(locate, [...keyPath, 'type'], `tool "${key}" has unsupported type "${pkg.type}"`, `Use one of: ${INLINE_TYPES.join(', ')}.`);
    }
    pkg.format = normalizeFormat(pkg.format);
    for (const o of pkg.overrides ?? [])
        if (o)
            o.format = normalizeFormat(o.format);
    for (const vo of pkg.version_overrides ?? [])
        if (vo)
            vo.format = normalizeFormat(vo.format);
    if (typeof pkg.binary_name === 'string' && !(pkg.files && pkg.files.length > 0)) {
        pkg.files = [{ name: pkg.binary_name }];
    }
    delete pkg.binary_name;
    let seedConstraints;
    if (seed !== undefined) {
        if (!Array.isArray(seed)) {
            throw invalid(locate, [...keyPath, 'version_constraints'], `version_constraints of "${key}" must be a list`, 'Write version_constraints as a list of {constraint, asset, format}.');
        }
        seedConstraints = seed.map((c, i) => {
            const item = c;
            if (!item || typeof item.constraint !== 'string') {
                throw invalid(locate, [...keyPath, 'version_constraints', i], `version_constraints[${i}] of "${key}" needs a "constraint"`, 'Each entry needs constraint (e.g. ">= 1.0.0") and asset or url.');
            }
            try {
                (0,goVersion/* goConstraintMatch */.Hp)(item.constraint, '0.0.0');
            }
            catch (err) {
                throw invalid(locate, [...keyPath, 'version_constraints', i, 'constraint'], `invalid constraint "${item.constraint}" for "${key}"`, 'Use go-version constraints such as ">= 1.0.0", "< 2.0, >= 1.2" or "~> 1.9".');
            }
            return item;
        });
    }
    const hasSource = (p) => p.type === 'http'
        ? typeof p.url === 'string'
        : p.type === 'github_release'
            ? typeof p.asset === 'string'
            : p.type === 'github_content'
                ? typeof p.path === 'string'
                : true;
    const laterSource = (seedConstraints ?? []).some((c) => c.asset || c.url) || (pkg.version_overrides ?? []).length > 0 || (pkg.overrides ?? []).some((o) => o?.asset || o?.url);
    if (!hasSource(pkg) && !laterSource) {
        const field = pkg.type === 'http' ? 'url' : pkg.type === 'github_content' ? 'path' : 'asset';
        throw invalid(locate, keyPath, `tool "${key}" (type ${pkg.type}) has no "${field}"`, `Add ${field}: a template such as ${field === 'url' ? 'https://example.com/{{trimV .Version}}/tool_{{.OS}}_{{.Arch}}.zip' : 'tool_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz'}.`);
    }
    return { pkg, seedConstraints, keyPath };
}
class InlineRegistry {
    name;
    locate;
    tools = new Map();
    constructor(name, tools, locate, keyPath) {
        this.name = name;
        this.locate = locate;
        for (const [key, def] of Object.entries(tools ?? {}))
            this.tools.set(key, inlineToAqua(key, def, locate, [...keyPath, key]));
    }
    async names() {
        return [...this.tools.keys()];
    }
    async find(name) {
        return this.tools.has(name) ? name : undefined;
    }
    async get(name, version) {
        const entry = this.tools.get(name);
        if (!entry)
            throw new errors/* AtmosError */.f7(`${name} is not in the ${this.name} registry`, { code: 'TOOL_NOT_FOUND' });
        const pkg = structuredClone(entry.pkg);
        if (!entry.seedConstraints || version === undefined)
            return pkg;
        const i = entry.seedConstraints.findIndex((c) => (0,goVersion/* goConstraintMatch */.Hp)(c.constraint, version));
        if (i < 0) {
            if (pkg.asset || pkg.url)
                return pkg;
            throw new errors/* AtmosError */.f7(`${where(this.locate, entry.keyPath)}: no version_constraints entry of ${name} matches version ${version}`, {
                code: 'NO_ASSET',
                explanation: `Constraints: ${entry.seedConstraints.map((c) => c.constraint).join(' | ')}`,
                hint: 'Add a version_constraints entry (or a top-level asset/url) that covers this version.',
            });
        }
        const c = entry.seedConstraints[i];
        if (c.asset)
            pkg.asset = c.asset;
        if (c.url)
            pkg.url = c.url;
        if (c.format)
            pkg.format = normalizeFormat(c.format);
        if (c.binary_name)
            pkg.files = [{ name: c.binary_name }];
        return pkg;
    }
    async candidates(short) {
        const out = [];
        for (const [name, { pkg }] of this.tools) {
            const kind = candidateKind(short, pkg.repo_name, (0,aquaPackage/* commandNames */.oQ)(pkg));
            if (kind)
                out.push({ name, kind });
        }
        return out;
    }
}
/** A standalone tools.yaml (`--tools-config`): `aliases:` and `tools:` in the inline format. */
function loadToolsConfig(file) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        throw new errors/* AtmosError */.f7(`tools config ${file} does not exist`, {
            code: 'CONFIG_NOT_FOUND',
            hint: 'Check --tools-config / toolchain.tools_config, or remove it.',
        });
    }
    const display = external_node_path_default().relative(process.cwd(), file) || file;
    const { parsed, issues } = (0,validate/* parseYaml */.hN)(text, display);
    if (issues.length > 0) {
        const first = issues[0];
        throw new errors/* AtmosError */.f7(`${display}:${first.line ?? '?'}: ${first.message}`, {
            code: 'CONFIG_INVALID',
            hint: 'Fix the YAML syntax of the tools config.',
            context: { file: display, line: first.line },
        });
    }
    const doc = (parsed.doc.toJS() ?? {});
    const locate = (p) => (0,validate/* locateNode */.xz)(parsed, p);
    for (const [key, value] of [
        ['aliases', doc.aliases],
        ['tools', doc.tools],
    ]) {
        if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
            throw invalid(locate, [key], `"${key}" must be a mapping`, key === 'aliases' ? 'Write aliases as name: owner/repo.' : 'Write tools as owner/repo: {type, url/asset, format, …}.');
        }
    }
    const aliases = {};
    for (const [k, v] of Object.entries(doc.aliases ?? {})) {
        if (typeof v !== 'string')
            throw invalid(locate, ['aliases', k], `alias "${k}" must be a string`, 'Write aliases as name: owner/repo.');
        aliases[k] = v;
    }
    return { aliases, registry: new InlineRegistry('tools-config', doc.tools ?? {}, locate, ['tools']) };
}

;// CONCATENATED MODULE: ./src/toolchain/registry/builtinRegistry.ts
/**
 * The built-in registry: definitions atmos-ts ships itself. It is consulted after the
 * configured registries and before the default Aqua registry. It holds this project's own
 * release (for the `use:` self-switch) and is the place for fixes of Aqua entries atmos-ts
 * cannot install as published.
 */

const BUILTIN_REGISTRY_NAME = 'builtin';
const BUILTIN_TOOLS = {
    'atmos-ts/atmos-ts': {
        type: 'github_release',
        description: 'atmos-ts CLI (single-file Node.js bundle)',
        // The assets scripts/release-assets.mjs builds and .github/workflows/release.yml attaches:
        // a stable name per release (so releases/latest/download/atmos-ts.mjs works too) and one
        // SHA256SUMS for all assets.
        asset: 'atmos-ts.mjs',
        format: 'raw',
        // The bundle is a Node script: the same file runs everywhere, no .exe.
        complete_windows_ext: false,
        files: [{ name: 'atmos-ts' }],
        checksum: {
            type: 'github_release',
            asset: 'SHA256SUMS',
            algorithm: 'sha256',
        },
    },
};
/**
 * Short names the registry alone cannot settle (the Aqua registry has three packages with a
 * `tofu` command: opentofu, tenv, tofuenv). Configured aliases override these.
 */
const BUILTIN_ALIASES = {
    tofu: 'opentofu/opentofu',
};
function builtinRegistry() {
    return new InlineRegistry(BUILTIN_REGISTRY_NAME, BUILTIN_TOOLS, () => ({}), ['builtin']);
}

// EXTERNAL MODULE: external "node:path/posix"
var posix_ = __webpack_require__(53916);
var posix_default = /*#__PURE__*/__webpack_require__.n(posix_);
;// CONCATENATED MODULE: ./src/toolchain/registry/expr.ts
/**
 * The subset of expr-lang (github.com/expr-lang/expr) that Aqua's `version_constraint`,
 * `version_overrides[].version_constraint` and `version_filter` use:
 * literals, `Version`/`SemVer`, `semver()`, `semverWithVersion()`, `trimPrefix()`,
 * `==`, `!=`, `<`…, `in [..]`, `startsWith`, `endsWith`, `contains`, `matches`,
 * `not`/`!`, `and`/`&&`, `or`/`||`, `+` and parentheses. Operator precedence follows expr-lang.
 */

const OPS = ['&&', '||', '==', '!=', '<=', '>=', '(', ')', '[', ']', ',', '!', '<', '>', '+', '-', '*', '/', '%'];
function tokenize(src) {
    const out = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"' || c === "'") {
            let j = i + 1;
            let s = '';
            while (j < src.length && src[j] !== c) {
                if (src[j] === '\\' && j + 1 < src.length) {
                    const e = src[++j];
                    s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
                }
                else
                    s += src[j];
                j++;
            }
            if (j >= src.length)
                throw new Error('unterminated string literal');
            out.push({ t: 'str', v: s });
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const j = src.indexOf('`', i + 1);
            if (j < 0)
                throw new Error('unterminated string literal');
            out.push({ t: 'str', v: src.slice(i + 1, j) });
            i = j + 1;
            continue;
        }
        const num = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
        if (num) {
            out.push({ t: 'num', v: num[0] });
            i += num[0].length;
            continue;
        }
        const id = /^[A-Za-z_$#][A-Za-z0-9_$]*/.exec(src.slice(i));
        if (id) {
            out.push({ t: 'id', v: id[0] });
            i += id[0].length;
            continue;
        }
        const op = OPS.find((o) => src.startsWith(o, i));
        if (!op)
            throw new Error(`unexpected character "${c}" at ${i}`);
        out.push({ t: 'op', v: op });
        i += op.length;
    }
    out.push({ t: 'eof', v: '' });
    return out;
}
// expr-lang binary operator precedence.
const BINARY = {
    or: 10,
    '||': 10,
    and: 15,
    '&&': 15,
    '==': 20,
    '!=': 20,
    '<': 20,
    '>': 20,
    '<=': 20,
    '>=': 20,
    in: 20,
    matches: 20,
    contains: 20,
    startsWith: 20,
    endsWith: 20,
    '+': 30,
    '-': 30,
    '*': 60,
    '/': 60,
    '%': 60,
};
const UNARY_PRECEDENCE = 50;
class Parser {
    toks;
    pos = 0;
    constructor(toks) {
        this.toks = toks;
    }
    peek() {
        return this.toks[this.pos];
    }
    next() {
        return this.toks[this.pos++];
    }
    expect(v) {
        const t = this.next();
        if (t.v !== v || (t.t !== 'op' && t.t !== 'id'))
            throw new Error(`expected "${v}", got "${t.v}"`);
    }
    parseAll() {
        const n = this.parseExpr(0);
        if (this.peek().t !== 'eof')
            throw new Error(`unexpected "${this.peek().v}"`);
        return n;
    }
    /** The operator at the cursor (joins `not in`), or undefined. */
    binaryOp() {
        const t = this.peek();
        if (t.t === 'id' && t.v === 'not' && this.toks[this.pos + 1]?.v === 'in')
            return { op: 'not in', width: 2 };
        if ((t.t === 'op' || t.t === 'id') && t.v in BINARY)
            return { op: t.v, width: 1 };
        return undefined;
    }
    parseExpr(minPrec) {
        let left = this.parseUnary();
        for (;;) {
            const found = this.binaryOp();
            if (!found)
                break;
            const prec = BINARY[found.op === 'not in' ? 'in' : found.op];
            if (prec < minPrec)
                break;
            this.pos += found.width;
            const right = this.parseExpr(prec + 1);
            left = { k: 'bin', op: found.op, l: left, r: right };
        }
        return left;
    }
    parseUnary() {
        const t = this.peek();
        if ((t.t === 'id' && t.v === 'not') || (t.t === 'op' && (t.v === '!' || t.v === '-'))) {
            this.next();
            return { k: 'un', op: t.v === '-' ? '-' : 'not', x: this.parseExpr(UNARY_PRECEDENCE) };
        }
        return this.parsePrimary();
    }
    parsePrimary() {
        const t = this.next();
        if (t.t === 'str')
            return { k: 'lit', v: t.v };
        if (t.t === 'num')
            return { k: 'lit', v: Number(t.v) };
        if (t.t === 'op' && t.v === '(') {
            const n = this.parseExpr(0);
            this.expect(')');
            return n;
        }
        if (t.t === 'op' && t.v === '[') {
            const items = [];
            while (this.peek().v !== ']') {
                items.push(this.parseExpr(0));
                if (this.peek().v === ',')
                    this.next();
                else
                    break;
            }
            this.expect(']');
            return { k: 'arr', items };
        }
        if (t.t === 'id') {
            if (t.v === 'true' || t.v === 'false')
                return { k: 'lit', v: t.v === 'true' };
            if (t.v === 'nil')
                return { k: 'lit', v: null };
            if (this.peek().t === 'op' && this.peek().v === '(') {
                this.next();
                const args = [];
                while (this.peek().v !== ')') {
                    args.push(this.parseExpr(0));
                    if (this.peek().v === ',')
                        this.next();
                    else
                        break;
                }
                this.expect(')');
                return { k: 'call', name: t.v, args };
            }
            return { k: 'id', name: t.v };
        }
        throw new Error(`unexpected "${t.v || 'end of expression'}"`);
    }
}
const compiled = new Map();
/** Parse an expression (cached); throws on syntax errors. */
function compileExpr(source) {
    let n = compiled.get(source);
    if (!n) {
        n = new Parser(tokenize(source)).parseAll();
        compiled.set(source, n);
    }
    return n;
}
function str(v, what) {
    if (typeof v !== 'string')
        throw new Error(`${what} expects a string`);
    return v;
}
function evaluate(n, env) {
    switch (n.k) {
        case 'lit':
            return n.v;
        case 'arr':
            return n.items.map((i) => evaluate(i, env));
        case 'id':
            if (n.name === 'Version')
                return env.Version;
            if (n.name === 'SemVer')
                return env.SemVer;
            throw new Error(`unknown name ${n.name}`);
        case 'un': {
            const x = evaluate(n.x, env);
            if (n.op === '-') {
                if (typeof x !== 'number')
                    throw new Error('unary - expects a number');
                return -x;
            }
            if (typeof x !== 'boolean')
                throw new Error('not expects a boolean');
            return !x;
        }
        case 'call': {
            const args = n.args.map((a) => evaluate(a, env));
            switch (n.name) {
                case 'semver':
                    return (0,goVersion/* aquaSemverMatch */.OB)(str(args[0], 'semver'), env.SemVer);
                case 'semverWithVersion':
                    return (0,goVersion/* aquaSemverMatch */.OB)(str(args[0], 'semverWithVersion'), str(args[1], 'semverWithVersion'));
                case 'trimPrefix': {
                    const s = str(args[0], 'trimPrefix');
                    const p = args.length > 1 ? str(args[1], 'trimPrefix') : ' ';
                    return s.startsWith(p) ? s.slice(p.length) : s;
                }
                case 'trimSuffix': {
                    const s = str(args[0], 'trimSuffix');
                    const p = args.length > 1 ? str(args[1], 'trimSuffix') : ' ';
                    return s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
                }
                case 'lower':
                    return str(args[0], 'lower').toLowerCase();
                case 'upper':
                    return str(args[0], 'upper').toUpperCase();
                case 'len': {
                    const a = args[0];
                    if (typeof a === 'string' || Array.isArray(a))
                        return a.length;
                    throw new Error('len expects a string or array');
                }
                default:
                    throw new Error(`unknown function ${n.name}`);
            }
        }
        case 'bin': {
            if (n.op === 'and' || n.op === '&&' || n.op === 'or' || n.op === '||') {
                const l = evaluate(n.l, env);
                if (typeof l !== 'boolean')
                    throw new Error(`${n.op} expects booleans`);
                const isAnd = n.op === 'and' || n.op === '&&';
                if (isAnd && !l)
                    return false;
                if (!isAnd && l)
                    return true;
                const r = evaluate(n.r, env);
                if (typeof r !== 'boolean')
                    throw new Error(`${n.op} expects booleans`);
                return r;
            }
            const l = evaluate(n.l, env);
            const r = evaluate(n.r, env);
            switch (n.op) {
                case '==':
                    return JSON.stringify(l) === JSON.stringify(r);
                case '!=':
                    return JSON.stringify(l) !== JSON.stringify(r);
                case 'in':
                case 'not in': {
                    if (!Array.isArray(r))
                        throw new Error('in expects an array');
                    const found = r.some((x) => JSON.stringify(x) === JSON.stringify(l));
                    return n.op === 'in' ? found : !found;
                }
                case 'startsWith':
                    return str(l, n.op).startsWith(str(r, n.op));
                case 'endsWith':
                    return str(l, n.op).endsWith(str(r, n.op));
                case 'contains':
                    return str(l, n.op).includes(str(r, n.op));
                case 'matches':
                    return new RegExp(str(r, n.op)).test(str(l, n.op));
                case '+':
                    if (typeof l === 'string' && typeof r === 'string')
                        return l + r;
                    if (typeof l === 'number' && typeof r === 'number')
                        return l + r;
                    throw new Error('+ expects two strings or two numbers');
                default: {
                    if (typeof l === 'number' && typeof r === 'number') {
                        if (n.op === '<')
                            return l < r;
                        if (n.op === '>')
                            return l > r;
                        if (n.op === '<=')
                            return l <= r;
                        if (n.op === '>=')
                            return l >= r;
                        if (n.op === '-')
                            return l - r;
                        if (n.op === '*')
                            return l * r;
                        if (n.op === '/')
                            return l / r;
                        if (n.op === '%')
                            return l % r;
                    }
                    if (typeof l === 'string' && typeof r === 'string') {
                        if (n.op === '<')
                            return l < r;
                        if (n.op === '>')
                            return l > r;
                        if (n.op === '<=')
                            return l <= r;
                        if (n.op === '>=')
                            return l >= r;
                    }
                    throw new Error(`operator ${n.op} does not apply to these operands`);
                }
            }
        }
    }
}
/** Evaluate to a boolean; throws on syntax/type errors or a non-boolean result. */
function evaluateConstraintStrict(expression, env) {
    if (typeof expression === 'boolean')
        return expression;
    const result = evaluate(compileExpr(expression), env);
    if (typeof result !== 'boolean')
        throw new Error(`expression "${expression}" did not return a boolean`);
    return result;
}
/**
 * Aqua's rule: a constraint that does not compile or evaluate counts as false
 * (aqua logs it at debug and moves on to the next version override).
 */
function evaluateConstraint(expression, env) {
    if (expression === undefined || expression === '')
        return false;
    try {
        return evaluateConstraintStrict(expression, env);
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/toolchain/registry/goTemplate.ts
var goTemplate = __webpack_require__(72999);
;// CONCATENATED MODULE: ./src/toolchain/registry/signatureSpecs.ts
/**
 * The signature and provenance declarations of an Aqua package (`cosign`,
 * `github_artifact_attestations`, `slsa_provenance`, `minisign`, at the top level for the
 * asset and under `checksum` for the checksum file), rendered into plan entries with public
 * URLs. Mirrors aquaproj/aqua `pkg/config/registry/{cosign,slsa_provenance,minisign,github_cli}.go`:
 * cosign's `opts` are raw `cosign verify-blob` flags; the download sources
 * (`signature|certificate|key|bundle`, SLSA and minisign files) are `github_release` assets
 * (of the package's repo unless `repo_owner`/`repo_name` say otherwise) or `http` URLs.
 */

/** Every signature the effective package declares for the asset and for its checksum file. */
function signatureSpecs(eff, checksum, ctx) {
    const out = [];
    const levels = [
        ['asset', eff, ctx.assetData],
        ['checksum_file', checksum, ctx.checksumData],
    ];
    for (const [subject, layer, data] of levels) {
        if (!layer)
            continue;
        const cosign = layer.cosign;
        if (cosign && cosignEnabled(cosign))
            out.push(cosignSpec(cosign, subject, data, ctx));
        const minisign = layer.minisign;
        if (minisign && minisign.enabled !== false && minisign.public_key) {
            out.push({ kind: 'minisign', subject, url: sourceUrl(minisign, data, ctx, 'minisign'), publicKey: minisign.public_key });
        }
        const gaa = layer.github_artifact_attestations;
        if (gaa && gaa.enabled !== false) {
            const signerWorkflow = gaa.signer_workflow ?? gaa['signer-workflow'];
            out.push({
                kind: 'github_artifact_attestations',
                subject,
                owner: ctx.owner,
                repo: ctx.repo,
                ...(signerWorkflow ? { signerWorkflow } : {}),
                ...(gaa.predicate_type ? { predicateType: gaa.predicate_type } : {}),
            });
        }
        const slsa = subject === 'asset' ? layer.slsa_provenance : undefined;
        if (slsa && slsa.enabled !== false && slsa.type) {
            out.push({
                kind: 'slsa_provenance',
                subject: 'asset',
                url: sourceUrl(slsa, data, ctx, 'slsa_provenance'),
                sourceUri: slsa.source_uri ?? `github.com/${ctx.owner}/${ctx.repo}`,
                sourceTag: slsa.source_tag ?? ctx.tag,
            });
        }
    }
    return out;
}
function cosignEnabled(c) {
    if (typeof c.enabled === 'boolean')
        return c.enabled;
    return !!(c.opts?.length || c.signature || c.certificate || c.key || c.bundle);
}
const VALUE_FLAGS = {
    '--key': 'key',
    '--signature': 'signature',
    '--certificate': 'certificate',
    '--bundle': 'bundle',
    '--certificate-identity': 'identity',
    '--certificate-identity-regexp': 'identityRegexp',
    '--certificate-oidc-issuer': 'issuer',
    '--certificate-oidc-issuer-regexp': 'issuerRegexp',
};
function cosignSpec(c, subject, data, ctx) {
    const flags = {};
    let ignoreTlog = false;
    const opts = (c.opts ?? []).map((o) => ctx.render(String(o), data, 'cosign.opts'));
    for (let i = 0; i < opts.length; i++) {
        const [flag, inline] = opts[i].split(/=(.*)/s, 2);
        if (flag === '--insecure-ignore-tlog') {
            ignoreTlog = inline === undefined || inline === 'true';
            continue;
        }
        const field = VALUE_FLAGS[flag];
        if (!field)
            continue; // flags that do not change what is verified (--output, --offline …)
        flags[field] = inline ?? opts[++i];
    }
    for (const field of ['signature', 'certificate', 'key', 'bundle']) {
        const src = c[field];
        if (src)
            flags[field] = sourceUrl(src, data, ctx, `cosign.${field}`);
    }
    return { kind: 'cosign', subject, ...flags, ...(ignoreTlog ? { ignoreTlog } : {}) };
}
/** `github_release` asset (of the package's repo by default, at the same tag) or `http` URL. */
function sourceUrl(src, data, ctx, what) {
    if (src.type === 'http') {
        if (!src.url)
            throw incomplete(ctx.name, `${what}.url`);
        return ctx.render(src.url, data, `${what}.url`);
    }
    if (!src.asset)
        throw incomplete(ctx.name, `${what}.asset`);
    const asset = ctx.render(src.asset, data, `${what}.asset`);
    return `https://github.com/${src.repo_owner ?? ctx.owner}/${src.repo_name ?? ctx.repo}/releases/download/${ctx.tag}/${asset}`;
}
function incomplete(name, field) {
    return new errors/* AtmosError */.f7(`${name}: the registry's signature declaration has no "${field}"`, {
        code: 'REGISTRY_INVALID',
        hint: `Fix the definition, or turn this signature off for the tool (toolchain.verification.tools.${name}.kinds).`,
    });
}

;// CONCATENATED MODULE: ./src/toolchain/registry/resolvePackage.ts
/**
 * Aqua's resolution of one package for one version and platform, in Aqua's exact order
 * (aquaproj/aqua `SetVersion` → `OverrideByRuntime` → `CheckSupported` → validate → render):
 * 1. version layer: top-level constraint wins, else the first matching `version_overrides`
 *    entry, merged by whole-field replacement;
 * 2. `format_overrides`, then the first matching `overrides` entry (its `replacements` merge);
 * 3. `supported_envs` (+ `rosetta2` / `windows_arm_emulation`);
 * 4. `no_asset` / `error_message`;
 * 5. render asset/url, `append_ext`, Windows `.exe`, `files[].src`, checksum source.
 */






const KNOWN_EXTS = [
    'tar.br',
    'tar.bz2',
    'tar.gz',
    'tar.lz4',
    'tar.sz',
    'tar.xz',
    'tbr',
    'tbz',
    'tbz2',
    'tgz',
    'tlz4',
    'tsz',
    'txz',
    'tar.zst',
    'zip',
    'gz',
    'bz2',
    'lz4',
    'sz',
    'xz',
    'zst',
    'dmg',
    'pkg',
    'rar',
    'tar',
];
/** Aqua's `RemoveExtFromAsset`: strip the first known archive extension; format `raw` when none. */
function removeExtFromAsset(asset) {
    for (const ext of KNOWN_EXTS) {
        if (asset.endsWith(`.${ext}`))
            return { base: asset.slice(0, -(ext.length + 1)), format: ext };
    }
    return { base: asset, format: 'raw' };
}
function clone(v) {
    return v === undefined ? v : structuredClone(v);
}
// Fields whose string value replaces only when non-empty (Go `if child.X != ""`).
const NON_EMPTY_STRING_FIELDS = new Set([
    'type',
    'repo_owner',
    'repo_name',
    'asset',
    'url',
    'path',
    'format',
    'crate',
    'version_source',
    'error_message',
    'windows_ext',
    'go_version_path',
]);
/** `resetByPkgType`: a type change clears the fields that do not apply to the new type. */
function resetByType(pkg, type) {
    const clear = (...keys) => keys.forEach((k) => delete pkg[k]);
    switch (type) {
        case 'github_release':
            clear('url', 'path', 'crate', 'cargo');
            break;
        case 'github_content':
            clear('url', 'asset', 'crate', 'cargo');
            break;
        case 'github_archive':
        case 'go_build':
            clear('url', 'path', 'asset', 'format', 'crate', 'cargo');
            break;
        case 'http':
            clear('path', 'asset', 'go_version_path', 'crate', 'cargo');
            break;
        case 'go_install':
            clear('url', 'asset', 'format', 'crate', 'cargo');
            break;
        case 'cargo':
            clear('url', 'asset', 'path', 'format');
            break;
    }
}
/** Merge a version override into a copy of the top level (whole-field replace). */
function overrideVersion(top, vo) {
    const pkg = clone({ ...top });
    delete pkg.version_overrides;
    if (typeof vo.type === 'string' && vo.type !== '' && vo.type !== top.type)
        resetByType(pkg, vo.type);
    for (const [key, value] of Object.entries(vo)) {
        if (key === 'version_constraint' || value === undefined || value === null)
            continue;
        if (NON_EMPTY_STRING_FIELDS.has(key) && value === '')
            continue;
        pkg[key] = clone(value);
    }
    return pkg;
}
/** Step 1: pick the version layer (`SetVersion`). */
function selectVersionLayer(pkg, version) {
    const topPrefix = pkg.version_prefix ?? '';
    const envFor = (prefix) => prefix === '' ? { Version: version, SemVer: version } : version.startsWith(prefix) ? { Version: version, SemVer: version.slice(prefix.length) } : undefined;
    const base = () => {
        const copy = { ...pkg };
        delete copy.version_overrides;
        return copy;
    };
    if (pkg.version_constraint === undefined || pkg.version_constraint === '')
        return { layer: base(), prefix: topPrefix, matched: true };
    const topEnv = envFor(topPrefix);
    if (topEnv && evaluateConstraint(pkg.version_constraint, topEnv))
        return { layer: base(), prefix: topPrefix, matched: true };
    for (const vo of pkg.version_overrides ?? []) {
        const prefix = vo.version_prefix ?? topPrefix;
        const env = envFor(prefix);
        if (!env)
            continue;
        if (evaluateConstraint(vo.version_constraint, env))
            return { layer: overrideVersion(pkg, vo), prefix, matched: true };
    }
    return { layer: base(), prefix: topPrefix, matched: false };
}
function envMatches(envs, p) {
    return envs.some((e) => e === 'all' || e === p.os || e === p.arch || e === `${p.os}/${p.arch}`);
}
function overrideMatches(o, p, libc) {
    if (o.goos && o.goos !== p.os)
        return false;
    if (o.goarch && o.goarch !== p.arch)
        return false;
    if (o.envs && !envMatches(o.envs, p))
        return false;
    for (const v of o.variants ?? []) {
        if (v.key !== 'libc' || p.os !== 'linux' || v.value !== libc)
            return false;
    }
    return true;
}
// Override fields that replace when non-empty vs when present; replacements merge.
const OVERRIDE_STRING_FIELDS = ['asset', 'crate', 'url', 'path', 'format'];
const OVERRIDE_PRESENT_FIELDS = [
    'files',
    'complete_windows_ext',
    'windows_ext',
    'checksum',
    'cosign',
    'slsa_provenance',
    'minisign',
    'github_artifact_attestations',
    'append_ext',
    'vars',
    'go_version_path',
    'cargo',
];
/** Step 2: `format_overrides` then the first matching `overrides` entry (`OverrideByRuntime`). */
function applyRuntimeOverrides(layer, p, libc) {
    const pkg = { ...layer };
    const fo = (layer.format_overrides ?? []).find((f) => f?.goos === p.os);
    if (fo)
        pkg.format = fo.format;
    const o = (layer.overrides ?? []).find((x) => x && overrideMatches(x, p, libc));
    if (!o)
        return pkg;
    if (o.type && o.type !== layer.type) {
        resetByType(pkg, o.type);
        pkg.type = o.type;
    }
    for (const k of OVERRIDE_STRING_FIELDS)
        if (typeof o[k] === 'string' && o[k] !== '')
            pkg[k] = o[k];
    for (const k of OVERRIDE_PRESENT_FIELDS)
        if (o[k] !== undefined && o[k] !== null)
            pkg[k] = clone(o[k]);
    if (o.replacements)
        pkg.replacements = { ...(layer.replacements ?? {}), ...o.replacements };
    return pkg;
}
/** Step 3: `CheckSupported`. */
function isSupported(pkg, p) {
    const envs = pkg.supported_envs;
    if (envs === undefined || envs === null)
        return true;
    if (envMatches(envs, p))
        return true;
    if (pkg.rosetta2 && p.os === 'darwin' && p.arch === 'arm64')
        return envs.includes('amd64') || envs.includes('darwin/amd64');
    if (pkg.windows_arm_emulation && p.os === 'windows' && p.arch === 'arm64')
        return envs.includes('amd64') || envs.includes('windows/amd64');
    return false;
}
/** Version layer + runtime overrides for one platform. */
function effectivePackage(pkg, version, p, libc = 'glibc') {
    const { layer, prefix } = selectVersionLayer(pkg, version);
    const eff = applyRuntimeOverrides(layer, p, libc);
    eff.tag = version;
    eff.versionPrefix = prefix;
    eff.semver = prefix !== '' && version.startsWith(prefix) ? version.slice(prefix.length) : version;
    return eff;
}
/**
 * The tag to use for a requested version. Aqua expects the full tag (`jq-1.7.1`,
 * `kustomize/v5.4.3`); atmos-ts also accepts the bare version. Candidates, first match wins:
 * the version with the top-level `version_prefix`, the version as written (kustomize ≤ 2.x
 * tags have no prefix), the version with a prefix that only a version override declares
 * (gping's `gping-`). With no matching layer: the top-level-prefixed version.
 */
function tagFor(pkg, version) {
    const top = pkg.version_prefix ?? '';
    const prefixes = [top, '', ...(pkg.version_overrides ?? []).map((vo) => vo?.version_prefix ?? top)];
    const seen = new Set();
    for (const prefix of prefixes) {
        const candidate = version.startsWith(prefix) ? version : prefix + version;
        if (seen.has(candidate))
            continue;
        seen.add(candidate);
        if (selectVersionLayer(pkg, candidate).matched)
            return candidate;
    }
    return version.startsWith(top) ? version : top + version;
}
function replaced(key, replacements) {
    const r = replacements?.[key];
    return typeof r === 'string' ? r : key;
}
/** Aqua's `getArch` (rosetta2 / windows_arm_emulation render the amd64 name). */
function archFor(pkg, p, replacements) {
    if (pkg.rosetta2 && p.os === 'darwin' && p.arch === 'arm64')
        return replaced('amd64', replacements);
    if (pkg.windows_arm_emulation && p.os === 'windows' && p.arch === 'arm64')
        return replaced('amd64', replacements);
    return replaced(p.arch, replacements);
}
/** `osfile.Ext`: the extension after removing the version (without `v`), so `tool-1.2.3` has none. */
function osfileExt(s, version) {
    if (s.endsWith('.exe'))
        return '.exe';
    const v = version.replace(/^v/, '');
    const stripped = v ? s.split(v).join('') : s;
    return posix_default().extname(stripped);
}
function completeWindowsExtDefault(pkg) {
    if (typeof pkg.complete_windows_ext === 'boolean')
        return pkg.complete_windows_ext;
    return pkg.type !== 'github_content' && pkg.type !== 'github_archive';
}
function windowsExt(pkg) {
    if (pkg.windows_ext)
        return pkg.windows_ext;
    return pkg.type === 'github_content' || pkg.type === 'github_archive' ? '.sh' : '.exe';
}
/** `completeWindowsExtToAsset` / `completeWindowsExtToURL`. */
function completeWindowsExtToAsset(s, pkg) {
    if (s.endsWith('.exe') || s.endsWith('.jar'))
        return s;
    const format = pkg.format ?? '';
    if (format === 'raw')
        return completeWindowsExtDefault(pkg) ? s + windowsExt(pkg) : s;
    if (format !== '')
        return s;
    if (osfileExt(s, pkg.tag) === '')
        return completeWindowsExtDefault(pkg) ? s + windowsExt(pkg) : s;
    return s;
}
/** `appendExt`: add `.<format>` when the name has no known archive extension. */
function appendExt(s, pkg) {
    if (pkg.append_ext === false)
        return s;
    const format = pkg.format ?? '';
    if (format === '' || format === 'raw')
        return s;
    if (removeExtFromAsset(s).format !== 'raw')
        return s;
    if (s.endsWith(`.${format}`))
        return s;
    return `${s}.${format}`;
}
function unsupportedType(name, type, version) {
    return new errors/* AtmosError */.f7(`${name}@${version}: package type "${type}" is not supported`, {
        code: 'UNSUPPORTED_PACKAGE_TYPE',
        explanation: `The registry builds ${name} from source with "${type}", which needs a language toolchain; atmos-ts only installs prebuilt downloads (github_release, http, github_archive, github_content).`,
        hint: `Define the tool inline with a prebuilt download instead (toolchain.registries entry with type atmos, or toolchain.tools in atmos.yaml).`,
        context: { tool: name, version, type },
    });
}
function templateVars(pkg, name, given = {}) {
    const vars = {};
    for (const v of pkg.vars ?? []) {
        if (!v?.name)
            continue;
        if (given[v.name] !== undefined)
            vars[v.name] = given[v.name];
        else if (v.default !== undefined)
            vars[v.name] = v.default;
        else if (v.required) {
            throw new errors/* AtmosError */.f7(`${name}: the registry requires the variable "${v.name}"`, {
                code: 'PACKAGE_VAR_REQUIRED',
                hint: `This package needs a value for "${v.name}"; define the tool inline with the value filled in.`,
            });
        }
    }
    return vars;
}
/** Template data for asset/url/path (`renderTemplate`). */
function baseData(pkg, p, replacements, vars) {
    const format = pkg.type === 'github_archive' || pkg.type === 'go_build' ? 'tar.gz' : (pkg.format ?? '');
    return {
        Version: pkg.tag,
        SemVer: pkg.semver,
        GOOS: p.os,
        GOARCH: p.arch,
        OS: replaced(p.os, replacements),
        Arch: archFor(pkg, p, replacements),
        Format: format,
        Vars: vars,
        // Not Aqua variables; atmos inline definitions may use them.
        RepoOwner: pkg.repo_owner ?? '',
        RepoName: pkg.repo_name ?? '',
    };
}
function render(template, data, what, name) {
    try {
        return (0,goTemplate/* renderTemplate */.X)(template, data);
    }
    catch (err) {
        throw new errors/* AtmosError */.f7(`${name}: cannot render ${what} template`, {
            code: 'REGISTRY_TEMPLATE',
            explanation: `${(0,errors/* errorMessage */.gJ)(err)} in: ${template}`,
            hint: 'This registry entry uses a template feature atmos-ts does not support; define the tool inline instead.',
        });
    }
}
/** Checksum replacements: `checksum.replacements` merged over the package's; `{}` = none. */
function checksumReplacements(pkg) {
    const cr = pkg.checksum?.replacements;
    if (cr === undefined || cr === null)
        return pkg.replacements;
    if (Object.keys(cr).length === 0)
        return {};
    return { ...(pkg.replacements ?? {}), ...cr };
}
const ALGORITHMS = ['sha256', 'sha512', 'sha1', 'md5'];
function checksumSource(pkg, p, ctx) {
    const c = pkg.checksum;
    if (!c || c.enabled === false || !c.type)
        return undefined;
    const data = { ...baseData(pkg, p, checksumReplacements(pkg), ctx.vars) };
    let url;
    if (c.type === 'github_release') {
        if (!c.asset)
            return undefined;
        const asset = render(c.asset, { ...data, Asset: ctx.asset }, 'checksum.asset', ctx.name);
        url = `https://github.com/${ctx.owner}/${ctx.repo}/releases/download/${pkg.tag}/${asset}`;
    }
    else if (c.type === 'http') {
        if (!c.url)
            return undefined;
        url = render(c.url, { ...data, AssetURL: ctx.assetUrl }, 'checksum.url', ctx.name);
    }
    else
        return undefined;
    const algorithm = (c.algorithm ?? 'sha256').toLowerCase();
    if (!ALGORITHMS.includes(algorithm)) {
        throw new errors/* AtmosError */.f7(`${ctx.name}: checksum algorithm "${c.algorithm}" is not supported`, {
            code: 'REGISTRY_CHECKSUM_ALGORITHM',
            hint: `Supported: ${ALGORITHMS.join(', ')}.`,
        });
    }
    const src = { url, algorithm, fileFormat: c.file_format ?? '' };
    if (c.file_format === 'regexp' && c.pattern)
        src.pattern = { checksum: c.pattern.checksum, ...(c.pattern.file ? { file: c.pattern.file } : {}) };
    return src;
}
/** Aqua's `IsUnarchived`: raw, or no format and an extension-less / .exe / .jar name. */
function isUnarchived(format, assetName) {
    if (format === 'raw')
        return true;
    const ext = posix_default().extname(assetName);
    return format === '' && (ext === '' || ext === '.exe' || ext === '.jar');
}
/** Steps 3–5 plus rendering: the install plan for one version on one platform. */
function resolvePackage(pkg, version, p, options) {
    const name = (0,aquaPackage/* packageName */.oZ)(pkg);
    const topType = pkg.type ?? '';
    if (aquaPackage/* BUILD_TYPES */.np.includes(topType) && !pkg.version_overrides?.length)
        throw unsupportedType(name, topType, version);
    const tag = tagFor(pkg, version);
    const eff = effectivePackage(pkg, tag, p, options.libc);
    const type = eff.type ?? '';
    if (aquaPackage/* BUILD_TYPES */.np.includes(type))
        throw unsupportedType(name, type, version);
    if (!aquaPackage/* SUPPORTED_TYPES */.XS.includes(type)) {
        throw new errors/* AtmosError */.f7(`${name}: unknown package type "${type || '(none)'}"`, {
            code: 'UNSUPPORTED_PACKAGE_TYPE',
            hint: 'Supported types: github_release, http, github_archive, github_content.',
        });
    }
    if (!isSupported(eff, p)) {
        const extra = eff.build ? ' (Aqua would build it from source here; atmos-ts does not build)' : '';
        throw new errors/* AtmosError */.f7(`${name}@${version} is not available for ${p.os}/${p.arch}${extra}`, {
            code: 'UNSUPPORTED_PLATFORM',
            explanation: `The registry lists these platforms for this version: ${(eff.supported_envs ?? []).join(', ') || '(none)'}.`,
            hint: 'Pick another version, or define the tool inline for this platform.',
            context: { tool: name, version, platform: `${p.os}/${p.arch}` },
        });
    }
    if (eff.no_asset) {
        throw new errors/* AtmosError */.f7(`${name}@${version} has no downloadable asset`, {
            code: 'NO_ASSET',
            explanation: 'The registry marks this version as having no release asset (no_asset: true).',
            hint: 'Pick another version.',
            context: { tool: name, version },
        });
    }
    if (eff.error_message) {
        throw new errors/* AtmosError */.f7(`${name}@${version}: ${eff.error_message}`, { code: 'NO_ASSET', context: { tool: name, version } });
    }
    const vars = templateVars(eff, name, options.vars);
    const data = baseData(eff, p, eff.replacements, vars);
    const { owner, repo } = (0,aquaPackage/* repoOf */.A5)(eff);
    const isWindows = p.os === 'windows';
    let urls;
    let asset;
    let format = data.Format ?? '';
    switch (type) {
        case 'github_release': {
            if (!eff.asset)
                throw resolvePackage_invalid(name, 'asset');
            asset = appendExt(render(eff.asset, data, 'asset', name), eff);
            if (isWindows)
                asset = completeWindowsExtToAsset(asset, eff);
            urls = [`https://github.com/${owner}/${repo}/releases/download/${tag}/${asset}`];
            break;
        }
        case 'http': {
            if (!eff.url)
                throw resolvePackage_invalid(name, 'url');
            let url = appendExt(render(eff.url, data, 'url', name), eff);
            if (isWindows)
                url = completeWindowsExtToAsset(url, eff);
            urls = [url];
            asset = posix_default().basename(new URL(url).pathname);
            break;
        }
        case 'github_content': {
            if (!eff.path)
                throw resolvePackage_invalid(name, 'path');
            let p2 = render(eff.path, data, 'path', name);
            if (isWindows)
                p2 = completeWindowsExtToAsset(p2, eff);
            urls = [`https://raw.githubusercontent.com/${owner}/${repo}/${tag}/${p2}`];
            asset = p2;
            break;
        }
        default: {
            // github_archive: source tarball of the tag; format is always tar.gz.
            format = 'tar.gz';
            urls = [`https://github.com/${owner}/${repo}/archive/refs/tags/${tag}.tar.gz`, `https://github.com/${owner}/${repo}/archive/${tag}.tar.gz`];
            asset = `${tag.split('/').pop()}.tar.gz`;
        }
    }
    const assetName = posix_default().basename(asset);
    // No format and no archive extension (`yq_linux_amd64`, github_content's `tool.sh`): a plain
    // file, installed as is. With an archive extension the plan names the format it implies.
    const inferred = removeExtFromAsset(assetName).format;
    const raw = isUnarchived(format, assetName) || (format === '' && inferred === 'raw');
    const planFormat = raw ? 'raw' : format !== '' ? format : inferred;
    const files = planFiles(eff, p, { data, asset, assetName, raw, name });
    const checksum = checksumSource(eff, p, { owner, repo, asset, assetUrl: urls[0], vars, name });
    const signatures = signatureSpecs(eff, checksum ? eff.checksum : undefined, {
        name,
        owner,
        repo,
        tag,
        assetData: { ...data, Asset: asset },
        checksumData: { ...baseData(eff, p, checksumReplacements(eff), vars), Asset: asset },
        render: (template, d, what) => render(template, d, what, name),
    });
    const plan = {
        name,
        repoOwner: owner,
        repoName: repo,
        type: type,
        version,
        tag,
        platform: { os: p.os, arch: p.arch },
        urls,
        assetName,
        format: planFormat,
        files,
        ...(checksum ? { checksum } : {}),
        ...(type === 'github_release' ? { githubRelease: { owner, repo, tag, asset } } : {}),
        ...(signatures.length ? { signatures } : {}),
        registry: options.registry,
    };
    return { plan, effective: eff };
}
function resolvePackage_invalid(name, field) {
    return new errors/* AtmosError */.f7(`${name}: the registry entry has no "${field}" for this version/platform`, {
        code: 'REGISTRY_INVALID',
        hint: 'The definition is incomplete for this platform; define the tool inline instead.',
    });
}
function planFiles(eff, p, ctx) {
    const files = eff.files && eff.files.length > 0 ? eff.files : [{ name: (0,aquaPackage/* defaultCommandName */._W)(eff) }];
    const isWindows = p.os === 'windows';
    const ext = windowsExt(eff);
    return files.map((f) => {
        let src;
        if (ctx.raw)
            src = ctx.assetName;
        else if (!f.src)
            src = f.name;
        else {
            src = render(f.src, { ...ctx.data, FileName: f.name, Asset: ctx.asset, AssetWithoutExt: removeExtFromAsset(ctx.asset).base }, 'files.src', ctx.name);
        }
        let cmd = f.name;
        if (isWindows) {
            // Archives: the file inside gets the Windows extension (`bin/gh` → `bin/gh.exe`);
            // raw downloads keep their name and are installed as `<name>.exe` (Aqua renames them).
            if (!ctx.raw && osfileExt(src, eff.tag) === '')
                src += ext;
            if (!cmd.endsWith(ext) && posix_default().extname(cmd) === '')
                cmd += ext;
        }
        return { name: cmd, src };
    });
}

;// CONCATENATED MODULE: ./src/toolchain/registry/registrySet.ts








/**
 * The registries in lookup order: inline `toolchain.tools`, the tools.yaml, then
 * `toolchain.registries[]` (list order, or by descending `priority` when priorities are
 * given), then the built-in registry, then the standard Aqua registry when no `type: aqua`
 * registry is configured. The first registry that knows a tool wins.
 */
function buildSources(options) {
    const { config } = options;
    const tc = config.values.toolchain;
    const sources = [];
    let aliases = { ...BUILTIN_ALIASES };
    if (tc.tools && Object.keys(tc.tools).length > 0) {
        sources.push(new InlineRegistry('atmos-inline', tc.tools, config.locate, ['toolchain', 'tools']));
    }
    const toolsConfig = options.toolsConfigPath
        ? external_node_path_default().resolve(config.cwd, options.toolsConfigPath)
        : tc.tools_config
            ? external_node_path_default().resolve(config.baseDir, tc.tools_config)
            : undefined;
    if (toolsConfig) {
        const loaded = loadToolsConfig(toolsConfig);
        aliases = { ...aliases, ...loaded.aliases };
        sources.push(loaded.registry);
    }
    for (const [k, v] of Object.entries(tc.aliases ?? {}))
        if (typeof v === 'string')
            aliases[k] = v;
    const ordered = (tc.registries ?? []).map((r, i) => ({ r, i }));
    if (ordered.some(({ r }) => r.priority !== undefined)) {
        ordered.sort((a, b) => (b.r.priority ?? 0) - (a.r.priority ?? 0) || a.i - b.i);
    }
    const used = new Set(sources.map((s) => s.name));
    const uniqueName = (wanted) => {
        let n = wanted;
        for (let k = 2; used.has(n); k++)
            n = `${wanted}-${k}`;
        used.add(n);
        return n;
    };
    let hasAqua = false;
    for (const { r, i } of ordered) {
        if (r.type === 'atmos') {
            sources.push(new InlineRegistry(uniqueName(r.name ?? 'atmos-inline'), r.tools ?? {}, config.locate, ['toolchain', 'registries', i, 'tools']));
        }
        else {
            hasAqua = true;
            sources.push(new AquaRegistry({
                name: uniqueName(r.name ?? (r.source ? `aqua-${i}` : STANDARD_REGISTRY_NAME)),
                source: r.source,
                ref: r.ref,
                baseDir: config.baseDir,
                cacheRoot: config.cacheRoot,
                ttlMs: tc.registry_ttl,
                http: options.http,
                logger: options.logger,
            }));
        }
    }
    sources.push(builtinRegistry());
    used.add('builtin');
    if (!hasAqua) {
        sources.push(new AquaRegistry({
            name: uniqueName(STANDARD_REGISTRY_NAME),
            baseDir: config.baseDir,
            cacheRoot: config.cacheRoot,
            ttlMs: tc.registry_ttl,
            http: options.http,
            logger: options.logger,
        }));
    }
    return { sources, aliases };
}
function createRegistrySetFrom(sources, aliases, env) {
    const byName = new Map(sources.map((s) => [s.name, s]));
    const sourceOf = (tool) => {
        const s = byName.get(tool.registry);
        if (!s)
            throw new errors/* AtmosError */.f7(`unknown registry "${tool.registry}" for ${tool.name}`, { code: 'TOOL_NOT_FOUND' });
        return s;
    };
    const libc = env.AQUA_LIBC || 'glibc';
    return {
        async resolve(tool) {
            const match = await findTool(tool.trim(), aliases, sources);
            const pkg = await match.source.get(match.name);
            const { owner, repo } = (0,aquaPackage/* repoOf */.A5)(pkg);
            return {
                name: match.name,
                repoOwner: owner,
                repoName: repo,
                registry: match.source.name,
                ...(tool !== match.name ? { requestedAs: tool } : {}),
            };
        },
        async plan(tool, version, platform) {
            const source = sourceOf(tool);
            const pkg = await source.get(tool.name, version);
            return resolvePackage(pkg, version, platform, { registry: source.name, libc }).plan;
        },
        async versionSource(tool) {
            const pkg = await sourceOf(tool).get(tool.name);
            return versionSourceOf(pkg);
        },
        async describe(tool, version, platform) {
            const source = sourceOf(tool);
            const pkg = await source.get(tool.name, version);
            return describePackage(pkg, version, platform, source.name, libc);
        },
        async aliases() {
            const out = {};
            // Short names the inline and built-in registries define (the Aqua registry's ~2k are resolved on demand).
            for (const s of [...sources].reverse()) {
                if (!(s instanceof InlineRegistry))
                    continue;
                for (const name of await s.names()) {
                    for (const cmd of (0,aquaPackage/* commandNames */.oQ)(await s.get(name)))
                        out[cmd] = name;
                }
            }
            return { ...out, ...aliases };
        },
    };
}
function versionSourceOf(pkg) {
    const { owner, repo } = (0,aquaPackage/* repoOf */.A5)(pkg);
    const prefix = pkg.version_prefix ? { versionPrefix: pkg.version_prefix } : {};
    if (!pkg.repo_owner || !pkg.repo_name)
        return { type: 'none', ...prefix };
    return { type: pkg.version_source === 'github_tag' ? 'github_tag' : 'github_release', owner, repo, ...prefix };
}
/** The package after version/platform overrides plus what would be downloaded (`toolchain info`). */
function describePackage(pkg, version, platform, registry, libc = 'glibc') {
    const tag = tagFor(pkg, version);
    const eff = effectivePackage(pkg, tag, platform, libc);
    const definition = {};
    for (const [k, v] of Object.entries(eff)) {
        if (['version_overrides', 'overrides', 'format_overrides', 'version_constraint', 'tag', 'semver', 'versionPrefix'].includes(k))
            continue;
        if (v !== undefined)
            definition[k] = v;
    }
    const out = {
        name: pkg.name ?? `${pkg.repo_owner}/${pkg.repo_name}`,
        registry,
        version,
        tag,
        platform: `${platform.os}/${platform.arch}`,
        supported: isSupported(eff, platform),
        definition,
    };
    try {
        const { plan } = resolvePackage(pkg, version, platform, { registry, libc });
        out.url = plan.urls[0];
        if (plan.urls.length > 1)
            out.fallback_urls = plan.urls.slice(1);
        out.asset = plan.assetName;
        out.format = plan.format;
        out.files = plan.files;
        out.checksum = plan.checksum ?? null;
    }
    catch (err) {
        out.error = (0,errors/* errorMessage */.gJ)(err);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/toolchain/registry/index.ts



/** The toolchain's registries, in priority order, behind one lookup API (see registrySet.ts). */
function createRegistrySet(options) {
    const { sources, aliases } = buildSources(options);
    return createRegistrySetFrom(sources, aliases, options.config.env);
}


/***/ })

};
