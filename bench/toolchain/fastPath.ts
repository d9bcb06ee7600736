/**
 * The warm rows of the toolchain benchmark (issue 11, "warm and exec without paying for Node"):
 * a warm `install` and running a pinned tool, mise against every atmos-ts path, all in the same
 * run, interleaved (the order rotates every round), medians of wall and CPU time.
 *
 *   warm install: `mise install` | atmos-ts full CLI (`ATMOS_TS_NO_FAST=1`, what every warm
 *     install cost before) | the Node fast path (`bin/atmos-ts.js`, stamp checked before the CLI
 *     bundle loads) | the `atmos-ts` launcher from the shims directory (POSIX sh, no Node) |
 *     `node -e 0` (the floor of anything that starts Node)
 *   running a tool (`<bin> --version`, each of the 10 tools in turn): the binary directly |
 *     `mise exec` | mise's shim | `atmos-ts toolchain exec` full CLI | Node fast path | atmos-ts shim
 *
 * Every atmos-ts path is checked once, untimed, to take the route it is named after (the Node
 * fast path prints its own line; a shim is traced with `sh -x` to exec the binary itself).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { median } from '../report.js';
import type { AtmosContender } from './atmos.js';
import type { Contender } from './contender.js';
import { expectOutput, timed, type Invocation, type Timed } from './timing.js';
import type { BenchTool } from './tools.js';

export interface Row {
  name: string;
  samples: Timed[];
}

export interface FastPathResults {
  install: Row[];
  exec: Row[];
  rounds: number;
  setup: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A package-shaped copy (bin/ + dist/cli + dist/cli-fast) so `bin/atmos-ts.js` runs as users run it. */
function snapshotPackage(repoRoot: string, into: string): string {
  for (const part of ['bin', 'dist/cli', 'dist/cli-fast', 'package.json']) cpSync(path.join(repoRoot, part), path.join(into, part), { recursive: true });
  return path.join(into, 'bin', 'atmos-ts.js');
}

