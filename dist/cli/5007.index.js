export const id = 5007;
export const ids = [5007];
export const modules = {

/***/ 5007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  no: () => (/* binding */ recordStamp)
});

// UNUSED EXPORTS: computeStamp, discoveryFacts

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(19827);
// EXTERNAL MODULE: ./src/toolchain/layout.ts
var toolchain_layout = __webpack_require__(7497);
// EXTERNAL MODULE: ./src/toolchain/localResolve.ts
var localResolve = __webpack_require__(23770);
// EXTERNAL MODULE: ./src/toolchain/lockFile.ts
var lockFile = __webpack_require__(93590);
// EXTERNAL MODULE: ./src/toolchain/settings.ts
var toolchain_settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/toolVersions.ts
var toolVersions = __webpack_require__(90300);
// EXTERNAL MODULE: ./src/toolchain/shims/stamp.ts
var shims_stamp = __webpack_require__(20029);
;// CONCATENATED MODULE: ./src/toolchain/shims/scripts.ts
/**
 * Renders the shims (pure: same input, same text, on any OS — Windows output is tested on Linux).
 *
 * POSIX: one `#!/bin/sh` script per pinned command, plus an `atmos-ts` launcher. Each one
 * execs the installed binary directly — no Node — while the checks below hold, and otherwise
 * hands over to `atmos-ts toolchain exec <tool>` (or the CLI), which resolves from scratch.
 * The checks use shell builtins only (`[`, parameter expansion), so a shim costs one `sh` start:
 *   - the working directory is the one the shims were written for (config discovery starts there);
 *     `$PWD`, or its physical path when reached through a symlink;
 *   - the environment variables that move pins, config or installs have their recorded values;
 *   - `.tool-versions`, the lock and atmos.yaml are not newer than the shims' stamp file
 *     (whose mtime is set to a whole second BEFORE their contents were read, because `test -nt`
 *     compares whole seconds in dash), config candidates that were absent are still absent;
 *   - the install marker and the binary are there.
 * What the shell cannot see cheaply (a content change that kept an old mtime, a truncated
 * binary) the Node fast path and `toolchain install` catch: they hash and stat everything.
 *
 * Windows: `.cmd` files cannot compare mtimes without spawning, so each `<cmd>.cmd` calls
 * `atmos-ts toolchain exec`, whose fast path answers from the warm stamp in Node.
 */


