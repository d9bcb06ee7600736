import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { VERSION } from '../../src/version.js';
import { tempDir } from '../support/tmp.js';
import { PACKAGE_VERSION, REPO_ROOT, runProgram } from '../support/releaseAssets.js';

/** The release script's checks and the release workflow that runs it (no assets built here). */
const script = path.join(REPO_ROOT, 'scripts', 'release-assets.mjs');
const release = (args: string[], input?: string) => runProgram(process.execPath, [script, ...args], { cwd: REPO_ROOT, input });

describe('release script: versions', () => {
  it("atmos-ts --version (src/version.ts) is package.json's version", () => {
    assert.equal(VERSION, PACKAGE_VERSION);
  });

  it('accepts the tag v<package.json version>', async () => {
    const ok = await release(['--verify-tag', `v${PACKAGE_VERSION}`]);
    assert.equal(ok.code, 0, ok.stderr);
  });

  it('refuses a tag naming another version, before building anything', async () => {
    const out = path.join(tempDir('atmos-release-refuse-'), 'release');
    for (const args of [
      ['--verify-tag', 'v99.0.0'],
      ['--tag', 'v99.0.0', '--out', out],
      ['--verify-tag', PACKAGE_VERSION],
    ]) {
      const run = await release(args);
      assert.equal(run.code, 1, args.join(' '));
      assert.match(
        run.stderr,
        new RegExp(
          `release-assets: tag ${args[1].replace(/\./g, '\\.')} does not match package.json "version": "${PACKAGE_VERSION.replace(/\./g, '\\.')}"; refusing to release`,
        ),
      );
    }
    assert.ok(!existsSync(out) || readdirSync(out).length === 0, 'nothing built');
  });

  it('--major-tag names the major tag to move, unless a newer release of that major exists', async () => {
    const tags = 'v1\nv1.0.0\nv1.2.0\nv2.0.0\nv10.0.0\nnot-a-release\n';
    assert.equal((await release(['--major-tag', 'v1.3.0'], tags)).stdout, 'v1\n');
    assert.equal((await release(['--major-tag', 'v1.2.1'], tags)).stdout, 'v1\n');
    assert.equal((await release(['--major-tag', 'v1.1.9'], tags)).stdout, '', 'a fix of an older minor leaves v1 alone');
    assert.equal((await release(['--major-tag', 'v2.0.1'], tags)).stdout, 'v2\n');
    assert.equal((await release(['--major-tag', 'v3.0.0'], '')).stdout, 'v3\n', 'the first release of a major');
    const bad = await release(['--major-tag', 'v1.2'], tags);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /v1\.2 is not a release tag vX\.Y\.Z/);
  });
});

describe('release workflow (.github/workflows/release.yml)', () => {
  const workflow = YAML.parse(readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    permissions: Record<string, string>;
    jobs: { release: { steps: { uses?: string; run?: string }[] } };
  };

  it('runs on a vX.Y.Z tag push and may write contents (release, major tag)', () => {
    assert.deepEqual(workflow.on, { push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
    assert.deepEqual(workflow.permissions, { contents: 'write' });
  });

  it('checks the tag, dist/ and the tests before it builds, publishes and moves the major tag', () => {
    const runs = workflow.jobs.release.steps.map((s) => s.run ?? s.uses ?? '');
    const order = [
      /release-assets\.mjs --verify-tag "\$TAG"/,
      /^npm ci\b/,
      /^npm run check-dist$/,
      /^npm test$/,
      /^npm run release:assets -- --tag "\$TAG"$/,
      /gh release create "\$TAG" "\$\{assets\[@\]\}"/,
      /git push --force origin "refs\/tags\/\$major"/,
    ];
    let at = -1;
    for (const re of order) {
      const found = runs.findIndex((r, i) => i > at && re.test(r));
      assert.ok(found > at, `no step matching ${re} after step ${at}:\n${runs.join('\n---\n')}`);
      at = found;
    }
    const publish = runs.find((r) => r.includes('gh release create')) ?? '';
    assert.match(publish, /assets=\(release\/atmos-ts\.mjs release\/atmos-ts-\*\.tgz release\/SHA256SUMS\)/);
  });
});
