import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { Agent } from 'undici';
import { HttpClient, retryClass } from '../../src/common/http.js';
import { githubEndpoints } from '../../src/github/endpoints.js';
import { nextLink } from '../../src/common/linkHeader.js';
import { GitHubReleases } from '../../src/github/releases.js';
import { createUrlRewriter } from '../../src/toolchain/downloadUrl.js';
import { startHarness } from '../support/toolchainHarness.js';
import { downloadHostReplacements, ghCli, helm, opentofu, terraform, tflint } from '../support/realTools.js';
import { closedPort } from '../support/net.js';
import { tempDir } from '../support/tmp.js';

const h = await startHarness();
await opentofu.publish(h.up, '1.0.0');
await terraform.publish(h.up, '1.0.0');
await helm.publish(h.up, '1.0.0');
await tflint.publish(h.up, '1.0.0');
for (const v of ['2.0.0', '2.1.0', '2.2.0', '2.3.0-rc.1', '1.9.0']) await ghCli.publish(h.up, v);

const TOKEN = 'ghp_faketoken1234567890';

describe('downloads', () => {
  it('a truncated download is retried and succeeds', async () => {
    const tc = await h.toolchain();
    h.up.resetCounts();
    h.up.truncateNext('/opentofu/opentofu/releases/download/v1.0.0/tofu_1.0.0_linux_amd64.tar.gz');
    const [o] = await tc.install([{ tool: 'tofu', version: '1.0.0' }], { reinstall: true });
    assert.equal(o.status, 'installed', o.error?.message);
    assert.equal(h.up.count('/opentofu/opentofu/releases/download/v1.0.0/tofu_1.0.0_linux_amd64.tar.gz'), 2);
  });

  it('HTTP 500 then success is retried, for the asset and the checksum file', async () => {
    const tc = await h.toolchain();
    h.up.resetCounts();
    h.up.failNext('/hashicorp/terraform/1.0.0/terraform_1.0.0_linux_amd64.zip', { status: 500, times: 2 });
    h.up.failNext('/hashicorp/terraform/1.0.0/terraform_1.0.0_SHA256SUMS', { status: 502 });
    const [o] = await tc.install([{ tool: 'terraform', version: '1.0.0' }], { reinstall: true });
    assert.equal(o.status, 'installed', o.error?.message);
    assert.equal(h.up.count('/hashicorp/terraform/1.0.0/terraform_1.0.0_linux_amd64.zip'), 3);
    assert.equal(h.up.count('/hashicorp/terraform/1.0.0/terraform_1.0.0_SHA256SUMS'), 2);
  });

  it('a missing asset (404) says which URL was tried', async () => {
    const tc = await h.toolchain();
    const [o] = await tc.install([{ tool: 'tofu', version: '9.9.9' }]);
    assert.equal(o.status, 'failed');
    assert.equal(o.error?.code, 'ASSET_NOT_FOUND');
    assert.match(o.error!.explanation!, /tofu_9\.9\.9_linux_amd64\.tar\.gz/);
  });

  it('url_replacements send a download host to a mirror (longest prefix wins)', async () => {
    const rewrite = createUrlRewriter(githubEndpoints({}), {
      'https://releases.hashicorp.com': 'https://mirror/a',
      'https://releases.hashicorp.com/terraform': 'https://mirror/tf',
    });
    assert.equal(rewrite('https://releases.hashicorp.com/terraform/1.0.0/x.zip'), 'https://mirror/tf/1.0.0/x.zip');
    assert.equal(rewrite('https://releases.hashicorp.com/vault/1/x.zip'), 'https://mirror/a/vault/1/x.zip');
    assert.equal(rewrite('https://example.com/x'), 'https://example.com/x');
    // The harness's mirror mapping is what made the terraform/helm installs above reach the fake.
    const tc = await h.toolchain();
    h.up.resetCounts();
    const [o] = await tc.install([{ tool: 'helm', version: '1.0.0' }]);
    assert.equal(o.status, 'installed', o.error?.message);
    assert.equal(h.up.requests.filter((r) => r.host === 'download' && r.path === '/helm/helm-v1.0.0-linux-amd64.tar.gz').length, 1);
  });

  it('ATMOS_TOOLCHAIN_URL_REPLACEMENTS (JSON) applies too', async () => {
    h.writeConfig({ url_replacements: {} });
    const env = { ATMOS_TOOLCHAIN_URL_REPLACEMENTS: JSON.stringify({ 'https://releases.hashicorp.com': `${h.up.downloadUrl}/hashicorp` }) };
    const tc = await h.toolchain({ env });
    const [o] = await tc.install([{ tool: 'terraform', version: '1.0.0' }], { reinstall: true });
    assert.equal(o.status, 'installed', o.error?.message);
    h.writeConfig({});
  });

  it('GitHub URLs go to GITHUB_SERVER_URL / GITHUB_API_URL (GHES)', () => {
    const rewrite = createUrlRewriter(githubEndpoints({ GITHUB_SERVER_URL: 'https://ghe.example.com' }), {});
    assert.equal(rewrite('https://github.com/o/r/releases/download/v1/a.zip'), 'https://ghe.example.com/o/r/releases/download/v1/a.zip');
    assert.equal(rewrite('https://api.github.com/repos/o/r/releases'), 'https://ghe.example.com/api/v3/repos/o/r/releases');
    assert.equal(rewrite('https://github.com.evil.example/x'), 'https://github.com.evil.example/x');
  });
});

