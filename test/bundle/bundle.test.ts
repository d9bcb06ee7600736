import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { createBundle, diffManifests, importBundle, readManifest, verifyBundle, exportCache } from '../../src/bundle/index.js';
import { AtmosError } from '../../src/common/errors.js';
import { loadConfig } from '../../src/config/load.js';
import { tempDir } from '../support/tmp.js';
import { startWorld, type World } from './world.js';

/**
 * Bundles end to end in-process against loopback stand-ins: create (twice: same bytes),
 * verify, ls, import (and re-import, and a conflicting cache), tampering, from-cache-only,
 * diff between the bundles of two lock files, and the cache export.
 */
// At the top level: the temp directories and servers live as long as the file.
const world: World = await startWorld();
const root = tempDir('atmos-ts-bundle-');
const projectA = path.join(root, 'a');
const projectB = path.join(root, 'b');
const cacheHome = path.join(root, 'cache-home');
const env = { ...process.env, ATMOS_XDG_CACHE_HOME: cacheHome, ATMOS_HTTP_RETRY_MIN_MS: '5', NO_PROXY: '127.0.0.1,localhost', ATMOS_OFFLINE: '' };

world.project(projectA, { provider: '3.2.3', tool: '3.1.0', randomProvider: true, terraformLock: true });
world.project(projectB, { provider: '3.2.4', tool: '3.2.0', randomProvider: true, terraformLock: true });
after(() => world.close());

const configFor = (dir: string, extraEnv: NodeJS.ProcessEnv = {}) => loadConfig({ cwd: dir, env: { ...env, ...extraEnv } });
const create = (dir: string, output: string, extra: { fromCacheOnly?: boolean; env?: NodeJS.ProcessEnv } = {}) =>
  createBundle({ config: configFor(dir, extra.env), paths: [], output, cwd: dir, env: { ...env, ...extra.env }, fromCacheOnly: extra.fromCacheOnly });

test('create fills the cache, and a second create reads only the cache and writes the same bytes', async () => {
  const first = path.join(root, 'a1.tar.zst');
  const second = path.join(root, 'a2.tar.zst');
  await create(projectA, first);
  const requests = world.requests();
  await create(projectA, second);
  assert.equal(world.requests(), requests, 'the second create fetched nothing');
  assert.ok(readFileSync(first).equals(readFileSync(second)), 'two creates from the same inputs give identical bytes');

  const m = await readManifest(first);
  assert.deepEqual(m.platforms, ['darwin_arm64', 'linux_amd64']);
  assert.deepEqual(
    m.tools.map((t) => `${t.name}@${t.version}/${t.platform}`),
    ['example/webtool@3.1.0/darwin_arm64', 'example/webtool@3.1.0/linux_amd64'],
  );
  assert.deepEqual(
    m.providers.map((p) => `${p.address}@${p.version}:${p.platforms.join(',')}`),
    ['registry.terraform.io/hashicorp/null@3.2.3:darwin_arm64,linux_amd64', 'registry.terraform.io/hashicorp/random@3.6.0:darwin_arm64,linux_amd64'],
  );
  assert.deepEqual(
    m.modules.map((x) => `${x.address}@${x.version}`),
    ['registry.terraform.io/acme/network/null@1.0.0', 'registry.terraform.io/cloudposse/label/null@0.25.0'],
  );
  assert.deepEqual(
    m.git.map((g) => g.url),
    [world.gitUrl],
  );
  assert.deepEqual(
    m.inputs.map((i) => i.path),
    ['.terraform.lock.hcl', 'toolchain.lock.yaml'],
  );
  for (const p of ['SHA256SUMS', 'SHA256SUMS.sig'])
    assert.ok(
      m.objects.some((o) => o.path.endsWith(`null_3.2.3_${p}`)),
      p,
    );

  const report = await verifyBundle(first);
  assert.deepEqual(report.problems, []);
  assert.equal(report.signaturesChecked, 2, 'one SHA256SUMS signature per provider version');
});

test('verify checks completeness against lock files given', async () => {
  const report = await verifyBundle(path.join(root, 'a1.tar.zst'), {
    lockFiles: [path.join(projectB, '.terraform.lock.hcl'), path.join(projectB, 'toolchain.lock.yaml')],
  });
  assert.deepEqual(report.problems.sort(), [
    `${path.join(projectB, '.terraform.lock.hcl')}: provider registry.terraform.io/hashicorp/null 3.2.4 is not in the bundle`,
    `${path.join(projectB, 'toolchain.lock.yaml')}: tool example/webtool@3.2.0 (darwin_arm64) is not in the bundle`,
    `${path.join(projectB, 'toolchain.lock.yaml')}: tool example/webtool@3.2.0 (linux_amd64) is not in the bundle`,
  ]);
});