/** POSIX sh single quotes keep every byte; a quote is closed, escaped, reopened. */
function shQuote(s) {
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
/** cmd.exe: double quotes; `%` doubled so it is not expanded. */
function cmdQuote(s) {
    return `"${s.replace(/%/g, '%%').replace(/"/g, '""')}"`;
}
/** The shared condition: `[ … ] && [ … ] …`, one test per line. */
function conditions(plan) {
    // $PWD as the shell spells it first (no process); the physical path only when that differs
    // (a directory reached through a symlink), at the cost of a subshell.
    const cwd = shQuote(plan.cwd);
    const tests = [`{ [ "$PWD" = ${cwd} ] || [ "$(pwd -P)" = ${cwd} ]; }`, '[ -z "${ATMOS_TS_NO_FAST-}" ]'];
    for (const [name, value] of plan.env) {
        tests.push(value === undefined ? `[ -z "\${${name}+set}" ]` : `[ "\${${name}+set}\${${name}-}" = ${shQuote(`set${value}`)} ]`);
    }
    tests.push(`[ -f ${shQuote(plan.stampFile)} ]`);
    for (const [file, fact] of Object.entries(plan.files)) {
        if (fact === null)
            tests.push(`[ ! -e ${shQuote(file)} ]`);
        else if (fact === 'exists')
            tests.push(`[ -e ${shQuote(file)} ]`);
        else
            tests.push(`[ -f ${shQuote(file)} ]`, `[ ! ${shQuote(file)} -nt ${shQuote(plan.stampFile)} ]`);
    }
    return tests;
}
function header(what) {
    return [
        '#!/bin/sh',
        `# atmos-ts shim: ${what}`,
        '# Written by `atmos-ts toolchain shims` and rewritten by `atmos-ts toolchain install`; do not edit.',
        '# Runs the pinned binary directly while what it was resolved from is unchanged; otherwise asks atmos-ts.',
    ];
}
/** The POSIX shim for one command. */
function renderShShim(plan, command) {
    const binary = plan.commands[command];
    const dir = external_node_path_default().posix.dirname(binary);
    const tests = [...conditions(plan), `[ -f ${shQuote(`${dir}/${plan.marker}`)} ]`, `[ -x ${shQuote(binary)} ]`];
    return [
        ...header(`${command} → ${binary}`),
        `if ${tests.join(' &&\n  ')}; then`,
        // As `toolchain exec`: the tool's own directory first, so it finds its pinned siblings.
        `  PATH=${shQuote(dir)}:"$PATH"; export PATH`,
        `  exec ${shQuote(binary)} "$@"`,
        'fi',
        `exec ${plan.launch.map(shQuote).join(' ')} toolchain exec ${shQuote(command)} -- "$@"`,
        '',
    ].join('\n');
}
/**
 * The POSIX `atmos-ts` launcher: a warm `toolchain install` (all pinned installs present) and
 * `toolchain which|exec <command>` for the shimmed commands answer without Node; everything
 * else runs the CLI.
 */
function renderShLauncher(plan) {
    const installTests = [...conditions(plan)];
    for (const inst of plan.installs) {
        installTests.push(`[ -f ${shQuote(`${inst.dir}/${plan.marker}`)} ]`);
        for (const b of inst.binaries)
            installTests.push(`[ -x ${shQuote(`${inst.dir}/${b}`)} ]`);
    }
    const summary = `✓ 0 installed, ${plan.count} already installed (${plan.count} tool version${plan.count === 1 ? '' : 's'}; unchanged since the last install)`;
    const cases = Object.keys(plan.commands)
        .sort()
        .map((c) => `    ${shQuote(c)}) b=${shQuote(plan.commands[c])} ;;`);
    return [
        ...header('atmos-ts launcher'),
        'fast() {',
        `  ${installTests.join(' &&\n  ')}`,
        '}',
        'if [ "$1" = toolchain ]; then',
        '  if [ "$#" = 2 ] && [ "$2" = install ] && fast; then',
        '    case "${ATMOS_LOGS_LEVEL-}${ATMOS_LOG_LEVEL-}" in',
        '      warn*|WARN*|error|ERROR|off|OFF) ;;',
        `      *) printf '%s\\n' ${shQuote(summary)} >&2 ;;`,
        '    esac',
        '    exit 0',
        '  fi',
        '  b=',
        '  case "$3" in',
        ...cases,
        '  esac',
        '  if [ -n "$b" ] && fast; then',
        '    if [ "$2" = which ] && [ "$#" = 3 ]; then',
        `      printf '%s\\n' "$b"`,
        '      exit 0',
        '    fi',
        '    if [ "$2" = exec ] || [ "$2" = run ]; then',
        '      shift 3',
        '      [ "$1" = -- ] && shift',
        '      PATH=${b%/*}:"$PATH"; export PATH',
        '      exec "$b" "$@"',
        '    fi',
        '  fi',
        'fi',
        `exec ${plan.launch.map(shQuote).join(' ')} "$@"`,
        '',
    ].join('\n');
}
/** Windows: `<command>.cmd` → `atmos-ts toolchain exec <command>` (the Node fast path answers). */
function renderCmdShim(plan, command) {
    return [
        '@echo off',
        `rem atmos-ts shim: ${command} (written by \`atmos-ts toolchain shims\`; do not edit)`,
        `${plan.launch.map(cmdQuote).join(' ')} toolchain exec ${cmdQuote(command)} -- %*`,
        '',
    ].join('\r\n');
}
function renderCmdLauncher(plan) {
    return ['@echo off', 'rem atmos-ts launcher (written by `atmos-ts toolchain shims`; do not edit)', `${plan.launch.map(cmdQuote).join(' ')} %*`, ''].join('\r\n');
}

;// CONCATENATED MODULE: ./src/toolchain/shims/write.ts
/**
 * Writes a shims directory from a warm stamp: one shim per pinned command (POSIX sh, or `.cmd`
 * on Windows), the `atmos-ts` launcher, and the stamp file the POSIX shims compare mtimes
 * against. Each file is written whole (temp + rename) so a shell never runs half a shim;
 * shims of commands no longer pinned are removed.
 */






/**
 * Variables a shim compares (set ones to their value, these to "still unset"): what moves the
 * pins, the config, the cache root or the install root. Log levels are not among them.
 */
const MUST_STAY_UNSET = [
    'ATMOS_CLI_CONFIG_PATH',
    'ATMOS_TOOL_VERSIONS',
    'ATMOS_TOOLCHAIN_PATH',
    'ATMOS_TOOLCHAIN_VERSIONS_FILE',
    'ATMOS_TOOLCHAIN_LOCK_FILE',
    'ATMOS_TOOLCHAIN_USE_LOCK_FILE',
    'ATMOS_TOOLCHAIN_INSTALL_PATH',
    'ATMOS_TOOLCHAIN_ALIASES',
    'ATMOS_XDG_CACHE_HOME',
    'XDG_CACHE_HOME',
    'ATMOS_USE_VERSION',
    'ATMOS_CI_CACHE_AUTO',
    'GIT_DIR',
    'GIT_WORK_TREE',
];
const NOT_COMPARED = new Set(['ATMOS_LOGS_LEVEL', 'ATMOS_LOG_LEVEL', 'CI', 'GITHUB_ACTIONS', 'ATMOS_TS_REEXEC_DEPTH']);
/** Command name → binary, for the binaries of pinned installs whose name resolves to exactly that binary. */
function shimCommands(stamp) {
    const out = {};
    for (const inst of stamp.installs) {
        for (const b of Object.keys(inst.binaries)) {
            const name = b.replace(/\.exe$/i, '');
            const binary = external_node_path_default().join(inst.dir, b);
            if (stamp.tools[name] === binary)
                out[name] = binary;
        }
    }
    return out;
}
function shimPlan(stamp, dir, launch, env, platform = process.platform) {
    const set = (0,shims_stamp/* relevantEnv */.Dm)(env, platform).filter(([n]) => !NOT_COMPARED.has(n));
    const names = new Set(set.map(([n]) => n));
    return {
        cwd: stamp.cwd,
        stampFile: external_node_path_default().join(dir, shims_stamp/* SHIM_STAMP */.wH),
        files: stamp.files,
        env: [...set, ...MUST_STAY_UNSET.filter((n) => !names.has(n)).map((n) => [n, undefined])],
        commands: shimCommands(stamp),
        installs: stamp.installs.map((i) => ({ dir: i.dir, binaries: Object.keys(i.binaries) })),
        count: stamp.count,
        launch,
        marker: toolchain_layout/* INSTALL_META */.KQ,
    };
}
function writeWhole(file, text, mode) {
    (0,atomicFile/* writeFileAtomicSync */.Q3)(file, text, { mode });
}
/** Writes (or rewrites) `dir`; returns the command names shimmed. */
function writeShims(stamp, dir, launch, env, platform = process.platform) {
    const plan = shimPlan(stamp, dir, launch, env, platform);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const windows = platform === 'win32';
    const wanted = new Set();
    // The stamp file first and already old: a shim written before it would otherwise see it missing.
    writeWhole(plan.stampFile, `${stamp.cwd}\n`, 0o644);
    (0,shims_stamp/* touchShimStamp */.Ss)(plan.stampFile, stamp.at, true);
    for (const command of Object.keys(plan.commands)) {
        const file = external_node_path_default().join(dir, windows ? `${command}.cmd` : command);
        wanted.add(external_node_path_default().basename(file));
        writeWhole(file, windows ? renderCmdShim(plan, command) : renderShShim(plan, command), 0o755);
    }
    const launcher = windows ? 'atmos-ts.cmd' : 'atmos-ts';
    wanted.add(launcher);
    writeWhole(external_node_path_default().join(dir, launcher), windows ? renderCmdLauncher(plan) : renderShLauncher(plan), 0o755);
    // Shims of commands that are no longer pinned go (only files we wrote: they say so).
    for (const entry of (0,external_node_fs_.readdirSync)(dir)) {
        if (wanted.has(entry) || entry === shims_stamp/* SHIM_STAMP */.wH)
            continue;
        const file = external_node_path_default().join(dir, entry);
        let head = '';
        try {
            head = (0,external_node_fs_.readFileSync)(file, 'utf8').slice(0, 200);
        }
        catch {
            continue;
        }
        if (head.includes('atmos-ts shim'))
            (0,external_node_fs_.rmSync)(file, { force: true });
    }
    return Object.keys(plan.commands).sort();
}

;// CONCATENATED MODULE: ./src/toolchain/shims/record.ts
/**
 * The WRITE side of the warm stamp (see ./stamp.ts): after a full `toolchain install` (or
 * `toolchain shims`) the CLI records what it just proved, computed again from the files on
 * disk with the same local lookups the warm `exec`/`which` path uses (aliases, the lock,
 * `.tool-versions`; never the registry, never the network). No stamp is written when the
 * answer could differ without any recorded input changing: a constraint or `latest` pin, a
 * name only the registry resolves, `use:` (another atmos-ts version would answer), CI cache
 * auto mode (it runs around every command), flags that move the pins or the install root,
 * or a config file other than the one discovery finds from the working directory.
 */












const EXACT_VERSION = /^v?\d[\w.+-]*$/;
/** Computes the stamp for `config.cwd`; `reason` says why there is none. */
async function computeStamp(config, flags = {}) {
    const env = config.env;
    const at = Date.now();
    if (flags.toolVersions || flags.installRoot || flags.toolsConfig)
        return { reason: 'toolchain flags given' };
    if (config.values.use)
        return { reason: '`use:` pins another atmos-ts version' };
    if ((config.values.ci?.cache?.auto ?? 'off') !== 'off')
        return { reason: 'ci.cache.auto runs around every command' };
    const discovered = discoveryFacts(config.cwd, env);
    if (discovered.file !== config.file)
        return { reason: `config in use (${config.file ?? 'none'}) is not the one found from ${config.cwd}` };
    const settings = (0,toolchain_settings/* toolchainSettings */.p)(config);
    const files = { ...discovered.facts };
    const tvFact = (0,shims_stamp/* fileFact */.$d)(settings.toolVersionsPath);
    if (typeof tvFact !== 'string')
        return { reason: `${settings.toolVersionsPath} does not exist` };
    files[settings.toolVersionsPath] = tvFact;
    if (settings.useLock)
        files[settings.lockPath] = (0,shims_stamp/* fileFact */.$d)(settings.lockPath);
    const resolved = await resolvePins(config, settings);
    if ('reason' in resolved)
        return resolved;
    // Unchanged while we looked? Otherwise what we resolved may not be what we hashed.
    for (const [file, fact] of Object.entries(files))
        if ((0,shims_stamp/* fileFact */.$d)(file) !== fact)
            return { reason: `${file} changed while recording` };
    const stamp = {
        v: shims_stamp/* STAMP_VERSION */.vc,
        cwd: config.cwd,
        env: (0,shims_stamp/* envDigest */.IR)(env),
        files,
        installs: resolved.installs,
        tools: resolved.tools,
        dirs: resolved.dirs,
        count: resolved.count,
        at,
    };
    return { stamp, file: (0,shims_stamp/* stampPath */.t5)(config.cacheRoot, config.cwd, env) };
}
/**
 * Writes the stamp (temp + rename) and rewrites every shims directory registered for this
 * project (the previous stamp's, plus `addShims`), so shims follow the pins.
 */
async function recordStamp(config, flags = {}, addShims) {
    const r = await computeStamp(config, flags);
    if (!r.stamp)
        return r;
    const previous = readStampFile(r.file);
    const targets = new Map();
    for (const t of previous?.shims ?? [])
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(t.dir, shims_stamp/* SHIM_STAMP */.wH)))
            targets.set(t.dir, t);
    if (addShims)
        targets.set(addShims.dir, addShims);
    if (targets.size)
        r.stamp.shims = [...targets.values()];
    (0,atomicFile/* writeFileAtomicSync */.Q3)(r.file, `${JSON.stringify(r.stamp)}\n`);
    const shims = [...targets.values()].map((t) => ({ dir: t.dir, commands: writeShims(r.stamp, t.dir, t.launch, config.env) }));
    return { ...r, shims };
}
function readStampFile(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * What config discovery (`discoverConfigFile`: ATMOS_CLI_CONFIG_PATH > cwd > git root) depends
 * on, as file facts: the candidates passed over must stay absent, the one found must keep its
 * content, and the `.git` markers between cwd and the git root must stay as they are.
 */
function discoveryFacts(cwd, env) {
    const facts = {};
    const inDir = (dir) => {
        for (const name of load/* CONFIG_FILE_NAMES */.HR) {
            const p = external_node_path_default().join(dir, name);
            const fact = (0,shims_stamp/* fileFact */.$d)(p);
            facts[p] = fact;
            if (fact !== null)
                return p;
        }
        return undefined;
    };
    if (env.ATMOS_CLI_CONFIG_PATH) {
        // The variable is part of the environment digest; a directory names its atmos.yaml.
        const p = external_node_path_default().resolve(cwd, env.ATMOS_CLI_CONFIG_PATH);
        if ((0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory())
            return { file: inDir(p), facts };
        facts[p] = (0,shims_stamp/* fileFact */.$d)(p);
        return { file: p, facts };
    }
    const here = inDir(cwd);
    if (here)
        return { file: here, facts };
    for (let dir = cwd;;) {
        const marker = external_node_path_default().join(dir, '.git');
        const fact = (0,external_node_fs_.existsSync)(marker) ? 'exists' : null;
        facts[marker] = fact;
        if (fact)
            return { file: dir === cwd ? undefined : inDir(dir), facts };
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            return { facts };
        dir = parent;
    }
}
async function resolvePins(config, settings) {
    const layout = new toolchain_layout/* InstallLayout */.mr(settings.installRoot);
    const aliases = Object.fromEntries(Object.entries(config.values.toolchain?.aliases ?? {}).filter((e) => typeof e[1] === 'string'));
    const lock = settings.useLock ? await (0,lockFile/* loadLockFile */.W)(settings.lockPath) : undefined;
    const shown = external_node_path_default().relative(config.cwd, settings.toolVersionsPath) || settings.toolVersionsPath;
    const tv = (0,toolVersions/* parseToolVersions */.vY)((0,external_node_fs_.readFileSync)(settings.toolVersionsPath, 'utf8'), shown);
    // Without the installed-names scan: a name only that scan resolves depends on every install,
    // not just the recorded ones, so it stays with the full CLI.
    const ctx = { aliases, lock };
    const pinned = new Map();
    const installs = [];
    const dirs = [];
    let count = 0;
    for (const [key, versions] of tv.tools) {
        const version = versions[0];
        if (!version || !EXACT_VERSION.test(version))
            return { reason: `${key} ${version ?? ''} is not an exact version` };
        const tool = await (0,localResolve/* resolveLocally */.T9)(key, ctx);
        if (!tool)
            return { reason: `${key} is resolved by the registry` };
        const meta = await layout.readInstalled(tool.owner, tool.repo, version);
        if (!meta)
            return { reason: `${key} ${version} is not installed` };
        const dir = layout.versionDir(tool.owner, tool.repo, version);
        const identity = (0,shims_stamp/* installIdentity */.gO)(dir, meta.binaries);
        if (!identity)
            return { reason: `${dir} changed while recording` };
        count++;
        if (!dirs.includes(dir)) {
            dirs.push(dir);
            installs.push(identity);
        }
        pinned.set(`${tool.owner}/${tool.repo}`, { tool, version, binaries: meta.binaries });
    }
    // Every name a warm `exec`/`which` could be given for a pinned tool, answered the way
    // cli/toolchain/warm.ts answers it: resolve the name, take the pinned default, pick the binary.
    const tools = {};
    const candidates = new Set([...tv.tools.keys(), ...Object.keys(aliases)]);
    for (const { tool, binaries } of pinned.values()) {
        for (const n of [tool.name, `${tool.owner}/${tool.repo}`, tool.repo, ...binaries.map((b) => b.replace(/\.exe$/i, ''))])
            candidates.add(n);
    }
    for (const name of candidates) {
        const tool = await (0,localResolve/* resolveLocally */.T9)(name, ctx);
        const pin = tool && pinned.get(`${tool.owner}/${tool.repo}`);
        if (!pin)
            continue;
        // The version the warm path would take: the first `.tool-versions` line naming this tool.
        if ((await pinnedVersionOf(tv.tools, pin.tool, name, ctx)) !== pin.version)
            continue;
        const wanted = name.split('/').pop();
        const binary = pin.binaries.find((b) => b === wanted || b.replace(/\.exe$/i, '') === wanted) ?? pin.binaries[0];
        if (binary)
            tools[name] = external_node_path_default().join(layout.versionDir(pin.tool.owner, pin.tool.repo, pin.version), binary);
    }
    return { installs, tools, dirs, count };
}
async function pinnedVersionOf(pins, tool, typed, ctx) {
    for (const key of [typed, tool.name, `${tool.owner}/${tool.repo}`]) {
        const v = pins.get(key)?.[0];
        if (v)
            return v;
    }
    for (const [key, versions] of pins) {
        const other = await (0,localResolve/* resolveLocally */.T9)(key, ctx);
        if (other && other.owner === tool.owner && other.repo === tool.repo)
            return versions[0];
    }
    return undefined;
}


/***/ }),

