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
import path from 'node:path';
import type { FileFact } from './stamp.js';

export { SHIM_STAMP } from './stamp.js';

export interface ShimPlan {
  /** The directory the shims were written for. */
  cwd: string;
  /** Absolute path of the stamp file in the shims directory. */
  stampFile: string;
  /** Files the answer came from (see stamp.ts). */
  files: Record<string, FileFact>;
  /** Environment variable → recorded value (`undefined`: must stay unset). */
  env: [string, string | undefined][];
  /** Command name → absolute binary path. */
  commands: Record<string, string>;
  /** Every pinned install: version dir and its binaries (the launcher's `install` check). */
  installs: { dir: string; binaries: string[] }[];
  count: number;
  /** How to start the full CLI: node, its flags, the script. */
  launch: string[];
  /** The install marker's file name. */
  marker: string;
}

/** POSIX sh single quotes keep every byte; a quote is closed, escaped, reopened. */
export function shQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** cmd.exe: double quotes; `%` doubled so it is not expanded. */
function cmdQuote(s: string): string {
  return `"${s.replace(/%/g, '%%').replace(/"/g, '""')}"`;
}

/** The shared condition: `[ … ] && [ … ] …`, one test per line. */
function conditions(plan: ShimPlan): string[] {
  // $PWD as the shell spells it first (no process); the physical path only when that differs
  // (a directory reached through a symlink), at the cost of a subshell.
  const cwd = shQuote(plan.cwd);
  const tests = [`{ [ "$PWD" = ${cwd} ] || [ "$(pwd -P)" = ${cwd} ]; }`, '[ -z "${ATMOS_TS_NO_FAST-}" ]'];
  for (const [name, value] of plan.env) {
    tests.push(value === undefined ? `[ -z "\${${name}+set}" ]` : `[ "\${${name}+set}\${${name}-}" = ${shQuote(`set${value}`)} ]`);
  }
  tests.push(`[ -f ${shQuote(plan.stampFile)} ]`);
  for (const [file, fact] of Object.entries(plan.files)) {
    if (fact === null) tests.push(`[ ! -e ${shQuote(file)} ]`);
    else if (fact === 'exists') tests.push(`[ -e ${shQuote(file)} ]`);
    else tests.push(`[ -f ${shQuote(file)} ]`, `[ ! ${shQuote(file)} -nt ${shQuote(plan.stampFile)} ]`);
  }
  return tests;
}

function header(what: string): string[] {
  return [
    '#!/bin/sh',
    `# atmos-ts shim: ${what}`,
    '# Written by `atmos-ts toolchain shims` and rewritten by `atmos-ts toolchain install`; do not edit.',
    '# Runs the pinned binary directly while what it was resolved from is unchanged; otherwise asks atmos-ts.',
  ];
}

/** The POSIX shim for one command. */
export function renderShShim(plan: ShimPlan, command: string): string {
  const binary = plan.commands[command];
  const dir = path.posix.dirname(binary);
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
export function renderShLauncher(plan: ShimPlan): string {
  const installTests = [...conditions(plan)];
  for (const inst of plan.installs) {
    installTests.push(`[ -f ${shQuote(`${inst.dir}/${plan.marker}`)} ]`);
    for (const b of inst.binaries) installTests.push(`[ -x ${shQuote(`${inst.dir}/${b}`)} ]`);
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
export function renderCmdShim(plan: ShimPlan, command: string): string {
  return [
    '@echo off',
    `rem atmos-ts shim: ${command} (written by \`atmos-ts toolchain shims\`; do not edit)`,
    `${plan.launch.map(cmdQuote).join(' ')} toolchain exec ${cmdQuote(command)} -- %*`,
    '',
  ].join('\r\n');
}

export function renderCmdLauncher(plan: ShimPlan): string {
  return ['@echo off', 'rem atmos-ts launcher (written by `atmos-ts toolchain shims`; do not edit)', `${plan.launch.map(cmdQuote).join(' ')} %*`, ''].join(
    '\r\n',
  );
}
