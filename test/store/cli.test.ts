/** `atmos-ts store ls|du|verify|prune` against a file:// store and s3rver. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openBackend, openStore, parseStoreUrl } from '../../src/store/index.js';
import { runCli } from '../support/cacheCli.js';
import { startS3rver, type S3Server } from '../support/storeServers.js';
import { tempDir } from '../support/tmp.js';

let s3: S3Server;
before(async () => {
  s3 = await startS3rver();
});
after(async () => {
  await s3?.close();
});

const targets = [
  { name: 'file://', url: () => `file://${tempDir()}/fleet`, env: () => ({}) as Record<string, string> },
  { name: 's3 (s3rver)', url: () => s3.url(`cli-${Date.now()}`), env: () => s3.env },
];

for (const t of targets) {
  describe(`store commands on ${t.name}`, () => {
    it('ls, du, verify (corrupt → exit 1, --fix removes), prune by size', async () => {
      const url = t.url();
      const store = openStore(url, { env: t.env() });
      await store.put('toolchain/assets/a/tool.tgz', { bytes: Buffer.alloc(3000, 1) });
      await store.put('registry/providers/x.zip', { bytes: Buffer.alloc(2000, 2) });
      await store.put('ci-cache/0123456789abcdef/k.tar.zst', { bytes: Buffer.alloc(1000, 3) });
      const backend = await openBackend(parseStoreUrl(url), t.env());
      await backend.put('registry/providers/bad.zip', { bytes: Buffer.from('tampered') }, { metadata: { sha256: '0'.repeat(64), writer_host: 'evil' } });

      const ls = await runCli(['store', 'ls', 'registry/', '--store', url, '--format', 'json'], t.env());
      assert.equal(ls.code, 0, ls.stderr);
      assert.deepEqual(
        (JSON.parse(ls.stdout) as { key: string }[]).map((r) => r.key),
        ['registry/providers/bad.zip', 'registry/providers/x.zip'],
      );

      const du = await runCli(['store', 'du', '--store', url, '--format', 'json'], t.env());
      const usage = JSON.parse(du.stdout) as { total: number; areas: { area: string; objects: number; bytes: number }[] };
      assert.deepEqual(
        usage.areas.map((a) => [a.area, a.objects, a.bytes]),
        [
          ['ci-cache', 1, 1000],
          ['registry', 2, 2008],
          ['toolchain', 1, 3000],
        ],
      );

      const verify = await runCli(['store', 'verify', '--store', url], t.env());
      assert.equal(verify.code, 1);
      assert.match(verify.stdout, /corrupt: registry\/providers\/bad\.zip \(sha256 .* written by evil\)/);
      assert.match(verify.stdout, /3 of 4 objects verified/);
      const fixed = await runCli(['store', 'verify', '--fix', '--store', url], t.env());
      assert.equal(fixed.code, 0, fixed.stderr);
      assert.match(fixed.stdout, /— removed/);
      assert.equal(await backend.head('registry/providers/bad.zip'), undefined);

      const dry = await runCli(['store', 'prune', '--max-size', '500B', '--dry-run', '--store', url, '--format', 'json'], t.env());
      assert.equal((JSON.parse(dry.stdout) as unknown[]).length, 3, 'everything goes to get under 500 B');
      assert.equal((await openStore(url, { env: t.env() }).list('')).length, 3, 'dry run removes nothing');
      const kept = await runCli(['store', 'prune', '--older-than', '30d', '--store', url], t.env());
      assert.match(kept.stdout, /freed 0 B in 0 objects; 3 left/);
      const pruned = await runCli(['store', 'prune', '--max-size', '500B', '--store', url], t.env());
      assert.match(pruned.stdout, /freed .* in 3 objects; 0 left/);
      assert.deepEqual(await openStore(url, { env: t.env() }).list(''), []);
    });
  });
}

it('no store anywhere: a usage error that says where to configure one', async () => {
  const r = await runCli(['store', 'ls', '--config', `${tempDir()}/none.yaml`], {});
  assert.notEqual(r.code, 0);
});
