import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { sha256 } from '../support/githubUpstream.js';
import { buildReleaseAssets, PACKAGE_VERSION, runProgram, SINGLE_FILE, startToolProject } from '../support/releaseAssets.js';

/**
 * `use: <version>` against a loopback fake GitHub release of atmos-ts that serves the really
 * built assets (atmos-ts.mjs + SHA256SUMS from scripts/release-assets.mjs). The switching
 * process is the built single file too; it pins another version number, so it installs the
 * release and re-runs itself as that file.
 */
const assets = await buildReleaseAssets();
const p = await startToolProject();
const [major, minor, patch] = PACKAGE_VERSION.split('.').map(Number);
const pinned = `${major}.${minor}.${patch + 1}`;
const builtFile = readFileSync(assets.singleFile);
p.up.addRelease('atmos-ts', 'atmos-ts', `v${pinned}`, { [SINGLE_FILE]: builtFile, SHA256SUMS: assets.sums });
// A release whose SHA256SUMS does not match its atmos-ts.mjs.
const tampered = `${major}.${minor}.${patch + 2}`;
p.up.addRelease('atmos-ts', 'atmos-ts', `v${tampered}`, { [SINGLE_FILE]: Buffer.concat([builtFile, Buffer.from('\n// tampered\n')]), SHA256SUMS: assets.sums });

function pin(version: string): void {
  const config = YAML.parse(readFileSync(path.join(p.dir, 'atmos.yaml'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(p.dir, 'atmos.yaml'), YAML.stringify({ ...config, use: version }));
}

const cli = (args: string[]) => runProgram(process.execPath, [assets.singleFile, ...args], { cwd: p.dir, env: { ...p.env, ATMOS_LOG_LEVEL: 'debug' } });

function installedCopies(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name === 'atmos-ts' && statSync(full).size === builtFile.length) found.push(full);
    }
  };
  walk(p.env.ATMOS_XDG_CACHE_HOME);
  return found;
}

describe('use: installs the released single-file CLI', () => {
  it('downloads atmos-ts.mjs from the release, checks it against SHA256SUMS and re-runs the command with it', async () => {
    pin(pinned);
    const run = await cli(['workflow', '--list']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'lint\tlint it');
    assert.match(run.stderr, new RegExp(`Switching to atmos-ts ${pinned.replace(/\./g, '\\.')} \\(pinned by use: in atmos\\.yaml\\)`));
    // The switched-to process (the installed release) sees the loop guard and carries on itself.
    assert.match(run.stderr, /use: already switched \(ATMOS_TS_REEXEC_DEPTH=1\)/);
    assert.equal(p.up.count(`/atmos-ts/atmos-ts/releases/download/v${pinned}/${SINGLE_FILE}`), 1);
    assert.equal(p.up.count(`/atmos-ts/atmos-ts/releases/download/v${pinned}/SHA256SUMS`), 1);
    const [installed] = installedCopies();
    assert.ok(installed, 'the release asset is installed in the toolchain install root');
    assert.ok(readFileSync(installed).equals(builtFile));
    const version = await runProgram(process.execPath, [installed, '--version'], { cwd: p.dir, env: { HOME: p.env.HOME } });
    assert.equal(version.stdout.trim(), PACKAGE_VERSION, version.stderr);
  });

  it('a release asset that does not match SHA256SUMS is not run: a warning, and the current version carries on', async () => {
    pin(tampered);
    const run = await cli(['workflow', '--list']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout.trim(), 'lint\tlint it');
    assert.ok(run.stderr.includes(`Failed to switch to atmos-ts ${tampered}: checksum mismatch for atmos-ts/atmos-ts@${tampered} `), run.stderr);
    assert.ok(run.stderr.includes(`expected sha256:${sha256(builtFile)}, got`), run.stderr);
    assert.doesNotMatch(run.stderr, /already switched/);
  });
});
