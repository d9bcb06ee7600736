/*
 * The root action's Terraform plugin cache (in-process over src/ through the ActionIO seam):
 * TF_PLUGIN_CACHE_DIR exported under the cache root unless the user chose one or turned it
 * off, and, before the cache root is saved, the proxy's provider zips that the plugin cache
 * holds unpacked under a lock-file h1 left out — and only those.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { providersBaseFrom, terraformInit } from '../../demo/terraformLike.js';
import { rootAction } from '../../src/actions/root/action.js';
import { h1OfZip } from '../../src/mirror/index.js';
import { makeRunnerDirs } from '../support/actionRunner.js';
import { startStandIns } from '../support/actionStandIns.js';
import { runPhase, SRC_CLI } from '../support/recordingIO.js';
import { tempDir } from '../support/tmp.js';

const { cacheService, upstreams, trackPid } = await startStandIns();
const action = rootAction(SRC_CLI);
let jobs = 0;

/** A runner with an empty toolchain (nothing to install) and its own cache root. */
function workspace() {
  const dirs = makeRunnerDirs(tempDir('atmos-root-plugins-'));
  writeFileSync(path.join(dirs.workspace, 'atmos.yaml'), YAML.stringify({ toolchain: { registries: [] } }));
  const xdg = path.join(dirs.root, 'xdg');
  return { dirs, xdg, env: { ...cacheService.env, ATMOS_XDG_CACHE_HOME: xdg, GITHUB_RUN_ID: String(Date.now() * 10 + jobs++) } };
}

/** The proxy's cached zip of the null provider (after one install through it). */
function cachedZips(xdg: string): string[] {
  const dir = path.join(xdg, 'atmos', 'terraform', 'registry', 'providers', 'registry.terraform.io', 'hashicorp', 'null');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.zip')) : [];
}

/**
 * One cold job: main, an install of hashicorp/null through the proxy (as `terraform init`
 * fills the registry cache), the provider unpacked into the exported plugin cache (as
 * terraform does), a lock file (with the package's h1 when `locked`), post.
 */
async function coldJob(key: string, locked: boolean, committed = true) {
  const { dirs, xdg, env } = workspace();
  const inputs = { mirror: 'true', 'mirror-upstreams': upstreams, cache: 'true', 'cache-key': key, 'toolchain-cache': 'false' };
  const main = await runPhase(action, dirs, { env, inputs });
  trackPid(main.state['mirror-pid']);
  assert.equal(main.failed, undefined, main.text);
  const [installed] = await terraformInit(main.outputs['cli-config'], [{ ns: 'hashicorp', type: 'null' }]);
  const [zipName] = cachedZips(xdg);
  assert.ok(zipName, 'the proxy cached the provider zip');
  const zip = path.join(xdg, 'atmos', 'terraform', 'registry', 'providers', 'registry.terraform.io', 'hashicorp', 'null', zipName);
  const plugins = main.exported.TF_PLUGIN_CACHE_DIR;
  const unpacked = path.join(plugins, 'registry.terraform.io', 'hashicorp', 'null', installed.version, 'linux_amd64');
  mkdirSync(unpacked, { recursive: true });
  execFileSync('unzip', ['-q', zip, '-d', unpacked]);
  const h1 = await h1OfZip(zip);
  const hashes = locked ? `"${h1}", ` : '';
  mkdirSync(path.join(dirs.workspace, 'infra'), { recursive: true });
  writeFileSync(
    path.join(dirs.workspace, 'infra', '.terraform.lock.hcl'),
    `provider "registry.terraform.io/hashicorp/null" {\n  version = "${installed.version}"\n  hashes = [\n    ${hashes}"zh:0000000000000000000000000000000000000000000000000000000000000000",\n  ]\n}\n`,
  );
  if (committed) {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dirs.workspace });
    git('init', '-q');
    git('add', 'infra/.terraform.lock.hcl');
    git('commit', '-q', '-m', 'lock');
  }
  const post = await runPhase(action, dirs, {
    env: { ...env, TF_PLUGIN_CACHE_DIR: plugins },
    state: main.state,
    inputs: { ...inputs, 'job-status': 'success' },
  });
  assert.equal(post.failed, undefined, post.text);
  return { dirs, xdg, main, post, zip, unpacked, inputs };
}

