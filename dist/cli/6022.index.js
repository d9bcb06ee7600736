export const id = 6022;
export const ids = [6022];
export const modules = {

/***/ 76022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aliases: () => (/* binding */ aliases),
/* harmony export */   clean: () => (/* binding */ clean),
/* harmony export */   du: () => (/* binding */ du),
/* harmony export */   get: () => (/* binding */ get),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   list: () => (/* binding */ list)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71922);
/* harmony import */ var _common_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(56950);
/* harmony import */ var _common_platform_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88038);
/* harmony import */ var _toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11290);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94984);
/* harmony import */ var _session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67942);
/** Read-only commands: list, get, info, aliases, du, and clean. */







/** `toolchain list [--installed-only|--pending-only] [-f text|json|yaml]`. */
async function list(cmd) {
    const format = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(cmd.opts.format);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    let rows = await tc.status();
    if (cmd.opts.installedOnly === true)
        rows = rows.filter((r) => r.installed);
    if (cmd.opts.pendingOnly === true)
        rows = rows.filter((r) => !r.installed);
    if (format === 'text' && rows.length === 0) {
        cmd.ctx.logger.info(`no tools configured in ${tc.toolVersionsPath} or installed in ${tc.installRoot}`);
        return;
    }
    const data = rows.map((r) => ({
        tool: r.tool.requestedAs ?? r.tool.name,
        name: r.tool.name,
        version: r.version,
        default: r.isDefault,
        installed: r.installed,
        size_bytes: r.sizeBytes ?? null,
        installed_at: r.installedAt ?? null,
        path: r.binDir,
    }));
    (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, data, () => (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['TOOL', 'REGISTRY PATH', 'VERSION', 'STATUS', 'SIZE', 'INSTALLED'], rows.map((r) => [
        r.tool.requestedAs ?? r.tool.name,
        `${r.tool.repoOwner}/${r.tool.repoName}`,
        r.isDefault ? `${r.version} (default)` : r.version,
        r.installed ? '✓' : '✗',
        r.sizeBytes === undefined ? '-' : (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(r.sizeBytes),
        r.installedAt ? r.installedAt.slice(0, 10) : '-',
    ]))));
}
/** `toolchain get [tool] [--all [--limit n] [--prerelease]] [-f text|json|yaml]`: semver order, newest first. */
async function get(cmd) {
    const format = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(cmd.opts.format);
    const arg = cmd.args[0];
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    if (cmd.opts.all === true) {
        if (!arg) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7('`get --all` needs a tool', { code: 'USAGE', hint: 'Example: atmos-ts toolchain get terraform --all' });
        }
        const tool = (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolSpec */ .FE)(arg).tool;
        const versions = await tc.availableVersions(tool, {
            includePrerelease: cmd.opts.prerelease === true,
            limit: (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .positiveInt */ .NJ)(cmd.opts.limit ?? 20, '--limit'),
        });
        const newestFirst = (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sortVersions */ .M7)(versions).reverse();
        (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, { tool, versions: newestFirst }, () => newestFirst.map((v) => `${v}\n`).join('')));
        return;
    }
    const configured = await tc.configuredVersions();
    const tools = arg ? [(0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolSpec */ .FE)(arg).tool] : Object.keys(configured).sort();
    const result = tools.map((tool) => {
        const versions = configured[tool] ?? [];
        return { tool, default: versions[0] ?? null, versions: (0,_toolchain_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sortVersions */ .M7)(versions).reverse() };
    });
    if (arg && result[0].versions.length === 0) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .AtmosError */ .f7(`${arg} is not in ${node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(cmd.ctx.cwd, tc.toolVersionsPath) || tc.toolVersionsPath}`, {
            code: 'TOOL_NOT_CONFIGURED',
            hint: `Add it with \`atmos-ts toolchain add ${arg}\`, or list upstream versions with \`atmos-ts toolchain get ${arg} --all\`.`,
        });
    }
    (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, arg ? result[0] : result, () => (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['TOOL', 'DEFAULT', 'VERSIONS'], result.map((r) => [r.tool, r.default ?? '-', r.versions.join(', ')]))));
}
/** `toolchain info <tool[@version]> [--platform os/arch] [-f text|json|yaml]`: resolution only, no download. */
async function info(cmd) {
    const format = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(cmd.opts.format);
    const spec = (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .parseToolSpec */ .FE)(cmd.args[0]);
    const platform = typeof cmd.opts.platform === 'string' ? (0,_common_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .parsePlatform */ .FL)(cmd.opts.platform) : undefined;
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    const result = await tc.info(spec, platform);
    const p = result.plan;
    (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, infoData(result), () => (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .keyValues */ .K7)([
        ['Tool', result.tool.requestedAs ? `${result.tool.requestedAs} (${result.tool.name})` : result.tool.name],
        ['Registry', result.tool.registry],
        ['Version', result.version],
        ['Platform', `${result.platform.os}/${result.platform.arch}`],
        ['Type', p.type],
        ['Asset', p.assetName],
        ['URL', result.effectiveUrls[0]],
        ['Fallback URLs', result.effectiveUrls.slice(1).join(', ')],
        ['Format', p.format || '(from the file name)'],
        ['Files', p.files.map((f) => (f.src === f.name ? f.name : `${f.name} <- ${f.src}`)).join(', ')],
        ['Checksum', result.checksumSource],
        ['Locked', result.locked ? `${result.locked.checksum_algorithm ?? 'sha256'}:${result.locked.checksum} ${result.locked.url}` : 'no'],
        ['Signature policy', `${result.signatures.policy} (kinds: ${result.signatures.kinds.join(', ') || 'none'})`],
        ['Signatures declared', result.signatures.declared.join('; ') || 'none'],
        ['Verified (lock)', result.signatures.locked.map(showVerified).join('; ') || 'nothing recorded'],
        ['Verified (install)', result.signatures.installed.map(showVerified).join('; ') || (result.installed ? 'nothing recorded' : 'not installed')],
        ['Installed', result.installed ? `yes (${result.binDir})` : 'no'],
    ])));
}
function infoData(r) {
    const p = r.plan;
    return {
        tool: r.tool.requestedAs ?? r.tool.name,
        name: r.tool.name,
        registry: r.tool.registry,
        version: r.version,
        platform: (0,_common_platform_js__WEBPACK_IMPORTED_MODULE_6__/* .platformKey */ .Ng)(r.platform),
        type: p.type,
        tag: p.tag,
        asset: p.assetName,
        url: r.effectiveUrls[0],
        urls: r.effectiveUrls,
        format: p.format,
        files: p.files,
        checksum: p.checksum ?? null,
        checksum_source: r.checksumSource,
        locked: r.locked ?? null,
        signatures: r.signatures,
        installed: r.installed,
        bin_dir: r.binDir,
        definition: r.definition,
    };
}
/** `toolchain aliases [--all] [-f text|json|yaml]`: configured aliases, plus registry short names with --all. */
async function aliases(cmd) {
    const format = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(cmd.opts.format);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    const configured = Object.fromEntries(Object.entries(cmd.ctx.config().values.toolchain.aliases ?? {}).filter((e) => typeof e[1] === 'string'));
    const all = cmd.opts.all === true ? await tc.aliases() : configured;
    const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
    if (format === 'text' && Object.keys(sorted).length === 0)
        cmd.ctx.logger.info('no aliases configured (toolchain.aliases in atmos.yaml); --all lists registry short names');
    else
        (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, sorted, () => (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['ALIAS', 'TOOL'], Object.entries(sorted))));
}
/** `toolchain du [-f text|json|yaml]`. */
async function du(cmd) {
    const format = (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .outputFormat */ .B$)(cmd.opts.format);
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    const usage = await tc.du();
    (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, await (0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .renderData */ .rb)(format, usage, () => {
        const rows = usage.tools.map((t) => [t.tool, t.version, (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(t.bytes)]);
        rows.push(['(download cache)', '', (0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(usage.downloadsBytes)]);
        return `${(0,_render_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(['TOOL', 'VERSION', 'SIZE'], rows)}total ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(usage.totalBytes)} in ${usage.installRoot}\n`;
    }));
}
/** `toolchain clean [--cache-only] [--dry-run]`. */
async function clean(cmd) {
    const tc = await (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .openToolchain */ .sD)(cmd);
    const dryRun = cmd.opts.dryRun === true;
    const res = await tc.clean({ cacheOnly: cmd.opts.cacheOnly === true, dryRun });
    for (const p of res.paths)
        (0,_session_js__WEBPACK_IMPORTED_MODULE_2__/* .write */ .M9)(cmd, `${dryRun ? 'would delete' : 'deleted'} ${p}\n`);
    cmd.ctx.logger.info(`${dryRun ? 'would free' : 'freed'} ${(0,_common_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z)(res.bytes)}`);
}
function showVerified(s) {
    return `${s.kind} on the ${s.subject.replace('_', ' ')}: ${s.signer}${s.issuer ? ` (issuer ${s.issuer})` : ''}`;
}


/***/ }),

