/**
 * `npm run bench -- mirror`: warm hits of the registry cache proxy vs nginx serving the
 * same cache directory, in the same run on the same machine.
 *
 *  1. small JSON (a provider `versions` answer) at 64 connections: req/s and p99 (wrk);
 *  2. a 200 MB provider zip: MB/s (curl) and the proxy's peak RSS;
 *  3. a warm replay of 20 providers + 30 modules through a fresh proxy process: upstream requests (must be 0).
 *
 * The proxy is the real `atmos-ts terraform cache serve` process; nginx runs one worker
 * (like the single-threaded proxy) as a non-daemon on loopback with a temp config.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { median, writeSection } from './report.js';
import { TerraformClient } from '../test/support/terraformClient.js';
import { FakeRegistry, generateSigningKey, type FakeModule, type FakeProvider } from '../test/support/terraformRegistry.js';

const REPO = path.resolve(import.meta.dirname, '..');
const HOST = 'registry.terraform.io';
const RUNS = 3;
const ZIP_MB = 200;

function need(cmd: string, pkg: string): void {
  if (spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0) return;
  console.log(`installing ${pkg} (apt-get)…`);
  execFileSync('sh', ['-c', `(apt-get install -y ${pkg} || (apt-get update && apt-get install -y ${pkg})) >/dev/null 2>&1`]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Proxy {
  child: ChildProcess;
  url: string;
  pid: number;
  stop(): Promise<string>;
}

/** The proxy runs from an ncc bundle of the CLI, as shipped (no tsx transpiler in the measured process). */
function bundleCli(out: string): string {
  execFileSync(
    process.execPath,
    [path.join(REPO, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', path.join(REPO, 'src/cli/index.ts'), '-o', out, '-q', '--target', 'es2022'],
    { cwd: REPO, stdio: 'inherit' },
  );
  return path.join(out, 'index.js');
}

async function startProxy(cli: string, dir: string, env: NodeJS.ProcessEnv): Promise<Proxy> {
  const child = spawn(process.execPath, [cli, 'terraform', 'cache', 'serve'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d));
  const closed = new Promise<void>((r) => child.on('close', () => r()));
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d;
      if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')));
    });
    child.on('close', (code) => reject(new Error(`proxy exited ${code}: ${stderr}`)));
  });
  const ready = JSON.parse(line) as { url: string; pid: number };
  return {
    child,
    url: ready.url,
    pid: ready.pid,
    async stop() {
      child.kill('SIGTERM');
      await closed;
      return stderr;
    },
  };
}

/** VmHWM (peak) or VmRSS (now) of a process, in MB. */
function rssMb(pid: number, field: 'VmHWM' | 'VmRSS' = 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function wrk(url: string): { rps: number; p99ms: number } {
  const out = execFileSync('wrk', ['-t1', '-c64', '-d8s', '--latency', url], { encoding: 'utf8' });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1]);
  const m = /^\s+99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(out);
  const p99ms = m ? Number(m[1]) * (m[2] === 'us' ? 0.001 : m[2] === 's' ? 1000 : 1) : NaN;
  if (/Non-2xx/.test(out)) throw new Error(`wrk saw errors for ${url}:\n${out}`);
  return { rps, p99ms };
}

function curlMBps(url: string): number {
  const out = execFileSync('curl', ['-s', '-o', '/dev/null', '-w', '%{http_code} %{speed_download} %{size_download}', url], { encoding: 'utf8' });
  const [code, speed, size] = out.trim().split(' ').map(Number);
  if (code !== 200 || size !== ZIP_MB * 1024 * 1024) throw new Error(`download of ${url} failed: ${out}`);
  return speed! / 1e6;
}

async function writeBigZip(file: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const chunk = randomBytes(1024 * 1024);
  for (let i = 0; i < ZIP_MB; i++) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r) => out.end(() => r()));
}

