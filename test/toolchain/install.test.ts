import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { startGithubUpstream } from '../support/githubUpstream.js';
import { startHarness, type Harness } from '../support/toolchainHarness.js';
import type { RegistrySet } from '../../src/toolchain/registry/types.js';
import { allFixtures, bz2Tool, ghCli, gzTool, helm, jq, opentofu, terraform, tflint, tgzTool, xzTool, yq } from '../support/realTools.js';

// One fake upstream for the file; each test gets its own project and install root (fresh()),
// so none depends on what an earlier one installed.
const up = await startGithubUpstream();
after(() => up.close());
for (const f of allFixtures) await f.publish(up, '1.0.0');
await terraform.publish(up, '1.9.8');
await terraform.publish(up, '1.10.3');
await opentofu.publish(up, '1.10.3');
await helm.publish(up, '3.16.2');

/** A new project and cache root on the shared upstream (removed when the calling test ends). */
function fresh(): Promise<Harness> {
  return startHarness({ up });
}

async function installed(h: Harness, specs: { tool: string; version: string }[]): Promise<void> {
  const tc = await h.toolchain();
  for (const o of await tc.install(specs)) assert.equal(o.status, 'installed', `${o.tool.name}: ${o.error?.message}`);
}

/** Sum of the sizes of every file under `dir` (lstat sizes, found without the engine's code). */
function fileBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isDirectory()) total += lstatSync(path.join(e.parentPath, e.name)).size;
  }
  return total;
}

function run(bin: string): string {
  return execFileSync(bin, { encoding: 'utf8' }).trim();
}