/***/ 20029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $d: () => (/* binding */ fileFact),
/* harmony export */   Dm: () => (/* binding */ relevantEnv),
/* harmony export */   GS: () => (/* binding */ readValidStamp),
/* harmony export */   IR: () => (/* binding */ envDigest),
/* harmony export */   Ss: () => (/* binding */ touchShimStamp),
/* harmony export */   gO: () => (/* binding */ installIdentity),
/* harmony export */   t5: () => (/* binding */ stampPath),
/* harmony export */   vc: () => (/* binding */ STAMP_VERSION),
/* harmony export */   wH: () => (/* binding */ SHIM_STAMP)
/* harmony export */ });
/* unused harmony exports sha256, stampProblem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7497);
/**
 * The warm stamp: what a full `toolchain install` proved about one project — "with these
 * pins, this lock, this atmos.yaml and this environment, every pinned default is installed,
 * and tool X is this binary". The fast entry (`src/cli/fast.ts`, loaded by `bin/atmos-ts.js`
 * before the CLI bundle) checks it and answers a warm `install` / `which` / `exec` without
 * loading the CLI, the config loader or the engine.
 *
 * This module is the CHECK side and imports Node builtins only (it is bundled into the
 * small fast-entry bundle). The stamp is valid only while every recorded input is unchanged:
 *   - each recorded file's content (sha256; `null` = must still be absent, `'exists'` = must
 *     still exist) — `.tool-versions`, the lock, the atmos.yaml in use, the config-file
 *     candidates discovery passed over and the `.git` markers that decided the git root;
 *   - the environment variables that change where pins and installs are (a digest);
 *   - each pinned install's marker (size, mtime, inode) and every binary's size.
 * Contents are hashed, not trusted by mtime, so a file put back with an old mtime
 * (`cp -p`, a cache restore) still invalidates it. Anything else → the full CLI.
 */




