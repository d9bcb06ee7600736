/**
 * `npm run bench -- startup --baseline <bin/atmos-ts.js of another build> [--cli <bin>]`: CLI
 * start-up of this checkout's build (`bin/atmos-ts.js`, i.e. the committed dist/cli bundle, or
 * `--cli`) against a baseline build, both in this run, interleaved, medians of wall and CPU time.
 * Three commands: `--version` (commander and the start-up imports only), `toolchain env`
 * without pins (the warm path, no engine) and `toolchain du` (loads the toolchain engine).
 * Everything runs offline: a throwaway project, cache root and HOME, and the proxy variables
 * pointing at a closed loopback port so nothing can leave the machine.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, writeSection } from './report.js';
import { timed, type Invocation, type Timed } from './toolchain/timing.js';

const ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 21);
const COMMANDS: { name: string; args: string[] }[] = [
  { name: '`--version`', args: ['--version'] },
  { name: '`toolchain env -f bash` (no pins: warm path)', args: ['toolchain', 'env', '-f', 'bash'] },
  { name: '`toolchain du` (loads the engine)', args: ['toolchain', 'du'] },
];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export async function run(): Promise<void> {
  const baseline = option('--baseline');
  if (!baseline) throw new Error('startup: pass --baseline <path to the baseline build’s bin/atmos-ts.js>');
  const current = option('--cli') ?? path.join(import.meta.dirname, '..', 'bin', 'atmos-ts.js');
  const label = option('--label') ?? 'this checkout';
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-bench-startup-'));
  try {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: path.join(work, 'home'),
      XDG_CACHE_HOME: path.join(work, 'cache'),
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
    };
    const inv = (bin: string, args: string[]): Invocation => ({ cmd: process.execPath, args: [bin, ...args], cwd: work, env });
    const samples: Record<string, { base: Timed[]; cur: Timed[] }> = {};
    for (const c of COMMANDS) samples[c.name] = { base: [], cur: [] };
    // One warm-up each (compile cache, page cache), then interleaved rounds, alternating which goes first.
    for (const c of COMMANDS) {
      await timed(inv(baseline, c.args));
      await timed(inv(current, c.args));
    }
    for (let r = 0; r < ROUNDS; r++) {
      for (const c of COMMANDS) {
        const pair = r % 2 === 0 ? ([baseline, current] as const) : ([current, baseline] as const);
        for (const bin of pair) (bin === baseline ? samples[c.name].base : samples[c.name].cur).push(await timed(inv(bin, c.args)));
      }
    }
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const rows = COMMANDS.map((c) => {
      const s = samples[c.name];
      const [bw, cw] = [median(s.base.map((t) => t.ms)), median(s.cur.map((t) => t.ms))];
      const [bc, cc] = [median(s.base.map((t) => t.cpuMs)), median(s.cur.map((t) => t.cpuMs))];
      return `| ${c.name} | ${ms(bw)} | ${ms(cw)} | **${(cw / bw).toFixed(2)}×** | ${ms(bc)} | ${ms(cc)} | **${(cc / bc).toFixed(2)}×** |`;
    });
    const table = [
      `| command | baseline wall | ${label} wall | ratio | baseline CPU | ${label} CPU | ratio |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
    // What every start-up loads and compiles: the bundle's main chunk (the rest are lazy chunks).
    const mainChunk = async (bin: string) => (await fs.stat(path.join(path.dirname(bin), '..', 'dist', 'cli', 'index.js'))).size;
    const [baseBytes, curBytes] = [await mainChunk(baseline), await mainChunk(current)];
    const sizes = `Main chunk loaded by every start-up (\`dist/cli/index.js\`): baseline ${(baseBytes / 1024).toFixed(1)} KiB, ${label} ${(curBytes / 1024).toFixed(1)} KiB.`;
    console.log(`${table}\n${sizes}`);
    writeSection(
      'startup',
      `## CLI start-up (engine entries)\n\nMedians of ${ROUNDS} interleaved runs per command, same run, after one warm-up each; ratio = ${label} / baseline (below 1 is faster). Baseline: \`${baseline}\`.\n\n${table}\n\n${sizes}`,
    );
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
