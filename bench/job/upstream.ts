/**
 * The job benchmark's internet, on loopback: the fake GitHub (API + release downloads) with
 * its download host standing in for releases.hashicorp.com, and the fake Terraform registry
 * (registry.terraform.io: providers signed like the public registry's, module tarballs), both
 * behind the same {@link UpstreamConditions} model (latency, bandwidth, faults). A second,
 * unconditioned registry stands in for registry.opentofu.org, which the atmos-ts proxy fronts
 * too and which must never be looked up on the internet.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { tarBuffer, tarGz, zipBuffer } from '../../test/support/archives.js';
import { startGithubUpstream, type GithubUpstream } from '../../test/support/githubUpstream.js';
import { FakeRegistry, type FakeModule } from '../../test/support/terraformRegistry.js';
import { UpstreamConditions } from '../../test/support/upstreamConditions.js';
import { signingKey } from '../../test/support/mirrorSetup.js';
import { startApiShim } from '../toolchain/githubApiShim.js';
import { DOWNLOAD_HOSTS, type BenchTool } from '../toolchain/tools.js';
import { MODULES, NETWORK, type JobModule, type JobProvider, type JobTool } from './fixture.js';

export interface JobUpstream {
  github: GithubUpstream;
  registry: FakeRegistry;
  tofuRegistry: FakeRegistry;
  /** Conditions of the GitHub/releases hosts and of the registry (separate: the outage hits only the registry). */
  githubConditions: UpstreamConditions;
  registryConditions: UpstreamConditions;
  /** GitHub API base through the shim mise needs (fields the fake leaves out). */
  shimApiUrl: string;
  /** Upstream URL prefix → fake URL prefix (mise MISE_URL_REPLACEMENTS, atmos-ts toolchain.url_replacements). */
  replacements: Record<string, string>;
  /** Asset bytes per tool id, as served. */
  assetBytes: Record<string, number>;
  /** Zip bytes per provider type. */
  providerBytes: Record<string, number>;
  /** Turn the network model (latency/bandwidth) on or off for both upstreams (set-up runs without it). */
  model(on: boolean): void;
  resetCounts(): void;
  /** Requests, body bytes and API calls since the last resetCounts. */
  counts(): UpstreamCounts;
  close(): Promise<void>;
}

export interface UpstreamCounts {
  requests: number;
  bytes: number;
  githubApi: number;
  registryRequests: number;
  failures: number;
}

/** Executable shell script that prints the tool's version, padded with random bytes after `exit` to the target size. */
function fakeBinary(tool: BenchTool, bytes: number): Buffer {
  const head = Buffer.from(`#!/bin/sh\necho "${tool.bin} version v${tool.version}"\nexit 0\n`);
  return Buffer.concat([head, randomBytes(Math.max(0, bytes - head.length))]);
}

async function buildAsset(tool: BenchTool, binary: Buffer): Promise<Buffer> {
  const entries = [
    { name: tool.inner, body: binary, mode: 0o755 },
    { name: path.posix.join(path.posix.dirname(tool.inner), 'LICENSE'), body: 'fake license\n', mode: 0o644 },
  ];
  switch (tool.kind) {
    case 'raw':
      return binary;
    case 'zip':
      return zipBuffer(entries);
    case 'tar.gz':
      return tarGz(entries);
    case 'tar.xz':
      return execFileSync('xz', ['-z', '-c', '-T1', '-0'], { input: tarBuffer(entries), maxBuffer: 1 << 30 });
  }
}

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** Publish `body` at the fake's equivalent of upstream `url` (GitHub release asset or download-host file). */
function serve(up: GithubUpstream, url: string, body: Buffer): void {
  const gh = /^https:\/\/github\.com\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/(.+)$/.exec(url);
  if (gh) return up.addRelease(gh[1], gh[2], gh[3], { [gh[4]]: body });
  const host = Object.keys(DOWNLOAD_HOSTS).find((h) => url.startsWith(`${h}/`));
  if (!host) throw new Error(`bench: no fake host for ${url}`);
  up.addFile(DOWNLOAD_HOSTS[host] + url.slice(host.length), body);
}

