/**
 * The toolchain's fleet tier (`toolchain.store`): a first runner's verified downloads are
 * written through to the store; a new runner (empty install root) installs the pinned tools
 * from the store without a single upstream request; a store copy that does not match the
 * lock's checksum is removed and the asset downloaded upstream instead.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.js';
import { openBackend, parseStoreUrl } from '../../src/store/index.js';
import { createToolchain } from '../../src/toolchain/index.js';
import { ToolchainSharedTier } from '../../src/toolchain/sharedTier.js';
import { opentofu, terraform } from '../support/realTools.js';
import { startHarness } from '../support/toolchainHarness.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { tempDir } from '../support/tmp.js';

const h = await startHarness();
await opentofu.publish(h.up, '1.10.3');
await terraform.publish(h.up, '1.9.8');
const storeUrl = `file://${tempDir('atmos-tc-store-')}/fleet`;

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
      },
    },
  ],
  aliases: { tofu: 'opentofu/opentofu' },
  store: storeUrl,
};

async function engine(logger = new MemoryLogger()) {
  const config = loadConfig({ cwd: h.dir, env: h.env });
  return createToolchain({ config, env: h.env, logger });
}

describe('toolchain fleet tier', () => {
  it('writes verified downloads through; a new runner installs from the store with no upstream request', async () => {
    h.writeConfig(inline);
    h.writeToolVersions('tofu 1.10.3\n');
    const first = await engine();
    for (const o of await first.install('all')) assert.equal(o.status, 'installed', o.error?.message);
    const backend = await openBackend(parseStoreUrl(storeUrl), {});
    const objects = [];
    for await (const o of backend.list('toolchain/assets/')) objects.push(o);
    assert.equal(objects.length, 1);
    assert.match(objects[0].key, /\/tofu_1\.10\.3_linux_amd64\.tar\.gz$|\/tofu_1\.10\.3_\w+_\w+\.tar\.gz$/);

    rmSync(first.installRoot, { recursive: true, force: true });
    h.up.resetCounts();
    h.up.failNext('/', { status: 503, times: 1000 }); // upstream down: only the store can serve
    const fresh = await engine();
    const outcomes = await fresh.install('all');
    h.up.clearFaults();
    for (const o of outcomes) assert.equal(o.status, 'installed', o.error ? `${o.error.message}\n${o.error.explanation ?? ''}` : '');
    assert.equal(h.up.requests.length, 0, 'not one upstream request');
    assert.equal(execFileSync(await fresh.binaryFor({ tool: 'tofu' }), { encoding: 'utf8' }).trim(), 'tofu 1.10.3');
  });

  it('a store copy that does not match the lock is removed and replaced from upstream', async () => {
    const tc = await engine();
    rmSync(tc.installRoot, { recursive: true, force: true });
    const tier = new ToolchainSharedTier((await import('../../src/store/index.js')).openStore(storeUrl));
    const backend = await openBackend(parseStoreUrl(storeUrl), {});
    const [obj] = await (async () => {
      const out = [];
      for await (const o of backend.list('toolchain/assets/')) out.push(o);
      return out;
    })();
    // Poisoned: valid store metadata for the wrong bytes (a writer with bucket access, or a bug).
    const bad = Buffer.from('not tofu');
    const { createHash } = await import('node:crypto');
    await backend.put(obj.key, { bytes: bad }, { metadata: { sha256: createHash('sha256').update(bad).digest('hex') } });
    h.up.resetCounts();
    const logger = new MemoryLogger();
    const outcomes = await (await engine(logger)).install('all');
    for (const o of outcomes) assert.equal(o.status, 'installed', o.error?.message);
    assert.ok(
      logger.records.some((r) => r.level === 'warn' && /fleet store copy of opentofu\/opentofu@1\.10\.3 .* failed its checksum/.test(r.message)),
      JSON.stringify(logger.records.filter((r) => r.level !== 'debug')),
    );
    assert.equal(h.up.count('/opentofu/opentofu/releases/download/'), 1, 'downloaded upstream once');
    const replaced = await backend.head(obj.key);
    assert.ok(replaced && replaced.size > bad.length, 'the good copy was written back');
    assert.ok(tier.key('u', 'a').startsWith('toolchain/assets/'));
    assert.equal(path.basename(obj.key).startsWith('tofu_'), true);
  });
});
