import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MemoryLogger } from '../../support/memoryLogger.js';
import { aquaIndexStats } from '../../../src/toolchain/registry/aquaIndex.js';
import { standardRegistryUrl } from '../../../src/toolchain/registry/aquaRegistry.js';
import { aquaFixturesDir, tempDir } from '../../support/tmp.js';
import { LINUX, MAC, WIN, projectConfig, registrySet } from './registryHelpers.js';

const SMALL_REGISTRY = `packages:
  - type: github_release
    repo_owner: acme
    repo_name: hammer
    asset: hammer_{{.OS}}_{{.Arch}}.tar.gz
    files:
      - name: hammer
      - name: nail
  - type: github_release
    repo_owner: other
    repo_name: nailgun
    asset: nailgun_{{.OS}}.zip
    files:
      - name: nail
  - type: github_release
    repo_owner: third
    repo_name: nails
    asset: nails_{{.OS}}.zip
    files:
      - name: nail
  - type: go_install
    repo_owner: acme
    repo_name: gotool
  - type: cargo
    crate: rusty
    name: crates.io/rusty
  - type: github_archive
    repo_owner: acme
    repo_name: scripts
    files:
      - name: deploy
        src: scripts-{{trimV .Version}}/deploy.sh
  - type: github_content
    repo_owner: acme
    repo_name: content
    path: bin/tool.sh
    version_source: github_tag
    version_prefix: tool-
  - type: github_release
    repo_owner: hashicorp
    repo_name: terraform
    asset: shadow_{{.OS}}.zip
`;

