export const id = 2089;
export const ids = [2089];
export const modules = {

/***/ 51943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $G: () => (/* binding */ ENV_FORMATS),
/* harmony export */   H3: () => (/* binding */ renderGithubPath),
/* harmony export */   Y3: () => (/* binding */ parseEnvFormat),
/* harmony export */   mu: () => (/* binding */ renderEnv),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export shellQuote */
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(71922);
/**
 * Renders the toolchain's PATH entries for `toolchain env --format …` and `toolchain path`.
 * Pure: the caller passes the directories, the current PATH and the separator, so the
 * output is the same on every machine for the same input (and testable for Windows on Linux).
 *
 * Shell formats (bash, fish, powershell) reference the shell's own `$PATH` so that
 * `eval "$(atmos-ts toolchain env)"` composes with whatever the shell already has;
 * dotenv and json cannot reference variables, so they carry the full resulting value.
 */

const ENV_FORMATS = ['bash', 'json', 'dotenv', 'fish', 'powershell', 'github'];
function parseEnvFormat(value) {
    const v = (value ?? 'bash').toLowerCase();
    // zsh and sh take the same syntax as bash; `pwsh` is PowerShell's binary name.
    const alias = { sh: 'bash', zsh: 'bash', pwsh: 'powershell', env: 'dotenv' };
    const f = alias[v] ?? v;
    if (ENV_FORMATS.includes(f))
        return f;
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AtmosError */ .f7(`unknown env format "${value}"`, {
        code: 'INVALID_FLAG_VALUE',
        explanation: `--format must be one of ${ENV_FORMATS.join(', ')}.`,
        hint: 'Use e.g. `atmos-ts toolchain env --format fish`.',
    });
}
/** `dirs` first, then the current PATH without entries that `dirs` already hold. */
function joinPath(dirs, currentPath, delimiter) {
    const seen = new Set();
    const out = [];
    for (const d of [...dirs, ...(currentPath ? currentPath.split(delimiter) : [])]) {
        if (!d || seen.has(d))
            continue;
        seen.add(d);
        out.push(d);
    }
    return out.join(delimiter);
}
/** POSIX shells: single quotes keep every character literal; a quote is closed, escaped, reopened. */
function shellQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** fish: inside single quotes only `\` and `'` are special. */
function fishQuote(s) {
    return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** PowerShell single-quoted strings: a quote is doubled. */
function psQuote(s) {
    return `'${s.replace(/'/g, "''")}'`;
}
/** dotenv: double quotes with backslash escapes (the form python-dotenv, docker and node read). */
function dotenvQuote(s) {
    return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\n/g, '\\n')}"`;
}
/** Text for `format`, ending in a newline (empty when there are no directories, except json). */
function renderEnv(format, input) {
    const { dirs, delimiter } = input;
    switch (format) {
        case 'json':
            return `${JSON.stringify({ PATH: joinPath(dirs, input.currentPath, delimiter), path_entries: dirs }, null, 2)}\n`;
        case 'dotenv':
            return dirs.length ? `PATH=${dotenvQuote(joinPath(dirs, input.currentPath, delimiter))}\n` : '';
        case 'bash':
            return dirs.length ? `export PATH=${shellQuote(dirs.join(delimiter) + delimiter)}"$PATH"\n` : '';
        case 'fish':
            // fish keeps PATH as a list; `fish_add_path` would also persist, which `env` must not do.
            return dirs.length ? `set -gx PATH ${dirs.map(fishQuote).join(' ')} $PATH\n` : '';
        case 'powershell':
            return dirs.length ? `$env:PATH = ${psQuote(dirs.join(delimiter) + delimiter)} + $env:PATH\n` : '';
        case 'github':
            return renderGithubPath(dirs);
    }
}
/**
 * `$GITHUB_PATH` lines. The runner prepends each line in turn, so the LAST line ends up
 * first on PATH; the directories are written in reverse to keep our precedence order.
 */
