import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { sha256 } from '../support/githubUpstream.js';
import { tempDir } from '../support/tmp.js';
import { buildReleaseAssets, installAndRunHello, PACKAGE_VERSION, runProgram, SINGLE_FILE, startToolProject } from '../support/releaseAssets.js';

const assets = await buildReleaseAssets();
// The single file alone in a directory: no package.json, no node_modules beside or above it.
const alone = path.join(tempDir('atmos-single-'), SINGLE_FILE);
copyFileSync(assets.singleFile, alone);
const emptyDir = tempDir('atmos-empty-');
const cli = (args: string[], cwd: string, env: Record<string, string> = { HOME: emptyDir }) => runProgram(process.execPath, [alone, ...args], { cwd, env });

describe('release assets', () => {
  it('the script writes the single file, the npm tarball and SHA256SUMS over both', () => {
    assert.deepEqual(readdirSync(assets.dir).sort(), ['SHA256SUMS', SINGLE_FILE, `atmos-ts-${PACKAGE_VERSION}.tgz`].sort());
    const listed = assets.sums
      .trim()
      .split('\n')
      .map((l) => l.split(/\s+/));
    assert.deepEqual(listed.map(([, name]) => name).sort(), [SINGLE_FILE, `atmos-ts-${PACKAGE_VERSION}.tgz`].sort());
    for (const [digest, name] of listed) assert.equal(digest, sha256(readFileSync(path.join(assets.dir, name))), name);
  });
});

describe('single-file CLI (atmos-ts.mjs) from an empty directory', () => {
  it('--version prints the package version', async () => {
    const run = await cli(['--version'], emptyDir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), PACKAGE_VERSION);
    assert.deepEqual(readdirSync(emptyDir), [], 'nothing written into the working directory');
  });

  it('--help lists every command group, and a lazily loaded sub-command answers --help too', async () => {
    const run = await cli(['--help'], emptyDir);
    assert.equal(run.code, 0, run.stderr);
    for (const cmd of ['toolchain', 'terraform', 'ci', 'workflow']) assert.match(run.stdout, new RegExp(`^\\s+${cmd}\\b`, 'm'), run.stdout);
    const sub = await cli(['terraform', 'cache', 'list', '--help'], emptyDir);
    assert.equal(sub.code, 0, sub.stderr);
    assert.match(sub.stdout, /Usage: atmos-ts terraform cache list/);
  });

  it('installs a tool (.tar.xz, sha256-checked) from a loopback fake GitHub release and runs it', async () => {
    const p = await startToolProject();
    const { install, exec } = await installAndRunHello((args) => cli(args, p.dir, p.env));
    assert.equal(install.code, 0, install.stderr);
    assert.equal(exec.code, 0, exec.stderr);
    assert.equal(exec.stdout.trim(), 'hello 1.2.3 from the release');
    assert.equal(p.up.count('/acme/hello/releases/download/v1.2.3/checksums.txt'), 1);
  });
});
