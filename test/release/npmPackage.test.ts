import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../support/tmp.js';
import { buildReleaseAssets, installAndRunHello, PACKAGE_VERSION, runProgram, startToolProject } from '../support/releaseAssets.js';

/**
 * The npm tarball of the release: only what runs, and `npm install -g <tarball>` works offline
 * (the package has no runtime dependencies: the CLI in dist/cli/ is bundled).
 */
const assets = await buildReleaseAssets();
const work = tempDir('atmos-npm-');
const prefix = path.join(work, 'prefix');
const emptyDir = path.join(work, 'empty');
mkdirSync(emptyDir);
const npmEnv = {
  HOME: work,
  // A cache of its own: the install must not lean on packages cached by earlier installs.
  npm_config_cache: path.join(work, 'npm-cache'),
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

describe('npm tarball', () => {
  it('holds only the bin, the CLI bundles (full and fast entry) with the built-in registry, README, LICENSE and package.json', () => {
    const files = execFileSync('tar', ['tzf', assets.tarball], { encoding: 'utf8' }).trim().split('\n');
    const outside = files.filter(
      (f) =>
        !/^package\/(package\.json|README\.md|LICENSE|bin\/(atmos-ts\.js|package\.json)|dist\/cli(-fast)?\/[^/]+|dist\/cli\/aqua-registry\/[^/]+)$/.test(f),
    );
    assert.deepEqual(outside, []);
    for (const f of [
      'package/bin/atmos-ts.js',
      'package/dist/cli/index.js',
      'package/dist/cli-fast/index.cjs',
      'package/dist/cli/aqua-registry/index.json',
      'package/dist/cli/aqua-registry/LICENSE',
      'package/bin/package.json',
      'package/LICENSE',
      'package/README.md',
    ])
      assert.ok(files.includes(f), f);
  });

  it('declares no runtime dependencies (what it needs is bundled)', () => {
    const pkg = JSON.parse(execFileSync('tar', ['xzf', assets.tarball, '-O', 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    assert.equal(pkg.version, PACKAGE_VERSION);
    assert.deepEqual(pkg.dependencies ?? {}, {});
    assert.deepEqual(pkg.bin, { 'atmos-ts': 'bin/atmos-ts.js' });
  });

  it('npm install -g <tarball> --prefix <dir> --offline gives a working atmos-ts', async () => {
    const install = await runProgram('npm', ['install', '-g', assets.tarball, '--prefix', prefix, '--offline'], { cwd: work, env: npmEnv });
    assert.equal(install.code, 0, install.stdout + install.stderr);
    const bin = path.join(prefix, 'bin', 'atmos-ts');
    assert.ok(existsSync(bin), `${bin} after npm install -g`);
    const version = await runProgram(bin, ['--version'], { cwd: emptyDir, env: { HOME: work } });
    assert.equal(version.code, 0, version.stderr);
    assert.equal(version.stdout.trim(), PACKAGE_VERSION);
    assert.deepEqual(readdirSync(path.join(prefix, 'lib', 'node_modules')), ['atmos-ts'], 'nothing but the package was installed');

    const p = await startToolProject();
    const { install: tool, exec } = await installAndRunHello((args) => runProgram(bin, args, { cwd: p.dir, env: p.env }));
    assert.equal(tool.code, 0, tool.stderr);
    assert.equal(exec.stdout.trim(), 'hello 1.2.3 from the release', exec.stderr);
  });
});
