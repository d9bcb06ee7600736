import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { run, terraformEnv, terraformOnPath, type ProcessRun } from '../e2e/realTerraform.js';
import { tempDir } from '../support/tmp.js';
import { startWorld } from './world.js';

/**
 * The air-gap proof with the real `terraform`: on the connected side, `terraform init` through
 * the registry cache and `bundle create`; then, inside network namespaces that have nothing but
 * loopback (`unshare -n`, `ip link set lo up`; the stand-in upstreams live in the parent
 * namespace and are unreachable from there), `bundle import`, `toolchain install` and
 * `terraform init` (a provider, a registry module, a registry module whose package is a git
 * repository, and a `git::` module from a git daemon) succeed offline. Without the bundle the
 * same commands fail at once with the offline message naming the object.
 */
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(REPO_ROOT, 'src', 'cli', 'index.ts');
const TSX = import.meta.resolve('tsx');

const found = terraformOnPath();
assert.ok('version' in found, 'missing' in found ? found.missing : '');
const probe = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' });
assert.equal(probe.status, 0, `unshare -n needs root (CI runs as root): ${probe.stderr}`);

const world = await startWorld();
after(() => world.close());
const root = tempDir('atmos-ts-airgap-');
const connected = path.join(root, 'connected');
world.project(connected, { provider: '3.2.4', tool: '3.1.0' });
const bundle = path.join(root, 'deps.tar.zst');

function envFor(name: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const home = path.join(root, `${name}-home`);
  mkdirSync(home, { recursive: true });
  return terraformEnv(home, { ATMOS_XDG_CACHE_HOME: path.join(root, `${name}-cache`), ATMOS_HTTP_RETRY_MIN_MS: '5', ...extra });
}

function atmos(dir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<ProcessRun> {
  return run(process.execPath, ['--import', TSX, CLI, ...args], dir, env);
}

/** `atmos-ts <args>` in a fresh network namespace with only loopback up. */
function atmosIsolated(dir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<ProcessRun> {
  return run('unshare', ['-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh', process.execPath, '--import', TSX, CLI, ...args], dir, env);
}

/** A copy of the project as a runner would check it out: no .terraform, no cache. */
function checkout(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const f of ['atmos.yaml', '.tool-versions', 'toolchain.lock.yaml', 'main.tf', '.terraform.lock.hcl'])
    copyFileSync(path.join(connected, f), path.join(dir, f));
  return dir;
}

const show = (r: ProcessRun) => `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;

test('connected: terraform init through the registry cache, then bundle create', async () => {
  const env = envFor('connected');
  const init = await atmos(connected, env, ['terraform', 'init', '-input=false', '-no-color']);
  assert.equal(init.code, 0, show(init));
  const created = await atmos(connected, env, ['bundle', 'create', '--output', bundle, '-f', 'json']);
  assert.equal(created.code, 0, show(created));
  const summary = JSON.parse(created.stdout) as { tools: unknown[]; providers: unknown[]; modules: unknown[]; git: string[] };
  assert.equal(summary.tools.length, 2);
  assert.equal(summary.providers.length, 1);
  assert.equal(summary.modules.length, 2);
  assert.deepEqual(summary.git, [world.gitUrl]);
});

test('air-gapped: import, toolchain install and terraform init succeed with only loopback', async () => {
  const dir = checkout('airgapped');
  const env = envFor('airgapped', { ATMOS_OFFLINE: '1' });
  const before = world.requests();
  const imported = await atmosIsolated(dir, env, ['bundle', 'import', bundle]);
  assert.equal(imported.code, 0, show(imported));
  const install = await atmosIsolated(dir, env, ['toolchain', 'install']);
  assert.equal(install.code, 0, show(install));
  const binary = path.join(root, 'airgapped-cache', 'atmos', 'toolchain', 'bin', 'example', 'webtool', '3.1.0', 'webtool');
  assert.match(spawnSync(binary, { encoding: 'utf8' }).stdout, /webtool 3\.1\.0 linux_amd64/);
  const init = await atmosIsolated(dir, env, ['terraform', 'init', '-input=false', '-no-color']);
  assert.equal(init.code, 0, show(init));
  const modules = JSON.parse(readFileSync(path.join(dir, '.terraform', 'modules', 'modules.json'), 'utf8')) as { Modules: { Key: string }[] };
  assert.deepEqual(modules.Modules.map((m) => m.Key).sort(), ['', 'direct', 'label', 'network']);
  assert.ok(existsSync(path.join(dir, '.terraform', 'providers', 'registry.terraform.io', 'hashicorp', 'null', '3.2.4')));
  assert.equal(world.requests(), before, 'nothing reached the stand-in upstreams');
});

test('air-gapped without the bundle: install and init fail at once naming what is missing', async () => {
  const dir = checkout('nobundle');
  const env = envFor('nobundle', { ATMOS_OFFLINE: '1' });
  const install = await atmosIsolated(dir, env, ['toolchain', 'install']);
  assert.notEqual(install.code, 0);
  assert.match(
    install.stderr,
    /offline: example\/webtool@3\.1\.0 \(linux_amd64\) \(webtool_3\.1\.0_linux_amd64\.zip\) is not available locally/,
    show(install),
  );
  assert.match(install.stderr, /bundle create/);
  const init = await atmosIsolated(dir, env, ['terraform', 'init', '-input=false', '-no-color']);
  assert.notEqual(init.code, 0);
  assert.match(init.stderr, new RegExp(`offline: git repository ${world.gitUrl.replace(/[.]/g, '\\.')} is not available locally`), show(init));
});
