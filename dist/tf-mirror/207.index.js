export const id = 207;
export const ids = [207];
export const modules = {

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

/***/ 51207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ENV_FORMATS: () => (/* reexport */ ENV_FORMATS),
  INSTALL_META: () => (/* reexport */ toolchain_layout/* INSTALL_META */.KQ),
  InstallLayout: () => (/* reexport */ toolchain_layout/* InstallLayout */.mr),
  TemplateError: () => (/* reexport */ goTemplate/* TemplateError */.$),
  createToolchain: () => (/* binding */ createToolchain),
  createUrlRewriter: () => (/* reexport */ downloadUrl/* createUrlRewriter */.s),
  exitCodeFor: () => (/* reexport */ exitCodeFor),
  exitLikeChild: () => (/* reexport */ exitLikeChild),
  isConstraint: () => (/* reexport */ versionMatch/* isConstraint */.WD),
  joinPath: () => (/* reexport */ joinPath),
  loadLockFile: () => (/* reexport */ lockFile/* loadLockFile */.W),
  loadToolVersions: () => (/* reexport */ toolVersions/* loadToolVersions */.sE),
  parseEnvFormat: () => (/* reexport */ parseEnvFormat),
  parseLockFile: () => (/* reexport */ lockFile/* parseLockFile */.hi),
  readValidStamp: () => (/* reexport */ readValidStamp),
  recordStamp: () => (/* reexport */ recordStamp),
  renderEnv: () => (/* reexport */ renderEnv),
  renderGithubPath: () => (/* reexport */ renderGithubPath),
  renderTemplate: () => (/* reexport */ goTemplate/* renderTemplate */.X),
  resolveLocally: () => (/* reexport */ localResolve/* resolveLocally */.T9),
  runTool: () => (/* reexport */ runTool),
  safeSegment: () => (/* reexport */ toolchain_layout/* safeSegment */.LX),
  satisfies: () => (/* reexport */ versionMatch/* satisfies */.ib),
  sortVersions: () => (/* reexport */ versionMatch/* sortVersions */.M7),
  toolchainSettings: () => (/* reexport */ toolchain_settings/* toolchainSettings */.p)
});

// EXTERNAL MODULE: ./src/toolchain/settings.ts
var toolchain_settings = __webpack_require__(77682);
// EXTERNAL MODULE: ./src/toolchain/layout.ts
var toolchain_layout = __webpack_require__(7497);
// EXTERNAL MODULE: ./src/toolchain/localResolve.ts
var localResolve = __webpack_require__(23770);
// EXTERNAL MODULE: ./src/toolchain/lockFile.ts
var lockFile = __webpack_require__(93590);
// EXTERNAL MODULE: ./src/toolchain/downloadUrl.ts
var downloadUrl = __webpack_require__(13182);
// EXTERNAL MODULE: ./src/toolchain/toolVersions.ts
var toolVersions = __webpack_require__(90300);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
// EXTERNAL MODULE: ./src/common/errors.ts
var errors = __webpack_require__(71922);
;// CONCATENATED MODULE: ./src/toolchain/exec.ts
/**
 * Run a tool as if it were started directly: stdio inherited (bytes pass through
 * untouched, TTYs stay TTYs), the exit code returned, and termination signals sent to
 * this process forwarded to the child. Node cannot `execve()` in place, so the child
 * runs under us and we mirror its fate afterwards (see {@link exitLikeChild}).
 */