/** Loopback server for registry.yaml; counts requests and can be told to fail. */
function registryServer(body: () => string) {
  const state = { requests: 0, fail: false, url: '' };
  const server = http.createServer((_req, res) => {
    state.requests++;
    if (state.fail) {
      res.writeHead(500).end('down');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/yaml' }).end(body());
  });
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/registry.yaml`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return state;
}

describe('registry set: names, aliases and priority', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'small.yaml'), SMALL_REGISTRY);

  it('resolves configured aliases (chained), owner/repo, canonical before binary-only short names', async () => {
    const cfg = projectConfig(
      `toolchain:\n  aliases:\n    tf: terraform-stable\n    terraform-stable: hashicorp/terraform\n  registries:\n    - name: small\n      type: aqua\n      source: small.yaml\n`,
      dir,
    );
    const set = registrySet(cfg);
    const tf = await set.resolve('tf');
    assert.deepEqual(tf, { name: 'hashicorp/terraform', repoOwner: 'hashicorp', repoName: 'terraform', registry: 'small', requestedAs: 'tf' });
    assert.equal((await set.resolve('hammer')).name, 'acme/hammer');
    assert.equal((await set.resolve('acme/hammer')).requestedAs, undefined);
    // "deploy" is only a command name (binary-only match).
    assert.equal((await set.resolve('deploy')).name, 'acme/scripts');
  });

  it('a tie between binary-only matches is AMBIGUOUS_TOOL listing the candidates', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: small.yaml\n`, dir));
    await assert.rejects(set.resolve('nail'), (err: { code?: string; message: string; hint?: string }) => {
      assert.equal(err.code, 'AMBIGUOUS_TOOL');
      assert.match(err.message, /acme\/hammer/);
      assert.match(err.message, /other\/nailgun/);
      assert.match(err.message, /third\/nails/);
      assert.match(err.hint ?? '', /toolchain\.aliases/);
      return true;
    });
  });

  it('unknown tools are TOOL_NOT_FOUND with a hint; alias loops are reported', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  aliases:\n    a: b\n    b: a\n  registries:\n    - type: aqua\n      source: small.yaml\n`, dir));
    await assert.rejects(set.resolve('nope'), { code: 'TOOL_NOT_FOUND', hint: /owner\/repo/ });
    await assert.rejects(set.resolve('acme/nope'), { code: 'TOOL_NOT_FOUND' });
    await assert.rejects(set.resolve('a'), { code: 'ALIAS_LOOP' });
  });

  it('go_install and cargo packages give UNSUPPORTED_PACKAGE_TYPE with the inline-definition hint', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: small.yaml\n`, dir));
    for (const name of ['acme/gotool', 'crates.io/rusty']) {
      await assert.rejects(set.plan(await set.resolve(name), 'v1.0.0', LINUX), (err: { code?: string; message: string; hint?: string }) => {
        assert.equal(err.code, 'UNSUPPORTED_PACKAGE_TYPE');
        assert.match(err.message, /is not supported/);
        assert.match(err.hint ?? '', /type atmos/);
        return true;
      });
    }
  });

  it('github_archive and github_content produce the source/raw URLs', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: small.yaml\n`, dir));
    const archive = await set.plan(await set.resolve('acme/scripts'), 'v1.4.0', LINUX);
    assert.deepEqual(archive.urls, [
      'https://github.com/acme/scripts/archive/refs/tags/v1.4.0.tar.gz',
      'https://github.com/acme/scripts/archive/v1.4.0.tar.gz',
    ]);
    assert.equal(archive.format, 'tar.gz');
    assert.deepEqual(archive.files, [{ name: 'deploy', src: 'scripts-1.4.0/deploy.sh' }]);
    const content = await set.plan(await set.resolve('acme/content'), '2.0', LINUX);
    assert.deepEqual(content.urls, ['https://raw.githubusercontent.com/acme/content/tool-2.0/bin/tool.sh']);
    assert.equal(content.format, 'raw');
    assert.deepEqual(await set.versionSource(await set.resolve('acme/content')), {
      type: 'github_tag',
      owner: 'acme',
      repo: 'content',
      versionPrefix: 'tool-',
    });
    assert.deepEqual(await set.versionSource(await set.resolve('acme/hammer')), { type: 'github_release', owner: 'acme', repo: 'hammer' });
  });

  it('configured registries win in list order, or by priority when given; builtin comes before the default Aqua registry', async () => {
    const fixtures = path.join(aquaFixturesDir(), 'pkgs');
    const listOrder = registrySet(
      projectConfig(
        `toolchain:\n  registries:\n    - name: small\n      type: aqua\n      source: small.yaml\n    - name: fixtures\n      type: aqua\n      source: ${fixtures}\n`,
        dir,
      ),
    );
    assert.equal((await listOrder.resolve('hashicorp/terraform')).registry, 'small');
    const byPriority = registrySet(
      projectConfig(
        `toolchain:\n  registries:\n    - name: small\n      type: aqua\n      source: small.yaml\n      priority: 10\n    - name: fixtures\n      type: aqua\n      source: ${fixtures}\n      priority: 50\n`,
        dir,
      ),
    );
    const tf = await byPriority.resolve('hashicorp/terraform');
    assert.equal(tf.registry, 'fixtures');
    assert.equal((await byPriority.plan(tf, 'v1.15.9', LINUX)).type, 'http');
    // Inline toolchain.tools beats every configured registry.
    const inline = registrySet(
      projectConfig(
        `toolchain:\n  tools:\n    hashicorp/terraform:\n      type: http\n      url: https://internal/tf.zip\n  registries:\n    - type: aqua\n      source: small.yaml\n`,
        dir,
      ),
    );
    assert.equal((await inline.resolve('hashicorp/terraform')).registry, 'atmos-inline');
    // The built-in registry knows this project's own release.
    const self = await listOrder.resolve('atmos-ts/atmos-ts');
    assert.equal(self.registry, 'builtin');
  });

  it('the built-in atmos-ts package plans the raw atmos-ts.mjs release asset, checked against SHA256SUMS', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: small.yaml\n`, dir));
    const tool = await set.resolve('atmos-ts');
    assert.equal(tool.name, 'atmos-ts/atmos-ts');
    for (const p of [LINUX, WIN]) {
      const plan = await set.plan(tool, 'v0.3.0', p);
      assert.deepEqual(plan.urls, ['https://github.com/atmos-ts/atmos-ts/releases/download/v0.3.0/atmos-ts.mjs']);
      assert.equal(plan.format, 'raw');
      assert.deepEqual(plan.checksum, { url: 'https://github.com/atmos-ts/atmos-ts/releases/download/v0.3.0/SHA256SUMS', algorithm: 'sha256', fileFormat: '' });
      assert.deepEqual(plan.githubRelease, { owner: 'atmos-ts', repo: 'atmos-ts', tag: 'v0.3.0', asset: 'atmos-ts.mjs' });
    }
  });

  it('describe() shows the definition after version/platform overrides plus what would be downloaded', async () => {
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: ${path.join(aquaFixturesDir(), 'pkgs')}\n`, dir));
    const trivy = await set.resolve('trivy');
    const d = await set.describe(trivy, 'v0.70.0', WIN);
    assert.equal(d.url, 'https://github.com/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_windows-64bit.zip');
    assert.equal(d.format, 'zip');
    assert.equal(d.supported, true);
    assert.deepEqual((d.definition as Record<string, unknown>).replacements, { amd64: '64bit', arm64: 'ARM64', darwin: 'macOS', linux: 'Linux' });
    assert.equal((d.checksum as { url: string }).url, 'https://github.com/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_checksums.txt');
    const unsupported = await set.describe(trivy, 'v0.20.0', WIN);
    assert.equal(unsupported.supported, false);
    assert.match(String(unsupported.error), /not available for windows\/amd64/);
    assert.ok(Object.keys(await set.aliases()).includes('tofu'));
  });
});

