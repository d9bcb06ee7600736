import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { planExposure } from '../../src/actions/github-runtime/exposure.js';
import { installFailure } from '../../src/actions/setup-toolchain/failures.js';
import { toolchainCacheKey } from '../../src/actions/setup-toolchain/cacheKey.js';
import { registryCacheKeys } from '../../src/actions/tf-mirror/cacheKey.js';
import { proxyEnv } from '../../src/actions/tf-mirror/mirror.js';
import { formatAnnouncement, parseAnnouncement } from '../../src/mirror/announcement.js';
import { findReport } from '../../src/mirror/savedReport.js';
import { lastLines } from '../../src/mirror/supervisor.js';
import type { InstallOutcome } from '../../src/toolchain/types.js';
import { formatReportTable, ReportCounters } from '../../src/mirror/report.js';
import { moduleSubject } from '../../src/mirror/routes/modules.js';

const linux = { os: 'linux', arch: 'amd64' };

describe('tf-mirror log reading', () => {
  it('finds the ready line among other log lines, with the env terraform needs', () => {
    const log = [
      'debug: starting',
      '{"not":"it"}',
      '{"url":"http://127.0.0.1:4000/s3cr3t/","cli_config":"/tmp/x/terraform.rc","mode":"registry","pid":42,"env":{"TF_CLI_CONFIG_FILE":"/tmp/x/terraform.rc","SSL_CERT_FILE":"/tmp/b.pem"}}',
      'info: listening',
    ].join('\n');
    assert.deepEqual(parseAnnouncement(log), {
      url: 'http://127.0.0.1:4000/s3cr3t/',
      cliConfig: '/tmp/x/terraform.rc',
      mode: 'registry',
      pid: 42,
      env: { TF_CLI_CONFIG_FILE: '/tmp/x/terraform.rc', SSL_CERT_FILE: '/tmp/b.pem' },
    });
    assert.equal(parseAnnouncement('half a line {"url":'), undefined);
  });

  it('reads back every field the serve command writes, under one spelling', () => {
    const a = {
      url: 'http://127.0.0.1:4000/s3cr3t/',
      port: 4000,
      secret: 's3cr3t',
      mode: 'mirror',
      cliConfig: '/tmp/x/terraform.rc',
      pid: 42,
      mirrorUrl: 'https://127.0.0.1:4001/s3cr3t/',
      root: '/cache/registry',
      hosts: ['registry.terraform.io'],
      env: { TF_CLI_CONFIG_FILE: '/tmp/x/terraform.rc' },
      controlUrl: 'http://127.0.0.1:4002/s3cr3t/_atmos/',
    };
    const line = formatAnnouncement(a);
    assert.equal(line.split('\n').length, 2, 'one line');
    assert.deepEqual(parseAnnouncement(`noise\n${line}more noise\n`), a);
    // The camelCase spelling is code only: nothing writes it, so the reader does not take it.
    assert.equal(parseAnnouncement(JSON.stringify({ url: a.url, cliConfig: a.cliConfig })), undefined);
  });

  it('reads the last savings report, top level or nested', () => {
    const r = { hits: 3, misses: 1, bytesServedFromCache: 10, bytesDownloaded: 5, objectsAdded: 1, staleServes: 0, upstreamErrors: 0, warnings: [] };
    assert.deepEqual(findReport(`${JSON.stringify({ ...r, hits: 1 })}\nnoise\n${JSON.stringify({ report: r })}`), r);
    assert.equal(findReport('{"hits":"x"}'), undefined);
    assert.equal(lastLines('a\n\nb\nc\n', 2), 'b\nc');
  });

  it('the proxy gets no runtime credentials and never switches version', () => {
    const env = proxyEnv({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'u', PATH: '/bin' });
    assert.equal(env.ACTIONS_RUNTIME_TOKEN, undefined);
    assert.equal(env.ATMOS_TS_REEXEC_DEPTH, '1');
    assert.equal(env.ATMOS_CI_CACHE_AUTO, 'off');
    assert.equal(env.PATH, '/bin');
  });
});