describe('GitHub token', () => {
  it('is sent to GitHub hosts only: not to the download host, not across a cross-host redirect', async () => {
    const tc = await h.toolchain({ env: { GITHUB_TOKEN: TOKEN } });
    h.up.resetCounts();
    h.up.redirectDownloads(true);
    const outcomes = await tc.install(
      [
        { tool: 'tflint', version: '1.0.0' },
        { tool: 'terraform', version: '1.0.0' },
      ],
      { reinstall: true },
    );
    h.up.redirectDownloads(false);
    for (const o of outcomes) assert.equal(o.status, 'installed', o.error?.message);
    const github = h.up.requests.filter((r) => r.host === 'github');
    const download = h.up.requests.filter((r) => r.host === 'download');
    assert.ok(github.length >= 2);
    assert.ok(
      download.some((r) => r.path.startsWith('/github-cdn/')),
      'release download was redirected',
    );
    assert.ok(download.some((r) => r.path.startsWith('/hashicorp/')));
    for (const r of github) assert.equal(r.authorization, `Bearer ${TOKEN}`, r.path);
    for (const r of download) assert.equal(r.authorization, undefined, r.path);
  });

  it('ATMOS_GITHUB_TOKEN is used as well', async () => {
    const tc = await h.toolchain({ env: { ATMOS_GITHUB_TOKEN: TOKEN } });
    h.up.resetCounts();
    await tc.availableVersions('gh');
    assert.equal(h.up.requests[0].authorization, `Bearer ${TOKEN}`);
  });
});

describe('GitHub releases API', () => {
  it('follows Link pagination and lists versions newest first without prereleases', async () => {
    h.up.maxPerPage = 2;
    const tc = await h.toolchain();
    h.up.resetCounts();
    const versions = await tc.availableVersions('gh');
    assert.deepEqual(versions, ['2.2.0', '2.1.0', '2.0.0', '1.9.0']);
    assert.equal(h.up.count('/api/v3/repos/cli/cli/releases'), 3);
    assert.deepEqual((await tc.availableVersions('gh', { includePrerelease: true })).slice(0, 2), ['2.3.0-rc.1', '2.2.0']);
    h.up.maxPerPage = 100;
  });

  it('lists tags for packages whose version source is github_tag, stripping the tag prefix', async () => {
    h.up.addTags('cli', 'cli', ['cli-3.0.0', 'cli-3.1.0', 'unrelated-9.0.0']);
    const base = h.registry;
    const tagged = { ...base, versionSource: async () => ({ type: 'github_tag' as const, owner: 'cli', repo: 'cli', versionPrefix: 'cli-' }) };
    const tc = await h.toolchain({ registry: tagged });
    assert.deepEqual(await tc.availableVersions('gh'), ['3.1.0', '3.0.0']);
  });

  it('parses Link headers', () => {
    assert.equal(nextLink('<https://x/a?page=2>; rel="next", <https://x/a?page=5>; rel="last"'), 'https://x/a?page=2');
    assert.equal(nextLink('<https://x/a?page=1>; rel="prev"'), undefined);
  });

  it('reads an asset digest from a release', async () => {
    const releases = new GitHubReleases({ http: new HttpClient(), endpoints: githubEndpoints(h.up.env) });
    const d = await releases.assetDigest('opentofu', 'opentofu', 'v1.0.0', 'tofu_1.0.0_linux_amd64.tar.gz');
    assert.equal(d?.algorithm, 'sha256');
    assert.match(d!.hex, /^[0-9a-f]{64}$/);
    assert.equal(await releases.releaseByTag('opentofu', 'opentofu', 'v404'), undefined);
  });

  it('a rate limit is explained: when it resets and how to pass a token', async () => {
    const reset = Math.floor(Date.now() / 1000) + 1800;
    h.up.rateLimit('/api/v3/repos/cli/cli/releases', reset);
    const tc = await h.toolchain();
    await assert.rejects(tc.availableVersions('gh'), (err: Error & { code?: string; explanation?: string; hint?: string }) => {
      assert.equal(err.code, 'RATE_LIMITED');
      assert.match(err.explanation!, new RegExp(new Date(reset * 1000).toISOString().slice(0, 16)));
      assert.match(err.hint!, /GITHUB_TOKEN/);
      return true;
    });
    h.up.clearFaults();
  });
});

