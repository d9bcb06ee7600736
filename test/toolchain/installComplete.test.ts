import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runInProcess } from '../support/toolchainCli.js';
import { zipBuffer } from '../support/archives.js';
import { sha256 } from '../support/githubUpstream.js';
import { opentofu, tflint } from '../support/realTools.js';
import { startHarness } from '../support/toolchainHarness.js';

/**
 * "Installed" means complete: the marker parses AND every binary it declares exists with the
 * recorded size. Anything less is absent to `which`/`path`/`list`, and repaired by `install`.
 * A failed install leaves nothing behind (no download, no partial version).
 */
const h = await startHarness();
await tflint.publish(h.up, '1.0.0');
await opentofu.publish(h.up, '1.0.0');
await opentofu.publish(h.up, '3.0.0'); // only for the killed-after-rename test
const child = path.resolve(import.meta.dirname, '../support/installChild.ts');

const TFLINT = 'terraform-linters/tflint@1.0.0';

/** `atmos-ts toolchain which` through the CLI (its warm path first, then the engine). */
function which(spec: string) {
  return runInProcess(['toolchain', 'which', spec], h.dir, h.env);
}

/** Every entry under a directory, relative ('' when it does not exist). */
function tree(dir: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const p = path.join(rel, e.name);
    return e.isDirectory() ? [p, ...tree(dir, p)] : [p];
  });
}

