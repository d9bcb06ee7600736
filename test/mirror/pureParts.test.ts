import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { credentialsLookup, normalizeHost, tokensFromEnv } from '../../src/mirror/credentials.js';
import { classifyEntry, isOutageStatus, onUpstreamFailure } from '../../src/mirror/freshness.js';
import { archiveId, planModuleSource, splitSubdir } from '../../src/mirror/moduleSource.js';
import { formatReportLine, formatReportTable } from '../../src/mirror/report.js';
import { extractLocation, normalizeModuleVersion, originalVersion, resolveLocation } from '../../src/mirror/routes/modules.js';
import { rewriteDownloadBody } from '../../src/mirror/routes/providers.js';
import { parseRoute, unsafePath } from '../../src/mirror/routes/router.js';
import { parseProviderZipName, type MetaEnvelope } from '../../src/mirror/store.js';

const policy = { ttlMs: 1000, swrMs: 5000 };

describe('freshness', () => {
  it('treats artifacts as always fresh, whatever their age', () => {
    assert.equal(classifyEntry({ kind: 'artifact', fetchedAtMs: 0 }, policy, 1e12), 'fresh');
  });
  it('keeps metadata fresh within the TTL, stale-while-revalidate until TTL+SWR, expired after', () => {
    const at = (age: number) => classifyEntry({ kind: 'metadata', fetchedAtMs: 10_000 }, policy, 10_000 + age);
    assert.equal(at(0), 'fresh');
    assert.equal(at(999), 'fresh');
    assert.equal(at(1000), 'stale-revalidate');
    assert.equal(at(5999), 'stale-revalidate');
    assert.equal(at(6000), 'expired');
  });
  it('has no SWR window when SWR is 0, and never expires with a TTL of 0', () => {
    assert.equal(classifyEntry({ kind: 'metadata', fetchedAtMs: 0 }, { ttlMs: 10, swrMs: 0 }, 10), 'expired');
    assert.equal(classifyEntry({ kind: 'metadata', fetchedAtMs: 0 }, { ttlMs: 0, swrMs: 0 }, 1e12), 'fresh');
  });
  it('counts an entry from the future as just fetched', () => {
    assert.equal(classifyEntry({ kind: 'metadata', fetchedAtMs: 5000 }, policy, 0), 'fresh');
  });
  it('reports missing entries, and chooses stale-if-error over 502 whenever a copy exists', () => {
    assert.equal(classifyEntry(undefined, policy, 0), 'missing');
    assert.deepEqual(onUpstreamFailure(true), { action: 'serve-stale' });
    assert.deepEqual(onUpstreamFailure(false), { action: 'bad-gateway' });
    assert.ok(isOutageStatus(503) && isOutageStatus(429) && !isOutageStatus(404) && !isOutageStatus(401));
  });
});

describe('credentials', () => {
  it('decodes TF_TOKEN_* names the way Terraform does', () => {
    const t = tokensFromEnv({
      TF_TOKEN_app_terraform_io: 'a',
      TF_TOKEN_my__registry_example_com: 'b',
      TF_TOKEN_xn____caf__dma_fr: 'c',
      TF_TOKEN_: 'ignored',
      TF_TOKEN_bad_: 'ignored',
      OTHER: 'x',
    });
    assert.deepEqual(t, { 'app.terraform.io': 'a', 'my-registry.example.com': 'b', 'xn--caf-dma.fr': 'c' });
  });
  it('normalises Unicode host names to punycode and keeps ports', () => {
    assert.equal(normalizeHost('Café.FR'), 'xn--caf-dma.fr');
    assert.equal(normalizeHost('Example.com:8443'), 'example.com:8443');
  });
  it('only answers for the exact host a token was given for', () => {
    const lookup = credentialsLookup({ 'café.fr': 't1', 'a.example.com': 't2' });
    assert.equal(lookup('xn--caf-dma.fr'), 't1');
    assert.equal(lookup('A.Example.com'), 't2');
    assert.equal(lookup('b.example.com'), undefined);
    assert.equal(lookup('example.com'), undefined);
  });
});