/***/ 67942:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ parseToolSpec),
/* harmony export */   M9: () => (/* binding */ write),
/* harmony export */   NJ: () => (/* binding */ positiveInt),
/* harmony export */   Y2: () => (/* binding */ toolArgs),
/* harmony export */   fJ: () => (/* binding */ fail),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   sD: () => (/* binding */ openToolchain)
/* harmony export */ });
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _config_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19827);


/** Opens the engine with the global toolchain flags applied (flag > env > atmos.yaml > default). */
async function openToolchain(cmd) {
    const { ctx, opts } = cmd;
    const config = ctx.config();
    const maxConcurrency = opts.maxConcurrency === undefined ? undefined : positiveInt(opts.maxConcurrency, '--max-concurrency');
    (0,_config_index_js__WEBPACK_IMPORTED_MODULE_0__/* .applyOverrides */ .iu)(config, { 'toolchain.max_concurrency': maxConcurrency });
    const { createToolchain } = await Promise.all(/* import() */[__webpack_require__.e(2088), __webpack_require__.e(5007), __webpack_require__.e(2089), __webpack_require__.e(1776), __webpack_require__.e(5405)]).then(__webpack_require__.bind(__webpack_require__, 70395));
    return createToolchain({
        config,
        logger: ctx.logger,
        env: ctx.env,
        toolVersionsPath: str(opts.toolVersions),
        installRoot: str(opts.toolchainPath) ?? str(opts.toolsDir),
        // The flag is relative to the current directory; `toolchain.tools_config` (read by the
        // registries when no flag is given) to atmos.yaml's directory.
        toolsConfigPath: str(opts.toolsConfig),
        githubToken: str(opts.githubToken),
    });
}
/** A string option's value; unset and empty are the same. */
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function positiveInt(value, flag) {
    const n = typeof value === 'number' ? value : Number(String(value));
    if (!Number.isInteger(n) || n < 1) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`invalid value "${String(value)}" for ${flag}`, {
            code: 'INVALID_FLAG_VALUE',
            explanation: `${flag} takes a whole number of at least 1.`,
        });
    }
    return n;
}
/**
 * `tool` or `tool@version` (Atmos `ParseToolVersionArg`): more than one `@`, an empty
 * tool or an empty version after `@` are errors.
 */