describe('installed means complete', () => {
  for (const [damage, hurt] of [
    ['truncated', (bin: string) => truncateSync(bin, 7)],
    ['deleted', (bin: string) => rmSync(bin)],
  ] as const) {
    it(`a ${damage} binary: which fails naming the fix, install repairs it byte-identically`, async () => {
      const tc = await h.toolchain();
      const [o] = await tc.install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
      assert.ok(['installed', 'already-installed'].includes(o.status), o.error?.message);
      const bin = path.join(o.binDir!, 'tflint');
      const original = readFileSync(bin);
      assert.equal((await which(TFLINT)).stdout.trim(), bin);

      hurt(bin);
      const r = await which(TFLINT);
      assert.notEqual(r.code, 0);
      assert.equal(r.stdout, '', 'no path is printed');
      assert.match(
        r.stderr,
        damage === 'deleted' ? /installed incompletely \(tflint is missing\)/ : /installed incompletely \(tflint is 7 bytes, expected \d+\)/,
      );
      assert.match(r.stderr, /atmos-ts toolchain install terraform-linters\/tflint@1\.0\.0/);
      const tc2 = await h.toolchain();
      await assert.rejects(tc2.binaryFor({ tool: 'terraform-linters/tflint', version: '1.0.0' }), (err: { code?: string; hint?: string }) => {
        return err.code === 'TOOL_NOT_INSTALLED' && /atmos-ts toolchain install/.test(err.hint ?? '');
      });
      assert.deepEqual(
        (await tc2.status()).filter((s) => s.tool.repoName === 'tflint' && s.installed),
        [],
      );

      const [fixed] = await tc2.install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
      assert.equal(fixed.status, 'installed', fixed.error?.message);
      assert.ok(readFileSync(bin).equals(original), 'repaired byte-identically');
      assert.equal((await which(TFLINT)).stdout.trim(), bin);
      assert.match(h.logger.records.map((x) => x.message).join('\n'), /installed incompletely .*; repairing/);
    });
  }

  it('a version directory without its marker (a killed copy) is not installed, and is replaced by install', async () => {
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
    const bin = path.join(o.binDir!, 'tflint');
    const original = readFileSync(bin);
    rmSync(path.join(o.binDir!, '.atmos-install.json'));
    assert.notEqual((await which(TFLINT)).code, 0);
    const [fixed] = await (await h.toolchain()).install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
    assert.equal(fixed.status, 'installed');
    assert.ok(readFileSync(bin).equals(original));
  });

  it('the marker records each binary size; a marker without sizes (older atmos-ts) needs the binaries present and non-empty', async () => {
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
    const bin = path.join(o.binDir!, 'tflint');
    const markerFile = path.join(o.binDir!, '.atmos-install.json');
    const marker = JSON.parse(readFileSync(markerFile, 'utf8'));
    assert.deepEqual(marker.binarySizes, { tflint: readFileSync(bin).length });

    delete marker.binarySizes;
    writeFileSync(markerFile, JSON.stringify(marker));
    assert.equal((await which(TFLINT)).stdout.trim(), bin, 'an old marker with its binary present is installed');
    truncateSync(bin, 0);
    assert.notEqual((await which(TFLINT)).code, 0, 'an empty binary is not');
    rmSync(bin);
    assert.notEqual((await which(TFLINT)).code, 0, 'a missing binary is not');
    const [fixed] = await (await h.toolchain()).install([{ tool: 'terraform-linters/tflint', version: '1.0.0' }]);
    assert.equal(fixed.status, 'installed');
    assert.ok(JSON.parse(readFileSync(markerFile, 'utf8')).binarySizes.tflint > 0, 'the repair writes a marker with sizes');
  });

  it('installing an installed version clears the staging of an installer killed after its final rename', async () => {
    const tc = await h.toolchain();
    const [first] = await tc.install([{ tool: 'tofu', version: '3.0.0' }]);
    assert.notEqual(first.status, 'failed', first.error?.message);
    // What a kill between the rename into bin/ and the staging's removal leaves (pid of nobody alive).
    const staging = path.join(tc.installRoot, 'tmp', 'opentofu-opentofu-3.0.0-999999-deadbeef');
    mkdirSync(path.join(staging, 'unpacked'), { recursive: true });
    writeFileSync(path.join(staging, 'unpacked', 'tofu'), 'the unpacked archive');
    const [again] = await (await h.toolchain()).install([{ tool: 'tofu', version: '3.0.0' }]);
    assert.equal(again.status, 'already-installed');
    assert.deepEqual(tree(path.join(tc.installRoot, 'tmp')), []);
  });

  it('kill -9 of an installer at random points of a large install: the next install repairs it', { timeout: 240_000 }, async (t) => {
    // 48 MB of incompressible bytes as a raw asset: download, hash, unpack and copy each take a while.
    const big = randomBytes(48 * 1024 * 1024);
    h.up.addRelease('jqlang', 'jq', 'jq-9.0.0', { 'jq-linux-amd64': big });
    const asset = '/jqlang/jq/releases/download/jq-9.0.0/jq-linux-amd64';
    const env = { ...process.env, ...h.env, CHILD_CWD: h.dir, CHILD_TOOL: 'jq', CHILD_VERSION: '9.0.0' };
    const runChild = (killAfterMs?: number) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', child], { env, stdio: 'ignore' });
      const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) => {
        let firstRequest = 0;
        const seen = h.up.count(asset);
        const poll = setInterval(() => {
          if (firstRequest || h.up.count(asset) === seen) return;
          firstRequest = Date.now();
          if (killAfterMs !== undefined) setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
        }, 5);
        proc.on('close', (code, signal) => {
          clearInterval(poll);
          resolve({ code, signal, ms: firstRequest ? Date.now() - firstRequest : 0 });
        });
      });
      return done;
    };
    const tc = await h.toolchain();
    const binDir = path.join(tc.installRoot, 'bin/jqlang/jq/9.0.0');
    // One undisturbed run says how long an install takes once the download starts.
    const calibration = await runChild();
    assert.equal(calibration.code, 0);
    const span = Math.max(50, calibration.ms);

    let landed = 0;
    const leftBehind: string[] = [];
    for (let attempt = 0; attempt < 20 && landed < 4; attempt++) {
      await tc.uninstall([{ tool: 'jq', version: '9.0.0' }]);
      const r = await runChild(Math.floor(Math.random() * span));
      if (r.signal !== 'SIGKILL') continue; // finished before the kill: try again
      landed++;
      const fresh = await h.toolchain();
      // Whatever the kill left is either a complete install or nothing that counts as one.
      const before = await fresh.binaryFor({ tool: 'jq', version: '9.0.0' }).catch((err: { code?: string }) => err.code);
      leftBehind.push(before === 'TOOL_NOT_INSTALLED' ? 'nothing installed' : 'a complete install');
      if (before !== 'TOOL_NOT_INSTALLED') assert.equal(sha256(readFileSync(before as string)), sha256(big));
      const [o] = await fresh.install([{ tool: 'jq', version: '9.0.0' }]);
      assert.ok(['installed', 'already-installed'].includes(o.status), o.error?.message);
      assert.equal(sha256(readFileSync(path.join(binDir, 'jq'))), sha256(big), 'the repaired binary is the published one');
      assert.deepEqual(tree(path.join(tc.installRoot, 'tmp')), [], 'no staging left');
      // (A kill between the final rename and the archive's removal leaves a complete, verified
      // archive next to a complete install: `clean --cache-only` removes it.)
      if (o.status === 'installed') assert.deepEqual(tree(path.join(tc.installRoot, 'downloads')), [], 'no download left');
      await sleep(10);
    }
    t.diagnostic(`install span ${span} ms; kills landed: ${landed}; left behind: ${leftBehind.join(', ')}`);
    assert.ok(landed >= 1, 'at least one kill landed mid-install');
  });
});

