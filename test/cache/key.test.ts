import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hashFiles, renderKeyTemplate, validateKeys } from '../../src/cache/key.js';
import { buildPatterns, FORCED_EXCLUDES, pathSelected, resolveCachePaths } from '../../src/cache/paths.js';
import { resolveCachePlan } from '../../src/cache/plan.js';
import { loadConfig } from '../../src/config/load.js';
import { toolchainSettings } from '../../src/toolchain/settings.js';
import { tempDir } from '../support/tmp.js';
import { makeRepo } from '../support/cacheCli.js';

const env = { AQUA_GOOS: 'linux', AQUA_GOARCH: 'amd64', ATMOS_XDG_CACHE_HOME: '/nonexistent-xdg' };

async function keyOf(repo: string) {
  const loaded = loadConfig({ cwd: repo, env });
  return resolveCachePlan(loaded);
}

describe('cache keys', () => {
  it('default key changes when a pin changes and is identical for the same pins at another checkout path', async () => {
    const work = tempDir();
    const a = makeRepo(path.join(work, 'checkout-a'), 'enabled: true');
    const b = makeRepo(path.join(work, 'elsewhere', 'deeper', 'checkout-b'), 'enabled: true');
    const planA = await keyOf(a);
    const planB = await keyOf(b);
    assert.match(planA.key, /^atmos-cache-linux-amd64-[0-9a-f]{16}$/);
    assert.equal(planA.key, planB.key, 'same pins, different paths → same key');
    assert.deepEqual(planA.restoreKeys, ['atmos-cache-linux-amd64-']);
    assert.ok(planA.key.startsWith(planA.restoreKeys[0]));

    writeFileSync(path.join(b, '.tool-versions'), 'terraform 1.10.0\n');
    const changedPin = await keyOf(b);
    assert.notEqual(changedPin.key, planA.key, 'a changed .tool-versions pin → new key');

    writeFileSync(path.join(b, '.tool-versions'), 'terraform 1.9.8\n');
    assert.equal((await keyOf(b)).key, planA.key, 'back to the same pins → the same key again');
    writeFileSync(path.join(b, 'toolchain.lock.yaml'), `${readFileSync(path.join(b, 'toolchain.lock.yaml'), 'utf8')}# checksum changed\n`);
    assert.notEqual((await keyOf(b)).key, planA.key, 'a changed lock file → new key');
  });

  it('the default key reads toolchain.versions_file / lock_file from the repository, not from the cache root', async () => {
    const work = tempDir();
    const repo = makeRepo(path.join(work, 'repo'), 'enabled: true');
    writeFileSync(
      path.join(repo, 'atmos.yaml'),
      'toolchain:\n  versions_file: config/versions\n  lock_file: config/tools.lock\nci:\n  cache:\n    enabled: true\n',
    );
    mkdirSync(path.join(repo, 'config'));
    writeFileSync(path.join(repo, 'config', 'versions'), 'opentofu 1.8.0\n');
    const plan = await keyOf(repo);
    assert.deepEqual(plan.pinFiles, [path.join(repo, 'config', 'versions')]);
    writeFileSync(path.join(repo, 'config', 'tools.lock'), 'version: 1\n');
    const withLock = await keyOf(repo);
    assert.equal(withLock.pinFiles.length, 2);
    assert.notEqual(withLock.key, plan.key);
  });

  it('a `~/` versions_file means the home directory, as for the toolchain (not a directory named ~)', async () => {
    const work = tempDir();
    const repo = makeRepo(path.join(work, 'repo'), 'enabled: true');
    const home = path.join(work, 'home');
    mkdirSync(path.join(home, 'pins'), { recursive: true });
    writeFileSync(path.join(home, 'pins', 'versions'), 'opentofu 1.8.0\n');
    writeFileSync(path.join(repo, 'atmos.yaml'), 'toolchain:\n  versions_file: ~/pins/versions\nci:\n  cache:\n    enabled: true\n');
    const saved = process.env.HOME;
    process.env.HOME = home; // os.homedir() reads HOME on POSIX
    try {
      const loaded = loadConfig({ cwd: repo, env });
      const plan = await resolveCachePlan(loaded);
      assert.deepEqual(plan.pinFiles, [path.join(home, 'pins', 'versions')]);
      assert.deepEqual(plan.pinFiles, [toolchainSettings(loaded).toolVersionsPath], 'the cache key hashes the file the toolchain reads');
    } finally {
      if (saved === undefined) delete process.env.HOME;
      else process.env.HOME = saved;
    }
  });

  it('hashFiles matches ** globs, sorts, and hashes per-file digests like GitHub', async () => {
    const dir = tempDir();
    for (const [rel, content] of [
      ['b/x.tf', 'bbb'],
      ['a/deep/y.tf', 'aaa'],
      ['a/z.txt', 'ignored'],
      ['c.tf', 'ccc'],
    ]) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), content);
    }
    const expected = createHash('sha256');
    for (const rel of ['a/deep/y.tf', 'b/x.tf', 'c.tf'])
      expected.update(
        createHash('sha256')
          .update(readFileSync(path.join(dir, rel)))
          .digest(),
      );
    assert.equal(await hashFiles(['**/*.tf'], dir), expected.digest('hex'));
    assert.equal(await hashFiles(['**/*.tf', '!b/**'], dir), await hashFiles(['a/**/*.tf', 'c.tf'], dir));
    assert.equal(await hashFiles(['nothing/**'], dir), '');
  });

  it('templates render {{.OS}}, {{.Arch}} and {{ hashFiles }}; unknown actions are rejected', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, '.tool-versions'), 'terraform 1.9.8\n');
    const ctx = { platform: { os: 'darwin', arch: 'arm64' }, baseDir: dir };
    const key = await renderKeyTemplate('tools-{{.OS}}-{{ .Arch }}-{{ hashFiles ".tool-versions" }}', ctx);
    assert.equal(key, `tools-darwin-arm64-${await hashFiles(['.tool-versions'], dir)}`);
    await assert.rejects(renderKeyTemplate('k-{{.Os}}', ctx), /unknown template action "\{\{ \.Os \}\}"/);
    await assert.rejects(renderKeyTemplate('k-{{ hashFiles }}', ctx), /unknown template action|needs at least one/);
  });

  it('rejects keys over 512 characters, keys with commas, and more than 10 keys in total', () => {
    assert.throws(() => validateKeys('k'.repeat(513), []), /at most 512/);
    assert.doesNotThrow(() => validateKeys('k'.repeat(512), []));
    assert.throws(() => validateKeys('a,b', []), /contains a comma/);
    assert.throws(() => validateKeys('k', ['x,y']), /restore key "x,y" contains a comma/);
    assert.doesNotThrow(() =>
      validateKeys(
        'k',
        Array.from({ length: 9 }, (_, i) => `r${i}`),
      ),
    );
    assert.throws(
      () =>
        validateKeys(
          'k',
          Array.from({ length: 10 }, (_, i) => `r${i}`),
        ),
      /at most 9/,
    );
  });
});

