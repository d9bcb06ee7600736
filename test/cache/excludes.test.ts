import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { listArchive } from '../../src/cache/archive.js';
import { DirCacheBackend } from '../../src/cache/backends/dir.js';
import { ensureTls } from '../../src/mirror/tls.js';
import { tempDir } from '../support/tmp.js';
import { runCli } from '../support/cacheCli.js';

/** Outside any CI: the dir backend needs no runtime token. */
const noCi = { GITHUB_ACTIONS: undefined, CI: undefined, ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: undefined, GITHUB_RUN_ID: undefined };

interface Layout {
  /** components.terraform.cache.location, relative to the atmos cache root (unset = default). */
  location?: string;
  /** ci.cache.root relative to the atmos cache root (unset = the cache root). */
  root?: string;
  paths?: string[];
  /** An archive path (relative to the CI root) that must be there, so the check is not vacuous. */
  kept: string;
}

/**
 * Build the atmos cache root with a real registry cache (TLS keys made by the mirror
 * engine itself) at the configured location, save it with the dir backend, and return the
 * archive's entry names and decompressed bytes.
 */
async function saveLayout(layout: Layout): Promise<{ names: string[]; bytes: Buffer; stderr: string }> {
  const work = tempDir('atmos-ts-excludes-');
  const xdg = path.join(work, 'xdg');
  const cacheRoot = path.join(xdg, 'atmos');
  const registry = path.join(cacheRoot, layout.location ?? 'terraform/registry');
  await ensureTls(registry);
  const files: Record<string, string> = {
    [path.join(registry, 'providers/registry.terraform.io/hashicorp/null/3.2.0/terraform-provider-null_3.2.0_linux_amd64.zip')]: 'zip',
    [path.join(cacheRoot, 'toolchain/bin/terraform')]: 'tf',
    [path.join(cacheRoot, 'auth/session.json')]: 'SESSION',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  const shared = path.join(work, 'shared');
  const yaml = [
    'components:',
    '  terraform:',
    '    cache:',
    ...(layout.location ? [`      location: ${registry}`] : []),
    'ci:',
    '  cache:',
    '    backend: dir',
    `    dir: ${shared}`,
    ...(layout.root ? [`    root: ${path.join(cacheRoot, layout.root)}`] : []),
    ...(layout.paths ? [`    paths: [${layout.paths.join(', ')}]`] : []),
  ];
  writeFileSync(path.join(work, 'atmos.yaml'), `${yaml.join('\n')}\n`);
  const res = await runCli(['--config', path.join(work, 'atmos.yaml'), 'ci', 'cache', 'save', '--key', 'layout'], { ...noCi, ATMOS_XDG_CACHE_HOME: xdg });
  assert.equal(res.code, 0, res.stderr);
  const [entry] = await new DirCacheBackend(shared).entries();
  assert.ok(entry, `an entry was saved: ${res.stderr}`);
  const file = path.join(shared, entry.archive);
  const bytes = entry.compression === 'zstd' ? execFileSync('zstd', ['-q', '-d', '-c', file], { maxBuffer: 1 << 28 }) : gunzipSync(readFileSync(file));
  return { names: (await listArchive(file, entry.compression)).map((n) => n.replace(/^\.\//, '').replace(/\/$/, '')), bytes, stderr: res.stderr };
}

function assertNoSecrets(names: string[], bytes: Buffer, kept: string): void {
  assert.ok(names.includes(kept), `${kept} is archived (entries: ${names.join(', ')})`);
  const leaked = names.filter((n) => /(^|\/)(tls|auth|\.atmos-ts)(\/|$)|-key\.pem$/.test(n));
  assert.deepEqual(leaked, [], 'no TLS, credential or state entry in the archive');
  assert.ok(!bytes.includes('PRIVATE KEY'), 'no private key bytes anywhere in the archive');
}

describe('ci cache never archives secrets, wherever the registry cache and the CI root are', () => {
  const layouts: [string, Layout][] = [
    ['default layout', { kept: 'terraform/registry/providers' }],
    ['custom location inside the root', { location: 'registry-cache', kept: 'registry-cache/providers' }],
    ['root = a parent of the registry cache', { root: 'terraform', kept: 'registry/providers' }],
    ['root = the registry cache itself', { root: 'terraform/registry', kept: 'providers' }],
    ['root = a child of the registry cache', { root: 'terraform/registry/providers', kept: 'registry.terraform.io' }],
    [
      'a ci.cache.paths entry containing the registry cache',
      { location: 'registry-cache', paths: ['registry-cache', 'toolchain'], kept: 'registry-cache/providers' },
    ],
    ['a ci.cache.paths entry that is a parent of the default registry cache', { paths: ['terraform'], kept: 'terraform/registry/providers' }],
    ['custom location two levels down, root = its grandparent', { location: 'deep/er/registry', root: 'deep', kept: 'er/registry/providers' }],
  ];
  for (const [name, layout] of layouts) {
    it(name, async () => {
      const { names, bytes } = await saveLayout(layout);
      assertNoSecrets(names, bytes, layout.kept);
    });
  }

  it('a root given through a symlink still finds the keys inside it', async () => {
    const work = tempDir('atmos-ts-excludes-link-');
    const real = path.join(work, 'real');
    const registry = path.join(real, 'registry-cache');
    await ensureTls(registry);
    mkdirSync(path.join(registry, 'providers'), { recursive: true });
    writeFileSync(path.join(registry, 'providers/p.zip'), 'zip');
    symlinkSync(real, path.join(work, 'link'));
    const shared = path.join(work, 'shared');
    // The location is spelled through the real path, the root through the symlink.
    writeFileSync(
      path.join(work, 'atmos.yaml'),
      `components:\n  terraform:\n    cache:\n      location: ${registry}\nci:\n  cache:\n    backend: dir\n    dir: ${shared}\n    root: ${path.join(work, 'link')}\n`,
    );
    const res = await runCli(['--config', path.join(work, 'atmos.yaml'), 'ci', 'cache', 'save', '--key', 'link'], {
      ...noCi,
      ATMOS_XDG_CACHE_HOME: path.join(work, 'xdg'),
    });
    assert.equal(res.code, 0, res.stderr);
    const [entry] = await new DirCacheBackend(shared).entries();
    const names = (await listArchive(path.join(shared, entry.archive), entry.compression)).map((n) => n.replace(/\/$/, ''));
    assert.ok(names.includes('registry-cache/providers/p.zip'), names.join(', '));
    assert.deepEqual(
      names.filter((n) => /(^|\/)tls(\/|$)/.test(n)),
      [],
    );
  });

  it('refuses a CI root inside the TLS directory', async () => {
    const work = tempDir('atmos-ts-excludes-in-');
    const xdg = path.join(work, 'xdg');
    await ensureTls(path.join(xdg, 'atmos/terraform/registry'));
    writeFileSync(
      path.join(work, 'atmos.yaml'),
      `ci:\n  cache:\n    backend: dir\n    dir: ${path.join(work, 'shared')}\n    root: ${path.join(xdg, 'atmos/terraform/registry/tls')}\n`,
    );
    const res = await runCli(['--config', path.join(work, 'atmos.yaml'), 'ci', 'cache', 'save', '--key', 'in'], { ...noCi, ATMOS_XDG_CACHE_HOME: xdg });
    assert.equal(res.code, 1);
    assert.match(res.stderr, /the CI cache root .*terraform\/registry\/tls is inside .*terraform\/registry\/tls, which holds secrets/);
    assert.deepEqual(await new DirCacheBackend(path.join(work, 'shared')).entries(), []);
  });
});
