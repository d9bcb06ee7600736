// Developer aid, not part of `npm run bench`: where a toolchain command's CPU time goes.
// Runs the built CLI (dist/cli) against the bench's loopback upstream under `node --cpu-prof`
// and sorts the main thread's samples into categories (module loading, HTTP, hashing,
// decompression, file system, YAML, GC, waiting), medians of a few runs, plus the top
// functions of the last run. Usage:
//   node --import tsx bench/toolchain/profile.ts [cold|lock|warm|exec] [runs]
// BENCH_TOOLCHAIN_BINARY_KB sets the fake binaries' size (default 2048); BENCH_TOOLCHAIN_NODE runs
// the CLI with another Node (compile cache on, as in the benchmark).
// Worker threads and child processes (libuv's pool, zlib/fs work off the main thread, `xz`)
// are not in a CPU profile: compare the total with `time` / the benchmark's CPU column.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { median } from '../report.js';
import { benchAtmosContender } from './atmos.js';
import { BENCH_TOOLS } from './tools.js';
import { startBenchUpstream } from './upstream.js';

interface Profile {
  nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** First matching rule names a frame's category; a sample goes to its innermost frame that matches a rule with `owns`. */
const RULES: [category: string, test: (fn: string, url: string) => boolean][] = [
  ['waiting (idle: network, disk, child processes)', (fn) => fn === '(idle)'],
  ['garbage collection', (fn) => fn === '(garbage collector)'],
  [
    'module loading and compilation',
    (fn, url) =>
      /^(compileSourceTextModule|compileForInternalLoader|__nccwpck_require__|__webpack_require__|Module|wrapSafe|#getJobFromResolveResult|link|instantiate|evaluate)$/.test(
        fn,
      ) || /esm\/(loader|utils|module_job|translators)|bootstrap\/realm|cjs\/loader/.test(url),
  ],
  ['hashing (sha256/sha512)', (_fn, url) => /crypto\/hash/.test(url)],
  ['decompression (zlib, xz, bzip2)', (fn, url) => /node:zlib|wasm/.test(url) || /^wasm-function/.test(fn)],
  ['child processes (spawn)', (_fn, url) => /child_process/.test(url)],
  [
    'file system',
    (fn, url) =>
      /fs\/|node:fs|^$/.test(url) &&
      /^(writeBuffer|writeBuffers|writeString|openFileHandle|open|close|stat|lstat|fstat|mkdir|rmdir|rename|unlink|read|readFileUtf8|readdir|access|copyFile|chmod|fsync|utimes|realpath|readlink|symlink|link|fsCall|FSReqCallback)$/.test(
        fn,
      ),
  ],
  [
    'YAML (atmos.yaml, lock file)',
    (fn) => /^(parseDocument|parse|stringify|compose|composeNode|lex|parseNext|resolveBlockMap|resolveFlowScalar|Lexer|Parser|Composer)$/.test(fn),
  ],
  ['HTTP client', (_fn, url) => /node:(http|_http|net)|internal\/http|undici/.test(url)],
  ['streams and events', (_fn, url) => /streams\/|node:events|task_queues|async_hooks|timers/.test(url)],
  ['native (other)', (fn) => fn === '(program)'],
];

/** Bundle chunks are numbered, not named: tag a chunk by what it holds (read once). */
const chunkTags = new Map<string, string | undefined>();
function chunkTag(url: string): string | undefined {
  if (!url.startsWith('file://') || !/\d+\.index\.js$/.test(url)) return undefined;
  if (!chunkTags.has(url)) {
    const text = readFileSync(new URL(url), 'utf8');
    chunkTags.set(url, /llhttp|UND_ERR/.test(text) ? 'HTTP client' : /xz-embedded|xzwasm/.test(text) ? 'decompression (zlib, xz, bzip2)' : undefined);
  }
  return chunkTags.get(url);
}

function categorize(prof: Profile): Map<string, number> {
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i + 1] ?? 0;
    let category = 'JavaScript (other: atmos-ts, tar, yauzl, semver …)';
    // The innermost frame that falls in a category decides; module loading wins over everything
    // below it (evaluating a module's top level is loading, whatever it calls).
    for (let cur: number | undefined = id, depth = 0; cur !== undefined && depth < 64; cur = parent.get(cur), depth++) {
      const { functionName, url } = byId.get(cur)!.callFrame;
      const tag = chunkTag(url);
      const hit = tag ? ([tag] as const) : RULES.find(([, test]) => test(functionName, url));
      // Stream plumbing counts for whoever drives it (an HTTP body, a decompressor) when an outer frame says so.
      const weak = category.startsWith('JavaScript') || category === 'streams and events';
      if (hit && (weak || hit[0] === 'module loading and compilation')) category = hit[0];
      if (category === 'module loading and compilation') break;
    }
    out.set(category, (out.get(category) ?? 0) + us);
  });
  return out;
}

const mode = (process.argv[2] ?? 'cold') as 'cold' | 'lock' | 'warm' | 'exec';
const runs = Number(process.argv[3] ?? 5);
const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const workDir = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-profile-'));
const upstream = await startBenchUpstream(BENCH_TOOLS, Number(process.env.BENCH_TOOLCHAIN_BINARY_KB ?? 2048) * 1024);
try {
  const atmos = benchAtmosContender(repoRoot, workDir, upstream, { node: process.env.BENCH_TOOLCHAIN_NODE });
  const install = atmos.install();
  // Async execFile: the fake upstream runs in this process and must keep answering.
  await run(install.cmd, install.args, { cwd: install.cwd, env: install.env });
  const perRun: Map<string, number>[] = [];
  let last: Profile | undefined;
  for (let i = 0; i < runs; i++) {
    if (mode === 'cold') atmos.resetPartly({});
    if (mode === 'lock') atmos.resetPartly({ lock: true });
    const inv = mode === 'exec' ? atmos.execByBinaryName(BENCH_TOOLS[0]) : atmos.install();
    const profDir = path.join(workDir, `prof-${i}`);
    await run(inv.cmd, ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=200', ...inv.args], { cwd: inv.cwd, env: inv.env });
    last = JSON.parse(readFileSync(path.join(profDir, readdirSync(profDir)[0]), 'utf8')) as Profile;
    perRun.push(categorize(last));
  }
  const categories = [...new Set(perRun.flatMap((m) => [...m.keys()]))];
  const rows = categories.map((c) => [c, median(perRun.map((m) => m.get(c) ?? 0)) / 1000] as const).sort((a, b) => b[1] - a[1]);
  const total = median(perRun.map((m) => [...m.values()].reduce((a, b) => a + b, 0))) / 1000;
  console.log(`| ${mode}: main thread, median of ${runs} (ms) | ${total.toFixed(0)} |\n| --- | ---: |`);
  for (const [c, ms] of rows) console.log(`| ${c} | ${ms.toFixed(0)} |`);
  // Top self-time functions of the last run, for digging further.
  const self = new Map<string, number>();
  last!.samples.forEach((id, i) => {
    const n = last!.nodes.find((x) => x.id === id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (last!.timeDeltas[i + 1] ?? 0));
  });
  console.log('\ntop self time (last run):');
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await upstream.close();
  rmSync(workDir, { recursive: true, force: true });
}