describe('cache keys', () => {
  it('registry keys are per run, restoring the newest entry for the same lock files, then the platform', () => {
    const k = registryCacheKeys(linux, 'abcdef0123456789ffff', { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '2' });
    assert.deepEqual(k, {
      key: 'atmos-registry-linux-amd64-abcdef0123456789-77-2',
      restoreKeys: ['atmos-registry-linux-amd64-abcdef0123456789-', 'atmos-registry-linux-amd64-'],
    });
  });
  it('the toolchain key changes with the pins and the extra tools, not with their order', () => {
    const a = toolchainCacheKey(linux, 'pins1', ['tflint@0.54.0', 'jq@1.7.1']);
    assert.equal(a, toolchainCacheKey(linux, 'pins1', ['jq@1.7.1', 'tflint@0.54.0']));
    assert.notEqual(a, toolchainCacheKey(linux, 'pins2', ['jq@1.7.1', 'tflint@0.54.0']));
    assert.notEqual(a, toolchainCacheKey(linux, 'pins1', ['jq@1.7.1']));
    assert.match(a, /^atmos-toolchain-linux-amd64-[0-9a-f]{16}$/);
  });
});

describe('setup-toolchain failure message', () => {
  it('names every failed tool with version, platform, URL and reason', () => {
    const failed = {
      tool: { name: 'hashicorp/terraform', repoOwner: 'hashicorp', repoName: 'terraform', registry: 'x', requestedAs: 'terraform' },
      version: '9.9.9',
      status: 'failed',
      plan: { urls: ['https://releases.hashicorp.com/terraform/9.9.9/terraform_9.9.9_linux_amd64.zip'] },
      error: new AtmosError('no release asset', { explanation: 'HTTP 404', hint: 'Check the version.' }),
    } as unknown as InstallOutcome;
    const err = installFailure([failed], 'linux_amd64');
    assert.match(
      err.message,
      /terraform 9\.9\.9 \(linux_amd64\) from https:\/\/releases\.hashicorp\.com\/terraform\/9\.9\.9\/terraform_9\.9\.9_linux_amd64\.zip: no release asset — HTTP 404/,
    );
    assert.equal(err.hint, 'Check the version.');
  });
});

describe('github-runtime exposure plan', () => {
  it('output mode never exposes the OIDC request token', () => {
    const plan = planExposure('output', { ACTIONS_RUNTIME_TOKEN: 'tok', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc' });
    assert.deepEqual(plan, { values: { 'runtime-token': 'tok' }, masks: ['tok'] });
  });
});

describe('registry cache summary', () => {
  it('counts per provider version and module source, names each distinct upstream failure once', () => {
    const r = new ReportCounters();
    const provider = { kind: 'provider', name: 'registry.terraform.io/hashicorp/null 3.2.4' } as const;
    const mod = moduleSubject('git::https://user:token@git.example.com/infra/vpc.git?ref=v1.2.0');
    r.miss(provider);
    r.downloaded(4000, provider);
    r.hit(4000, provider);
    r.hit(4000, provider);
    r.miss(mod);
    r.downloaded(100, mod);
    const err = new Error('HTTP 503');
    r.upstreamError('registry.terraform.io/hashicorp/aws versions: HTTP 503', err);
    r.upstreamError('registry.terraform.io/hashicorp/aws versions: HTTP 503', err); // the same failure seen twice
    r.upstreamError('registry.terraform.io/hashicorp/aws versions: HTTP 503');
    const report = r.snapshot();
    assert.equal(report.upstreamErrors, 2);
    assert.deepEqual(report.upstreamErrorReasons, ['registry.terraform.io/hashicorp/aws versions: HTTP 503']);
    assert.equal(mod.name, 'https://git.example.com/infra/vpc.git@v1.2.0', 'no credentials, the ref kept');
    const t = formatReportTable(report);
    assert.match(t, /\| Hit ratio \| 50% \(2 of 4 requests\) \|/);
    assert.match(t, /\| Saved \(served from cache\) \| 8\.0 kB \|/);
    const rows = t.split('\n').filter((l) => /^\| (provider|module) \|/.test(l));
    assert.deepEqual(rows, [
      '| provider | registry.terraform.io/hashicorp/null 3.2.4 | 2 | 1 | 8.0 kB | 4.0 kB |',
      '| module | https://git.example.com/infra/vpc.git@v1.2.0 | 0 | 1 | 0 B | 100 B |',
    ]);
    assert.match(t, /\*\*Why upstream requests failed\*\*\n\n- registry\.terraform\.io\/hashicorp\/aws versions: HTTP 503\n/);
  });
});
