import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startMirrorServer } from '../../src/mirror/index.js';
import type { MirrorServer } from '../../src/mirror/types.js';
import { TerraformClient } from '../support/terraformClient.js';
import { makeZip, sha256, type FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { makeGitRepo, makeModuleTarGz, NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const HOST = 'registry.example.test';
const linux = { os: 'linux', arch: 'amd64' };

describe('registry mode (providers.v1 / modules.v1 over loopback http)', () => {
  let upstream: FakeRegistry;
  let proxy: MirrorServer;
  const root = tempDir();
  const repo = makeGitRepo();
  let client: TerraformClient;

  let zipPkg: Buffer;
  let zipSha: string;

  before(async () => {
    zipPkg = await makeZip({ 'main.tf': '# zipped\n', 'nested/': '', 'nested/x.tf': '# x\n' });
    zipSha = sha256(zipPkg);
    upstream = await startRegistry(HOST, {
      providers: [NULL_PROVIDER],
      extraServices: {
        'tfe.v2': '/api/v2/',
        'login.v1': { client: 'terraform-cli', authz: '/oauth/authorization', token: '/oauth/token', ports: [10000, 10010] },
      },
      modules: [
        { ns: 'acme', name: 'vpc', system: 'aws', versions: ['v1.2', '1.3.0'], form: 'header', location: (v) => `/archives/vpc-${v}.tar.gz` },
        { ns: 'acme', name: 'label', system: 'null', versions: ['1.0.0'], form: 'json', location: () => `git::file://${repo}//modules/label?ref=v1.0.0` },
        { ns: 'acme', name: 'mono', system: 'null', versions: ['2.0.0'], form: 'header', location: () => `/archives/vpc-1.3.0.tar.gz//sub` },
        { ns: 'acme', name: 'zipped', system: 'aws', versions: ['0.1.0'], form: 'header', location: () => `./pkg.zip?checksum=sha256:${zipSha}` },
      ],
    });
    upstream.files.set('/v1/modules/acme/zipped/aws/0.1.0/pkg.zip', { body: zipPkg, type: 'application/zip' });
    upstream.files.set('/archives/vpc-v1.2.tar.gz', { body: await makeModuleTarGz('vpc 1.2'), type: 'application/gzip' });
    upstream.files.set('/archives/vpc-1.3.0.tar.gz', { body: await makeModuleTarGz('vpc 1.3'), type: 'application/gzip' });
    proxy = await startMirrorServer({
      root,
      mode: 'registry',
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 60_000,
      hosts: [HOST],
      upstreams: { [HOST]: upstream.url },
    });
    client = new TerraformClient();
  });
  after(async () => {
    await client.close();
    await proxy.close();
    await upstream.close();
  });

  it('installs a provider through the proxy with shasums, GPG signature and hashes intact', async () => {
    const services = await proxy.hostServices(HOST);
    const r = await client.installProviderRegistry(services['providers.v1'], 'hashicorp', 'null', linux);
    assert.equal(r.version, '3.2.4');
    assert.ok(r.signatureValid);
    assert.deepEqual(r.zip, upstream.zipBytes('null', '3.2.4', 'linux', 'amd64'));
    // Every platform's zh: comes from the signed SHA256SUMS, as in a real lock file.
    assert.equal(r.zhHashes.length, 3);
    // The URLs point at the proxy; every other field is the upstream's.
    assert.ok(r.meta.download_url.startsWith(proxy.baseUrl));
    assert.ok(r.meta.shasums_url.startsWith(proxy.baseUrl));
    assert.ok(r.meta.shasums_signature_url.startsWith(proxy.baseUrl));
    const upstreamMeta = await client.json<Record<string, unknown>>(`${upstream.url}/v1/providers/hashicorp/null/3.2.4/download/linux/amd64`);
    const proxied = r.meta as unknown as Record<string, unknown>;
    for (const k of Object.keys(upstreamMeta)) {
      if (!['download_url', 'shasums_url', 'shasums_signature_url'].includes(k)) assert.deepEqual(proxied[k], upstreamMeta[k], k);
    }
    // Cached in the `terraform providers mirror` packed layout.
    const zipPath = path.join(root, 'providers', HOST, 'hashicorp', 'null', 'terraform-provider-null_3.2.4_linux_amd64.zip');
    assert.deepEqual(readFileSync(zipPath), r.zip);
    const vjson = JSON.parse(readFileSync(path.join(root, 'providers', HOST, 'hashicorp', 'null', '3.2.4.json'), 'utf8'));
    assert.deepEqual(vjson.archives.linux_amd64.hashes, [r.h1, `zh:${r.meta.shasum}`]);
  });

  it('serves a repeated install entirely from the cache', async () => {
    const services = await proxy.hostServices(HOST);
    const before = upstream.requests.length;
    const hitsBefore = proxy.report().hits;
    await client.installProviderRegistry(services['providers.v1'], 'hashicorp', 'null', linux);
    assert.equal(upstream.requests.length, before, 'no upstream request on a warm cache');
    assert.equal(proxy.report().hits - hitsBefore, 5);
  });

  it('restates every other discovery service with absolute URLs', async () => {
    const services = await proxy.hostServices(HOST);
    assert.equal(services['providers.v1'], `${proxy.baseUrl}v1/providers/${HOST}/`);
    assert.equal(services['modules.v1'], `${proxy.baseUrl}v1/modules/${HOST}/`);
    assert.equal(services['tfe.v2'], `${upstream.url}/api/v2/`);
    const doc = await proxy.hostServiceDocument!(HOST);
    assert.deepEqual(doc['login.v1'], {
      client: 'terraform-cli',
      authz: `${upstream.url}/oauth/authorization`,
      token: `${upstream.url}/oauth/token`,
      ports: [10000, 10010],
    });
  });

  it('answers a module download with 204 + X-Terraform-Get and maps 1.2.0 back to the upstream v1.2', async () => {
    const services = await proxy.hostServices(HOST);
    const r = await client.installModule(services['modules.v1'], 'acme', 'vpc', 'aws', '1.2.0');
    assert.equal(upstream.count('/v1/modules/acme/vpc/aws/v1.2/download'), 1);
    assert.match(r.location, /\/v1\/archives\/[0-9a-f]{32}\.tar\.gz\?checksum=sha256:[0-9a-f]{64}$/);
    assert.ok(r.location.startsWith(proxy.baseUrl));
    assert.equal(readFileSync(path.join(r.moduleDir, 'main.tf'), 'utf8'), '# vpc 1.2\n');
    assert.equal(r.head.headers['content-length'], String(r.archive.length));
    await r.cleanup();
  });

  it('answers OpenTofu with 200 + JSON location and the header', async () => {
    const tofu = new TerraformClient({ userAgent: 'OpenTofu/1.10.3' });
    try {
      const services = await proxy.hostServices(HOST);
      const dl = await tofu.get(`${services['modules.v1']}acme/vpc/aws/1.3.0/download`);
      assert.equal(dl.status, 200);
      const body = JSON.parse(dl.body.toString()) as { location: string };
      assert.equal(body.location, dl.headers['x-terraform-get']);
      const r = await tofu.installModule(services['modules.v1'], 'acme', 'vpc', 'aws', '1.3.0');
      assert.equal(readFileSync(path.join(r.moduleDir, 'main.tf'), 'utf8'), '# vpc 1.3\n');
      await r.cleanup();
    } finally {
      await tofu.close();
    }
  });

  it('keeps the JSON form when the upstream used it, and fetches git:: sources at the ref with //subdir kept', async () => {
    const services = await proxy.hostServices(HOST);
    const dl = await client.get(`${services['modules.v1']}acme/label/null/1.0.0/download`);
    assert.equal(dl.status, 200);
    assert.ok(JSON.parse(dl.body.toString()).location);
    const r = await client.installModule(services['modules.v1'], 'acme', 'label', 'null', '1.0.0');
    assert.equal(r.subdir, 'modules/label');
    assert.equal(readFileSync(path.join(r.moduleDir, 'main.tf'), 'utf8'), 'variable "name" {}\n');
    // The archive root is the repository root at the tag (not the later commit), without .git.
    assert.equal(readFileSync(path.join(r.moduleDir, '..', '..', 'main.tf'), 'utf8'), '# root module\n');
    assert.throws(() => readFileSync(path.join(r.moduleDir, '..', '..', '.git', 'HEAD')));
    await r.cleanup();
  });

  it('shares one cached archive between modules that use different subdirs of the same package', async () => {
    const services = await proxy.hostServices(HOST);
    const a = await client.installModule(services['modules.v1'], 'acme', 'mono', 'null', '2.0.0');
    assert.equal(a.subdir, 'sub');
    assert.equal(readFileSync(path.join(a.moduleDir, 'main.tf'), 'utf8'), '# vpc 1.3 sub\n');
    assert.equal(upstream.count('/archives/vpc-1.3.0.tar.gz'), 1, 'package fetched once for both modules');
    await a.cleanup();
  });

  it('repacks a ./relative zip package as tar.gz after verifying its upstream checksum', async () => {
    const services = await proxy.hostServices(HOST);
    const r = await client.installModule(services['modules.v1'], 'acme', 'zipped', 'aws', '0.1.0');
    assert.equal(readFileSync(path.join(r.moduleDir, 'main.tf'), 'utf8'), '# zipped\n');
    assert.equal(readFileSync(path.join(r.moduleDir, 'nested', 'x.tf'), 'utf8'), '# x\n');
    assert.match(r.location, /\.tar\.gz\?checksum=sha256:/);
    await r.cleanup();
  });

  it('resolves a warm module install with no upstream request', async () => {
    const services = await proxy.hostServices(HOST);
    const before = upstream.requests.length;
    const r = await client.installModule(services['modules.v1'], 'acme', 'label', 'null', '1.0.0');
    await r.cleanup();
    assert.equal(upstream.requests.length, before);
  });

  it('keeps cached module downloads and providers valid for a new server with another port and secret', async () => {
    const second = await startMirrorServer({ root, mode: 'registry', metadataTtlMs: 60_000, staleWhileRevalidateMs: 0, upstreams: { [HOST]: upstream.url } });
    try {
      assert.notEqual(second.baseUrl, proxy.baseUrl);
      const before = upstream.requests.length;
      const services = await second.hostServices(HOST);
      const r = await client.installModule(services['modules.v1'], 'acme', 'vpc', 'aws', '1.2.0');
      assert.ok(r.location.startsWith(second.baseUrl));
      await r.cleanup();
      await client.installProviderRegistry(services['providers.v1'], 'hashicorp', 'null', linux);
      assert.equal(upstream.requests.length, before, 'served from the shared cache directory');
    } finally {
      await second.close();
    }
  });
});