/** A module package of ~100 KB of `.tf` text (real modules are tens to hundreds of KB of HCL). */
function moduleTarball(m: JobModule): Buffer {
  const files = Array.from({ length: 8 }, (_, i) => ({
    name: `${i === 0 ? 'main' : `part${i}`}.tf`,
    body: `# ${m.ns}/${m.name}/${m.system} ${m.version}, file ${i}\n${Array.from({ length: 160 }, (_, j) => `locals { ${m.name.replace(/-/g, '_')}_${i}_${j} = "${randomBytes(24).toString('hex')}" }`).join('\n')}\n`,
    mode: 0o644,
  }));
  return tarGz([...files, { name: 'variables.tf', body: 'variable "name" {\n  default = "x"\n}\n', mode: 0o644 }]);
}

export async function startJobUpstream(tools: JobTool[], providers: JobProvider[], realTerraform: string): Promise<JobUpstream> {
  const githubConditions = new UpstreamConditions(NETWORK);
  const registryConditions = new UpstreamConditions(NETWORK);
  const github = await startGithubUpstream({ conditions: githubConditions });
  const assetBytes: Record<string, number> = {};
  for (const { tool, assetBytes: target, realTerraform: real } of tools) {
    const binary = real ? readFileSync(realTerraform) : fakeBinary(tool, target);
    const asset = await buildAsset(tool, binary);
    assetBytes[tool.id] = asset.length;
    serve(github, tool.assetUrl, asset);
    if (tool.checksum) {
      const name = path.posix.basename(new URL(tool.assetUrl).pathname);
      serve(github, tool.checksum.url, Buffer.from(`${sha256('other')}  ${name.replace('linux', 'darwin')}\n${sha256(asset)}  ${name}\n`));
    }
    // Tools downloaded from other hosts still have GitHub releases (version listings use them).
    if (!tool.assetUrl.startsWith('https://github.com/')) {
      const [owner, repo] = tool.id.split('/');
      github.addRelease(owner, repo, `v${tool.version}`, {});
    }
  }
  const key = await signingKey();
  const modules: FakeModule[] = MODULES.map((m) => ({
    ns: m.ns,
    name: m.name,
    system: m.system,
    versions: [m.version],
    location: (v) => `/archives/${m.ns}/${m.name}/${m.system}/${v}.tar.gz`,
    form: 'header',
  }));
  const registry = await new FakeRegistry('registry.terraform.io', {
    signingKey: key,
    conditions: registryConditions,
    providers: providers.map((p) => ({
      ns: 'hashicorp',
      type: p.type,
      versions: [{ version: p.version, platforms: [{ os: 'linux', arch: 'amd64' }] }],
      binaryBytes: p.bytes,
    })),
    modules,
  }).start();
  for (const m of MODULES)
    registry.files.set(`/archives/${m.ns}/${m.name}/${m.system}/${m.version}.tar.gz`, { body: moduleTarball(m), type: 'application/gzip' });
  const providerBytes = Object.fromEntries(providers.map((p) => [p.type, registry.zipBytes(p.type, p.version, 'linux', 'amd64').length]));
  const tofuRegistry = await new FakeRegistry('registry.opentofu.org', { signingKey: key }).start();
  const shim = await startApiShim(github.apiUrl);
  const replacements: Record<string, string> = { 'https://github.com': github.serverUrl, 'https://api.github.com': shim.apiUrl };
  for (const [host, prefix] of Object.entries(DOWNLOAD_HOSTS)) replacements[host] = github.downloadUrl + prefix;

  const all = [githubConditions, registryConditions];
  return {
    github,
    registry,
    tofuRegistry,
    githubConditions,
    registryConditions,
    shimApiUrl: shim.apiUrl,
    replacements,
    assetBytes,
    providerBytes,
    model(on) {
      for (const c of all) c.enabled = on;
    },
    resetCounts() {
      github.resetCounts();
      registry.requests.length = 0;
      tofuRegistry.requests.length = 0;
      for (const c of all) c.resetStats();
    },
    counts: () => ({
      requests: githubConditions.stats.requests + registryConditions.stats.requests + tofuRegistry.requests.length,
      bytes: githubConditions.stats.bytes + registryConditions.stats.bytes,
      githubApi: github.apiCalls(),
      registryRequests: registryConditions.stats.requests,
      failures: githubConditions.stats.failures + registryConditions.stats.failures + registryConditions.stats.outageRefusals,
    }),
    async close() {
      await shim.close();
      await Promise.all([github.close(), registry.close(), tofuRegistry.close()]);
    },
  };
}
