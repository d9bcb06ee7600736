import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { makeGitRepo, makeModuleTarGz, PLATFORMS, startRegistry } from '../support/mirrorSetup.js';

/**
 * Pieces for driving the real `terraform` binary through the registry cache: the stand-in
 * upstreams (a provider signed like the public registry's, a registry module served as a
 * tar.gz, a registry module whose download location is a local bare git repository), a
 * project using all three, and process runners. Used by test/e2e/realTerraform.test.ts and
 * the manual bench/mirror/realTerraform.ts.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PROVIDER_VERSION = '3.2.4';

/** `os_arch` of this machine, as Terraform names platforms. */
export const HOST_PLATFORM = `${process.platform === 'win32' ? 'windows' : process.platform}_${process.arch === 'x64' ? 'amd64' : process.arch}`;
/** The three platforms `providers lock` asks for (this machine's among them). */
export const LOCK_PLATFORMS = [...new Set([HOST_PLATFORM, ...PLATFORMS.map((p) => `${p.os}_${p.arch}`)])].slice(0, 3);

/** The `terraform` on PATH, or why there is none (the reason a test reports when it skips). */
export function terraformOnPath(): { version: string } | { missing: string } {
  const r = spawnSync('terraform', ['version', '-json'], { encoding: 'utf8', env: { ...process.env, CHECKPOINT_DISABLE: '1' } });
  if (r.error) return { missing: `terraform not on PATH: ${r.error.message}` };
  if (r.status !== 0) return { missing: `terraform not on PATH: \`terraform version -json\` exited ${r.status}: ${r.stderr.trim()}` };
  try {
    return { version: (JSON.parse(r.stdout) as { terraform_version: string }).terraform_version };
  } catch {
    return { missing: `terraform not on PATH: \`terraform version -json\` printed no JSON: ${r.stdout.slice(0, 200)}` };
  }
}

export interface TerraformUpstreams {
  registry: FakeRegistry;
  /** registry.opentofu.org: the proxy fronts it too, and it must not reach the internet. */
  tofu: FakeRegistry;
  /** The bare repository the git-sourced registry module downloads from. */
  gitRepo: string;
  /** host → base URL, for `components.terraform.cache.upstreams`. */
  upstreams: Record<string, string>;
  /** Requests both fakes have answered so far. */
  requestCount(): number;
  close(): Promise<void>;
}

export async function startTerraformUpstreams(): Promise<TerraformUpstreams> {
  const platforms = [...new Set(LOCK_PLATFORMS)].map((p) => ({ os: p.split('_')[0], arch: p.split('_')[1] }));
  const work = makeGitRepo();
  const gitRepo = `${work}.git`;
  execFileSync('git', ['clone', '-q', '--bare', work, gitRepo], { stdio: 'ignore' });
  const tgz = await makeModuleTarGz('label');
  const registry = await startRegistry('registry.terraform.io', {
    providers: [{ ns: 'hashicorp', type: 'null', versions: [{ version: PROVIDER_VERSION, platforms }] }],
    modules: [
      { ns: 'cloudposse', name: 'label', system: 'null', versions: ['v0.25.0'], location: () => '/files/label.tar.gz', form: 'header' },
      { ns: 'acme', name: 'network', system: 'null', versions: ['v1.0.0'], location: (v) => `git::file://${gitRepo}//modules/label?ref=${v}`, form: 'json' },
    ],
  });
  registry.files.set('/files/label.tar.gz', { body: tgz, type: 'application/gzip' });
  const tofu = await startRegistry('registry.opentofu.org');
  let closed = false;
  return {
    registry,
    tofu,
    gitRepo,
    upstreams: { 'registry.terraform.io': registry.url, 'registry.opentofu.org': tofu.url },
    requestCount: () => registry.requests.length + tofu.requests.length,
    close: async () => {
      if (closed) return;
      closed = true;
      await Promise.all([registry.close(), tofu.close()]);
    },
  };
}

export const MAIN_TF = `terraform {
  required_providers {
    null = { source = "hashicorp/null", version = "${PROVIDER_VERSION}" }
  }
}

module "label" {
  source  = "cloudposse/label/null"
  version = "0.25.0"
}

module "network" {
  source  = "acme/network/null"
  version = "1.0.0"
}
`;

export interface TerraformProject {
  dir: string;
  /** The environment atmos-ts (and through it terraform) runs with: isolated HOME and cache root. */
  env: NodeJS.ProcessEnv;
  cacheRoot: string;
}

/** A root module using the provider and both modules; `atmos.yaml` enables the cache in `mode`. */
export function writeProject(mode: 'registry' | 'mirror', upstreams: Record<string, string>, dir = tempDir('atmos-ts-tf-')): TerraformProject {
  mkdirSync(path.join(dir, 'home'), { recursive: true });
  const cacheRoot = path.join(dir, 'cache');
  const upstreamLines = Object.entries(upstreams)
    .map(([host, url]) => `        ${host}: ${url}\n`)
    .join('');
  // No plugin cache: every init fetches the zip through the proxy, so the cache is what is tested.
  writeFileSync(
    path.join(dir, 'atmos.yaml'),
    `components:\n  terraform:\n    plugin_cache: false\n    cache:\n      enabled: true\n      mode: ${mode}\n      upstreams:\n${upstreamLines}`,
  );
  writeFileSync(path.join(dir, 'main.tf'), MAIN_TF);
  return { dir, cacheRoot, env: terraformEnv(path.join(dir, 'home'), { ATMOS_XDG_CACHE_HOME: cacheRoot }) };
}

/** What terraform needs to run offline and alone: PATH, a private HOME, no checkpoint calls. */
export function terraformEnv(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: home, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', NO_PROXY: '127.0.0.1,localhost', ...extra };
}

export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export async function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ProcessRun> {
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d));
  child.stderr.on('data', (d: Buffer) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

/** `atmos-ts terraform <args…>` from the sources (through tsx), in the project directory. */
export function atmosTerraform(project: TerraformProject, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<ProcessRun> {
  const cli = path.join(REPO_ROOT, 'src', 'cli', 'index.ts');
  return run(process.execPath, ['--import', import.meta.resolve('tsx'), cli, 'terraform', ...args], project.dir, { ...project.env, ...extraEnv });
}
