import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MemoryLogger } from '../support/memoryLogger.js';
import { loadConfig } from '../../src/config/load.js';
import { createToolchain } from '../../src/toolchain/index.js';
import { startHarness } from '../support/toolchainHarness.js';
import { ghCli, helm, jq, opentofu, terraform, tflint, yq, type ToolFixture } from '../support/realTools.js';
import { aquaFixturesDir } from '../support/tmp.js';

// The real registry code (inline `type: atmos` registry in atmos.yaml) driving the engine.
const h = await startHarness();
await opentofu.publish(h.up, '1.10.3');
await terraform.publish(h.up, '1.9.8');
await opentofu.publish(h.up, '1.9.0');

const inline = {
  registries: [
    {
      type: 'atmos',
      tools: {
        'opentofu/opentofu': {
          type: 'github_release',
          repo_owner: 'opentofu',
          repo_name: 'opentofu',
          asset: 'tofu_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz',
          format: 'tar.gz',
          files: [{ name: 'tofu' }],
          checksum: { type: 'github_release', asset: 'tofu_{{trimV .Version}}_SHA256SUMS', algorithm: 'sha256' },
        },
        'hashicorp/terraform': {
          type: 'http',
          repo_owner: 'hashicorp',
          repo_name: 'terraform',
          url: 'https://releases.hashicorp.com/terraform/{{trimV .Version}}/terraform_{{trimV .Version}}_{{.OS}}_{{.Arch}}.zip',
          format: 'zip',
          checksum: {
            type: 'http',
            url: 'https://releases.hashicorp.com/terraform/{{trimV .Version}}/terraform_{{trimV .Version}}_SHA256SUMS',
            algorithm: 'sha256',
          },
        },
      },
    },
  ],
  aliases: { tofu: 'opentofu/opentofu', terraform: 'hashicorp/terraform' },
};

async function engine() {
  const config = loadConfig({ cwd: h.dir, env: h.env });
  return createToolchain({ config, env: h.env, logger: new MemoryLogger() });
}

describe('end to end with the inline registry from atmos.yaml', () => {
  it('installs from .tool-versions through the real registry, then reinstalls from the lock alone', async () => {
    h.writeConfig(inline);
    h.writeToolVersions('tofu 1.10.3\nterraform 1.9.8\n');
    const tc = await engine();
    const outcomes = await tc.install('all');
    for (const o of outcomes) assert.equal(o.status, 'installed', o.error ? `${o.error.message}\n${o.error.explanation ?? ''}` : '');
    assert.equal(execFileSync(await tc.binaryFor({ tool: 'tofu' }), { encoding: 'utf8' }).trim(), 'tofu 1.10.3');
    assert.equal(execFileSync(await tc.binaryFor({ tool: 'terraform' }), { encoding: 'utf8' }).trim(), 'terraform 1.9.8');

    rmSync(tc.installRoot, { recursive: true, force: true });
    h.up.resetCounts();
    const again = await (await engine()).install('all');
    for (const o of again) assert.equal(o.fromLock, true);
    assert.equal(h.up.apiCalls(), 0);
    assert.equal(h.up.requests.length, 2);
  });

  it('info shows the resolved plan for another platform without downloading', async () => {
    const tc = await engine();
    h.up.resetCounts();
    const info = await tc.info({ tool: 'tofu', version: '1.10.3' }, { os: 'darwin', arch: 'arm64' });
    assert.equal(info.plan.assetName, 'tofu_1.10.3_darwin_arm64.tar.gz');
    assert.match(info.effectiveUrls[0], new RegExp(`^${h.up.serverUrl}/opentofu/opentofu/releases/download/v?1\\.10\\.3/`));
    assert.match(info.checksumSource, /SHA256SUMS/);
    assert.equal(h.up.requests.length, 0);
  });

  it('latest and constraints resolve through the releases API', async () => {
    const tc = await engine();
    assert.equal(await tc.latestVersion('tofu'), '1.10.3');
    const res = await tc.ensureTools({ tofu: '~> 1.9.0' });
    assert.deepEqual(res.versions, { tofu: '1.9.0' });
  });
});

const real = await startHarness();

describe('end to end with the real Aqua registry definitions', () => {
  it('installs terraform, opentofu, helm, tflint, jq, yq and gh as their Aqua definitions describe them, verified', async () => {
    const pins: [ToolFixture, string][] = [
      [terraform, '1.9.8'],
      [opentofu, '1.10.3'],
      [helm, '3.16.2'],
      [tflint, '0.54.0'],
      [jq, '1.7.1'],
      [yq, '4.44.3'],
      [ghCli, '2.62.0'],
    ];
    for (const [f, v] of pins) await f.publish(real.up, v);
    real.writeConfig({ registries: [{ type: 'aqua', source: path.join(aquaFixturesDir(), 'registry.yaml') }] });
    real.writeToolVersions(pins.map(([f, v]) => `${f.aliases[0]} ${v}\n`).join(''));
    const config = loadConfig({ cwd: real.dir, env: real.env });
    const tc = await createToolchain({ config, env: real.env, logger: new MemoryLogger() });
    const outcomes = await tc.install('all');
    for (const o of outcomes) assert.equal(o.status, 'installed', `${o.tool.name}: ${o.error?.message}\n${o.error?.explanation ?? ''}`);
    for (const [f, v] of pins) {
      assert.equal(execFileSync(await tc.binaryFor({ tool: f.aliases[0] }), { encoding: 'utf8' }).trim(), `${f.binary} ${v}`);
    }
    // Every tool was verified against its real checksum source.
    for (const p of ['/hashicorp/terraform/1.9.8/terraform_1.9.8_SHA256SUMS', '/helm/helm-v3.16.2-linux-amd64.tar.gz.sha256sum'])
      assert.equal(real.up.count(p, 'download'), 1, p);
    for (const p of ['tofu_1.10.3_SHA256SUMS', 'v0.54.0/checksums.txt', 'jq-1.7.1/sha256sum.txt', 'v4.44.3/checksums-bsd', 'gh_2.62.0_checksums.txt']) {
      assert.equal(real.up.requests.filter((r) => r.path.endsWith(p)).length, 1, p);
    }
    // Pins written without "v" hit the v-tagged release URLs first time (no 404 round trips).
    assert.equal(real.up.requests.filter((r) => /\/releases\/download\/\d/.test(r.path)).length, 0);
  });
});
