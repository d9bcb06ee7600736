import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TerraformClient } from '../support/terraformClient.js';
import YAML from 'yaml';
import { startGithubUpstream } from '../support/githubUpstream.js';
import type { FakeRegistry } from '../support/terraformRegistry.js';
import { tempDir } from '../support/tmp.js';
import { NULL_PROVIDER, startRegistry } from '../support/mirrorSetup.js';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const HOST = 'registry.terraform.io';

/**
 * A stand-in `terraform`: reads TF_CLI_CONFIG_FILE the way Terraform does (host override
 * → providers.v1), installs hashicorp/null through it (versions → download → zip), records
 * what it saw and exits with the code given as its first argument.
 */
const FAKE_TERRAFORM = `#!/usr/bin/env node
const fs = require('node:fs');
const cfgFile = process.env.TF_CLI_CONFIG_FILE;
const cfg = fs.readFileSync(cfgFile, 'utf8');
const m = /host "${HOST}" \\{[\\s\\S]*?"providers\\.v1" = "([^"]+)"/.exec(cfg);
(async () => {
  const base = m[1];
  const versions = await (await fetch(base + 'hashicorp/null/versions')).json();
  const v = versions.versions.map((x) => x.version).sort().pop();
  const dl = await (await fetch(base + 'hashicorp/null/' + v + '/download/linux/amd64')).json();
  const zip = await fetch(new URL(dl.download_url, base));
  const bytes = (await zip.arrayBuffer()).byteLength;
  fs.writeFileSync(process.env.FAKE_TF_OUT, JSON.stringify({
    args: process.argv.slice(2), cfgFile, cfgMode: fs.statSync(cfgFile).mode & 0o777, cfg,
    pluginCache: process.env.TF_PLUGIN_CACHE_DIR, zipStatus: zip.status, bytes, version: v,
  }));
  process.exit(Number(process.argv[2] ?? 0));
})().catch((e) => { console.error(e); process.exit(99); });
`;

interface Project {
  dir: string;
  home: string;
  cacheRoot: string;
  env: Record<string, string>;
}

function project(upstream: FakeRegistry, extra = ''): Project {
  const dir = tempDir();
  const home = path.join(dir, 'home');
  mkdirSync(home);
  const cacheRoot = path.join(dir, 'cache');
  writeFileSync(
    path.join(dir, 'atmos.yaml'),
    `components:\n  terraform:\n    command: ${path.join(dir, 'bin', 'terraform')}\n    cache:\n      enabled: true\n      upstreams:\n        ${HOST}: ${upstream.url}\n        registry.opentofu.org: ${upstream.url}\n${extra}`,
  );
  mkdirSync(path.join(dir, 'bin'));
  writeFileSync(path.join(dir, 'bin', 'terraform'), FAKE_TERRAFORM);
  chmodSync(path.join(dir, 'bin', 'terraform'), 0o755);
  return { dir, home, cacheRoot, env: { PATH: process.env.PATH ?? '', HOME: home, ATMOS_XDG_CACHE_HOME: cacheRoot, ATMOS_LOGS_LEVEL: 'info' } };
}

function cli(p: Project, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(REPO_ROOT, 'src/cli/index.ts'), ...args], {
    cwd: p.dir,
    env: { ...p.env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function collect(child: ChildProcess): { stdout: () => string; stderr: () => string; exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d));
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { stdout: () => out, stderr: () => err, exit };
}

async function firstLine(child: ChildProcess): Promise<string> {
  let buf = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      buf += d;
      const i = buf.indexOf('\n');
      if (i >= 0) resolve(buf.slice(0, i));
    });
    child.on('close', (code) => reject(new Error(`exited with ${code} before printing a line`)));
  });
}

