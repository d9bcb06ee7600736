import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TerraformClient } from '../../test/support/terraformClient.js';
import { FakeRegistry, generateSigningKey } from '../../test/support/terraformRegistry.js';
import { processCpuMs, spawnVictim, waitUntil, type Victim } from './processes.js';

export const HOST = 'registry.terraform.io';
const NS = 'recovery';
const PLATFORM = { os: 'linux', arch: 'amd64' };
/** `ok` is served normally (or slowly, to kill a proxy mid-fill); `hung`'s zip redirects to a server that never answers. */
export type Provider = 'ok' | 'hung';

/** The fake upstream registry both providers come from. */
export async function startRegistry(hungUrl: string): Promise<FakeRegistry> {
  const versions = [{ version: '1.0.0', platforms: [PLATFORM] }];
  const registry = await new FakeRegistry(HOST, {
    signingKey: await generateSigningKey(),
    providers: [
      { ns: NS, type: 'ok', versions },
      { ns: NS, type: 'hung', versions },
    ],
  }).start();
  registry.redirects.set(zipPath(registry, 'hung'), `${hungUrl}/${registry.zipName('hung', '1.0.0', PLATFORM.os, PLATFORM.arch)}`);
  return registry;
}

/** The zip's path on the fake registry (what the proxy fetches when it fills its cache). */
export function zipPath(registry: FakeRegistry, type: Provider): string {
  return `/files/${HOST}/${type}/1.0.0/${registry.zipName(type, '1.0.0', PLATFORM.os, PLATFORM.arch)}`;
}

/** A running `atmos-ts terraform cache serve` (registry mode) with a cache, config and HOME of its own. */
export interface Proxy {
  url: string;
  pid: number;
  /** From spawn to its ready line. */
  startMs: number;
  victim: Victim;
  /** SIGTERM (the proxy drains and exits), SIGKILL if it has not gone after 10 s. */
  stop(): Promise<void>;
}

/** Write the trial's atmos.yaml: every registry host the proxy knows goes to the fake (nothing leaves loopback). */
export function proxyTrialDir(dir: string, registry: FakeRegistry): string {
  for (const sub of ['home', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(
    path.join(dir, 'atmos.yaml'),
    `components:\n  terraform:\n    cache:\n      enabled: true\n      upstreams:\n        ${HOST}: ${registry.url}\n        registry.opentofu.org: ${registry.url}\n`,
  );
  return dir;
}

export async function startProxy(cliEntry: string, dir: string): Promise<Proxy> {
  // TMPDIR in the trial: a killed proxy leaves its generated CLI config dir behind, which goes with the trial.
  const env = {
    PATH: process.env.PATH,
    HOME: path.join(dir, 'home'),
    TMPDIR: path.join(dir, 'tmp'),
    ATMOS_XDG_CACHE_HOME: path.join(dir, 'cache'),
    ATMOS_LOGS_LEVEL: 'warn',
  };
  const t0 = performance.now();
  const victim = spawnVictim({ cmd: process.execPath, args: [cliEntry, 'terraform', 'cache', 'serve'], cwd: dir, env });
  let line = '';
  victim.child.stdout!.on('data', (d: Buffer) => {
    if (!line.includes('\n')) line += d.toString();
  });
  try {
    await waitUntil('the proxy to print its ready line', () => line.includes('\n') || victim.child.exitCode !== null, 60_000);
    if (!line.includes('\n')) throw new Error(`proxy exited ${victim.child.exitCode} before it was ready:\n${victim.output()}`);
  } catch (err) {
    await victim.kill9();
    throw err;
  }
  const startMs = performance.now() - t0;
  const ready = JSON.parse(line.slice(0, line.indexOf('\n'))) as { url: string; pid: number };
  return {
    url: ready.url,
    pid: ready.pid,
    startMs,
    victim,
    async stop() {
      victim.child.kill('SIGTERM');
      const timer = setTimeout(() => victim.child.kill('SIGKILL'), 10_000);
      await victim.closed;
      clearTimeout(timer);
    },
  };
}

export interface Fetch {
  ms: number;
  /** CPU time the proxy spent meanwhile (its own, from /proc). */
  proxyCpuMs: number;
  ok: boolean;
  cutOff: boolean;
  /** The client's error (a non-200 from the proxy, a reset, a bad checksum). */
  error?: string;
}

/**
 * Terraform's request sequence for one provider (versions → download → SHA256SUMS + .sig → zip,
 * every check Terraform makes) through the proxy, cut off after `cutoffMs`: then the proxy is
 * killed, which ends the request, so nothing outlives the trial.
 */
export async function fetchProvider(proxy: Proxy, type: Provider, cutoffMs: number): Promise<Fetch> {
  const client = new TerraformClient();
  const cpu0 = processCpuMs(proxy.pid);
  const t0 = performance.now();
  let proxyCpuMs = 0;
  const request = client.installProviderRegistry(`${proxy.url}v1/providers/${HOST}/`, NS, type, PLATFORM).then(
    () => ({ ok: true as const, error: undefined }),
    (err: Error) => ({ ok: false as const, error: err.message.split('\n')[0] }),
  );
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<'cut'>((r) => (timer = setTimeout(() => r('cut'), cutoffMs)));
  const first = await Promise.race([request, cut]);
  clearTimeout(timer);
  const ms = first === 'cut' ? cutoffMs : performance.now() - t0;
  try {
    proxyCpuMs = processCpuMs(proxy.pid) - cpu0;
  } catch {
    /* the proxy is gone: no CPU figure */
  }
  if (first === 'cut') await proxy.victim.kill9();
  const result = await request;
  await client.close();
  return { ms, proxyCpuMs, ok: result.ok, cutOff: first === 'cut', error: first === 'cut' ? 'cut off' : result.error };
}

/**
 * Start a proxy, ask it for the `ok` provider with the upstream zip served at a crawl, and
 * kill -9 the proxy as soon as its upstream download of the zip has started — it then holds
 * the zip's fill lock. Leaves the dead lock (and partial file) in the trial's cache.
 */
export async function killProxyMidFill(cliEntry: string, dir: string, registry: FakeRegistry): Promise<void> {
  const proxy = await startProxy(cliEntry, dir);
  const before = registry.count(zipPath(registry, 'ok'));
  registry.zipChunkDelayMs = 1000;
  const client = new TerraformClient();
  const request = client.installProviderRegistry(`${proxy.url}v1/providers/${HOST}/`, NS, 'ok', PLATFORM).catch(() => undefined);
  try {
    await waitUntil('the proxy to start downloading the zip', () => registry.count(zipPath(registry, 'ok')) > before, 60_000);
  } finally {
    await proxy.victim.kill9();
    registry.zipChunkDelayMs = 0;
    await request;
    await client.close();
  }
}