describe('a failed install leaves no litter', () => {
  // Scoped to the failing tool: the kill test above may legitimately leave a complete archive of
  // its own tool (a kill between the final rename and the archive's removal).
  const assertNothingLeft = (installRoot: string, versionDir: string) => {
    const [, owner, repo, version] = versionDir.split('/');
    assert.deepEqual(tree(path.join(installRoot, 'downloads', owner, repo)), [], `nothing under downloads/${owner}/${repo}/`);
    assert.ok(!existsSync(path.join(installRoot, 'downloads', owner, repo, version)), 'no download directory for the version');
    assert.deepEqual(
      tree(path.join(installRoot, 'tmp')).filter((e) => e.startsWith(`${owner}-${repo}-${version}-`)),
      [],
      'no staging of the version under tmp/',
    );
    assert.ok(!existsSync(path.join(installRoot, versionDir)), 'no version directory');
  };

  it('checksum mismatch', async () => {
    h.up.addRelease('opentofu', 'opentofu', 'v1.0.0', { 'tofu_1.0.0_SHA256SUMS': `${'0'.repeat(64)}  tofu_1.0.0_linux_amd64.tar.gz\n` });
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'tofu', version: '1.0.0' }]);
    assert.equal(o.error?.code, 'CHECKSUM_MISMATCH');
    assertNothingLeft(tc.installRoot, 'bin/opentofu/opentofu/1.0.0');
  });

  for (const [what, version, code, entries] of [
    [
      'an archive with an entry escaping the target',
      '6.6.6',
      'ARCHIVE_ESCAPE',
      [
        { name: 'tflint', body: 'x' },
        { name: '../../../escaped', body: 'pwned' },
      ],
    ],
    [
      'an archive without the declared binary',
      '7.7.7',
      'BINARY_NOT_FOUND',
      [
        { name: 'README', body: 'no binary here' },
        { name: 'LICENSE', body: 'MIT' },
      ],
    ],
  ] as const) {
    it(what, async () => {
      h.up.addRelease('terraform-linters', 'tflint', `v${version}`, { 'tflint_linux_amd64.zip': await zipBuffer([...entries]) }, { digests: false });
      const tc = await h.toolchain({ toolchainConfig: { verification: { checksums: 'disabled' } } });
      const [o] = await tc.install([{ tool: 'tflint', version }]);
      assert.equal(o.error?.code, code);
      assertNothingLeft(tc.installRoot, `bin/terraform-linters/tflint/${version}`);
    });
  }
});