describe('atmos-ts terraform (ephemeral proxy around the configured binary)', () => {
  let upstream: FakeRegistry;
  before(async () => {
    upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
  });
  after(() => upstream.close());

  it('routes the child through the proxy, sets TF_PLUGIN_CACHE_DIR, propagates the exit code and prints the savings line', async () => {
    const p = project(upstream);
    writeFileSync(path.join(p.home, '.terraformrc'), 'credentials "app.terraform.io" {\n  token = "user-token"\n}\n');
    const out = path.join(p.dir, 'seen.json');
    const run = collect(cli(p, ['terraform', '3', '-no-color'], { FAKE_TF_OUT: out }));
    const { code } = await run.exit;
    assert.equal(code, 3, run.stderr());
    const seen = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>;
    assert.deepEqual(seen.args, ['3', '-no-color']);
    assert.equal(seen.zipStatus, 200);
    assert.equal(seen.version, '3.2.4');
    assert.equal(seen.cfgMode, 0o600);
    assert.equal(seen.pluginCache, path.join(p.cacheRoot, 'atmos', 'terraform', 'plugins'));
    assert.ok(existsSync(seen.pluginCache as string));
    // The user's credentials survive in the generated config; the merge is announced.
    assert.match(seen.cfg as string, /credentials "app\.terraform\.io" \{\n\s+token = "user-token"/);
    assert.match(run.stderr(), /merged .*\.terraformrc/);
    assert.match(run.stderr(), /Registry cache: .* downloaded \(\d+ objects? added\)/);
    // The temp CLI config is gone after the run, the package is in the cache.
    assert.equal(existsSync(seen.cfgFile as string), false);
    assert.ok(
      existsSync(
        path.join(p.cacheRoot, 'atmos', 'terraform', 'registry', 'providers', HOST, 'hashicorp', 'null', 'terraform-provider-null_3.2.4_linux_amd64.zip'),
      ),
    );
  });

  it('installs a pinned `tool@version` command through the toolchain and runs it', async () => {
    const gh = await startGithubUpstream();
    try {
      gh.addRelease('acme', 'fakeform', 'v1.10.3', { fakeform_linux_amd64: FAKE_TERRAFORM });
      const p = project(upstream);
      writeFileSync(
        path.join(p.dir, 'atmos.yaml'),
        YAML.stringify({
          toolchain: {
            registries: [
              {
                name: 'local',
                type: 'atmos',
                tools: {
                  'acme/fakeform': {
                    type: 'github_release',
                    version_prefix: 'v',
                    asset: 'fakeform_{{.OS}}_{{.Arch}}',
                    format: 'raw',
                    files: [{ name: 'fakeform' }],
                  },
                },
              },
            ],
          },
          components: {
            terraform: {
              command: 'acme/fakeform@1.10.3',
              cache: { enabled: true, upstreams: { [HOST]: upstream.url, 'registry.opentofu.org': upstream.url } },
            },
          },
        }),
      );
      const out = path.join(p.dir, 'seen.json');
      const run = collect(cli(p, ['terraform', '5'], { ...gh.env, FAKE_TF_OUT: out, AQUA_GOOS: 'linux', AQUA_GOARCH: 'amd64', ATMOS_HTTP_RETRY_MIN_MS: '5' }));
      assert.equal((await run.exit).code, 5, run.stderr());
      assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { zipStatus: number }).zipStatus, 200);
      assert.ok(existsSync(path.join(p.cacheRoot, 'atmos', 'toolchain')), 'installed under the toolchain root');
    } finally {
      await gh.close();
    }
  });

  it('keeps a plugin cache the user chose', async () => {
    const p = project(upstream);
    const out = path.join(p.dir, 'seen.json');
    const run = collect(cli(p, ['terraform', '0'], { FAKE_TF_OUT: out, TF_PLUGIN_CACHE_DIR: '/my/own/cache' }));
    assert.equal((await run.exit).code, 0, run.stderr());
    assert.equal((JSON.parse(readFileSync(out, 'utf8')) as { pluginCache: string }).pluginCache, '/my/own/cache');
  });
});