describe('root action: Terraform plugin cache', () => {
  it('exports TF_PLUGIN_CACHE_DIR under the cache root, created, and not in the mirror-less, cache-less case either', async () => {
    const { dirs, xdg, env } = workspace();
    const main = await runPhase(action, dirs, { env, inputs: { 'toolchain-cache': 'false' } });
    assert.equal(main.failed, undefined, main.text);
    assert.equal(main.exported.TF_PLUGIN_CACHE_DIR, path.join(xdg, 'atmos', 'terraform', 'plugins'));
    assert.ok(existsSync(main.exported.TF_PLUGIN_CACHE_DIR), 'terraform ignores a plugin cache directory that does not exist');
  });

  it("leaves a user's TF_PLUGIN_CACHE_DIR (env or CLI config) alone, and exports nothing with plugin-cache: false", async () => {
    const user = workspace();
    const mine = path.join(user.dirs.root, 'my-plugins');
    const a = await runPhase(action, user.dirs, { env: { ...user.env, TF_PLUGIN_CACHE_DIR: mine }, inputs: { 'toolchain-cache': 'false' } });
    assert.equal(a.failed, undefined, a.text);
    assert.equal(a.exported.TF_PLUGIN_CACHE_DIR, undefined);

    const rc = path.join(user.dirs.root, 'terraformrc');
    writeFileSync(rc, `plugin_cache_dir = "${mine}"\n`);
    const b = await runPhase(action, user.dirs, { env: { ...user.env, TF_CLI_CONFIG_FILE: rc }, inputs: { 'toolchain-cache': 'false' } });
    assert.equal(b.failed, undefined, b.text);
    assert.equal(b.exported.TF_PLUGIN_CACHE_DIR, undefined);

    const off = workspace();
    const c = await runPhase(action, off.dirs, { env: off.env, inputs: { 'toolchain-cache': 'false', 'plugin-cache': 'false' } });
    assert.equal(c.failed, undefined, c.text);
    assert.equal(c.exported.TF_PLUGIN_CACHE_DIR, undefined);
  });

  it('saves each provider once: the zip the plugin cache holds under a lock-file h1 is left out; the next job restores the unpacked copy', async () => {
    const key = `plugins-once-${Date.now()}`;
    const job = await coldJob(key, true);
    assert.match(job.post.text, /1 provider zip\(s\) \([\d.]+ MB\) left out of the cache root/);
    assert.equal(existsSync(job.zip), false, 'the duplicate zip is not archived');
    assert.equal(existsSync(`${job.zip}.hashes.json`), false);
    assert.ok(
      cacheService.entries.some((e) => e.key === key && e.finalized),
      'the cache root is saved',
    );

    // The next job: the unpacked provider is back (and the proxy would fetch the zip again if asked).
    const next = workspace();
    const again = await runPhase(action, next.dirs, { env: next.env, inputs: { ...job.inputs, mirror: 'false' } });
    assert.equal(again.failed, undefined, again.text);
    assert.equal(again.outputs['cache-hit'], 'true');
    const restored = path.join(again.exported.TF_PLUGIN_CACHE_DIR, path.relative(job.main.exported.TF_PLUGIN_CACHE_DIR, job.unpacked));
    assert.ok(readdirSync(restored).length > 0, 'the plugin cache is restored');
    assert.deepEqual(cachedZips(next.xdg), []);
    assert.ok(providersBaseFrom(job.main.outputs['cli-config']));
  });

  it('keeps the zip when no lock file records the unpacked copy’s h1 (Terraform would not take it from the plugin cache)', async () => {
    const job = await coldJob(`plugins-unlocked-${Date.now()}`, false);
    assert.doesNotMatch(job.post.text, /left out of the cache root/);
    assert.ok(existsSync(job.zip), 'the zip stays in the registry cache');
  });

  it('keeps the zip when the lock file with the h1 is not committed (the next job checks out HEAD without it)', async () => {
    const job = await coldJob(`plugins-uncommitted-${Date.now()}`, true, false);
    assert.doesNotMatch(job.post.text, /left out of the cache root/);
    assert.ok(existsSync(job.zip), 'the zip stays in the registry cache');
  });
});
