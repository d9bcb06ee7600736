// Developer aid, not part of `npm run bench`: installs the bench tools with the built CLI,
// then runs `toolchain exec <tool> -- --version` under `node --cpu-prof` and prints where the
// time went (top self-time functions). Usage: node --import tsx bench/toolchain/profileExec.ts
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchAtmosContender } from './atmos.js';
import { BENCH_TOOLS } from './tools.js';
import { startBenchUpstream } from './upstream.js';

// Async: the fake upstream runs in this process and must keep answering.
const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-profile-'));
const upstream = await startBenchUpstream(BENCH_TOOLS, 64 * 1024);
try {
  const atmos = benchAtmosContender(repoRoot, workDir, upstream);
  const install = atmos.install();
  await run(install.cmd, install.args, { cwd: install.cwd, env: install.env });
  const exec = atmos.execByBinaryName(BENCH_TOOLS[0]);
  const profDir = path.join(workDir, 'prof');
  await run(exec.cmd, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=200', ...exec.args], { cwd: exec.cwd, env: exec.env });
  const prof = JSON.parse(readFileSync(path.join(profDir, readdirSync(profDir)[0]), 'utf8')) as {
    nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const self = new Map<number, number>();
  prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const byFrame = new Map<string, number>();
  for (const n of prof.nodes) {
    const key = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    byFrame.set(key, (byFrame.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  const byFile = new Map<string, number>();
  for (const n of prof.nodes)
    byFile.set(
      path.basename(n.callFrame.url) || n.callFrame.functionName,
      (byFile.get(path.basename(n.callFrame.url) || n.callFrame.functionName) ?? 0) + (self.get(n.id) ?? 0),
    );
  // Inclusive time of the phases of a CLI start.
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const inclusive = (id: number): number => (self.get(id) ?? 0) + (byId.get(id)?.children ?? []).reduce((a, c) => a + inclusive(c), 0);
  const phases = new Map<string, number>();
  const visit = (id: number, inside: Set<string>) => {
    const n = byId.get(id)!;
    const name = n.callFrame.functionName;
    if (
      /^(loadConfig|reexecIfPinned|registerCustomCommands|buildProgram|withAutoCache|installedBinary|runTool|exec|main|loadEarlyConfig|openToolchain|binaryFor)$/.test(
        name,
      ) &&
      !inside.has(name)
    ) {
      phases.set(name, (phases.get(name) ?? 0) + inclusive(id));
      inside = new Set(inside).add(name);
    }
    for (const c of n.children ?? []) visit(c, inside);
  };
  visit(prof.nodes[0].id, new Set());
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, us]) => `${(us / 1000).toFixed(1).padStart(7)} ms  ${f}`)
      .join('\n');
  console.log(
    `total ${(prof.timeDeltas.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} ms\n--- by file\n${top(byFile, 15)}\n--- by function\n${top(byFrame, 25)}\n--- phases (inclusive)\n${top(phases, 20)}`,
  );
} finally {
  await upstream.close();
  rmSync(workDir, { recursive: true, force: true });
}