const DEFAULT_FORWARD = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
function runTool(file, args, options = {}) {
    return new Promise((resolve, reject) => {
        const handlers = new Map();
        // A Ctrl-C on a terminal already reaches the child (same foreground process group);
        // sending it a second SIGINT would make tools such as terraform abort forcefully.
        // So SIGINT is forwarded only when stdin is not a terminal (CI runners, `kill -INT`).
        // isatty(0), not process.stdin.isTTY: touching process.stdin would create a reader on
        // the terminal the tool is about to use.
        const interactive = (0,external_node_tty_.isatty)(0);
        for (const sig of options.forward ?? DEFAULT_FORWARD) {
            const h = () => {
                if (sig === 'SIGINT' && interactive)
                    return;
                if (child.exitCode === null && child.signalCode === null)
                    child.kill(sig);
            };
            handlers.set(sig, h);
            process.on(sig, h);
        }
        // Listening before the spawn: a signal that arrives right after the tool starts (its parent
        // not yet past spawn() on a busy machine) must be forwarded, not kill us by its default
        // action and orphan the tool. Handlers run from the event loop, so `child` is set by then.
        const child = (0,external_node_child_process_.spawn)(file, args, { stdio: 'inherit', env: options.env ?? process.env, cwd: options.cwd });
        const cleanup = () => {
            for (const [sig, h] of handlers)
                process.removeListener(sig, h);
        };
        child.once('error', (err) => {
            cleanup();
            reject(new errors/* AtmosError */.f7(`cannot run ${file}: ${err.message}`, {
                code: 'EXEC_FAILED',
                explanation: err.code === 'EACCES' ? 'The file is not executable.' : err.code === 'ENOENT' ? 'The file does not exist.' : undefined,
                hint: 'Reinstall the tool with `atmos-ts toolchain install --reinstall <tool>`.',
                exitCode: err.code === 'ENOENT' ? 127 : 126,
                cause: err,
            }));
        });
        child.once('exit', (code, signal) => {
            cleanup();
            resolve({ code, signal });
        });
    });
}
/** Shell convention: a process killed by signal N exits with 128 + N. */
function exitCodeFor(exit) {
    if (exit.code !== null)
        return exit.code;
    const n = exit.signal ? (external_node_os_default()).constants.signals[exit.signal] : undefined;
    return 128 + (n ?? 0);
}
/**
 * End this process the way the child ended: re-raise the child's signal on ourselves
 * (so a parent shell or CI runner sees "killed by SIGTERM", not an exit code), falling
 * back to exit code 128+N where the signal cannot be re-raised (Windows, SIGKILL-ish).
 */
function exitLikeChild(exit) {
    process.exitCode = exitCodeFor(exit);
    if (exit.signal && process.platform !== 'win32') {
        // Our forwarding listeners are gone, so the default action (terminate) applies.
        process.removeAllListeners(exit.signal);
        try {
            process.kill(process.pid, exit.signal);
        }
        catch {
            /* fall through to the exit code */
        }
    }
}

;// CONCATENATED MODULE: ./src/toolchain/envFormat.ts
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
    throw new errors/* AtmosError */.f7(`unknown env format "${value}"`, {
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

// EXTERNAL MODULE: ./src/toolchain/versionMatch.ts
var versionMatch = __webpack_require__(11290);
// EXTERNAL MODULE: ./src/toolchain/registry/goTemplate.ts
var goTemplate = __webpack_require__(72999);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/common/atomicFile.ts
var atomicFile = __webpack_require__(28786);
// EXTERNAL MODULE: ./src/config/load.ts + 1 modules
var load = __webpack_require__(19827);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/toolchain/shims/stamp.ts
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
    return external_node_path_default().join(cacheRootDir, 'toolchain-stamps', `${key}.json`);
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** The fact that describes `file` now. */
function fileFact(file) {
    try {
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            return 'exists';
        return sha256((0,external_node_fs_.readFileSync)(file));
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
            (0,external_node_fs_.statSync)(file);
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
        const m = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, toolchain_layout/* INSTALL_META */.KQ));
        const sizes = {};
        for (const b of binaries) {
            const st = (0,external_node_fs_.statSync)(external_node_path_default().join(dir, b));
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
        stamp = JSON.parse((0,external_node_fs_.readFileSync)(stampPath(cacheRootDir, cwd, env), 'utf8'));
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
        if (!force && Math.floor((0,external_node_fs_.statSync)(file).mtimeMs / 1000) >= t)
            return;
    }
    catch {
        return;
    }
    (0,external_node_fs_.utimesSync)(file, t, t);
}

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
    const set = relevantEnv(env, platform).filter(([n]) => !NOT_COMPARED.has(n));
    const names = new Set(set.map(([n]) => n));
    return {
        cwd: stamp.cwd,
        stampFile: external_node_path_default().join(dir, SHIM_STAMP),
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
    touchShimStamp(plan.stampFile, stamp.at, true);
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
        if (wanted.has(entry) || entry === SHIM_STAMP)
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
    const tvFact = fileFact(settings.toolVersionsPath);
    if (typeof tvFact !== 'string')
        return { reason: `${settings.toolVersionsPath} does not exist` };
    files[settings.toolVersionsPath] = tvFact;
    if (settings.useLock)
        files[settings.lockPath] = fileFact(settings.lockPath);
    const resolved = await resolvePins(config, settings);
    if ('reason' in resolved)
        return resolved;
    // Unchanged while we looked? Otherwise what we resolved may not be what we hashed.
    for (const [file, fact] of Object.entries(files))
        if (fileFact(file) !== fact)
            return { reason: `${file} changed while recording` };
    const stamp = {
        v: STAMP_VERSION,
        cwd: config.cwd,
        env: envDigest(env),
        files,
        installs: resolved.installs,
        tools: resolved.tools,
        dirs: resolved.dirs,
        count: resolved.count,
        at,
    };
    return { stamp, file: stampPath(config.cacheRoot, config.cwd, env) };
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
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(t.dir, SHIM_STAMP)))
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
            const fact = fileFact(p);
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
        facts[p] = fileFact(p);
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
        const identity = installIdentity(dir, meta.binaries);
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