function renderGithubPath(dirs) {
    return [...dirs]
        .reverse()
        .map((d) => `${d}\n`)
        .join('');
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

/***/ 23770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T9: () => (/* binding */ resolveLocally),
/* harmony export */   W0: () => (/* binding */ splitName),
/* harmony export */   ip: () => (/* binding */ scanInstalledNames)
/* harmony export */ });
/**
 * Resolve a tool name to `owner/repo` WITHOUT the registry, for warm paths (`exec`,
 * `which`, `path`, install-from-lock): `owner/repo[/sub]` as written, a configured alias,
 * a lock entry whose repo or binary has that name, or an installed version that recorded
 * that name. Undefined (ask the registry) when none or several match.
 */
function splitName(name) {
    const parts = name.split('/');
    if (parts.length < 2 || parts.some((p) => !p))
        return undefined;
    return { name, owner: parts[0], repo: parts[1], registry: 'local' };
}
async function scanInstalledNames(layout) {
    const index = new Map();
    for (const { owner, repo } of await layout.installedRepos()) {
        // Markers only (no stat of the binaries): a broken install still names its tool, and is repaired on use.
        for (const v of await layout.versionDirs(owner, repo)) {
            const meta = await layout.readMeta(owner, repo, v);
            if (!meta)
                continue;
            const tool = { name: meta.name, owner, repo, registry: meta.registry };
            for (const n of new Set([...meta.names, repo, ...meta.binaries.map((b) => b.replace(/\.exe$/i, ''))])) {
                const list = index.get(n) ?? [];
                if (!list.some((t) => t.owner === owner && t.repo === repo))
                    list.push(tool);
                index.set(n, list);
            }
        }
    }
    return index;
}
async function resolveLocally(tool, ctx) {
    const direct = splitName(tool);
    if (direct)
        return direct;
    const alias = ctx.aliases[tool];
    if (alias) {
        const viaAlias = splitName(alias.split('@')[0]);
        if (viaAlias)
            return viaAlias;
    }
    if (ctx.lock) {
        const hits = Object.entries(ctx.lock.tools).filter(([key, t]) => key.split('/')[1] === tool || Object.values(t.versions ?? {}).some((v) => v?.binary_name === tool));
        if (hits.length === 1)
            return { ...splitName(hits[0][0]), registry: 'lock' };
    }
    const installed = ctx.installed ? await ctx.installed() : ctx.layout ? await scanInstalledNames(ctx.layout) : new Map();
    const matches = installed.get(tool) ?? [];
    return matches.length === 1 ? matches[0] : undefined;
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


/***/ }),

/***/ 90300:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ updateToolVersions),
/* harmony export */   MZ: () => (/* binding */ addVersion),
/* harmony export */   bI: () => (/* binding */ removeVersion),
/* harmony export */   oN: () => (/* binding */ setDefaultVersion),
/* harmony export */   sE: () => (/* binding */ loadToolVersions),
/* harmony export */   vY: () => (/* binding */ parseToolVersions)
/* harmony export */ });
/* unused harmony export formatToolVersions */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28786);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _common_fileLock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52252);
/**
 * `.tool-versions` in asdf format: `<tool> <v1> [<v2> …]`, first version = default.
 * `#` starts a comment anywhere; tabs and spaces both separate (mise-style, more forgiving
 * than asdf-go); a tool on several lines gets its versions appended (Atmos semantics).
 */




