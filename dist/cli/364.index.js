export const id = 364;
export const ids = [364];
export const modules = {

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

/***/ 28364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createToolchain: () => (/* binding */ createToolchain)
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
            const outcome = await this.installer.installOne({ tool, version }, lock, {});
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

;// CONCATENATED MODULE: ./src/toolchain/downloadUrl.ts
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
    const { createRegistrySet } = await Promise.all(/* import() */[__webpack_require__.e(243), __webpack_require__.e(557)]).then(__webpack_require__.bind(__webpack_require__, 6557));
    return createRegistrySet(options);
}

// EXTERNAL MODULE: ./src/toolchain/settings.ts
var settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/toolVersions.ts
var toolVersions = __webpack_require__(90300);
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
        this.rewrite = createUrlRewriter(endpoints, definedValues(tc.url_replacements));
        this.policy = tc.verification?.checksums ?? 'when_available';
        this.maxConcurrency = tc.max_concurrency ?? 4;
    }
    /** The HTTP stack, loaded on first network use (warm runs never pay for undici). */
    net() {
        this.netPromise ??= (async () => {
            const { HttpClient, httpTimeouts } = await Promise.all(/* import() */[__webpack_require__.e(596), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 45069));
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/common/fileLock.ts
var fileLock = __webpack_require__(52252);
// EXTERNAL MODULE: ./src/toolchain/extract.ts
var extract = __webpack_require__(49034);
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
/** Digests of a file in one pass. */
async function hashFile(file, algorithms) {
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
            await (0,extract/* extractAsset */.w)(dl.file, (0,extract/* archiveFormat */.M)(src.format, src.assetName), unpacked, src.assetName);
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
                digest: { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url },
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
async function downloadVerifiedOnce(env, target, src) {
    const label = `${target.name}@${target.version} (${target.platformKey})`;
    const file = env.layout.downloadPath(target.owner, target.repo, target.version, target.platformKey, src.assetName);
    // Start the checksum lookup while the asset downloads.
    const expectedP = src.expected ? src.expected() : Promise.resolve(undefined);
    expectedP.catch(() => { });
    let url = src.urls[0];
    let downloaded = false;
    let size;
    if (await (0,atomicFile/* pathExists */.s0)(file)) {
        size = (await external_node_fs_.promises.stat(file)).size;
    }
    else {
        const res = await fetchFirst(env, src.urls, file, label);
        url = res.url;
        size = res.size;
        downloaded = true;
    }
    const expected = await expectedP;
    const want = src.locked ?? expected;
    const algorithms = [want?.algorithm ?? 'sha256', ...(src.locked && expected ? [expected.algorithm] : [])];
    const digests = await hashFile(file, algorithms);
    if (expected)
        await checkDigest(file, label, expected, digests[expected.algorithm]);
    if (src.locked)
        await checkDigest(file, label, src.locked, digests[src.locked.algorithm], 'LOCK_CHECKSUM_MISMATCH');
    const algorithm = (want?.algorithm ?? 'sha256');
    return { file, url, size, hex: digests[algorithm], algorithm, downloaded, source: src };
}
async function fetchFirst(env, urls, file, label) {
    let lastErr;
    for (const publicUrl of urls) {
        const url = env.rewrite(publicUrl);
        const task = lazyTask(env.logger, `download ${label}`);
        try {
            const res = await (await env.http()).download(url, file, { task, acceptStatus: [] });
            task.succeed(`downloaded ${label}`);
            return { url: publicUrl, size: res.size };
        }
        catch (err) {
            task.fail(`download ${label} failed`);
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
    for (const f of files) {
        const src = await findFile(unpacked, f, windows);
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
        await external_node_fs_.promises.copyFile(await external_node_fs_.promises.realpath(src), dest);
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

;// CONCATENATED MODULE: ./src/toolchain/sources/lock.ts


class LockSource {
    lock;
    constructor(lock) {
        this.lock = lock;
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
        return {
            urls: [entry.url],
            assetName,
            format: entry.format ?? '',
            files: entry.files ?? [{ name: binary, src: binary }],
            locked: { hex: entry.checksum, algorithm: (entry.checksum_algorithm ?? 'sha256'), source: 'toolchain.lock.yaml' },
            fromLock: true,
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
        const source = this.planSource(await registry.plan(rt, first, platform));
        if (second)
            source.fallback = async () => this.planSource(await registry.plan(rt, second, platform));
        return source;
    }
    planSource(plan) {
        return {
            urls: plan.urls,
            assetName: plan.assetName,
            format: plan.format,
            files: plan.files,
            expected: async () => {
                const { http, releases } = await this.ctx.net();
                return expectedChecksum(plan, { http, rewrite: this.ctx.rewrite, releases, policy: this.ctx.policy });
            },
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

;// CONCATENATED MODULE: ./src/toolchain/sources/index.ts


async function installSource(sources, tool, version, platform) {
    return sources.lock.sourceFor(tool, version, platform) ?? sources.registry.sourceFor(tool, version, platform);
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
        return (0,mapLimit/* mapLimit */.s)(targets, options.maxConcurrency ?? this.ctx.maxConcurrency, (t) => this.installOne(t, lock, options));
    }
    async ensureTools(needs) {
        const lock = await this.ctx.readLock();
        const entries = Object.entries(needs);
        const targets = await (0,mapLimit/* mapLimit */.s)(entries, this.ctx.maxConcurrency, async ([name, constraint]) => {
            const tool = await this.ctx.resolveFast(name, lock);
            return { tool, version: await this.versions.versionFor(tool, constraint || undefined, lock) };
        });
        const outcomes = await (0,mapLimit/* mapLimit */.s)(targets, this.ctx.maxConcurrency, (t) => this.installOne(t, lock, {}));
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
    async installOne(target, lock, options) {
        const { tool, version } = target;
        const { platform, logger } = this.ctx;
        let fromLock = false;
        let plan;
        const started = Date.now();
        try {
            const res = await installVersion(installEnv(this.ctx), installTarget(tool, version, platform), async () => {
                const source = await installSource({ lock: new LockSource(lock), registry: this.registrySource }, tool, version, platform);
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
                    await this.lockWriter.record(tool, version, platform, res.digest, plan);
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
            installed: !!(await layout.readInstalled(tool.repoOwner, tool.repoName, version)),
            binDir: layout.versionDir(tool.repoOwner, tool.repoName, version),
        };
    }
}

;// CONCATENATED MODULE: ./src/toolchain/lockWriter.ts
/*
 * Writing toolchain.lock.yaml: one entry after a registry install, and the `lock` command
 * (download and verify every requested version for every platform, without extracting).
 */







class LockWriter {
    ctx;
    registrySource;
    constructor(ctx, registrySource) {
        this.ctx = ctx;
        this.registrySource = registrySource;
    }
    async record(tool, version, platform, digest, plan) {
        await (0,lockFile/* updateLockFile */.X1)(this.ctx.settings.lockPath, (0,common_platform/* platformKey */.Ng)(this.ctx.platform), (data) => {
            (0,lockFile/* setLockedPlatform */.g0)(data, `${tool.repoOwner}/${tool.repoName}`, version, (0,common_platform/* platformKey */.Ng)(platform), {
                url: digest.url,
                checksum: digest.hex,
                size: digest.size,
                checksum_algorithm: digest.algorithm,
                ...(plan ? lockExtras(plan) : {}),
            }, { source: tool.registry, binaryName: plan?.files[0]?.name.replace(/\.exe$/i, '') });
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
        return (0,mapLimit/* mapLimit */.s)(jobs, options.maxConcurrency ?? ctx.maxConcurrency, async ({ tool, version, platform }) => {
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
                await this.record(tool, version, platform, { hex: dl.hex, algorithm: dl.algorithm, size: dl.size, url: dl.url }, dl.source.plan);
                return { tool, version, platform: key, status: 'locked', url: dl.url, checksum: dl.hex, checksumAlgorithm: dl.algorithm, size: dl.size };
            }
            catch (err) {
                const error = err instanceof errors/* AtmosError */.f7 ? err : new errors/* AtmosError */.f7(err.message, { cause: err });
                return { tool, version, platform: key, status: 'failed', error };
            }
        });
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
    // Duck-typed: importing HttpStatusError would load undici, which this module loads lazily.
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

;// CONCATENATED MODULE: ./src/toolchain/index.ts








async function createToolchain(opts) {
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