test('diff between the bundles of two lock files names exactly the changed provider and tool', async () => {
  const b = path.join(root, 'b.tar.zst');
  await create(projectB, b);
  const changes = diffManifests(await readManifest(path.join(root, 'a1.tar.zst')), await readManifest(b));
  assert.deepEqual(changes, [
    { kind: 'tool', name: 'example/webtool', change: 'changed', from: '3.1.0', to: '3.2.0' },
    { kind: 'provider', name: 'registry.terraform.io/hashicorp/null', change: 'changed', from: '3.2.3', to: '3.2.4' },
  ]);
  assert.deepEqual(diffManifests(await readManifest(b), await readManifest(b)), []);
});

test('import into an empty cache, again (all identical), and never over a different object', async () => {
  const target = path.join(root, 'import-home');
  const config = loadConfig({ cwd: projectA, env: { ...env, ATMOS_XDG_CACHE_HOME: target } });
  const first = await importBundle(path.join(root, 'a1.tar.zst'), { config });
  const m = await readManifest(path.join(root, 'a1.tar.zst'));
  assert.equal(first.added, m.objects.length);
  const zip = path.join(config.cacheRoot, 'toolchain', 'downloads', 'example', 'webtool', '3.1.0', 'linux_amd64', 'webtool_3.1.0_linux_amd64.zip');
  assert.ok(existsSync(zip));
  const again = await importBundle(path.join(root, 'a1.tar.zst'), { config });
  assert.equal(again.identical, m.objects.length - m.objects.filter((o) => o.path.startsWith('git/')).length);
  assert.equal(again.added, 0);

  writeFileSync(zip, 'not the tool');
  const providerZip = path.join(
    config.cacheRoot,
    'terraform',
    'registry',
    'providers',
    'registry.terraform.io',
    'hashicorp',
    'null',
    'terraform-provider-null_3.2.3_linux_amd64.zip',
  );
  const { rmSync } = await import('node:fs');
  rmSync(providerZip);
  await assert.rejects(
    importBundle(path.join(root, 'a1.tar.zst'), { config }),
    (err: unknown) => err instanceof AtmosError && err.code === 'BUNDLE_CONFLICT' && /webtool_3\.1\.0_linux_amd64\.zip/.test(err.explanation ?? ''),
  );
  assert.equal(readFileSync(zip, 'utf8'), 'not the tool', 'the different object was not replaced');
  assert.ok(!existsSync(providerZip), 'nothing was imported: a missing object stays missing when the import is refused');
});

test('a flipped byte in a bundled object: verify names it, import rejects it and imports nothing', async () => {
  const good = path.join(root, 'a1.tar.zst');
  const tarFile = path.join(root, 'tampered.tar');
  execFileSync('zstd', ['-q', '-d', '-f', good, '-o', tarFile]);
  const bytes = readFileSync(tarFile);
  // The signed SHA256SUMS: find its data by walking the tar headers.
  const m = await readManifest(good);
  const sums = m.objects.find((o) => o.path.endsWith('null_3.2.3_SHA256SUMS'))!;
  const at = tarDataOffset(bytes, `objects/${sums.path}`);
  assert.ok(at > 0, 'found the object in the tar');
  bytes[at] = bytes[at] === 0x30 ? 0x31 : 0x30;
  writeFileSync(tarFile, bytes);
  const bad = path.join(root, 'tampered.tar.zst');
  execFileSync('zstd', ['-q', '-f', tarFile, '-o', bad]);

  const report = await verifyBundle(bad);
  assert.ok(
    report.problems.some((p) => p.startsWith(`${sums.path}: sha256`)),
    report.problems.join('\n'),
  );

  const target = path.join(root, 'tamper-home');
  const config = loadConfig({ cwd: projectA, env: { ...env, ATMOS_XDG_CACHE_HOME: target } });
  await assert.rejects(importBundle(bad, { config }), (err: unknown) => err instanceof AtmosError && err.code === 'BUNDLE_CORRUPT');
  const left = existsSync(config.cacheRoot) ? readdirSync(config.cacheRoot, { recursive: true }) : [];
  assert.deepEqual(left, [], 'nothing imported, no staging left');
});

