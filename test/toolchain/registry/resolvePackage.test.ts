import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AquaPackage } from '../../../src/toolchain/registry/aquaPackage.js';
import { removeExtFromAsset, resolvePackage, selectVersionLayer, tagFor } from '../../../src/toolchain/registry/resolvePackage.js';
import { LINUX, LINUX_ARM, MAC, WIN } from './registryHelpers.js';

const base: AquaPackage = { type: 'github_release', repo_owner: 'o', repo_name: 'r' };
const plan = (pkg: AquaPackage, version: string, p = LINUX, libc?: string) => resolvePackage({ ...base, ...pkg }, version, p, { registry: 't', libc }).plan;
const WIN_ARM = { os: 'windows', arch: 'arm64' };

describe('Aqua evaluation order on synthetic packages', () => {
  it('format_overrides sets the format for a goos before overrides apply', () => {
    const pkg: AquaPackage = { asset: 'r_{{.OS}}.{{.Format}}', format: 'tar.gz', format_overrides: [{ goos: 'windows', format: 'zip' }] };
    assert.equal(plan(pkg, 'v1', WIN).urls[0], 'https://github.com/o/r/releases/download/v1/r_windows.zip');
    assert.equal(plan(pkg, 'v1', LINUX).format, 'tar.gz');
  });

  it('only the first matching override applies, matched by goos, goarch, envs and libc variants', () => {
    const pkg: AquaPackage = {
      asset: 'r_{{.OS}}_{{.Arch}}',
      format: 'raw',
      replacements: { linux: 'Linux' },
      overrides: [
        { goos: 'linux', goarch: 'arm64', asset: 'first_{{.OS}}' },
        { envs: ['linux'], asset: 'second_{{.OS}}', replacements: { amd64: 'x64' } },
        { goos: 'linux', asset: 'third' },
        { goos: 'darwin', variants: [{ key: 'libc', value: 'musl' }], asset: 'never' },
      ],
    };
    assert.equal(plan(pkg, 'v1', LINUX_ARM).assetName, 'first_Linux');
    assert.equal(plan(pkg, 'v1', LINUX).assetName, 'second_Linux', 'override replacements merge with the package ones');
    assert.equal(plan({ ...pkg, overrides: [{ goos: 'linux', asset: 'x_{{.Arch}}', replacements: { amd64: 'x64' } }] }, 'v1').assetName, 'x_x64');
    const variants: AquaPackage = {
      asset: 'gnu',
      format: 'raw',
      overrides: [
        { goos: 'linux', variants: [{ key: 'libc', value: 'glibc' }] },
        { goos: 'linux', asset: 'musl', variants: [{ key: 'libc', value: 'musl' }] },
      ],
    };
    assert.equal(plan(variants, 'v1', LINUX).assetName, 'gnu');
    assert.equal(plan(variants, 'v1', LINUX, 'musl').assetName, 'musl');
  });

  it('supported_envs: a missing key means all, [] means none; rosetta2 and windows_arm_emulation count amd64', () => {
    const pkg: AquaPackage = { asset: 'r_{{.OS}}_{{.Arch}}', format: 'raw', supported_envs: ['linux/amd64', 'darwin/amd64', 'windows/amd64'] };
    assert.throws(() => plan(pkg, 'v1', MAC), { code: 'UNSUPPORTED_PLATFORM' });
    assert.equal(plan({ ...pkg, rosetta2: true }, 'v1', MAC).assetName, 'r_darwin_amd64');
    assert.equal(plan({ ...pkg, windows_arm_emulation: true }, 'v1', WIN_ARM).assetName, 'r_windows_amd64.exe');
    assert.throws(() => plan({ ...pkg, supported_envs: [] }, 'v1', LINUX), { code: 'UNSUPPORTED_PLATFORM' });
    assert.equal(plan({ asset: 'a', format: 'raw', supported_envs: ['all'] }, 'v1', WIN_ARM).assetName, 'a.exe');
  });

  it('version overrides replace whole fields; the top-level constraint wins over overrides', () => {
    const pkg: AquaPackage = {
      asset: 'top_{{.OS}}',
      format: 'raw',
      replacements: { linux: 'Linux' },
      overrides: [{ goos: 'linux', asset: 'top_override' }],
      version_constraint: 'semver(">= 2.0.0")',
      version_overrides: [
        { version_constraint: 'semver(">= 1.0.0")', replacements: {}, overrides: [] },
        { version_constraint: 'true', asset: 'old' },
      ],
    };
    assert.equal(plan(pkg, 'v2.1.0').assetName, 'top_override');
    assert.equal(plan(pkg, 'v1.5.0').assetName, 'top_linux', 'overrides: [] and replacements: {} erase the top level');
    assert.equal(plan(pkg, 'v0.1.0').assetName, 'top_override', 'asset replaced, overrides inherited');
    assert.equal(selectVersionLayer({ ...base, version_constraint: 'false' }, 'v1').matched, false);
  });

  it('a type change in a version override resets the fields of the old type', () => {
    const pkg: AquaPackage = {
      asset: 'r.tar.gz',
      version_constraint: 'false',
      version_overrides: [{ version_constraint: 'true', type: 'http', url: 'https://dl.example.com/{{.Version}}/r_{{.OS}}.zip' }],
    };
    const p = plan(pkg, 'v3');
    assert.equal(p.type, 'http');
    assert.deepEqual(p.urls, ['https://dl.example.com/v3/r_linux.zip']);
    assert.equal(p.githubRelease, undefined);
  });

  it('append_ext, Windows .exe completion and osfile.Ext ignore the version digits', () => {
    assert.equal(plan({ asset: 'r-{{.OS}}', format: 'tar.gz' }, 'v1').assetName, 'r-linux.tar.gz');
    assert.equal(plan({ asset: 'r-{{.OS}}', format: 'tar.gz', append_ext: false }, 'v1').assetName, 'r-linux');
    assert.equal(plan({ asset: 'r-{{.OS}}.zip', format: 'tar.gz' }, 'v1').assetName, 'r-linux.zip');
    // Empty format: append .exe only when there is no extension once the version is removed.
    assert.equal(plan({ asset: 'r-{{trimV .Version}}-{{.OS}}' }, 'v1.2.3', WIN).assetName, 'r-1.2.3-windows.exe');
    assert.equal(plan({ asset: 'r-{{.OS}}.jar' }, 'v1', WIN).assetName, 'r-windows.jar');
    assert.equal(plan({ asset: 'r-{{.OS}}.zip', format: 'zip' }, 'v1', WIN).assetName, 'r-windows.zip');
    assert.equal(plan({ asset: 'r-{{.OS}}', format: 'raw', windows_ext: '.cmd' }, 'v1', WIN).assetName, 'r-windows.cmd');
    assert.deepEqual(plan({ asset: 'r.zip', format: 'zip', files: [{ name: 'r', src: 'bin/r-{{trimV .Version}}' }] }, 'v1.2.3', WIN).files, [
      { name: 'r.exe', src: 'bin/r-1.2.3.exe' },
    ]);
  });

  it('files[].src sees Asset and AssetWithoutExt; checksum templates see Asset and checksum replacements', () => {
    const pkg: AquaPackage = {
      asset: 'r_{{.OS}}_{{.Arch}}.tar.gz',
      replacements: { amd64: 'x86_64' },
      files: [{ name: 'r', src: '{{.AssetWithoutExt}}/{{.FileName}}' }],
      checksum: { type: 'github_release', asset: '{{.Asset}}.{{.Arch}}.sha512', algorithm: 'sha512', replacements: { amd64: 'x64' } },
    };
    const p = plan(pkg, 'v1');
    assert.deepEqual(p.files, [{ name: 'r', src: 'r_linux_x86_64/r' }]);
    assert.equal(p.checksum?.url, 'https://github.com/o/r/releases/download/v1/r_linux_x86_64.tar.gz.x64.sha512');
    const none = plan({ ...pkg, checksum: { ...pkg.checksum, replacements: {} } }, 'v1');
    assert.equal(none.checksum?.url, 'https://github.com/o/r/releases/download/v1/r_linux_x86_64.tar.gz.amd64.sha512', '{} means no replacements');
    assert.equal(plan({ ...pkg, checksum: { enabled: false } }, 'v1').checksum, undefined);
    assert.equal(removeExtFromAsset('t.exe.tar.gz').base, 't.exe');
  });

  it('http checksum urls see AssetURL; vars take defaults and a missing required var is an error', () => {
    const http: AquaPackage = {
      type: 'http',
      url: 'https://dl.example.com/{{.Vars.channel}}/r-{{.OS}}.zip',
      vars: [{ name: 'channel', default: 'stable' }],
      checksum: { type: 'http', url: '{{.AssetURL}}.sha256', algorithm: 'sha256' },
    };
    const p = plan(http, '1.0');
    assert.deepEqual(p.urls, ['https://dl.example.com/stable/r-linux.zip']);
    assert.equal(p.checksum?.url, 'https://dl.example.com/stable/r-linux.zip.sha256');
    assert.throws(() => plan({ ...http, vars: [{ name: 'channel', required: true }] }, '1.0'), { code: 'PACKAGE_VAR_REQUIRED' });
  });

  it('no_asset and error_message stop with NO_ASSET; an unknown template function is a loud error', () => {
    assert.throws(() => plan({ asset: 'x', no_asset: true }, 'v1'), { code: 'NO_ASSET' });
    assert.throws(
      () => plan({ asset: 'x', version_constraint: 'false', version_overrides: [{ version_constraint: 'true', error_message: 'use v2' }] }, 'v1'),
      /use v2/,
    );
    assert.throws(() => plan({ asset: '{{env "HOME"}}' }, 'v1'), { code: 'REGISTRY_TEMPLATE' });
  });

  it('tagFor adds the version_prefix to a bare version', () => {
    const jq: AquaPackage = { ...base, asset: 'jq', version_prefix: 'jq-' };
    assert.equal(tagFor(jq, '1.7.1'), 'jq-1.7.1');
    assert.equal(tagFor(jq, 'jq-1.7.1'), 'jq-1.7.1');
    assert.equal(
      plan({ asset: 'jq-{{.SemVer}}', format: 'raw', version_prefix: 'jq-' }, '1.7.1').urls[0],
      'https://github.com/o/r/releases/download/jq-1.7.1/jq-1.7.1',
    );
  });
});