;// CONCATENATED MODULE: ./src/toolchain/index.ts
/** The engine, loaded on first use (see the module comment). */
async function createToolchain(opts) {
    const { assembleToolchain } = await __webpack_require__.e(/* import() */ 810).then(__webpack_require__.bind(__webpack_require__, 86810));
    return assembleToolchain(opts);
}




// The bundle engine fetches locked assets the way installs do (GHES / url_replacements).










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

/***/ 72999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ TemplateError),
/* harmony export */   X: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var _goVersion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10009);
/**
 * The subset of Go `text/template` + sprig that Aqua registry templates use:
 * field access (`.Version`, `.Vars.x`), pipelines (`{{.Version | trimV}}`), parenthesised
 * calls with field access (`(semver .Version).Major`), `if`/`else if`/`else`/`end`, trim
 * markers, and the functions below with **sprig's argument order** (`trimPrefix "v" .Version`,
 * `replace "-" "_" .Version`). Anything else is a loud error rather than a silently wrong URL.
 */

class TemplateError extends Error {
}
function splitActions(src) {
    const parts = [];
    let i = 0;
    while (i < src.length) {
        const open = src.indexOf('{{', i);
        if (open < 0) {
            parts.push(src.slice(i));
            break;
        }
        let text = src.slice(i, open);
        let start = open + 2;
        if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) {
            text = text.replace(/\s+$/, '');
            start += 1;
        }
        const close = findClose(src, start);
        if (close < 0)
            throw new TemplateError('unclosed action "{{"');
        let end = close;
        let trimRight = false;
        if (/\s-$/.test(src.slice(start, close))) {
            end = close - 1;
            trimRight = true;
        }
        if (text)
            parts.push(text);
        parts.push({ body: src.slice(start, end).trim() });
        i = close + 2;
        if (trimRight)
            while (i < src.length && /\s/.test(src[i]))
                i++;
    }
    return parts;
}
// The closing `}}` of an action, skipping string literals.
function findClose(src, from) {
    let i = from;
    while (i < src.length) {
        const c = src[i];
        if (c === '"') {
            i++;
            while (i < src.length && src[i] !== '"')
                i += src[i] === '\\' ? 2 : 1;
        }
        else if (c === '`') {
            i = src.indexOf('`', i + 1);
            if (i < 0)
                return -1;
        }
        else if (src.startsWith('}}', i))
            return i;
        i++;
    }
    return -1;
}
function tokenizeAction(body) {
    const toks = [];
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < body.length && body[j] !== '"')
                j += body[j] === '\\' ? 2 : 1;
            toks.push(body.slice(i, j + 1));
            i = j + 1;
            continue;
        }
        if (c === '`') {
            const j = body.indexOf('`', i + 1);
            toks.push(body.slice(i, j + 1));
            i = j + 1;
            continue;
        }
        if (c === '(' || c === ')' || c === '|') {
            toks.push(c);
            i++;
            continue;
        }
        const m = /^[^\s()|"`]+/.exec(body.slice(i));
        toks.push(m[0]);
        i += m[0].length;
    }
    return toks;
}
function parsePipeline(toks, pos, untilParen) {
    const pipe = [];
    let cmd = [];
    while (pos.i < toks.length) {
        const t = toks[pos.i];
        if (t === ')') {
            if (!untilParen)
                throw new TemplateError('unexpected ")"');
            break;
        }
        pos.i++;
        if (t === '|') {
            if (cmd.length === 0)
                throw new TemplateError('missing command before "|"');
            pipe.push(cmd);
            cmd = [];
            continue;
        }
        if (t === '(') {
            const inner = parsePipeline(toks, pos, true);
            if (toks[pos.i] !== ')')
                throw new TemplateError('unclosed "("');
            pos.i++;
            // `(semver .Version).Major` — field access on the parenthesised value.
            let path = [];
            if (pos.i < toks.length && toks[pos.i].startsWith('.'))
                path = toks[pos.i++].slice(1).split('.');
            cmd.push({ k: 'sub', pipe: inner, path });
            continue;
        }
        cmd.push(parseOperand(t));
    }
    if (cmd.length > 0)
        pipe.push(cmd);
    if (pipe.length === 0)
        throw new TemplateError('empty pipeline');
    return pipe;
}
function parseOperand(t) {
    if (t === '.')
        return { k: 'field', path: [] };
    if (t.startsWith('.'))
        return { k: 'field', path: t.slice(1).split('.') };
    if (t.startsWith('"')) {
        try {
            return { k: 'lit', v: JSON.parse(t) };
        }
        catch {
            throw new TemplateError(`bad string literal ${t}`);
        }
    }
    if (t.startsWith('`'))
        return { k: 'lit', v: t.slice(1, -1) };
    if (/^-?[0-9]+$/.test(t))
        return { k: 'lit', v: Number(t) };
    if (t === 'true' || t === 'false')
        return { k: 'lit', v: t === 'true' };
    if (t === 'nil')
        return { k: 'lit', v: null };
    if (t.startsWith('$'))
        throw new TemplateError(`template variables (${t}) are not supported`);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
        if (!(t in FUNCS))
            throw new TemplateError(`function "${t}" is not supported`);
        return { k: 'fn', name: t };
    }
    throw new TemplateError(`unexpected "${t}"`);
}
function parseTemplate(src) {
    const parts = splitActions(src);
    const root = [];
    // Stack of open `if`s: where their nodes go (then or else branch).
    const stack = [];
    const target = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return root;
        return top.inElse ? top.node.else : top.node.then;
    };
    for (const part of parts) {
        if (typeof part === 'string') {
            target().push({ k: 'text', v: part });
            continue;
        }
        const body = part.body;
        if (body.startsWith('/*'))
            continue;
        const toks = tokenizeAction(body);
        const head = toks[0];
        if (head === 'if') {
            const node = { k: 'if', cond: parsePipeline(toks, { i: 1 }, false), then: [], else: [] };
            target().push(node);
            stack.push({ node, inElse: false, chained: 0 });
        }
        else if (head === 'else') {
            const top = stack[stack.length - 1];
            if (!top || top.inElse)
                throw new TemplateError('unexpected {{else}}');
            top.inElse = true;
            if (toks[1] === 'if') {
                // `else if` = an if nested in the else branch, closed by the same {{end}}.
                const node = { k: 'if', cond: parsePipeline(toks, { i: 2 }, false), then: [], else: [] };
                top.node.else.push(node);
                stack.push({ node, inElse: false, chained: top.chained + 1 });
            }
        }
        else if (head === 'end') {
            let top = stack.pop();
            if (!top)
                throw new TemplateError('unexpected {{end}}');
            for (let n = top.chained; n > 0; n--)
                top = stack.pop();
        }
        else if (['range', 'with', 'define', 'template', 'block', 'break', 'continue'].includes(head)) {
            throw new TemplateError(`{{${head}}} is not supported`);
        }
        else {
            target().push({ k: 'out', pipe: parsePipeline(toks, { i: 0 }, false) });
        }
    }
    if (stack.length > 0)
        throw new TemplateError('missing {{end}}');
    return root;
}
function truthy(v) {
    if (v === undefined || v === null || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    return true;
}
function text(v, fn) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new TemplateError(`${fn}: expected a string, got ${v === undefined ? 'no value' : typeof v}`);
}
// strings.Title: upper-case the first letter of every word (separators: not letter/digit/_).
function title(s) {
    let prev = ' ';
    let out = '';
    for (const ch of s) {
        out += /[A-Za-z0-9_]/.test(prev) ? ch : ch.toUpperCase();
        prev = ch;
    }
    return out;
}
// Masterminds/semver (sprig `semver`), the fields templates read.
function semverObject(s) {
    const v = (0,_goVersion_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoVersion */ .SX)(s);
    if (!v)
        throw new TemplateError(`semver: invalid version "${s}"`);
    return { Major: v.segments[0], Minor: v.segments[1], Patch: v.segments[2], Prerelease: v.pre, Metadata: v.metadata, Original: s };
}
const FUNCS = {
    trimV: (s) => text(s, 'trimV').replace(/^v/, ''),
    trimPrefix: (p, s) => {
        const str = text(s, 'trimPrefix');
        const pre = text(p, 'trimPrefix');
        return str.startsWith(pre) ? str.slice(pre.length) : str;
    },
    trimSuffix: (p, s) => {
        const str = text(s, 'trimSuffix');
        const suf = text(p, 'trimSuffix');
        return suf && str.endsWith(suf) ? str.slice(0, str.length - suf.length) : str;
    },
    trim: (s) => text(s, 'trim').trim(),
    replace: (o, n, s) => text(s, 'replace').split(text(o, 'replace')).join(text(n, 'replace')),
    title: (s) => title(text(s, 'title')),
    lower: (s) => text(s, 'lower').toLowerCase(),
    upper: (s) => text(s, 'upper').toUpperCase(),
    splitList: (sep, s) => text(s, 'splitList').split(text(sep, 'splitList')),
    join: (sep, list) => {
        if (!Array.isArray(list))
            throw new TemplateError('join: expected a list');
        return list.map((x) => text(x, 'join')).join(text(sep, 'join'));
    },
    index: (coll, ...keys) => {
        let cur = coll;
        for (const k of keys) {
            if (Array.isArray(cur) && typeof k === 'number') {
                if (k < 0 || k >= cur.length)
                    throw new TemplateError(`index: index ${k} out of range`);
                cur = cur[k];
            }
            else if (cur && typeof cur === 'object' && typeof k === 'string')
                cur = cur[k];
            else
                throw new TemplateError('index: cannot index this value');
        }
        return cur;
    },
    semver: (s) => semverObject(text(s, 'semver')),
    regexFind: (re, s) => new RegExp(text(re, 'regexFind')).exec(text(s, 'regexFind'))?.[0] ?? '',
    regexReplaceAll: (re, s, repl) => text(s, 'regexReplaceAll').replace(new RegExp(text(re, 'regexReplaceAll'), 'g'), text(repl, 'regexReplaceAll').replace(/\$\{?(\d+)\}?/g, '$$$1')),
    default: (d, v) => (truthy(v) ? v : d),
    eq: (a, ...bs) => bs.some((b) => a === b),
    ne: (a, b) => a !== b,
    not: (a) => !truthy(a),
    and: (...xs) => xs.find((x) => !truthy(x)) ?? xs[xs.length - 1],
    or: (...xs) => xs.find((x) => truthy(x)) ?? xs[xs.length - 1],
    printf: (f, ...args) => {
        let i = 0;
        return text(f, 'printf').replace(/%[sdv%]/g, (m) => (m === '%%' ? '%' : text(args[i++], 'printf')));
    },
};
function field(value, path, whole) {
    let cur = value;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object' || !(p in cur)) {
            throw new TemplateError(`can't evaluate field ${p} in ${whole}`);
        }
        cur = cur[p];
    }
    return cur;
}
function evalOperand(op, data) {
    switch (op.k) {
        case 'lit':
            return op.v;
        case 'field':
            return field(data, op.path, `.${op.path.join('.')}`);
        case 'sub':
            return field(evalPipeline(op.pipe, data), op.path, `(…).${op.path.join('.')}`);
        case 'fn':
            return FUNCS[op.name]();
    }
}
function evalPipeline(pipe, data) {
    let prev;
    pipe.forEach((cmd, stage) => {
        const [head, ...rest] = cmd;
        const piped = stage > 0 ? [prev] : [];
        if (head.k === 'fn') {
            prev = FUNCS[head.name](...rest.map((a) => evalOperand(a, data)), ...piped);
        }
        else {
            if (rest.length > 0 || stage > 0)
                throw new TemplateError('only functions take arguments or piped values');
            prev = evalOperand(head, data);
        }
    });
    return prev;
}
function run(nodes, data, out) {
    for (const n of nodes) {
        if (n.k === 'text')
            out.push(n.v);
        else if (n.k === 'out') {
            const v = evalPipeline(n.pipe, data);
            if (v === undefined || v === null)
                throw new TemplateError('a template value rendered as <no value>');
            out.push(typeof v === 'object' ? JSON.stringify(v) : String(v));
        }
        else
            run(truthy(evalPipeline(n.cond, data)) ? n.then : n.else, data, out);
    }
}
const cache = new Map();
/** Render a template; throws {@link TemplateError} naming the problem. */
function renderTemplate(source, data) {
    let nodes = cache.get(source);
    if (!nodes) {
        nodes = parseTemplate(source);
        cache.set(source, nodes);
    }
    const out = [];
    run(nodes, data, out);
    return out.join('');
}