test('--from-cache-only on an empty cache lists every missing object and fetches nothing', async () => {
  const requests = world.requests();
  const emptyHome = path.join(root, 'empty-home');
  await assert.rejects(
    create(projectA, path.join(root, 'never.tar.zst'), { fromCacheOnly: true, env: { ATMOS_XDG_CACHE_HOME: emptyHome } }),
    (err: unknown) => {
      assert.ok(err instanceof AtmosError && err.code === 'BUNDLE_INCOMPLETE', String(err));
      for (const what of [
        'tool example/webtool@3.1.0 (linux_amd64)',
        'provider registry.terraform.io/hashicorp/null 3.2.3 (linux_amd64)',
        'module registry.terraform.io/cloudposse/label/null',
        `git repository ${world.gitUrl}`,
      ]) {
        assert.ok(err.explanation?.includes(what), `${what} in:\n${err.explanation}`);
      }
      return true;
    },
  );
  assert.equal(world.requests(), requests, 'no request reached the upstreams');
  assert.ok(!existsSync(path.join(root, 'never.tar.zst')));
});

test('ci cache export: the cache root as a bundle that imports into another cache root', async () => {
  const out = path.join(root, 'cache.tar.zst');
  const result = await exportCache({ config: configFor(projectA), output: out });
  assert.equal(result.manifest.kind, 'cache');
  assert.ok(result.manifest.objects.some((o) => o.path.startsWith('cache/terraform/registry/providers/')));
  assert.ok(!result.manifest.objects.some((o) => o.path.includes('/tls/')), 'no TLS keys');
  assert.deepEqual((await verifyBundle(out)).problems, []);
  const other = loadConfig({ cwd: projectA, env: { ...env, ATMOS_XDG_CACHE_HOME: path.join(root, 'moved-home') } });
  const report = await importBundle(out, { config: other });
  assert.equal(report.added, result.manifest.objects.length);
});

/** Offset of an entry's data in a tar (ustar headers, pax `path` records). */
function tarDataOffset(tarBytes: Buffer, name: string): number {
  let off = 0;
  let paxPath: string | undefined;
  while (off + 512 <= tarBytes.length && tarBytes[off] !== 0) {
    const size = parseInt(tarBytes.subarray(off + 124, off + 135).toString('ascii'), 8);
    const type = String.fromCharCode(tarBytes[off + 156]!);
    const data = off + 512;
    if (type === 'x') {
      paxPath = /\d+ path=([^\n]*)\n/.exec(tarBytes.subarray(data, data + size).toString('utf8'))?.[1];
    } else {
      const cstr = (b: Buffer) => b.subarray(0, b.indexOf(0) < 0 ? b.length : b.indexOf(0)).toString('utf8');
      const prefix = cstr(tarBytes.subarray(off + 345, off + 500));
      const entry = paxPath ?? (prefix ? `${prefix}/` : '') + cstr(tarBytes.subarray(off, off + 100));
      paxPath = undefined;
      if (entry === name) return data;
    }
    off = data + Math.ceil(size / 512) * 512;
  }
  return -1;
}

test('setup-toolchain with bundle: and offline: installs from the bundle and fetches nothing', async () => {
  const { runPhase } = await import('../support/recordingIO.js');
  const { makeRunnerDirs } = await import('../support/actionRunner.js');
  const { setupToolchainAction } = await import('../../src/actions/setup-toolchain/action.js');
  const dirs = makeRunnerDirs(tempDir('atmos-ts-bundle-action-'));
  const requests = world.requests();
  const io = await runPhase(setupToolchainAction, dirs, {
    inputs: {
      bundle: path.join(root, 'a1.tar.zst'),
      offline: 'true',
      cache: 'false',
      config: path.join(projectA, 'atmos.yaml'),
      'tool-versions': path.join(projectA, '.tool-versions'),
    },
    env: { ATMOS_XDG_CACHE_HOME: path.join(root, 'action-home'), AQUA_GOOS: 'linux', AQUA_GOARCH: 'amd64' },
  });
  assert.equal(io.exported.ATMOS_OFFLINE, '1');
  assert.equal(io.failed, undefined, io.text);
  assert.match(io.outputs.tools ?? '', /example\/webtool/);
  assert.equal(world.requests(), requests, 'nothing fetched');
});