describe('version constraints (ensureTools)', () => {
  it('uses the highest installed match, else the highest available release, and returns PATH dirs', async () => {
    const tc = await h.toolchain();
    await tc.install([{ tool: 'gh', version: '2.0.0' }]);
    h.up.resetCounts();
    const installedMatch = await tc.ensureTools({ gh: '~> 2.0' });
    assert.deepEqual(installedMatch.versions, { gh: '2.0.0' });
    assert.equal(h.up.requests.length, 0, 'an installed match needs no network');

    const fresh = await tc.ensureTools({ gh: '>= 2.1, < 3', tofu: '1.0.0' });
    assert.deepEqual(fresh.versions, { gh: '2.2.0', tofu: '1.0.0' });
    assert.equal(fresh.pathDirs[0], `${tc.installRoot}/bin/cli/cli/2.2.0`);
    assert.equal(fresh.outcomes[0].status, 'installed');

    const caret = await tc.ensureTools({ gh: '^1.9' });
    assert.deepEqual(caret.versions, { gh: '1.9.0' });
    await assert.rejects(tc.ensureTools({ gh: '~> 7.0' }), { code: 'NO_MATCHING_VERSION' });
  });
});

/** A loopback server that accepts connections and then never answers (or, with `headers`, stalls mid-body). */
async function hungServer(options: { headers?: boolean } = {}): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => {});
    if (options.headers) {
      socket.once('data', () => socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\ncontent-length: 100000\r\n\r\nPK-partial'));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Send the hashicorp download host somewhere else for one engine (other hosts stay on the fake). */
function hashicorpAt(base: string): Record<string, unknown> {
  return { url_replacements: { ...downloadHostReplacements(h.up), 'https://releases.hashicorp.com': base } };
}

// Many retries allowed: only the budget can stop them in time.
const SHORT = { ATMOS_HTTP_HEADERS_TIMEOUT: '300ms', ATMOS_HTTP_IDLE_TIMEOUT: '300ms', ATMOS_HTTP_RETRY_BUDGET: '1s', ATMOS_HTTP_RETRIES: '50' };

describe('bounded time (hung and unreachable servers)', () => {
  after(() => h.writeConfig({}));

  it('a server that accepts and never answers fails the install within the headers timeout + retry budget, naming the host', { timeout: 30_000 }, async () => {
    const hung = await hungServer();
    try {
      const tc = await h.toolchain({ toolchainConfig: hashicorpAt(hung.url), env: SHORT });
      const t0 = Date.now();
      const [o] = await tc.install([{ tool: 'terraform', version: '7.7.1' }]);
      const elapsed = Date.now() - t0;
      assert.equal(o.status, 'failed');
      assert.match(o.error!.message, new RegExp(`cannot reach ${hung.url.replace('http://', '').replace(/\./g, '\\.')}: no response headers in time`));
      // 300 ms headers + 1 s budget; generous bound for a loaded machine (the old client took 5 × 30 s).
      assert.ok(elapsed < 6000, `took ${elapsed} ms`);
      assert.ok(hung.connections() >= 2, 'retried within the budget');
    } finally {
      await hung.close();
    }
  });

  it('a body that stops making progress is aborted after the idle timeout', { timeout: 30_000 }, async () => {
    const hung = await hungServer({ headers: true });
    try {
      const tc = await h.toolchain({ toolchainConfig: hashicorpAt(hung.url), env: SHORT });
      const t0 = Date.now();
      const [o] = await tc.install([{ tool: 'terraform', version: '7.7.2' }]);
      const elapsed = Date.now() - t0;
      assert.equal(o.status, 'failed');
      assert.match(o.error!.message, /the download stopped making progress/);
      assert.ok(elapsed < 6000, `took ${elapsed} ms`);
      const leftovers = await import('node:fs').then((fs) => fs.readdirSync(path.join(tc.installRoot), { recursive: true }).map(String));
      assert.deepEqual(
        leftovers.filter((f) => f.endsWith('.part') || f.includes('.part-')),
        [],
        'no partial download left',
      );
    } finally {
      await hung.close();
    }
  });

  it('a closed port fails at once (no retries, default settings), naming the host', { timeout: 30_000 }, async () => {
    const port = await closedPort();
    const tc = await h.toolchain({ toolchainConfig: hashicorpAt(`http://127.0.0.1:${port}`) });
    const t0 = Date.now();
    const [o] = await tc.install([{ tool: 'terraform', version: '7.7.3' }]);
    const elapsed = Date.now() - t0;
    assert.equal(o.status, 'failed');
    assert.match(o.error!.message, new RegExp(`cannot reach 127\\.0\\.0\\.1:${port}: connection refused`));
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    assert.ok(!h.logger.records.some((l) => l.message.includes(`127.0.0.1:${port}`) && l.message.includes('retrying')), 'not retried');
  });

  it('an unknown host is not retried; a temporary DNS failure is retried once', async () => {
    for (const [code, lookups] of [
      ['ENOTFOUND', 1],
      ['EAI_AGAIN', 2],
    ] as const) {
      let calls = 0;
      // DNS failures simulated in the resolver, so no query leaves the machine.
      const dispatcher = new Agent({
        connect: {
          lookup: (hostname, _opts, cb) => {
            calls++;
            cb(Object.assign(new Error(`getaddrinfo ${code} ${hostname}`), { code, hostname }), '', 4);
          },
        },
      });
      const http = new HttpClient({ dispatcher, retries: 4, retryMinMs: 5 });
      const t0 = Date.now();
      await assert.rejects(http.download('http://releases.example.invalid/x.zip', path.join(tempDir(), 'x.zip')), (err: Error) => {
        assert.match(err.message, /cannot reach releases\.example\.invalid: (no such host|temporary DNS failure)/);
        return true;
      });
      assert.equal(calls, lookups, code);
      assert.ok(Date.now() - t0 < 1000);
      await dispatcher.close();
    }
  });

  it('classifies what may heal: 5xx/408/429 and remote refusals yes, 4xx and loopback refusals no', () => {
    const refused = (address: string) => Object.assign(new Error('refused'), { code: 'ECONNREFUSED', address });
    assert.equal(retryClass(refused('127.0.0.1')), 'never');
    assert.equal(retryClass(refused('::1')), 'never');
    assert.equal(retryClass(refused('10.0.0.7')), 'always');
    assert.equal(retryClass(Object.assign(new Error('x'), { code: 'UND_ERR_BODY_TIMEOUT' })), 'always');
  });
});

describe('which statuses are retried', () => {
  it('404 and 403 are asked once; 503 and 408 are retried', async () => {
    const zip = '/hashicorp/terraform/1.0.0/terraform_1.0.0_linux_amd64.zip';
    const http = new HttpClient({ retryMinMs: 5 });
    const dest = path.join(tempDir(), 'tf.zip');
    for (const status of [404, 403]) {
      h.up.resetCounts();
      h.up.failNext(zip, { status, times: 5 });
      await assert.rejects(http.download(`${h.up.downloadUrl}${zip}`, dest), { status });
      h.up.clearFaults();
      assert.equal(h.up.count(zip), 1, `HTTP ${status} asked once`);
    }
    for (const status of [503, 408]) {
      h.up.resetCounts();
      h.up.failNext(zip, { status, times: 2 });
      const res = await http.download(`${h.up.downloadUrl}${zip}`, dest);
      assert.ok(res.size > 0);
      assert.equal(h.up.count(zip), 3, `HTTP ${status} retried`);
    }
  });
});