const STAMP_VERSION = 1;
/** File name of a shims directory's stamp (its mtime is what the POSIX shims compare against). */
const SHIM_STAMP = '.atmos-shims-stamp';
/**
 * Environment variables that change what a warm lookup answers: every `ATMOS_*` (atmos.yaml
 * keys can be overridden by them) except credentials, where the cache root is, and git's own
 * discovery variables. Tokens are left out: they never change a warm answer, and not even a
 * digest of a secret is written to disk.
 */
function relevantEnv(env, platform = process.platform) {
    const fixed = new Set(['XDG_CACHE_HOME', 'HOME', 'USERPROFILE', 'LOCALAPPDATA', 'GIT_DIR', 'GIT_WORK_TREE', 'CI', 'GITHUB_ACTIONS']);
    const out = [];
    for (const [rawName, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        // Windows environment names are case-insensitive.
        const name = platform === 'win32' ? rawName.toUpperCase() : rawName;
        if (name === 'ATMOS_TS_NO_FAST')
            continue;
        if ((name.startsWith('ATMOS_') && !/TOKEN|SECRET|PASSWORD/.test(name)) || fixed.has(name))
            out.push([name, value]);
    }
    return out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function envDigest(env, platform = process.platform) {
    return sha256(JSON.stringify([platform, process.arch, relevantEnv(env, platform)]));
}
/** Where the stamp for (cwd, environment) lives: under the cache root the environment names, so no config is read to find it. */
function stampPath(cacheRootDir, cwd, env, platform = process.platform) {
    const key = sha256(JSON.stringify([cwd, envDigest(env, platform)])).slice(0, 32);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(cacheRootDir, 'toolchain-stamps', `${key}.json`);
}
function sha256(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex');
}
/** The fact that describes `file` now. */
function fileFact(file) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).isDirectory())
            return 'exists';
        return sha256((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file));
    }
    catch (err) {
        if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
            return null;
        throw err;
    }
}
function factHolds(file, fact) {
    if (fact === 'exists') {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file);
            return true;
        }
        catch {
            return false;
        }
    }
    try {
        return fileFact(file) === fact;
    }
    catch {
        return false;
    }
}
/** The identity of a complete install now, or undefined when the marker or a binary is gone. */
function installIdentity(dir, binaries) {
    try {
        const m = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, _layout_js__WEBPACK_IMPORTED_MODULE_3__/* .INSTALL_META */ .KQ));
        const sizes = {};
        for (const b of binaries) {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, b));
            if (!st.isFile())
                return undefined;
            sizes[b] = st.size;
        }
        return { dir, marker: { size: m.size, mtimeMs: m.mtimeMs, ino: m.ino }, binaries: sizes };
    }
    catch {
        return undefined;
    }
}
function installHolds(rec) {
    const now = installIdentity(rec.dir, Object.keys(rec.binaries));
    if (!now)
        return false;
    if (now.marker.size !== rec.marker.size || now.marker.mtimeMs !== rec.marker.mtimeMs || now.marker.ino !== rec.marker.ino)
        return false;
    return Object.entries(rec.binaries).every(([b, size]) => now.binaries[b] === size);
}
/** Why a stamp does not apply (for `--verbose`-style diagnostics and tests), or undefined when it does. */
function stampProblem(stamp, cwd, env) {
    if (stamp.v !== STAMP_VERSION)
        return `stamp version ${String(stamp.v)}`;
    if (stamp.cwd !== cwd)
        return `recorded for ${stamp.cwd}`;
    if (stamp.env !== envDigest(env))
        return 'environment changed';
    for (const [file, fact] of Object.entries(stamp.files))
        if (!factHolds(file, fact))
            return `${file} changed`;
    for (const rec of stamp.installs)
        if (!installHolds(rec))
            return `${rec.dir} changed`;
    return undefined;
}
/** The stamp for (cwd, env) when it exists and every input is unchanged; else undefined. */
function readValidStamp(cacheRootDir, cwd, env) {
    let stamp;
    try {
        stamp = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(stampPath(cacheRootDir, cwd, env), 'utf8'));
    }
    catch {
        return undefined;
    }
    return stampProblem(stamp, cwd, env) === undefined ? stamp : undefined;
}
/**
 * Sets the POSIX shims' stamp file mtime to a whole second before `readAtMs` (when the recorded
 * files were read or verified), so a file changed after that reads as newer even where
 * `test -nt` compares whole seconds (dash). Only moves forward unless `force` (a new stamp).
 */
function touchShimStamp(file, readAtMs, force = false) {
    const t = Math.floor(readAtMs / 1000) - 1;
    try {
        if (!force && Math.floor((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).mtimeMs / 1000) >= t)
            return;
    }
    catch {
        return;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.utimesSync)(file, t, t);
}


/***/ })

};