describe('routing', () => {
  const S = 'secretsecret';
  it('parses every proxy route under the secret prefix', () => {
    assert.deepEqual(parseRoute(`/${S}/v1/providers/registry.terraform.io/hashicorp/null/versions`, S), {
      route: { kind: 'providerVersions', p: { host: 'registry.terraform.io', ns: 'hashicorp', type: 'null' } },
    });
    assert.equal((parseRoute(`/${S}/v1/providers/h/n/t/1.0.0/download/linux/amd64`, S) as { route: { kind: string } }).route.kind, 'providerDownload');
    assert.deepEqual((parseRoute(`/${S}/v1/providers/h/n/t/1.0.0/download/linux/amd64/SHA256SUMS.sig`, S) as { route: { file: string } }).route.file, 'sig');
    assert.deepEqual((parseRoute(`/${S}/v1/mirror/h/n/t/1.0.2-beta.1.json`, S) as { route: { version: string } }).route.version, '1.0.2-beta.1');
    assert.equal((parseRoute(`/${S}/v1/mirror/h/n/t/index.json`, S) as { route: { kind: string } }).route.kind, 'mirrorIndex');
    assert.equal((parseRoute(`/${S}/v1/modules/h/n/m/s/1.2.0/download`, S) as { route: { kind: string } }).route.kind, 'moduleDownload');
    assert.equal((parseRoute(`/${S}/v1/archives/${'a'.repeat(32)}.tar.gz?checksum=x`, S) as { route: { id: string } }).route.id, 'a'.repeat(32));
  });
  it('refuses paths outside the prefix and unknown shapes with 404, traversal with 400', () => {
    assert.deepEqual(parseRoute('/v1/providers/h/n/t/versions', S), { status: 404, message: 'not found' });
    assert.deepEqual(parseRoute(`/${S}/v1/providers/h/n/versions`, S), { status: 404, message: 'not found' });
    assert.equal(unsafePath('/a/%2E%2e/b'), true);
    assert.equal(unsafePath('/a/b\\c'), true);
    assert.equal(unsafePath('/a/../b'), true);
    assert.equal(unsafePath('/a/..b/c'), false);
  });
  it('parses provider zip names from the tail (types may contain underscores)', () => {
    assert.deepEqual(parseProviderZipName('my_type', 'terraform-provider-my_type_1.0.0_linux_amd64.zip'), { version: '1.0.0', os: 'linux', arch: 'amd64' });
    assert.equal(parseProviderZipName('x', 'terraform-provider-y_1.0.0_linux_amd64.zip'), undefined);
  });
});

describe('provider download rewrite', () => {
  it('rewrites only the three URLs and leaves every other byte unchanged', () => {
    const body =
      '{"protocols":["5.0"],"os":"linux","arch":"amd64","filename":"f.zip","download_url":"https://x/f.zip","shasums_url":"https://x/S","shasums_signature_url":"https://x/S.sig","shasum":"ab","signing_keys":{"gpg_public_keys":[{"ascii_armor":"-----BEGIN\\n\\"q\\"-----"}]}}';
    const out = rewriteDownloadBody(body, 'http://127.0.0.1:1/s/base/', 'f.zip');
    const a = JSON.parse(out) as Record<string, unknown>;
    assert.equal(a.download_url, 'http://127.0.0.1:1/s/base/f.zip');
    assert.equal(a.shasums_url, 'http://127.0.0.1:1/s/base/SHA256SUMS');
    assert.equal(a.shasums_signature_url, 'http://127.0.0.1:1/s/base/SHA256SUMS.sig');
    assert.equal(
      out.replace(/"(download_url|shasums_url|shasums_signature_url)":"[^"]*"/g, ''),
      body.replace(/"(download_url|shasums_url|shasums_signature_url)":"[^"]*"/g, ''),
    );
  });
});