/***/ }),

/***/ 10009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ goConstraintMatch),
/* harmony export */   OB: () => (/* binding */ aquaSemverMatch),
/* harmony export */   SX: () => (/* binding */ parseGoVersion)
/* harmony export */ });
/* unused harmony exports compareGoVersions, compareVersionStrings */
// hashicorp/go-version semantics, which Aqua uses for `semver(...)` and which the seed's
// `version_constraints` inherit. npm `semver` is deliberately not used: it rejects `1.2`,
// `1.5rc1` and four-segment versions that real registry entries depend on.
// go-version's VersionRegexpRaw, anchored as NewVersion does.
const VERSION_RE = /^v?([0-9]+(?:\.[0-9]+)*?)(?:-([0-9]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(?:-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)))?(?:\+([0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*))?$/;
/** Parse a version; undefined when go-version would reject it. */
function parseGoVersion(text) {
    const m = VERSION_RE.exec(text.trim());
    if (!m)
        return undefined;
    const segments = m[1].split('.').map((s) => Number(s));
    if (segments.some((n) => !Number.isSafeInteger(n)))
        return undefined;
    while (segments.length < 3)
        segments.push(0);
    return { segments, pre: m[2] ?? m[3] ?? '', metadata: m[4] ?? '', original: text };
}
function comparePart(a, b) {
    if (a === b)
        return 0;
    const aNum = /^[0-9]+$/.test(a);
    const bNum = /^[0-9]+$/.test(b);
    if (a === '')
        return bNum ? -1 : 1;
    if (b === '')
        return aNum ? 1 : -1;
    if (aNum && !bNum)
        return -1;
    if (!aNum && bNum)
        return 1;
    if (!aNum && !bNum)
        return a > b ? 1 : -1;
    return Number(a) > Number(b) ? 1 : -1;
}
function comparePrereleases(a, b) {
    if (a === b)
        return 0;
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const c = comparePart(pa[i] ?? '', pb[i] ?? '');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** -1, 0 or 1, exactly as go-version's `Compare` (metadata is ignored). */
function compareGoVersions(a, b) {
    const n = Math.max(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
        const x = a.segments[i] ?? 0;
        const y = b.segments[i] ?? 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.pre === b.pre)
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePrereleases(a.pre, b.pre);
}
/** Sort helper for version strings: unparsable ones sort first, in string order. */
function compareVersionStrings(a, b) {
    const va = parseGoVersion(a);
    const vb = parseGoVersion(b);
    if (va && vb)
        return compareGoVersions(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (!va && !vb)
        return a < b ? -1 : a > b ? 1 : 0;
    return va ? 1 : -1;
}
// Aqua's own operator order (pkg/expr/version_compare.go): longest operators first.
const AQUA_OPERATORS = ['>=', '<=', '!=', '>', '<', '='];
/**
 * Aqua's `semver("<constraints>")` check: comma = AND, operators tried in the order
 * `>=, <=, !=, >, <, =`, plain go-version comparison (a pre-release is simply lower than
 * its release). An unparsable version (or a commit SHA) is false; an unknown operator or
 * unparsable constraint version throws (the expression evaluator turns that into false).
 */
function aquaSemverMatch(constraints, version) {
    const v = /^[0-9a-f]{40}$/i.test(version.trim()) ? undefined : parseGoVersion(version);
    const items = constraints.split(',').map((c) => c.trim());
    const checks = items.map((item) => {
        const op = AQUA_OPERATORS.find((o) => item.startsWith(o));
        if (!op)
            throw new Error(`invalid version constraint "${item}": no operator`);
        const target = parseGoVersion(item.slice(op.length).trim());
        if (!target)
            throw new Error(`invalid version in constraint "${item}"`);
        return { op, target };
    });
    if (!v)
        return false;
    return checks.every(({ op, target }) => {
        const c = compareGoVersions(v, target);
        switch (op) {
            case '>=':
                return c >= 0;
            case '<=':
                return c <= 0;
            case '!=':
                return c !== 0;
            case '>':
                return c > 0;
            case '<':
                return c < 0;
            default:
                return c === 0;
        }
    });
}
const GO_CONSTRAINT_RE = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/;
function prereleaseCheck(v, c) {
    if (c.pre !== '' && v.pre !== '')
        return c.segments.join('.') === v.segments.join('.');
    if (c.pre === '' && v.pre !== '')
        return false;
    return true;
}
/**
 * hashicorp/go-version `Constraints.Check`: comma = AND, operators `=, !=, >, <, >=, <=, ~>`
 * (none means `=`), and go-version's pre-release rule (a constraint without a pre-release
 * never matches a pre-release version). Used for the seed `version_constraints` and for
 * dependency constraints like `~> 1.9`.
 */
function goConstraintMatch(constraints, version) {
    const v = parseGoVersion(version);
    if (!v)
        return false;
    return constraints.split(',').every((raw) => {
        const m = GO_CONSTRAINT_RE.exec(raw);
        const target = m ? parseGoVersion(m[2]) : undefined;
        if (!m || !target)
            throw new Error(`invalid version constraint "${raw.trim()}"`);
        const op = m[1] ?? '=';
        const cmp = compareGoVersions(v, target);
        switch (op) {
            case '=':
                return prereleaseCheck(v, target) && cmp === 0;
            case '!=':
                return cmp !== 0;
            case '>':
                return prereleaseCheck(v, target) && cmp > 0;
            case '<':
                return prereleaseCheck(v, target) && cmp < 0;
            case '>=':
                return prereleaseCheck(v, target) && cmp >= 0;
            case '<=':
                return prereleaseCheck(v, target) && cmp <= 0;
            default:
                return pessimistic(v, target);
        }
    });
}
// `~> 1.2.3` means >= 1.2.3, < 1.3; `~> 1.2` means >= 1.2, < 2. The number of segments
// written in the constraint decides which one may grow (go-version keeps si = written count).
function pessimistic(v, c) {
    if (!prereleaseCheck(v, c) || (c.pre !== '' && v.pre === ''))
        return false;
    if (compareGoVersions(v, c) < 0)
        return false;
    const written = c.original.replace(/^\s*v/, '').split(/[-+]/)[0].split('.').length;
    for (let i = 0; i < written - 1; i++) {
        if ((v.segments[i] ?? 0) !== (c.segments[i] ?? 0))
            return false;
    }
    return true;
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