describe('cache paths', () => {
  it('forced excludes cannot be re-included and nested excludes are expanded level by level', () => {
    const p = resolveCachePaths('/c', []);
    assert.deepEqual(p.patterns, [
      '*',
      '!.atmos-ts',
      '!auth',
      '!aws-sso',
      '!aws-webflow',
      '!azure-device-code',
      '!credentials',
      '!terraform',
      'terraform/*',
      '!terraform/registry',
      'terraform/registry/*',
      '!terraform/registry/tls',
    ]);
    assert.ok(p.absolutePatterns.includes('!/c/terraform/registry/tls'));
    assert.deepEqual(buildPatterns(['auth', 'toolchain'], FORCED_EXCLUDES), ['toolchain']);
    assert.deepEqual(buildPatterns(['terraform/registry'], FORCED_EXCLUDES), ['terraform/registry/*', '!terraform/registry/tls']);
    assert.throws(() => resolveCachePaths('/c', ['auth', '.atmos-ts/x']), /every ci.cache.paths entry is inside a path that is never cached/);
    assert.throws(() => resolveCachePaths('/c', ['../etc']), /outside the cache root/);
    const sel = resolveCachePaths('/c', ['terraform']);
    assert.ok(pathSelected('terraform/plugins/x', sel));
    assert.ok(!pathSelected('terraform/registry/tls/key.pem', sel));
    assert.ok(!pathSelected('toolchain/bin/x', sel));
  });
});