function parseToolSpec(arg) {
    const parts = arg.split('@');
    if (parts.length > 2 || !parts[0] || (parts.length === 2 && !parts[1])) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`invalid tool "${arg}"`, {
            code: 'INVALID_TOOL_SPEC',
            explanation: 'A tool is written as name or name@version, e.g. terraform, terraform@1.9.8, hashicorp/terraform@1.9.8.',
        });
    }
    return parts.length === 2 ? { tool: parts[0], version: parts[1] } : { tool: parts[0] };
}
function toolArgs(cmd, index = 0) {
    const v = cmd.args[index];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}
/** Data goes to stdout; messages go through the logger (stderr). */
function write(cmd, text) {
    cmd.ctx.out.write(text);
}
/** Marks the command as failed without throwing (the summary was already printed). */
function fail(code = 1) {
    process.exitCode = code;
}


/***/ }),

/***/ 11290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   WD: () => (/* binding */ isConstraint),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   kf: () => (/* binding */ highestMatch)
/* harmony export */ });
/* unused harmony export toSemverRange */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version constraints for `ensureTools` / `dependencies.tools`: hashicorp style `~> 1.9`,
 * comparison lists `>= 1.5, < 2`, npm style `^0.54` / `~1.2` / `1.x`, or an exact version.
 */

function isConstraint(v) {
    return /^\s*(~>|[<>=^~!])/.test(v) || v.includes(',') || /(^|\.)[xX*](\.|$)/.test(v);
}
/** Translate to an npm semver range. */
function toSemverRange(constraint) {
    return constraint
        .split(',')
        .map((part) => {
        const p = part.trim();
        const m = /^~>\s*v?(\d+(?:\.\d+)*)(.*)$/.exec(p);
        if (!m)
            return p.replace(/^(=|>=|<=|>|<)\s+/, '$1');
        const nums = m[1].split('.').map(Number);
        const lower = [...nums, 0, 0].slice(0, 3).join('.') + m[2];
        // `~> 1.9` → <2.0.0; `~> 1.9.2` → <1.10.0; `~> 1` → <2.0.0
        const upper = nums.length >= 3 ? `${nums[0]}.${nums[1] + 1}.0-0` : nums.length === 2 ? `${nums[0] + 1}.0.0-0` : `${nums[0] + 1}.0.0-0`;
        return `>=${lower} <${upper}`;
    })
        .join(' ');
}
/** Does `version` (tag or version, `v` optional) satisfy `constraint`? `latest`/empty match everything. */
function satisfies(version, constraint) {
    if (!constraint || constraint === 'latest')
        return true;
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version, { loose: true, includePrerelease: true });
    const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
    if (!clean)
        return version === constraint;
    if (!isConstraint(constraint))
        return clean === (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(constraint.replace(/^v/, ''), { loose: true }) ?? constraint);
    const range = toSemverRange(constraint);
    try {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(clean, range, { loose: true });
    }
    catch {
        return false;
    }
}
/** Highest version in `candidates` satisfying `constraint` (pre-releases only when the constraint names one). */
function highestMatch(candidates, constraint) {
    const wantsPre = /-/.test(constraint);
    const ok = candidates.filter((c) => satisfies(c, constraint) && (wantsPre || !isPrerelease(c)));
    return sortVersions(ok).at(-1);
}
function isPrerelease(v) {
    const s = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true });
    return s ? semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(s, { loose: true }) !== null : /-(alpha|beta|rc|pre|dev)/i.test(v);
}
/** Ascending semver order; unparsable versions sort first, by string. */
function sortVersions(versions) {
    const key = (v) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true }) ?? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(v)?.version;
    return [...versions].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka && kb)
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(ka, kb, { loose: true }) || a.localeCompare(b);
        if (ka)
            return 1;
        if (kb)
            return -1;
        return a.localeCompare(b);
    });
}


/***/ })

};
