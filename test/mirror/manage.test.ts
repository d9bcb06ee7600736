import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { MemoryLogger } from '../support/memoryLogger.js';
import { startMirrorServer } from '../../src/mirror/index.js';
import { CacheManager, classify, validateKey } from '../../src/mirror/manage.js';
import type { MirrorServer } from '../../src/mirror/types.js';
import { blocksNamed, constraintToRange, warmProviders, warmTargets } from '../../src/mirror/warm.js';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOUR = 3600_000;
const NOW = new Date('2026-06-01T12:00:00Z');

/** A cache tree in the store's layout (see src/mirror/store.ts), with controlled ages. */
function fixtureCache(): string {
  const root = path.join(tempDir(), 'registry');
  const put = (rel: string, body: string, ageHours?: number, fetchedHoursAgo?: number) => {
    const file = path.join(root, ...rel.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    const text =
      fetchedHoursAgo === undefined ? body : JSON.stringify({ fetchedAt: NOW.getTime() - fetchedHoursAgo * HOUR, status: 200, url: 'https://x/', body });
    writeFileSync(file, text);
    if (ageHours !== undefined) {
      const t = new Date(NOW.getTime() - ageHours * HOUR);
      utimesSync(file, t, t);
    }
  };
  const p = 'providers/registry.terraform.io/hashicorp/null';
  put(`${p}/terraform-provider-null_3.2.4_linux_amd64.zip`, 'Z'.repeat(1000), 500);
  put(`${p}/terraform-provider-null_3.2.4_linux_amd64.zip.hashes.json`, '{"h1":"h1:x","zh":"zh:y"}', 500);
  put(`${p}/terraform-provider-null_3.2.4_darwin_arm64.zip`, 'Z'.repeat(10), 1);
  put(`${p}/terraform-provider-null_3.2.4_SHA256SUMS`, 'sums', 500);
  put(`${p}/terraform-provider-null_3.2.4_SHA256SUMS.sig`, 'sig', 500);
  put(`${p}/index.json`, JSON.stringify({ versions: { '3.2.4': {} } }), 1);
  put(
    `${p}/3.2.4.json`,
    JSON.stringify({
      archives: {
        linux_amd64: { url: 'terraform-provider-null_3.2.4_linux_amd64.zip' },
        darwin_arm64: { url: 'terraform-provider-null_3.2.4_darwin_arm64.zip' },
      },
    }),
    1,
  );
  put('metadata/providers/registry.terraform.io/hashicorp/null/versions.json', '{}', 1, 400);
  put('metadata/providers/registry.terraform.io/hashicorp/null/3.2.4/download/linux_amd64.json', '{}', 1, 2);
  put('metadata/discovery/registry.terraform.io.json', '{}', 1, 300);
  put('modules/registry.terraform.io/cloudposse/label/null/versions.json', '{}', 1, 200);
  put('modules/registry.terraform.io/cloudposse/label/null/0.25.0/download.json', '{}', 1, 1);
  put('modules/_archives/0123456789abcdef0123456789abcdef.tar.gz', 'A'.repeat(300), 1000);
  put('modules/_archives/0123456789abcdef0123456789abcdef.json', '{"source":"x"}', 1000);
  // Never objects: TLS material, temp files of a fill, lock directories.
  put('tls/ca-key.pem', 'secret');
  put(`${p}/.terraform-provider-null_3.2.5_linux_amd64.zip.part-123-abcd`, 'partial');
  mkdirSync(path.join(root, ...`${p}/terraform-provider-null_3.2.5_linux_amd64.zip.lock`.split('/')));
  return root;
}

describe('cache list / stats', () => {
  it('lists providers, modules and metadata with kinds, and never tls/, temp files or locks', async () => {
    const m = new CacheManager(fixtureCache());
    const keys = (await m.list()).map((e) => `${e.kind} ${e.key}`);
    assert.deepEqual(keys, [
      'discovery metadata/discovery/registry.terraform.io.json',
      'provider_download metadata/providers/registry.terraform.io/hashicorp/null/3.2.4/download/linux_amd64.json',
      'provider_versions metadata/providers/registry.terraform.io/hashicorp/null/versions.json',
      'module_archive modules/_archives/0123456789abcdef0123456789abcdef.tar.gz',
      'module_download modules/registry.terraform.io/cloudposse/label/null/0.25.0/download.json',
      'module_versions modules/registry.terraform.io/cloudposse/label/null/versions.json',
      'mirror_index providers/registry.terraform.io/hashicorp/null/3.2.4.json',
      'mirror_index providers/registry.terraform.io/hashicorp/null/index.json',
      'provider_package providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_darwin_arm64.zip',
      'provider_package providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_linux_amd64.zip',
      'shasums providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_SHA256SUMS',
      'shasums_signature providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_SHA256SUMS.sig',
    ]);
  });

  it('stats counts objects by group and names the largest and the oldest (sidecars counted with their artifact)', async () => {
    const s = await new CacheManager(fixtureCache()).stats();
    assert.equal(s.objectCount, 12);
    assert.equal(s.modules, 3);
    assert.equal(s.providers, 8);
    assert.equal(s.largest?.key, 'providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_linux_amd64.zip');
    assert.equal(s.largest?.size, 1000 + '{"h1":"h1:x","zh":"zh:y"}'.length);
    assert.equal(s.oldest?.key, 'modules/_archives/0123456789abcdef0123456789abcdef.tar.gz');
  });
});

describe('cache prune', () => {
  it('dry-run reports metadata fetched before the cutoff and deletes nothing', async () => {
    const root = fixtureCache();
    const m = new CacheManager(root);
    const r = await m.prune({ olderThanMs: 168 * HOUR, dryRun: true, now: NOW });
    assert.deepEqual(r.entries.map((e) => e.key).sort(), [
      'metadata/discovery/registry.terraform.io.json',
      'metadata/providers/registry.terraform.io/hashicorp/null/versions.json',
      'modules/registry.terraform.io/cloudposse/label/null/versions.json',
    ]);
    assert.equal((await m.list()).length, 12);
  });

  it('prunes by fetchedAt (not mtime) and leaves artifacts unless --all', async () => {
    const root = fixtureCache();
    const m = new CacheManager(root);
    await m.prune({ olderThanMs: 168 * HOUR, now: NOW });
    const left = (await m.list()).map((e) => e.key);
    assert.equal(left.length, 9);
    assert.ok(left.includes('providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_linux_amd64.zip'));
    const all = await m.prune({ olderThanMs: 168 * HOUR, all: true, now: NOW });
    assert.deepEqual(all.entries.map((e) => e.key).sort(), [
      'modules/_archives/0123456789abcdef0123456789abcdef.tar.gz',
      'providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_SHA256SUMS',
      'providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_SHA256SUMS.sig',
      'providers/registry.terraform.io/hashicorp/null/terraform-provider-null_3.2.4_linux_amd64.zip',
    ]);
    assert.equal(existsSync(path.join(root, 'modules/_archives/0123456789abcdef0123456789abcdef.json')), false, 'archive sidecar goes with it');
    assert.equal(existsSync(path.join(root, 'tls/ca-key.pem')), true);
  });
});

describe('cache delete', () => {
  it('deletes a zip with its sidecar and lock, and drops it from the mirror JSON', async () => {
    const root = fixtureCache();
    const p = 'providers/registry.terraform.io/hashicorp/null';
    const removed = await new CacheManager(root).delete(`${p}/terraform-provider-null_3.2.4_linux_amd64.zip`);
    assert.equal(removed.length, 1);
    assert.equal(existsSync(path.join(root, p, 'terraform-provider-null_3.2.4_linux_amd64.zip.hashes.json')), false);
    const v = JSON.parse(readFileSync(path.join(root, p, '3.2.4.json'), 'utf8')) as { archives: Record<string, unknown> };
    assert.deepEqual(Object.keys(v.archives), ['darwin_arm64']);
  });

  it('deletes everything under a directory key and removes the emptied directories; is idempotent', async () => {
    const root = fixtureCache();
    const m = new CacheManager(root);
    const removed = await m.delete('modules/registry.terraform.io/cloudposse');
    assert.equal(removed.length, 2);
    assert.equal(existsSync(path.join(root, 'modules/registry.terraform.io')), false);
    assert.deepEqual(await m.delete('modules/registry.terraform.io/cloudposse'), []);
  });

  for (const key of ['/etc/passwd', 'C:\\Windows\\x', 'providers/../tls/ca-key.pem', '../outside', 'tls/ca-key.pem', 'providers\\x', 'providers/./x', '']) {
    it(`rejects the key ${JSON.stringify(key)}`, async () => {
      const root = fixtureCache();
      await assert.rejects(new CacheManager(root).delete(key), (err: unknown) => err instanceof AtmosError && err.code === 'CACHE_KEY_INVALID');
      assert.equal(existsSync(path.join(root, 'tls/ca-key.pem')), true);
    });
  }

  it('validateKey normalises a trailing slash', () => {
    assert.equal(validateKey('providers/registry.terraform.io/'), 'providers/registry.terraform.io');
    assert.equal(classify('providers/h/ns/t/.x.zip.part-1-2'), undefined);
  });
});

describe('cache warm', () => {
  let upstream: FakeRegistry;
  before(async () => {
    upstream = await startRegistry('registry.terraform.io', { providers: [NULL_PROVIDER] });
  });
  after(() => upstream.close());

  it('finds providers in lock files (exact) and required_providers (constraints)', async () => {
    const dir = tempDir();
    const lock = path.join(dir, 'a', '.terraform.lock.hcl');
    mkdirSync(path.dirname(lock));
    writeFileSync(lock, 'provider "registry.terraform.io/hashicorp/null" {\n  version = "3.2.0"\n  hashes = [\n    "h1:abc",\n  ]\n}\n');
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(
      path.join(dir, 'b', 'versions.tf'),
      'terraform {\n  required_version = ">= 1.0"\n  required_providers {\n    null = { source = "hashicorp/null", version = "~> 3.2" } # {braces} in a comment\n    local = {\n      source = "example.com/acme/local"\n    }\n  }\n}\nresource "null_resource" "x" { triggers = { a = var.x } }\n',
    );
    const targets = await warmTargets([path.join(dir, 'a'), path.join(dir, 'b')]);
    assert.deepEqual(targets.map((t) => `${t.host}/${t.ns}/${t.type} ${t.version ?? t.constraint ?? '*'}`).sort(), [
      'example.com/acme/local *',
      'registry.terraform.io/hashicorp/null 3.2.0',
      'registry.terraform.io/hashicorp/null ~> 3.2',
    ]);
  });

  it('translates Terraform constraints to semver ranges', () => {
    assert.equal(constraintToRange('~> 3.2'), '>=3.2.0 <4.0.0');
    assert.equal(constraintToRange('~> 3.2.1'), '>=3.2.1 <3.3.0');
    assert.equal(constraintToRange('>= 1.0, < 2.0'), '>=1.0.0 <2.0.0');
    assert.equal(constraintToRange('= 1.2.3'), '1.2.3');
    assert.equal(blocksNamed('a { b { c = "}" } }', 'b')[0], ' c = "}" ');
  });

  it('pre-fetches every platform through the proxy, after which the same requests are all cache hits', async () => {
    const root = path.join(tempDir(), 'registry');
    const opts = { root, mode: 'registry' as const, metadataTtlMs: HOUR, staleWhileRevalidateMs: HOUR, upstreams: { 'registry.terraform.io': upstream.url } };
    const server = await startMirrorServer(opts);
    const platforms = [
      { os: 'linux', arch: 'amd64' },
      { os: 'darwin', arch: 'arm64' },
      { os: 'solaris', arch: 'sparc' },
    ] as never;
    const targets = [
      { host: 'registry.terraform.io', ns: 'hashicorp', type: 'null', constraint: '~> 3.2', from: 'x' },
      { host: 'unknown.example', ns: 'a', type: 'b', from: 'x' },
    ];
    const outcomes = await warmProviders(server, targets, platforms, { logger: new MemoryLogger() });
    await server.close();
    assert.deepEqual(outcomes.map((o) => `${o.provider} ${o.version} ${o.platform} ${o.status}`).slice(0, 3), [
      'registry.terraform.io/hashicorp/null 3.2.4 linux_amd64 cached',
      'registry.terraform.io/hashicorp/null 3.2.4 darwin_arm64 cached',
      'registry.terraform.io/hashicorp/null ~> 3.2 solaris_sparc unsupported',
    ]);
    assert.equal(outcomes[3]?.status, 'failed');
    assert.match(outcomes[3]?.error ?? '', /components\.terraform\.cache\.hosts/);
    const dir = path.join(root, 'providers', 'registry.terraform.io', 'hashicorp', 'null');
    for (const f of [
      'terraform-provider-null_3.2.4_linux_amd64.zip',
      'terraform-provider-null_3.2.4_darwin_arm64.zip',
      'terraform-provider-null_3.2.4_SHA256SUMS',
      'terraform-provider-null_3.2.4_SHA256SUMS.sig',
    ]) {
      assert.ok(existsSync(path.join(dir, f)), f);
    }
    // A second proxy on the same cache answers the same downloads without upstream traffic for the packages.
    const before = upstream.count('.zip');
    const again = await startMirrorServer(opts);
    const second = await warmProviders(again, targets.slice(0, 1), platforms, { logger: new MemoryLogger() });
    await again.close();
    assert.equal(second.filter((o) => o.status === 'cached').length, 2);
    assert.equal(upstream.count('.zip'), before);
  });

  it('counts a 404 from the proxy as "unsupported" and any other failed answer as "failed", by status', async () => {
    // A stand-in proxy: one version without a platform list, so every platform asks for its download.
    const stub = createServer((req, res) => {
      const url = req.url ?? '';
      if (url.endsWith('/versions')) return res.end(JSON.stringify({ versions: [{ version: '1.0.0' }] }));
      res.statusCode = url.includes('/linux/') ? 404 : 500;
      res.end('upstream said no');
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    after(() => stub.close());
    const base = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/secret/v1/providers/`;
    const server = { hosts: ['example.test'], hostServices: async () => ({ 'providers.v1': base }) } as unknown as MirrorServer;
    const platforms = [
      { os: 'linux', arch: 'amd64' },
      { os: 'darwin', arch: 'arm64' },
    ] as never;
    const outcomes = await warmProviders(server, [{ host: 'example.test', ns: 'a', type: 'b', version: '1.0.0', from: 'x' }], platforms, {
      logger: new MemoryLogger(),
    });
    assert.deepEqual(
      outcomes.map((o) => `${o.platform} ${o.status}`),
      ['linux_amd64 unsupported', 'darwin_arm64 failed'],
    );
    assert.match(outcomes[1]?.error ?? '', /→ 500: upstream said no/);
    assert.doesNotMatch(outcomes[1]?.error ?? '', /secret/, 'the proxy path secret stays out of messages');
  });
});