export async function run(): Promise<void> {
  need('nginx', 'nginx');
  need('wrk', 'wrk');
  const work = mkdtempSync(path.join(os.tmpdir(), 'atmos-ts-bench-mirror-'));
  const key = await generateSigningKey();
  const providers: FakeProvider[] = Array.from({ length: 20 }, (_, i) => ({
    ns: 'bench',
    type: `p${String(i + 1).padStart(2, '0')}`,
    versions: [{ version: '1.0.0', platforms: [{ os: 'linux', arch: 'amd64' }] }],
  }));
  const modules: FakeModule[] = Array.from({ length: 30 }, (_, i) => ({
    ns: 'bench',
    name: `m${String(i + 1).padStart(2, '0')}`,
    system: 'null',
    versions: ['1.0.0'],
    location: () => `/files/modules/m${i + 1}.tar.gz`,
    form: i % 2 ? 'header' : 'json',
  }));
  const upstream = await new FakeRegistry(HOST, { signingKey: key, providers, modules }).start();
  for (let i = 0; i < 30; i++) {
    upstream.files.set(`/files/modules/m${i + 1}.tar.gz`, {
      body: Buffer.from(execFileSync('sh', ['-c', `d=$(mktemp -d) && echo '# m${i + 1}' > $d/main.tf && tar -C $d -czf - main.tf && rm -rf $d`])),
      type: 'application/gzip',
    });
  }

  mkdirSync(path.join(work, 'home'));
  const cacheHome = path.join(work, 'cache');
  const root = path.join(cacheHome, 'atmos', 'terraform', 'registry');
  // registry.opentofu.org maps to the fake too, so nothing tries the internet.
  writeFileSync(
    path.join(work, 'atmos.yaml'),
    `components:\n  terraform:\n    cache:\n      enabled: true\n      upstreams:\n        ${HOST}: ${upstream.url}\n        registry.opentofu.org: ${upstream.url}\n`,
  );
  const env = { PATH: process.env.PATH, HOME: path.join(work, 'home'), ATMOS_XDG_CACHE_HOME: cacheHome, ATMOS_LOGS_LEVEL: 'warn' };

  const replay = async (proxyUrl: string): Promise<void> => {
    const client = new TerraformClient();
    try {
      for (const p of providers) await client.installProviderRegistry(`${proxyUrl}v1/providers/${HOST}/`, p.ns, p.type, { os: 'linux', arch: 'amd64' });
      for (const m of modules) await client.installModule(`${proxyUrl}v1/modules/${HOST}/`, m.ns, m.name, m.system);
    } finally {
      await client.close();
    }
  };

  // Cold fill, then a warm replay through a fresh process (nothing in memory).
  const cli = bundleCli(path.join(work, 'cli'));
  let proxy = await startProxy(cli, work, env);
  await replay(proxy.url);
  await proxy.stop();
  const before = upstream.requests.length;
  proxy = await startProxy(cli, work, env);
  await replay(proxy.url);
  const warmUpstream = upstream.requests.length - before;
  const rssAfterReplay = rssMb(proxy.pid);

  // The 200 MB package, placed in the cache as a committed warm entry.
  const bigRel = `providers/${HOST}/bench/big/terraform-provider-big_1.0.0_linux_amd64.zip`;
  await writeBigZip(path.join(root, ...bigRel.split('/')));

  // nginx over the same directory.
  const ngPort = await freePort();
  const ngDir = path.join(work, 'nginx');
  mkdirSync(ngDir);
  const conf = path.join(ngDir, 'nginx.conf');
  writeFileSync(
    conf,
    `user root;\nworker_processes 1;\ndaemon off;\nerror_log ${ngDir}/error.log warn;\npid ${ngDir}/nginx.pid;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 1000000;\n  open_file_cache max=1000 inactive=60s;\n  open_file_cache_valid 60s;\n  types { application/json json; application/zip zip; }\n  default_type application/octet-stream;\n  client_body_temp_path ${ngDir}/body;\n  proxy_temp_path ${ngDir}/proxy;\n  fastcgi_temp_path ${ngDir}/fastcgi;\n  uwsgi_temp_path ${ngDir}/uwsgi;\n  scgi_temp_path ${ngDir}/scgi;\n  server {\n    listen 127.0.0.1:${ngPort};\n    root ${root};\n  }\n}\n`,
  );
  const nginx = spawn('nginx', ['-c', conf, '-p', ngDir], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));

  const proxyJson = `${proxy.url}v1/providers/${HOST}/bench/p01/versions`;
  const nginxJson = `http://127.0.0.1:${ngPort}/metadata/providers/${HOST}/bench/p01/versions.json`;
  const proxyZip = `${proxy.url}v1/providers/${HOST}/bench/big/1.0.0/download/linux/amd64/terraform-provider-big_1.0.0_linux_amd64.zip`;
  const nginxZip = `http://127.0.0.1:${ngPort}/${bigRel}`;

  const small = { proxy: [] as { rps: number; p99ms: number }[], nginx: [] as { rps: number; p99ms: number }[] };
  const big = { proxy: [] as number[], nginx: [] as number[] };
  let rssAfterJson = 0;
  try {
    wrk(proxyJson); // warm-up (JIT, caches)
    wrk(nginxJson);
    for (let i = 0; i < RUNS; i++) {
      small.proxy.push(wrk(proxyJson));
      small.nginx.push(wrk(nginxJson));
    }
    rssAfterJson = rssMb(proxy.pid);
    curlMBps(proxyZip);
    curlMBps(nginxZip);
    for (let i = 0; i < RUNS; i++) {
      big.proxy.push(curlMBps(proxyZip));
      big.nginx.push(curlMBps(nginxZip));
    }
  } finally {
    nginx.kill('SIGQUIT');
  }
  const rss = rssMb(proxy.pid);
  await proxy.stop();
  await upstream.close();
  rmSync(work, { recursive: true, force: true });

  const m = {
    proxyRps: median(small.proxy.map((r) => r.rps)),
    nginxRps: median(small.nginx.map((r) => r.rps)),
    proxyP99: median(small.proxy.map((r) => r.p99ms)),
    nginxP99: median(small.nginx.map((r) => r.p99ms)),
    proxyMBps: median(big.proxy),
    nginxMBps: median(big.nginx),
  };
  const rpsRatio = m.proxyRps / m.nginxRps;
  const p99Ratio = m.proxyP99 / m.nginxP99;
  const mbRatio = m.proxyMBps / m.nginxMBps;
  const ok = (b: boolean) => (b ? 'met' : '**missed**');
  const rows = [
    ['small JSON, 64 conns: req/s', m.proxyRps.toFixed(0), m.nginxRps.toFixed(0), `${rpsRatio.toFixed(2)}×`, `≥ 0.6× — ${ok(rpsRatio >= 0.6)}`],
    ['small JSON, 64 conns: p99', `${m.proxyP99.toFixed(2)} ms`, `${m.nginxP99.toFixed(2)} ms`, `${p99Ratio.toFixed(2)}×`, `≤ 1.5× — ${ok(p99Ratio <= 1.5)}`],
    [`${ZIP_MB} MB zip: MB/s`, m.proxyMBps.toFixed(0), m.nginxMBps.toFixed(0), `${mbRatio.toFixed(2)}×`, `≥ 0.9× — ${ok(mbRatio >= 0.9)}`],
    ['proxy peak RSS (whole run)', `${rss.toFixed(0)} MB`, '', '', `< 150 MB — ${ok(rss < 150)}`],
    ['… peak after replay / after JSON load', `${rssAfterReplay.toFixed(0)} / ${rssAfterJson.toFixed(0)} MB`, '', '', ''],
    ['warm replay 20 providers + 30 modules: upstream requests', String(warmUpstream), '', '', `0 — ${ok(warmUpstream === 0)}`],
  ];
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const table = ['| metric | proxy | nginx | ratio | goal |', '| --- | --- | --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  console.log(table);
  console.log(`load average: ${load}`);
  writeSection(
    'mirror',
    `### Terraform registry cache: warm hits vs nginx (1 worker) on the same cache directory\n\nLoad average at the end (1/5/15 min): ${load} — ratios are only meaningful on an otherwise idle machine.\n\nMedians of ${RUNS} runs (wrk -t1 -c64 -d8s, so each server and the load generator get a core of the 2; curl for the zip), proxy = \`atmos-ts terraform cache serve\` (registry mode) from an ncc bundle of the CLI.\n\n${table}\n`,
  );
}