export async function measureFastPaths(opts: {
  repoRoot: string;
  workDir: string;
  tools: BenchTool[];
  mise: Contender & { shim?: (t: BenchTool) => string };
  atmos: AtmosContender;
  rounds: number;
}): Promise<FastPathResults> {
  const { atmos, mise, tools } = opts;
  const base = atmos.install();
  const bin = snapshotPackage(opts.repoRoot, path.join(opts.workDir, 'atmos-pkg'));
  const node = process.execPath;
  const inv = (cmd: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Invocation => ({ cmd, args, cwd: base.cwd, env: { ...base.env, ...extraEnv } });
  const full = (...args: string[]) => inv(node, [atmos.cli, ...args], { ATMOS_TS_NO_FAST: '1' });
  const viaBin = (...args: string[]) => inv(node, [bin, ...args]);

  // Install everything (cold, untimed), record the stamp, then write the shims once the
  // inputs are more than a second old (the shims compare mtimes in whole seconds).
  mise.reset();
  atmos.reset();
  await timed(mise.install());
  await timed(viaBin('toolchain', 'install'));
  await sleep(2100);
  const shimsDir = path.join(opts.workDir, 'atmos-shims');
  mkdirSync(shimsDir, { recursive: true });
  await timed(viaBin('toolchain', 'shims', '--dir', shimsDir));
  execFileSync(mise.install().cmd, ['reshim'], { cwd: mise.install().cwd, env: mise.install().env });

  // Each path takes the route it is named after.
  const fastInstall = await timed(viaBin('toolchain', 'install'));
  if (!/unchanged since the last install/.test(fastInstall.stderr))
    throw new Error(`the Node fast path did not answer the warm install:\n${fastInstall.stderr}`);
  const launcherInstall = await timed(inv(path.join(shimsDir, 'atmos-ts'), ['toolchain', 'install']));
  if (!/unchanged since the last install/.test(launcherInstall.stderr))
    throw new Error(`the launcher did not answer the warm install:\n${launcherInstall.stderr}`);
  for (const t of tools) {
    const traced = await timed(inv('/bin/sh', ['-x', path.join(shimsDir, t.bin), '--version']));
    expectOutput(`shim ${t.bin}`, traced, `version v${t.version}`);
    if (!new RegExp(`^\\+ exec \\S*/${t.bin}'? --version$`, 'm').test(traced.stderr) || /toolchain exec/.test(traced.stderr)) {
      throw new Error(`the ${t.bin} shim did not exec the binary itself:\n${traced.stderr}`);
    }
  }

  const install: Row[] = [
    { name: 'mise install', samples: [] },
    { name: 'atmos-ts full CLI (before)', samples: [] },
    { name: 'atmos-ts Node fast path', samples: [] },
    { name: 'atmos-ts launcher (no Node)', samples: [] },
    { name: 'node -e 0', samples: [] },
  ];
  const installInv: Invocation[] = [
    mise.install(),
    full('toolchain', 'install'),
    viaBin('toolchain', 'install'),
    inv(path.join(shimsDir, 'atmos-ts'), ['toolchain', 'install']),
    inv(node, ['-e', '0']),
  ];
  for (let r = 0; r < opts.rounds; r++) {
    for (let k = 0; k < install.length; k++) {
      const i = (r + k) % install.length;
      install[i].samples.push(await timed(installInv[i]));
    }
  }

  const execNames = [
    'binary directly',
    'mise exec',
    'mise shim',
    'atmos-ts exec full CLI (before)',
    'atmos-ts exec Node fast path',
    'atmos-ts shim',
    'node -e 0',
  ];
  const exec: Row[] = execNames.map((name) => ({ name, samples: [] }));
  for (let r = 0; r < opts.rounds; r++) {
    for (const [ti, t] of tools.entries()) {
      const invs: (Invocation | undefined)[] = [
        inv(mise.binaryPath(t), ['--version']),
        mise.exec(t),
        mise.shim ? { ...mise.install(), cmd: mise.shim(t), args: ['--version'] } : undefined,
        full('toolchain', 'exec', t.id, '--', '--version'),
        viaBin('toolchain', 'exec', t.id, '--', '--version'),
        inv(path.join(shimsDir, t.bin), ['--version']),
        inv(node, ['-e', '0']),
      ];
      for (let k = 0; k < invs.length; k++) {
        const i = (r + ti + k) % invs.length;
        const one = invs[i];
        if (!one) continue;
        const out = await timed(one);
        if (i !== 6) expectOutput(`${exec[i].name} ${t.id}`, out, `version v${t.version}`);
        exec[i].samples.push(out);
      }
    }
  }
  return {
    install,
    exec: exec.filter((row) => row.samples.length),
    rounds: opts.rounds,
    setup: [
      'atmos-ts: a package-shaped copy (`bin/atmos-ts.js`, `dist/cli`, `dist/cli-fast`) of this checkout; "full CLI" = `node dist/cli/index.js` with `ATMOS_TS_NO_FAST=1` (no stamp), as every warm command ran before.',
      '`toolchain shims --dir <work>/atmos-shims` after the install; the launcher is `<shims>/atmos-ts`. mise: `mise reshim` shims in `$MISE_DATA_DIR/shims`.',
    ],
  };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
/** An overhead; below zero is noise (the tool itself varies more than a shim costs). */
const signed = (v: number) => `${v < 0 ? '−' : '+'}${ms(Math.abs(v))}`;

export function renderFastPaths(r: FastPathResults): string {
  const med = (row: Row, k: 'ms' | 'cpuMs') => median(row.samples.map((s) => s[k]));
  const installMise = r.install[0];
  const nodeFloor = r.install.find((x) => x.name === 'node -e 0')!;
  const lines = [
    `Warm install of the 10 tools (everything installed), ${r.rounds} rounds, interleaved; ratios of medians.`,
    '',
    '| path | wall | CPU | vs mise (wall / CPU) | vs `node -e 0` (wall / CPU) |',
    '|---|---|---|---|---|',
    ...r.install.map((row) => {
      const ratio = (to: Row) => `${(med(row, 'ms') / med(to, 'ms')).toFixed(2)}× / ${(med(row, 'cpuMs') / med(to, 'cpuMs')).toFixed(2)}×`;
      return `| ${row.name} | ${ms(med(row, 'ms'))} | ${ms(med(row, 'cpuMs'))} | ${ratio(installMise)} | ${ratio(nodeFloor)} |`;
    }),
    '',
    `Running a pinned tool (\`<bin> --version\`, 10 tools × ${r.rounds} rounds, interleaved). Overhead = median − the binary's median.`,
    '',
    '| path | wall | CPU | overhead (wall) | overhead (CPU) |',
    '|---|---|---|---|---|',
  ];
  const direct = r.exec[0];
  for (const row of r.exec) {
    const over = (k: 'ms' | 'cpuMs') => (row === direct ? '—' : signed(med(row, k) - med(direct, k)));
    lines.push(`| ${row.name} | ${ms(med(row, 'ms'))} | ${ms(med(row, 'cpuMs'))} | ${over('ms')} | ${over('cpuMs')} |`);
  }
  lines.push('', ...r.setup);
  return lines.join('\n');
}