describe('toolchain install', () => {
  it('installs every archive format and lays binaries out as bin/<owner>/<repo>/<version>/<name>', async () => {
    const h = await fresh();
    const tc = await h.toolchain();
    const fixtures = [terraform, opentofu, helm, tflint, jq, yq, ghCli, xzTool, bz2Tool, tgzTool, gzTool];
    const outcomes = await tc.install(fixtures.map((f) => ({ tool: f.name, version: '1.0.0' })));
    for (const o of outcomes) assert.equal(o.status, 'installed', `${o.tool.name}: ${o.error?.message}`);
    for (const f of fixtures) {
      const bin = path.join(tc.installRoot, 'bin', f.owner, f.repo, '1.0.0', f.binary);
      assert.ok(existsSync(bin), bin);
      assert.equal(statSync(bin).mode & 0o777, 0o755);
      assert.equal(run(bin), `${f.binary} 1.0.0`);
    }
    // Only the commands are installed (plus our metadata), not LICENSE/README/man pages.
    const helmDir = path.join(tc.installRoot, 'bin', 'helm', 'helm', '1.0.0');
    assert.deepEqual(readdirSync(helmDir).sort(), ['.atmos-install.json', 'helm']);
    // No staging leftovers, no kept archives.
    assert.deepEqual(readdirSync(path.join(tc.installRoot, 'tmp')), []);
  });

  it('a second install is a no-op that makes no request', async () => {
    const h = await fresh();
    await installed(h, [{ tool: 'tofu', version: '1.0.0' }]);
    const tc = await h.toolchain();
    up.resetCounts();
    const [o] = await tc.install([{ tool: 'tofu', version: '1.0.0' }]);
    assert.equal(o.status, 'already-installed');
    assert.equal(up.requests.length, 0);
  });

  it('keeps several versions side by side', async () => {
    const h = await fresh();
    const tc = await h.toolchain();
    await tc.install([
      { tool: 'terraform', version: '1.9.8' },
      { tool: 'terraform', version: '1.10.3' },
    ]);
    assert.equal(run(await tc.binaryFor({ tool: 'terraform', version: '1.9.8' })), 'terraform 1.9.8');
    assert.equal(run(await tc.binaryFor({ tool: 'terraform', version: '1.10.3' })), 'terraform 1.10.3');
  });

  it('reinstall replaces the version in place', async () => {
    const h = await fresh();
    await installed(h, [{ tool: 'tflint', version: '1.0.0' }]);
    const tc = await h.toolchain();
    up.resetCounts();
    const [o] = await tc.install([{ tool: 'tflint', version: '1.0.0' }], { reinstall: true });
    assert.equal(o.status, 'installed');
    assert.equal(up.count('/terraform-linters/tflint/releases/download/v1.0.0/tflint_linux_amd64.zip'), 1);
    assert.equal(run(await tc.binaryFor({ tool: 'tflint', version: '1.0.0' })), 'tflint 1.0.0');
  });

  it('installs everything in .tool-versions in parallel and puts the defaults on PATH', { timeout: 20_000 }, async () => {
    const h = await fresh();
    h.writeToolVersions('# tools\nterraform 1.10.3 1.9.8\nopentofu/opentofu 1.10.3 # inline comment\nhelm\t3.16.2\n');
    await installed(h, [{ tool: 'terraform', version: '1.9.8' }]);
    const tc = await h.toolchain();
    const assets = [
      '/hashicorp/terraform/1.10.3/terraform_1.10.3_linux_amd64.zip',
      '/opentofu/opentofu/releases/download/v1.10.3/tofu_1.10.3_linux_amd64.tar.gz',
      '/helm/helm-v3.16.2-linux-amd64.tar.gz',
    ];
    // The three downloads are held until all three have been asked for: installed one after
    // another, the first would wait forever (and the test time out).
    up.resetCounts();
    up.gate(assets, 3);
    const outcomes = await tc.install('all', { maxConcurrency: 3 }).finally(() => up.clearFaults());
    assert.deepEqual(outcomes.map((o) => `${o.tool.repoName}@${o.version}:${o.status}`).sort(), [
      'helm@3.16.2:installed',
      'opentofu@1.10.3:installed',
      'terraform@1.10.3:installed',
      'terraform@1.9.8:already-installed',
    ]);
    assert.equal(up.peakInFlight(assets), 3, 'the three downloads were in flight together');
    const dirs = await tc.pathEntries();
    assert.deepEqual(dirs, [
      path.join(tc.installRoot, 'bin/hashicorp/terraform/1.10.3'),
      path.join(tc.installRoot, 'bin/opentofu/opentofu/1.10.3'),
      path.join(tc.installRoot, 'bin/helm/helm/3.16.2'),
    ]);
    // binaryFor without a version takes the .tool-versions default.
    assert.equal(run(await tc.binaryFor({ tool: 'terraform' })), 'terraform 1.10.3');
    assert.equal(run(await tc.binaryFor({ tool: 'tofu' })), 'tofu 1.10.3');
    const status = await tc.status();
    const tf = status.filter((s) => s.tool.repoName === 'terraform' && (s.version === '1.10.3' || s.version === '1.9.8'));
    assert.deepEqual(
      tf.map((s) => [s.version, s.isDefault, s.installed]),
      [
        ['1.10.3', true, true],
        ['1.9.8', false, true],
      ],
    );
  });

  it('writes the lock entry for the current platform with url, checksum and size', async () => {
    const h = await fresh();
    await installed(h, [
      { tool: 'terraform', version: '1.10.3' },
      { tool: 'yq', version: '1.0.0' },
    ]);
    const tc = await h.toolchain();
    const lock = readFileSync(tc.lockPath, 'utf8');
    assert.equal(path.dirname(tc.lockPath), h.dir);
    assert.match(lock, /^# Generated by atmos-ts /);
    assert.match(lock, /hashicorp\/terraform:\n\s+versions:\n(\s+.*\n)*?\s+1\.10\.3:\n/);
    assert.match(lock, /url: https:\/\/releases\.hashicorp\.com\/terraform\/1\.10\.3\/terraform_1\.10\.3_linux_amd64\.zip/);
    assert.match(lock, /lock_file_version: 2/);
    assert.match(lock, /checksum_algorithm: sha512/); // yq verified with its sha512 file
  });

  it('binaryFor auto-installs a missing version when asked, and errors otherwise', async () => {
    const h = await fresh();
    const tc = await h.toolchain();
    await assert.rejects(tc.binaryFor({ tool: 'helm', version: '1.0.0-missing' }), { code: 'TOOL_NOT_INSTALLED' });
    await tc.uninstall([{ tool: 'jq', version: '1.0.0' }]);
    await assert.rejects(tc.binaryFor({ tool: 'jq', version: '1.0.0' }), { code: 'TOOL_NOT_INSTALLED' });
    const bin = await tc.binaryFor({ tool: 'jq', version: '1.0.0' }, { autoInstall: true });
    assert.equal(run(bin), 'jq 1.0.0');
  });

  it('uninstall removes a version and leaves the others', async () => {
    const h = await fresh();
    await installed(h, [
      { tool: 'terraform', version: '1.9.8' },
      { tool: 'terraform', version: '1.10.3' },
    ]);
    const tc = await h.toolchain();
    const res = await tc.uninstall([{ tool: 'terraform', version: '1.9.8' }]);
    assert.deepEqual(
      res.map((r) => r.removed),
      [true],
    );
    assert.ok(!existsSync(path.join(tc.installRoot, 'bin/hashicorp/terraform/1.9.8')));
    assert.ok(existsSync(path.join(tc.installRoot, 'bin/hashicorp/terraform/1.10.3/terraform')));
  });

  it('warm lookups (binaryFor, pathEntries, install of an installed pin) never touch the registry or the network', async () => {
    const h = await fresh();
    const noRegistry = new Proxy({} as RegistrySet, {
      get: (_t, prop) => () => {
        throw new Error(`registry.${String(prop)} was called`);
      },
    });
    await installed(h, [
      { tool: 'terraform', version: '1.10.3' },
      { tool: 'tofu', version: '1.10.3' },
      { tool: 'helm', version: '3.16.2' },
    ]);
    h.writeConfig({ use_lock_file: false });
    h.writeToolVersions('terraform 1.10.3\nopentofu/opentofu 1.10.3\nhelm 3.16.2\n');
    const tc = await h.toolchain({ registry: noRegistry });
    up.resetCounts();
    assert.equal(run(await tc.binaryFor({ tool: 'tofu' })), 'tofu 1.10.3');
    assert.equal(run(await tc.binaryFor({ tool: 'helm' })), 'helm 3.16.2');
    assert.equal((await tc.pathEntries()).length, 3);
    const outcomes = await tc.install('all');
    assert.ok(outcomes.every((o) => o.status === 'already-installed'));
    assert.equal(up.requests.length, 0);
  });

  it('du, status, clean --cache-only and clean report and remove what is on disk', async () => {
    const h = await fresh();
    h.writeToolVersions('terraform 1.10.3\n');
    await installed(h, [
      { tool: 'terraform', version: '1.10.3' },
      { tool: 'yq', version: '1.0.0' },
    ]);
    const tc = await h.toolchain();
    await tc.lock([{ tool: 'tflint', version: '1.0.0' }]); // leaves a verified download in the cache
    const du = await tc.du();
    const bin = (o: string, r: string, v: string) => path.join(tc.installRoot, 'bin', o, r, v);
    assert.deepEqual(du.tools.map((t) => [t.tool, t.version, t.bytes]).sort(), [
      ['hashicorp/terraform', '1.10.3', fileBytes(bin('hashicorp', 'terraform', '1.10.3'))],
      ['mikefarah/yq', '1.0.0', fileBytes(bin('mikefarah', 'yq', '1.0.0'))],
    ]);
    const tflintZip = up.requests.find((r) => r.path.endsWith('/tflint_linux_amd64.zip'));
    assert.ok(tflintZip, 'lock downloaded tflint');
    const lockedSize = Number(/tflint[\s\S]*?size: (\d+)/.exec(readFileSync(tc.lockPath, 'utf8'))?.[1]);
    assert.ok(lockedSize > 0);
    assert.equal(du.downloadsBytes, lockedSize, 'the downloads cache holds the one verified tflint archive');
    assert.equal(du.totalBytes, fileBytes(path.join(tc.installRoot, 'bin')) + lockedSize, 'total = every installed file + the download');
    const status = await tc.status();
    assert.ok(status.some((s) => s.tool.repoName === 'yq' && s.installed && !s.isDefault && s.sizeBytes! > 0));

    const dry = await tc.clean({ cacheOnly: true, dryRun: true });
    assert.ok(dry.paths.some((p) => p.endsWith('downloads')));
    assert.ok(existsSync(path.join(tc.installRoot, 'downloads')));
    await tc.clean({ cacheOnly: true });
    assert.ok(!existsSync(path.join(tc.installRoot, 'downloads')));
    assert.ok(existsSync(path.join(tc.installRoot, 'bin')));
    const all = await tc.clean();
    assert.ok(all.bytes > 0);
    assert.ok(!existsSync(path.join(tc.installRoot, 'bin')));
    assert.deepEqual(await tc.pathEntries(), []);
  });

  it('install --default makes the version the sole default in .tool-versions', async () => {
    const h = await fresh();
    h.writeToolVersions('terraform 1.9.8 1.10.3\n');
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'terraform', version: '1.10.3' }], { setDefault: true });
    assert.notEqual(o.status, 'failed', o.error?.message);
    assert.deepEqual(await tc.configuredVersions(), { terraform: ['1.10.3'] });
  });

  it('Windows plans keep .exe command names (raw asset)', async () => {
    const h = await fresh();
    up.addRelease('jqlang', 'jq', 'jq-1.0.0', { 'jq-windows-amd64.exe': 'MZ fake exe' });
    const tc = await h.toolchain({ env: { AQUA_GOOS: 'windows', AQUA_GOARCH: 'amd64' } });
    assert.deepEqual(tc.platform, { os: 'windows', arch: 'amd64' });
    const [o] = await tc.install([{ tool: 'jq', version: '1.0.0' }]);
    assert.equal(o.status, 'installed', o.error?.message);
    assert.deepEqual(o.binaries, [path.join(tc.installRoot, 'bin/jqlang/jq/1.0.0/jq.exe')]);
    assert.equal(await tc.binaryFor({ tool: 'jq', version: '1.0.0' }), path.join(tc.installRoot, 'bin/jqlang/jq/1.0.0/jq.exe'));
    await tc.uninstall([{ tool: 'jq', version: '1.0.0' }]);
  });
});