describe('aqua registry sources: URL cache with TTL, per-package index', () => {
  let body = SMALL_REGISTRY;
  const server = registryServer(() => body);

  it('fetches a URL source once and serves later runs from the cache until the TTL expires', async () => {
    const dir = tempDir();
    const yaml = () => `toolchain:\n  registry_ttl: 1h\n  registries:\n    - name: remote\n      type: aqua\n      source: ${server.url}\n`;
    const before = server.requests;
    const first = registrySet(projectConfig(yaml(), dir));
    assert.equal((await first.resolve('hammer')).registry, 'remote');
    await first.resolve('acme/scripts');
    assert.equal(server.requests - before, 1);
    const second = registrySet(projectConfig(yaml(), dir));
    const plan = await second.plan(await second.resolve('acme/hammer'), 'v1.0.0', MAC);
    assert.equal(plan.urls[0], 'https://github.com/acme/hammer/releases/download/v1.0.0/hammer_darwin_arm64.tar.gz');
    assert.equal(server.requests - before, 1, 'cached copy used within the TTL');
    // TTL 0: every run refreshes.
    const expired = registrySet(projectConfig(yaml().replace('1h', '0s'), dir));
    await expired.resolve('hammer');
    assert.equal(server.requests - before, 2);
  });

  it('a failed refresh falls back to the stale copy with a warning', async () => {
    const dir = tempDir();
    const yaml = `toolchain:\n  registry_ttl: 0s\n  registries:\n    - name: remote\n      type: aqua\n      source: ${server.url}\n`;
    await registrySet(projectConfig(yaml, dir)).resolve('hammer');
    server.fail = true;
    try {
      const logger = new MemoryLogger();
      const stale = registrySet(projectConfig(yaml, dir), { logger });
      assert.equal((await stale.resolve('hammer')).name, 'acme/hammer');
      assert.match(logger.text(), /warn: could not refresh the remote registry .*using the cached copy/);
      // Without any cached copy the failure is an error.
      await assert.rejects(registrySet(projectConfig(yaml, tempDir())).resolve('hammer'), { code: 'REGISTRY_UNAVAILABLE' });
    } finally {
      server.fail = false;
    }
  });

  it('builds the per-package index once per content hash; later runs do not parse the YAML', async () => {
    const dir = tempDir();
    body = `${SMALL_REGISTRY}  - type: github_release\n    repo_owner: unique\n    repo_name: marker\n    asset: m\n`;
    try {
      const yaml = `toolchain:\n  registry_ttl: 1h\n  registries:\n    - name: remote\n      type: aqua\n      source: ${server.url}\n`;
      const parses = aquaIndexStats.yamlParses;
      await registrySet(projectConfig(yaml, dir)).resolve('unique/marker');
      assert.equal(aquaIndexStats.yamlParses - parses, 1);
      // Remove the cached registry.yaml itself: only the index is needed now.
      const sources = path.join(dir, 'cache', 'atmos', 'toolchain', 'registry', 'sources');
      for (const d of readdirSync(sources)) rmSync(path.join(sources, d, 'registry.yaml'));
      const set = registrySet(projectConfig(yaml, dir));
      const plan = await set.plan(await set.resolve('unique/marker'), 'v1', LINUX);
      assert.equal(plan.urls[0], 'https://github.com/unique/marker/releases/download/v1/m');
      assert.equal(aquaIndexStats.yamlParses - parses, 1, 'no second YAML parse');
    } finally {
      body = SMALL_REGISTRY;
    }
  });

  it('a local registry.yaml is indexed once; an edit (new hash) rebuilds the index', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'reg.yaml'), SMALL_REGISTRY);
    const yaml = `toolchain:\n  registries:\n    - type: aqua\n      source: reg.yaml\n`;
    const builds = aquaIndexStats.indexBuilds;
    const parses = aquaIndexStats.yamlParses;
    await registrySet(projectConfig(yaml, dir)).resolve('hammer');
    await registrySet(projectConfig(yaml, dir)).resolve('hammer');
    assert.equal(aquaIndexStats.indexBuilds - builds, 1);
    assert.equal(aquaIndexStats.yamlParses - parses, 1);
    writeFileSync(path.join(dir, 'reg.yaml'), SMALL_REGISTRY.replace('hammer_', 'hammer2_'));
    const set = registrySet(projectConfig(yaml, dir));
    assert.match((await set.plan(await set.resolve('hammer'), 'v1', LINUX)).urls[0], /hammer2_linux_amd64/);
    assert.equal(aquaIndexStats.indexBuilds - builds, 2);
  });

  it('the whole real registry.yaml loads and indexes; terraform and kubectl resolve from it', async () => {
    const dir = tempDir();
    const yaml = `toolchain:\n  registries:\n    - type: aqua\n      source: ${path.join(aquaFixturesDir(), 'registry.yaml')}\n`;
    const set = registrySet(projectConfig(yaml, dir));
    assert.equal((await set.resolve('terraform')).name, 'hashicorp/terraform');
    const kubectl = await set.resolve('kubectl');
    assert.equal(kubectl.name, 'kubernetes/kubernetes/kubectl');
    assert.equal((await set.plan(kubectl, 'v1.36.4', LINUX)).urls[0], 'https://dl.k8s.io/v1.36.4/bin/linux/amd64/kubectl');
    assert.equal((await set.resolve('tofu')).name, 'opentofu/opentofu', 'built-in alias settles tofu');
    await assert.rejects(set.resolve('rg'), { code: 'AMBIGUOUS_TOOL', message: /BurntSushi\/ripgrep, microsoft\/ripgrep-prebuilt/ });
    const index = readdirSync(path.join(dir, 'cache', 'atmos', 'toolchain', 'registry', 'index'));
    assert.equal(index.length, 1);
    assert.match(index[0], /^[0-9a-f]{64}$/);
  });

  it('GitHub tree URLs and the default standard registry map to raw.githubusercontent.com at a pinned ref', async () => {
    const { rawRegistryUrl } = await import('../../../src/toolchain/registry/aquaRegistry.js');
    assert.equal(
      rawRegistryUrl('https://github.com/aquaproj/aqua-registry', 'v4.300.0'),
      'https://raw.githubusercontent.com/aquaproj/aqua-registry/v4.300.0/registry.yaml',
    );
    assert.equal(
      rawRegistryUrl('https://github.com/acme/reg/tree/main/custom/registry.yaml'),
      'https://raw.githubusercontent.com/acme/reg/main/custom/registry.yaml',
    );
    assert.match(standardRegistryUrl(), /^https:\/\/raw\.githubusercontent\.com\/aquaproj\/aqua-registry\/[0-9a-f]{40}\/registry\.yaml$/);
  });

  it('a pkgs/ directory source finds nested names and Aqua aliases', async () => {
    const dir = tempDir();
    const pkgs = path.join(dir, 'reg', 'pkgs', 'acme', 'suite', 'tool');
    mkdirSync(pkgs, { recursive: true });
    writeFileSync(
      path.join(pkgs, 'registry.yaml'),
      `packages:\n  - name: acme/suite/tool\n    aliases:\n      - name: acme/tool\n    type: http\n    repo_owner: acme\n    repo_name: suite\n    url: https://dl.acme.test/{{.Version}}/tool-{{.OS}}\n    format: raw\n`,
    );
    const set = registrySet(projectConfig(`toolchain:\n  registries:\n    - type: aqua\n      source: reg\n`, dir));
    const byAlias = await set.resolve('acme/tool');
    assert.equal(byAlias.name, 'acme/suite/tool');
    assert.equal((await set.resolve('tool')).name, 'acme/suite/tool');
    assert.equal((await set.plan(byAlias, 'v2', WIN)).urls[0], 'https://dl.acme.test/v2/tool-windows.exe');
  });
});
