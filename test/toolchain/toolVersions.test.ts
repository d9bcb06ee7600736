import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { formatToolVersions, loadToolVersions, parseToolVersions } from '../../src/toolchain/toolVersions.js';
import { startHarness } from '../support/toolchainHarness.js';
import { tempDir } from '../support/tmp.js';

describe('.tool-versions parsing', () => {
  it('reads comments anywhere, tabs and spaces, several versions (first = default), aliases and owner/repo', () => {
    const tv = parseToolVersions('# header\n\nterraform 1.9.8 1.5.7   # two versions\r\nhashicorp/packer\t1.11.0\n  helm:   3.16.2\n');
    assert.deepEqual(
      [...tv.tools],
      [
        ['terraform', ['1.9.8', '1.5.7']],
        ['hashicorp/packer', ['1.11.0']],
        ['helm', ['3.16.2']],
      ],
    );
  });

  it('appends versions when a tool appears on several lines (no duplicates)', () => {
    const tv = parseToolVersions('yq 4.45.1\nyq 4.50.1 4.45.1\n');
    assert.deepEqual(tv.tools.get('yq'), ['4.45.1', '4.50.1']);
  });

  for (const [what, text, line, pattern] of [
    ['a tool without a version', 'terraform 1.9.8\n\n# c\nhelm\n', 4, /missing version/],
    ['a tool without a version before a comment', 'terraform # 1.9.8\n', 1, /missing version/],
    ['an invalid tool name', 'terraform 1.9.8\n!bad 1.0\n', 2, /invalid tool name "!bad"/],
    ['an invalid version', 'terraform 1.9.8\ntflint 0.5$\n', 2, /invalid version "0\.5\$"/],
  ] as const) {
    it(`reports ${what} with file:line`, () => {
      assert.throws(
        () => parseToolVersions(text, 'proj/.tool-versions'),
        (err: AtmosError) => {
          assert.equal(err.code, 'TOOL_VERSIONS_INVALID');
          assert.ok(err.message.startsWith(`proj/.tool-versions:${line}: `), err.message);
          assert.match(err.message, pattern);
          assert.equal(err.context.line, line);
          return true;
        },
      );
    });
  }

  it('writes sorted, LF, one line per tool; a missing file is empty', async () => {
    const tv = parseToolVersions('yq 1\nawscli 2 3\n');
    assert.equal(formatToolVersions(tv), 'awscli 2 3\nyq 1\n');
    assert.equal((await loadToolVersions(path.join(tempDir(), 'none'))).tools.size, 0);
  });
});

// Harnesses are created at the top level so their cleanup hooks belong to the file.
const [h1, h2, h3] = [await startHarness(), await startHarness(), await startHarness()];

describe('.tool-versions editing', () => {
  it('set replaces the line (asdf semantics), add appends, remove drops one version, and an alias edits the owner/repo line', async () => {
    const h = h1;
    h.writeToolVersions('# my tools\nhashicorp/terraform 1.9.8 1.5.7\n');
    const tc = await h.toolchain();
    await tc.addVersion('terraform', '1.10.0');
    assert.deepEqual(await tc.configuredVersions(), { 'hashicorp/terraform': ['1.9.8', '1.5.7', '1.10.0'] });
    await tc.setVersion('terraform', '1.11.0');
    assert.deepEqual(await tc.configuredVersions(), { 'hashicorp/terraform': ['1.11.0'] });
    await tc.addVersion('tflint', '0.54.0');
    await tc.addVersion('tflint', '0.53.0');
    await tc.addVersion('tflint', '0.54.0');
    await tc.addVersion('tflint', '0.55.0', { setDefault: true });
    assert.deepEqual((await tc.configuredVersions()).tflint, ['0.55.0']);
    await tc.addVersion('tflint', '0.54.0');
    assert.equal(await tc.removeVersion('tflint', '0.55.0'), true);
    assert.deepEqual((await tc.configuredVersions()).tflint, ['0.54.0']);
    assert.equal(readFileSync(tc.toolVersionsPath, 'utf8'), 'hashicorp/terraform 1.11.0\ntflint 0.54.0\n');
  });

  it('concurrent edits keep every tool (file lock + atomic write)', async () => {
    const h = h2;
    const tc = await h.toolchain();
    const tools = ['terraform', 'tofu', 'helm', 'tflint', 'jq', 'yq', 'gh'];
    await Promise.all(tools.map((t, i) => tc.addVersion(t, `1.${i}.0`)));
    const got = await tc.configuredVersions();
    assert.deepEqual(Object.keys(got).sort(), [...tools].sort());
  });

  it('the engine reports a malformed line of the project file with its path and line', async () => {
    const h = h3;
    writeFileSync(path.join(h.dir, '.tool-versions'), 'terraform 1.9.8\nhelm\n');
    const tc = await h.toolchain();
    await assert.rejects(tc.install('all'), /^AtmosError: \.tool-versions:2: invalid line "helm" \(missing version\)$/m);
    await assert.rejects(tc.pathEntries(), { code: 'TOOL_VERSIONS_INVALID' });
  });
});
