/**
 * `npm run bench -- http`: CPU and wall time of downloads through HttpClient on its two
 * transports — Node's own `node:http` (the default) and undici (what a proxy configuration
 * selects; here HTTP_PROXY to a closed port with NO_PROXY=*, so undici's EnvHttpProxyAgent
 * goes direct, exactly the path every download took before) — same build, same run,
 * interleaved, medians. Each sample is a fresh `node` process running an esbuild bundle of
 * bench/http/child.ts (so module loading counts as it does in the CLI) against a loopback
 * node:http server in this process; "server" CPU is this process's CPU during the sample.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { median, writeSection } from './report.js';

const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 9);
const CONCURRENCY = 4;
const SCENARIOS = [
  { name: '1 × 2 MiB', count: 1, kib: 2048 },
  { name: '10 × 2 MiB', count: 10, kib: 2048 },
  { name: '10 × 20 MiB', count: 10, kib: 20480 },
].filter((s) => !process.env.BENCH_HTTP_ONLY || s.name.includes(process.env.BENCH_HTTP_ONLY));
const VARIANTS = {
  undici: { HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '*' },
  node: {},
} as const;
type Variant = keyof typeof VARIANTS;

interface Sample {
  transport: string;
  loadCpuMs: number;
  runCpuMs: number;
  processCpuMs: number;
  wallMs: number;
  bytes: number;
  serverCpuMs: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function bundleChild(out: string): Promise<string> {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(import.meta.dirname, 'http', 'child.ts')],
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return path.join(out, 'child.mjs');
}

function runChild(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const c0 = cpuMs();
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const serverCpuMs = cpuMs() - c0;
      if (code !== 0) return reject(new Error(`bench child failed (${code}): ${err}`));
      resolve({ ...(JSON.parse(out) as Omit<Sample, 'serverCpuMs'>), serverCpuMs });
    });
  });
}

export async function run(): Promise<void> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'atmos-bench-http-'));
  const bodies = new Map<number, Buffer>();
  let kib = 0;
  const server = http.createServer((_req, res) => {
    const body = bodies.get(kib)!;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const script = await bundleChild(path.join(work, 'child'));
    const dest = path.join(work, 'dl');
    await fs.mkdir(dest);
    const env = (v: Variant): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, ...VARIANTS[v] });
    const samples: Record<string, Record<Variant, Sample[]>> = {};
    for (const s of SCENARIOS) {
      kib = s.kib;
      if (!bodies.has(kib)) bodies.set(kib, randomBytes(kib * 1024));
      samples[s.name] = { undici: [], node: [] };
      const args = [base, String(s.count), String(CONCURRENCY), dest];
      for (const v of ['undici', 'node'] as const) await runChild(script, args, env(v)); // warm-up
      for (let r = 0; r < ROUNDS; r++) {
        const order: Variant[] = r % 2 === 0 ? ['undici', 'node'] : ['node', 'undici'];
        for (const v of order) {
          const sample = await runChild(script, args, env(v));
          if (sample.transport !== v || sample.bytes !== s.count * s.kib * 1024)
            throw new Error(`bench: ${v} sample used ${sample.transport}, ${sample.bytes} bytes`);
          samples[s.name][v].push(sample);
        }
      }
    }
    const f = (v: number) => `${v.toFixed(0)} ms`;
    const rows: string[] = [];
    const m = (xs: Sample[], pick: (x: Sample) => number) => median(xs.map(pick));
    const row = (label: string, s: Record<Variant, Sample[]>, pick: (x: Sample) => number) => {
      const [u, n] = [m(s.undici, pick), m(s.node, pick)];
      rows.push(`| ${label} | ${f(u)} | ${f(n)} | **${(n / u).toFixed(2)}×** |`);
    };
    row(`load HttpClient + its transport (client CPU, ${SCENARIOS[0].name} runs)`, samples[SCENARIOS[0].name], (x) => x.loadCpuMs);
    for (const s of SCENARIOS) {
      row(`${s.name}: client CPU, load + downloads`, samples[s.name], (x) => x.runCpuMs);
      row(`${s.name}: client CPU, whole process`, samples[s.name], (x) => x.processCpuMs);
      row(`${s.name}: client + server CPU`, samples[s.name], (x) => x.processCpuMs + x.serverCpuMs);
      row(`${s.name}: wall`, samples[s.name], (x) => x.wallMs);
    }
    const table = ['| what (medians) | undici | node:http | ratio |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
    console.log(table);
    writeSection(
      'http',
      `## HTTP transport: node:http vs undici (HttpClient downloads)\n\n` +
        `Medians of ${ROUNDS} interleaved runs per row, same build, same run (after one warm-up each); ${CONCURRENCY} downloads at a time ` +
        `into files (\`HttpClient.download\`), from a loopback node:http server. Each run is a fresh \`node\` process; ` +
        `"undici" is the proxy path (HTTP_PROXY set, NO_PROXY=*: EnvHttpProxyAgent going direct, the transport every download used before). ` +
        `Ratio = node:http / undici (below 1 is cheaper).\n\n${table}`,
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await fs.rm(work, { recursive: true, force: true });
  }
}