describe('module locations', () => {
  it('normalises versions like go-version and maps them back to the upstream spelling', () => {
    assert.equal(normalizeModuleVersion('v1.2'), '1.2.0');
    assert.equal(normalizeModuleVersion('1.0.0-beta.1'), '1.0.0-beta.1');
    assert.equal(normalizeModuleVersion('nope'), undefined);
    const body = JSON.stringify({ modules: [{ versions: [{ version: 'v1.2' }, { version: '1.3.0' }] }] });
    assert.equal(originalVersion(body, '1.2.0'), 'v1.2');
    assert.equal(originalVersion(body, '1.3.0'), '1.3.0');
    assert.equal(originalVersion(body, '9.0.0'), '9.0.0');
  });
  it('reads the location from the JSON body (which wins) or the X-Terraform-Get header', () => {
    const env = (status: number, body: string, header?: string): MetaEnvelope => ({
      fetchedAt: 0,
      status,
      url: 'u',
      body,
      headers: header ? { 'x-terraform-get': header } : {},
    });
    assert.deepEqual(extractLocation(env(204, '', 'git::a')), { location: 'git::a', form: 'header' });
    assert.deepEqual(extractLocation(env(200, '{"location":"b"}', 'git::a')), { location: 'b', form: 'json' });
    assert.deepEqual(extractLocation(env(200, '', 'git::a')), { location: 'git::a', form: 'header' });
    assert.equal(extractLocation(env(200, '{}')), undefined);
  });
  it('resolves only /, ./ and ../ locations against the download URL', () => {
    const dl = 'https://r.example/v1/modules/a/b/c/1.2.3/download';
    assert.equal(resolveLocation('/relative-path', dl), 'https://r.example/relative-path');
    assert.equal(resolveLocation('./pkg.tar.gz', dl), 'https://r.example/v1/modules/a/b/c/1.2.3/pkg.tar.gz');
    assert.equal(resolveLocation('git::https://github.com/o/r', dl), 'git::https://github.com/o/r');
  });
  it('splits //subdir off the package and keeps the query with the package', () => {
    assert.deepEqual(splitSubdir('git::https://github.com/o/r.git//modules/vpc?ref=v1.0'), {
      base: 'git::https://github.com/o/r.git?ref=v1.0',
      subdir: 'modules/vpc',
    });
    assert.deepEqual(splitSubdir('https://h/x.tar.gz//sub?archive=tar.gz'), { base: 'https://h/x.tar.gz?archive=tar.gz', subdir: 'sub' });
    assert.deepEqual(splitSubdir('git::file:///tmp/repo?ref=x'), { base: 'git::file:///tmp/repo?ref=x' });
  });
  it('plans git, http archive and pass-through sources, keyed without the subdir', () => {
    const a = planModuleSource('git::https://github.com/o/r.git//a?ref=v1');
    const b = planModuleSource('git::https://github.com/o/r.git//b?ref=v1');
    assert.equal(a.kind, 'git');
    assert.ok(a.kind === 'git' && b.kind === 'git' && a.id === b.id && a.ref === 'v1' && a.repoUrl === 'https://github.com/o/r.git');
    const gh = planModuleSource('github.com/o/r?ref=v2');
    assert.ok(gh.kind === 'git' && gh.repoUrl === 'https://github.com/o/r.git' && gh.ref === 'v2');
    const h = planModuleSource('https://h/pkg.zip?checksum=sha256:ab');
    assert.ok(h.kind === 'http' && h.format === 'zip' && h.checksum === 'sha256:ab' && h.fetchUrl === 'https://h/pkg.zip');
    assert.equal(planModuleSource('s3::https://s3.amazonaws.com/b/k.zip').kind, 'passthrough');
    assert.equal(planModuleSource('https://h/no-archive-hint').kind, 'passthrough');
    assert.equal(planModuleSource('git::git@github.com:o/r.git').kind, 'passthrough');
    assert.match(archiveId('x'), /^[0-9a-f]{32}$/);
  });
});

describe('savings report', () => {
  const report = {
    hits: 34,
    misses: 5,
    bytesServedFromCache: 12_000_000,
    bytesDownloaded: 3_000_000,
    objectsAdded: 5,
    staleServes: 1,
    upstreamErrors: 0,
    warnings: ['served stale x | y'],
  };
  it('formats one console line', () => {
    assert.equal(
      formatReportLine(report),
      'Registry cache: 12 MB served from cache (34 hits); 3.0 MB downloaded (5 objects added); 1 stale serve; 0 upstream errors',
    );
  });
  it('formats a markdown table for the job summary, warnings escaped', () => {
    const t = formatReportTable(report);
    assert.match(t, /\| Cache hits \| 34 \|/);
    assert.match(t, /\| Stale serves \| 1 \|/);
    assert.match(t, /- served stale x \\\| y/);
  });
});