const TOOL_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/@:+]*$/;
const VERSION_RE = /^[A-Za-z0-9][A-Za-z0-9._\-+:~/]*$/;
function parseToolVersions(text, file = '.tool-versions') {
    const tools = new Map();
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = raw.replace(/\r$/, '');
        const hash = line.indexOf('#');
        const content = (hash >= 0 ? line.slice(0, hash) : line).trim();
        if (!content)
            return;
        const fields = content.split(/[ \t]+/);
        let tool = fields[0];
        if (tool.endsWith(':'))
            tool = tool.slice(0, -1);
        const where = `${file}:${i + 1}`;
        if (fields.length < 2) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: invalid line "${line.trim()}" (missing version)`, {
                code: 'TOOL_VERSIONS_INVALID',
                explanation: 'Each line of .tool-versions is "<tool> <version> [<version> …]"; the first version is the default.',
                hint: `Add a version, e.g. "${tool} 1.2.3", or remove the line.`,
                context: { file, line: i + 1 },
            });
        }
        if (!TOOL_RE.test(tool)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: invalid tool name "${tool}"`, {
                code: 'TOOL_VERSIONS_INVALID',
                explanation: 'A tool is an alias (terraform) or owner/repo (hashicorp/terraform).',
                context: { file, line: i + 1 },
            });
        }
        const versions = tools.get(tool) ?? [];
        for (const v of fields.slice(1)) {
            if (!VERSION_RE.test(v)) {
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`${where}: invalid version "${v}" for ${tool}`, {
                    code: 'TOOL_VERSIONS_INVALID',
                    explanation: 'Versions are written like 1.9.8 or v0.54.0 (letters, digits, ".", "-", "+").',
                    context: { file, line: i + 1 },
                });
            }
            if (!versions.includes(v))
                versions.push(v);
        }
        tools.set(tool, versions);
    });
    return { tools };
}
/** Sorted by tool name, LF endings, one line per tool. */
function formatToolVersions(tv) {
    const names = [...tv.tools.keys()].sort();
    return names
        .filter((n) => (tv.tools.get(n) ?? []).length > 0)
        .map((n) => `${n} ${tv.tools.get(n).join(' ')}\n`)
        .join('');
}
/** A missing file is an empty one. */
async function loadToolVersions(file, displayName = file) {
    let text;
    try {
        text = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.readFile(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return { tools: new Map() };
        throw err;
    }
    return parseToolVersions(text, displayName);
}
/** Read-modify-write under a cross-process lock; the write is atomic. */
async function updateToolVersions(file, mutate) {
    return (0,_common_fileLock_js__WEBPACK_IMPORTED_MODULE_2__/* .withFileLock */ .U)(file, async () => {
        const tv = await loadToolVersions(file);
        mutate(tv);
        await (0,_common_atomicFile_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Zf)(file, formatToolVersions(tv));
        return tv;
    });
}
/** The key already used for this tool: the same name, or the alias/full name it is known by. */
function existingKey(tv, tool, sameTool) {
    if (tv.tools.has(tool))
        return tool;
    for (const key of tv.tools.keys())
        if (sameTool?.(key))
            return key;
    return tool;
}
/** asdf `set` / `--default`: the line is replaced by this single version (Atmos 2026-08 semantics). */
function setDefaultVersion(tv, tool, version, sameTool) {
    const key = existingKey(tv, tool, sameTool);
    tv.tools.set(key, [version]);
}
/** `add`: append when not present; with `asDefault` behave like `set`. */
function addVersion(tv, tool, version, sameTool) {
    const key = existingKey(tv, tool, sameTool);
    const versions = tv.tools.get(key) ?? [];
    if (!versions.includes(version))
        versions.push(version);
    tv.tools.set(key, versions);
}
/** Remove one version (or the whole tool when `version` is undefined). Returns false when nothing matched. */
function removeVersion(tv, tool, version, sameTool) {
    const key = existingKey(tv, tool, sameTool);
    const versions = tv.tools.get(key);
    if (!versions)
        return false;
    if (version === undefined) {
        tv.tools.delete(key);
        return true;
    }
    const idx = versions.indexOf(version);
    if (idx < 0)
        return false;
    versions.splice(idx, 1);
    if (versions.length === 0)
        tv.tools.delete(key);
    return true;
}


/***/ })

};
