import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startMirrorServer } from '../../src/mirror/index.js';
import type { MirrorServer } from '../../src/mirror/types.js';
import { TerraformClient } from '../support/terraformClient.js';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { makeModuleTarGz, NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const PRIVATE = 'private.example.test';
const PUBLIC = 'public.example.test';
const TOKEN_A = 'token-for-private-host-A';
const linux = { os: 'linux', arch: 'amd64' };

/** A raw request: the path is sent exactly as written (no URL normalisation). */
function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('proxy security', () => {
  const root = tempDir();
  let priv: FakeRegistry;
  let pub: FakeRegistry;
  let proxy: MirrorServer;
  let client: TerraformClient;

  before(async () => {
    pub = await startRegistry(PUBLIC, {
      providers: [NULL_PROVIDER],
      modules: [{ ns: 'acme', name: 'vpc', system: 'aws', versions: ['1.0.0'], form: 'header', location: () => '/archives/vpc.tar.gz' }],
    });
    pub.files.set('/archives/vpc.tar.gz', { body: await makeModuleTarGz('public vpc'), type: 'application/gzip' });
    // The private registry requires its token and hands out downloads hosted on the public host.
    priv = await startRegistry(PRIVATE, {
      token: TOKEN_A,
      providers: [{ ns: 'corp', type: 'secret', versions: [{ version: '1.0.0', platforms: [linux] }] }],
      modules: [{ ns: 'corp', name: 'net', system: 'aws', versions: ['0.1.0'], form: 'header', location: () => `${pub.url}/archives/vpc.tar.gz` }],
      downloadsOn: pub,
    });
    proxy = await startMirrorServer({
      root,
      mode: 'registry',
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { [PRIVATE]: priv.url, [PUBLIC]: pub.url },
      credentials: { [PRIVATE]: TOKEN_A },
    });
    client = new TerraformClient({ token: 'inbound-client-token' });
  });
  after(async () => {
    await client.close();
    await proxy.close();
    await priv.close();
    await pub.close();
  });

  it('binds 127.0.0.1 on an ephemeral port', () => {
    assert.match(proxy.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]{32}\/$/);
    assert.notEqual(proxy.port, 0);
  });

  it('sends a host token only to that host: never to another registry or a download host', async () => {
    const privServices = await proxy.hostServices(PRIVATE);
    const pubServices = await proxy.hostServices(PUBLIC);
    const a = await client.installProviderRegistry(privServices['providers.v1'], 'corp', 'secret', linux);
    assert.ok(a.signatureValid);
    await client.installProviderRegistry(pubServices['providers.v1'], 'hashicorp', 'null', linux);
    const m = await client.installModule(privServices['modules.v1'], 'corp', 'net', 'aws');
    await m.cleanup();
    const m2 = await client.installModule(pubServices['modules.v1'], 'acme', 'vpc', 'aws');
    await m2.cleanup();

    // Every private registry API call carried the configured token (the client's own was not used instead).
    assert.ok(priv.requests.length > 0);
    assert.ok(priv.requests.every((r) => r.authorization === `Bearer ${TOKEN_A}`));
    // Host A's token never reached host B — neither for B's API nor for A's downloads hosted on B.
    assert.ok(pub.count('/files/private.example.test/') > 0, 'the private provider zip came from the public host');
    assert.ok(pub.requests.every((r) => r.authorization !== `Bearer ${TOKEN_A}`));
    // The client's own Authorization goes only to the registry host its route targets (the public
    // registry API here, for which we hold no token) and never to downloads.
    const pubApi = pub.requests.filter((r) => r.path.startsWith('/v1/') || r.path === '/.well-known/terraform.json');
    assert.ok(pubApi.some((r) => r.authorization === 'Bearer inbound-client-token'));
    assert.ok(pub.requests.filter((r) => r.path.startsWith('/files/') || r.path.startsWith('/archives/')).every((r) => r.authorization === undefined));
  });

  it('forwards the client User-Agent upstream', () => {
    assert.ok(pub.requests.some((r) => r.userAgent?.startsWith('HashiCorp Terraform/1.9.0')));
  });

  it('refuses requests without the secret prefix or with a wrong one', async () => {
    const before = pub.requests.length;
    const secret = new URL(proxy.baseUrl).pathname.split('/')[1];
    for (const p of [
      `/v1/providers/${PUBLIC}/hashicorp/null/versions`,
      `/not-the-secret-at-all/v1/providers/${PUBLIC}/hashicorp/null/versions`,
      `/${secret.slice(0, -1)}/v1/providers/${PUBLIC}/hashicorp/null/versions`,
      '/',
      `/${secret}`,
    ]) {
      const res = await rawGet(proxy.port, p);
      assert.equal(res.status, 404, p);
    }
    assert.equal(pub.requests.length, before, 'nothing reached the upstream');
  });

  it('rejects path traversal before routing', async () => {
    const secret = new URL(proxy.baseUrl).pathname.split('/')[1];
    const before = pub.requests.length;
    for (const p of [
      `/${secret}/v1/providers/../../../etc/passwd`,
      `/${secret}/../${secret}/v1/providers/${PUBLIC}/hashicorp/null/versions`,
      `/${secret}/v1/providers/%2e%2e/%2e%2e/etc/passwd`,
      `/${secret}/v1/providers/%2E%2E/x/y/versions`,
      `/${secret}/v1/providers/${PUBLIC}/hashicorp/null%2f..%2f..%2fx/versions`,
      `/${secret}/v1/providers/${PUBLIC}\\..\\..\\x/versions`,
      `/${secret}/v1/archives/..%5c..%5cx.tar.gz`,
      `/${secret}/v1/providers/./hashicorp/null/versions`,
    ]) {
      const res = await rawGet(proxy.port, p);
      assert.equal(res.status, 400, p);
    }
    assert.equal(pub.requests.length, before);
  });

  it('does not proxy hosts it was not configured for', async () => {
    const res = await client.get(`${proxy.baseUrl}v1/providers/evil.example.test/hashicorp/null/versions`);
    assert.equal(res.status, 404);
  });

  it('answers the client an upstream 401 without a token as a 401', async () => {
    const bare = await startMirrorServer({
      root: tempDir(),
      mode: 'registry',
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { [PRIVATE]: priv.url },
    });
    const anon = new TerraformClient();
    try {
      const res = await anon.get(`${bare.baseUrl}v1/providers/${PRIVATE}/corp/secret/versions`);
      assert.equal(res.status, 401);
    } finally {
      await anon.close();
      await bare.close();
    }
  });

  it('drops the host token when an upstream download redirects to another host', async () => {
    const token = 'token-for-redirecting-host';
    const redirecting = await startRegistry('redirecting.example.test', {
      token,
      providers: [{ ns: 'corp', type: 'moved', versions: [{ version: '1.0.0', platforms: [linux] }] }],
    });
    const zipPath = `/files/redirecting.example.test/moved/1.0.0/${redirecting.zipName('moved', '1.0.0', 'linux', 'amd64')}`;
    // The zip lives on the public host; the private host answers its own download URL with a 302 there.
    pub.files.set(zipPath, redirecting.files.get(zipPath)!);
    redirecting.redirects.set(zipPath, `${pub.url}${zipPath}`);
    const p2 = await startMirrorServer({
      root: tempDir(),
      mode: 'registry',
      metadataTtlMs: 60_000,
      staleWhileRevalidateMs: 0,
      upstreams: { 'redirecting.example.test': redirecting.url },
      credentials: { 'redirecting.example.test': token },
    });
    try {
      const services = await p2.hostServices('redirecting.example.test');
      const r = await client.installProviderRegistry(services['providers.v1'], 'corp', 'moved', linux);
      assert.ok(r.signatureValid);
      assert.equal(redirecting.requests.find((q) => q.path === zipPath)?.authorization, `Bearer ${token}`, 'same host: token sent');
      const hop = pub.requests.filter((q) => q.path === zipPath);
      assert.equal(hop.length, 1);
      assert.equal(hop[0].authorization, undefined, 'other host after the redirect: no token');
    } finally {
      await p2.close();
      await redirecting.close();
    }
  });
});