describe('atmos-ts terraform cache serve', () => {
  let upstream: FakeRegistry;
  before(async () => {
    upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
  });
  after(() => upstream.close());

  it('prints exactly one JSON line when ready, serves through the generated config, and stops cleanly on SIGTERM with the report', async () => {
    const p = project(upstream);
    const cfgOut = path.join(p.dir, 'out', 'terraform.rc');
    const reportFile = path.join(p.dir, 'report.json');
    const child = cli(p, ['terraform', 'cache', 'serve', '--cli-config-out', cfgOut, '--report-file', reportFile]);
    const run = collect(child);
    const ready = JSON.parse(await firstLine(child)) as Record<string, unknown>;
    assert.equal(ready.mode, 'registry');
    assert.equal(ready.pid, child.pid);
    assert.equal(ready.cli_config, cfgOut);
    assert.match(ready.url as string, new RegExp(`^http://127\\.0\\.0\\.1:${ready.port as number}/${ready.secret as string}/$`));
    assert.equal((ready.env as Record<string, string>).TF_CLI_CONFIG_FILE, cfgOut);
    assert.equal(statSync(cfgOut).mode & 0o777, 0o600);

    const cfg = readFileSync(cfgOut, 'utf8');
    const providers = /host "registry\.terraform\.io" \{[\s\S]*?"providers\.v1" = "([^"]+)"/.exec(cfg)![1]!;
    const client = new TerraformClient();
    try {
      await client.installProviderRegistry(providers, 'hashicorp', 'null', { os: 'linux', arch: 'amd64' });
      await client.installProviderRegistry(providers, 'hashicorp', 'null', { os: 'linux', arch: 'amd64' });
    } finally {
      await client.close();
    }
    child.kill('SIGTERM');
    const { code } = await run.exit;
    assert.equal(code, 0, run.stderr());
    assert.equal(run.stdout().trim().split('\n').length, 1, 'stdout carries only the ready line');
    assert.match(run.stderr(), /Registry cache: .* served from cache \([1-9]\d* hits?\)/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as { hits: number; objectsAdded: number };
    assert.ok(report.hits >= 1);
    assert.ok(report.objectsAdded >= 1);
    // --cli-config-out is the caller's file: it stays.
    assert.ok(existsSync(cfgOut));
  });

  it('control URL: the report as JSON while running, and a POST stop ends the process cleanly (Windows has no SIGTERM)', async () => {
    const p = project(upstream);
    const child = cli(p, ['terraform', 'cache', 'serve']);
    const run = collect(child);
    const ready = JSON.parse(await firstLine(child)) as { url: string; control_url: string };
    try {
      assert.match(ready.control_url, /^http:\/\/127\.0\.0\.1:\d+\/[0-9a-f]+\/_atmos\/$/);
      const versions = await fetch(`${ready.url}v1/providers/${HOST}/hashicorp/null/versions`);
      assert.equal(versions.status, 200);
      const report = (await (await fetch(`${ready.control_url}report`)).json()) as { misses: number; hits: number };
      assert.equal(report.misses + report.hits, 1);
      const wrong = ready.control_url.replace(/\/[0-9a-f]+\/_atmos\//, '/0000000000/_atmos/');
      assert.equal((await fetch(`${wrong}stop`, { method: 'POST' })).status, 404);
      assert.equal((await fetch(`${ready.control_url}stop`, { method: 'POST' })).status, 202);
    } catch (err) {
      child.kill('SIGKILL');
      throw err;
    }
    assert.equal((await run.exit).code, 0, run.stderr());
    assert.match(run.stderr(), /Registry cache: /);
  });

  it('mirror mode: https mirror URL, CA bundle for SSL_CERT_FILE, key material 0600', async () => {
    const p = project(upstream);
    const child = cli(p, ['terraform', 'cache', 'serve', '--mode', 'mirror']);
    const run = collect(child);
    const ready = JSON.parse(await firstLine(child)) as { mirror_url: string; cli_config: string; env: Record<string, string>; root: string };
    try {
      assert.match(ready.mirror_url, /^https:\/\/127\.0\.0\.1:\d+\/[^/]+\/v1\/mirror\/$/);
      const cfg = readFileSync(ready.cli_config, 'utf8');
      assert.match(cfg, /network_mirror \{\n\s+url = "https:\/\/127\.0\.0\.1/);
      assert.match(cfg, /direct \{\n\s+exclude = \[.*"registry\.terraform\.io\/\*\/\*"/);
      assert.equal(ready.env.SSL_CERT_FILE, path.join(ready.root, 'tls', 'bundle.pem'));
      assert.equal(statSync(path.join(ready.root, 'tls', 'ca-key.pem')).mode & 0o777, 0o600);
      // A client trusting only what SSL_CERT_FILE holds reaches the mirror.
      const client = new TerraformClient({ ca: readFileSync(ready.env.SSL_CERT_FILE, 'utf8') });
      try {
        const index = await client.json<{ versions: Record<string, unknown> }>(`${ready.mirror_url}${HOST}/hashicorp/null/index.json`);
        assert.ok('3.2.4' in index.versions);
      } finally {
        await client.close();
      }
    } finally {
      child.kill('SIGINT');
    }
    assert.equal((await run.exit).code, 0, run.stderr());
    // The temp CLI config is removed on stop.
    assert.equal(existsSync(ready.cli_config), false);
  });
});

describe('atmos-ts terraform cache list|stats|prune|delete (CLI)', () => {
  let upstream: FakeRegistry;
  before(async () => {
    upstream = await startRegistry(HOST, { providers: [NULL_PROVIDER] });
  });
  after(() => upstream.close());

  const runCli = async (p: Project, args: string[]) => {
    const r = collect(cli(p, args));
    const { code } = await r.exit;
    return { code, stdout: r.stdout(), stderr: r.stderr() };
  };

  it('lists, summarises, dry-runs a prune and rejects a key outside the cache', async () => {
    const p = project(upstream);
    const root = path.join(p.cacheRoot, 'atmos', 'terraform', 'registry');
    const zip = path.join(root, 'providers', HOST, 'hashicorp', 'null', 'terraform-provider-null_3.2.4_linux_amd64.zip');
    mkdirSync(path.dirname(zip), { recursive: true });
    writeFileSync(zip, 'zip-bytes');
    const meta = path.join(root, 'metadata', 'discovery', `${HOST}.json`);
    mkdirSync(path.dirname(meta), { recursive: true });
    writeFileSync(meta, JSON.stringify({ fetchedAt: Date.now() - 400 * 3600_000, status: 200, url: 'x', body: '{}' }));

    const list = await runCli(p, ['terraform', 'cache', 'list', '-f', 'json']);
    assert.equal(list.code, 0, list.stderr);
    assert.deepEqual(
      (JSON.parse(list.stdout) as { key: string; kind: string }[]).map((e) => e.kind),
      ['discovery', 'provider_package'],
    );

    const table = await runCli(p, ['terraform', 'cache', 'list']);
    assert.match(table.stdout, /^KEY\s+GROUP\s+KIND\s+SIZE\s+AGE\n/);

    const stats = await runCli(p, ['terraform', 'cache', 'stats', '-f', 'yaml']);
    assert.match(stats.stdout, /object_count: 2/);

    const prune = await runCli(p, ['terraform', 'cache', 'prune', '--dry-run', '-f', 'json']);
    const pr = JSON.parse(prune.stdout) as { dry_run: boolean; count: number };
    assert.deepEqual([pr.dry_run, pr.count], [true, 1]);
    assert.ok(existsSync(meta));

    const bad = await runCli(p, ['terraform', 'cache', 'delete', '../../etc/passwd']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /invalid cache key/);

    const bad2 = await runCli(p, ['terraform', 'cache', 'prune', '--older-than', 'soon']);
    assert.equal(bad2.code, 1);
    assert.match(bad2.stderr, /invalid --older-than value "soon"/);

    const del = await runCli(p, ['terraform', 'cache', 'delete', `providers/${HOST}`]);
    assert.equal(del.code, 0, del.stderr);
    assert.equal(existsSync(zip), false);
  });
});
