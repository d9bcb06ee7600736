import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../../support/tmp.js';
import { LINUX, MAC, WIN, projectConfig, registrySet } from './registryHelpers.js';

describe('inline tool definitions', () => {
  it('a type: atmos registry renders Aqua-style fields (replacements, overrides, files, checksum)', async () => {
    const cfg = projectConfig(`
toolchain:
  registries:
    - name: mine
      type: atmos
      tools:
        acme/widget:
          type: github_release
          asset: widget_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz
          binary_name: widget
          replacements:
            darwin: macOS
            amd64: x86_64
          overrides:
            - goos: windows
              format: zip
              asset: widget_{{trimV .Version}}_{{.OS}}_{{.Arch}}.zip
          checksum:
            type: github_release
            asset: widget_{{trimV .Version}}_checksums.txt
            algorithm: sha256
        acme/tool:
          type: http
          url: https://downloads.example.com/tool/{{trimV .Version}}/tool-{{.OS}}-{{.Arch}}
          format: raw
`);
    const set = registrySet(cfg);
    const tool = await set.resolve('acme/widget');
    assert.equal(tool.registry, 'mine');
    const mac = await set.plan(tool, 'v1.2.0', MAC);
    assert.equal(mac.urls[0], 'https://github.com/acme/widget/releases/download/v1.2.0/widget_1.2.0_macOS_arm64.tar.gz');
    assert.equal(mac.format, 'tar.gz');
    assert.deepEqual(mac.files, [{ name: 'widget', src: 'widget' }]);
    assert.equal(mac.checksum?.url, 'https://github.com/acme/widget/releases/download/v1.2.0/widget_1.2.0_checksums.txt');
    assert.equal(mac.registry, 'mine');
    const win = await set.plan(tool, 'v1.2.0', WIN);
    assert.equal(win.urls[0], 'https://github.com/acme/widget/releases/download/v1.2.0/widget_1.2.0_windows_x86_64.zip');
    assert.deepEqual(win.files, [{ name: 'widget.exe', src: 'widget.exe' }]);
    const http = await set.plan(await set.resolve('acme/tool'), '2.0.0', LINUX);
    assert.deepEqual(http.urls, ['https://downloads.example.com/tool/2.0.0/tool-linux-amd64']);
    assert.equal(http.type, 'http');
    assert.deepEqual(http.files, [{ name: 'tool', src: 'tool-linux-amd64' }]);
  });

  it('the seed toolchain.tools form picks the first matching version_constraints entry (gzip = gz)', async () => {
    const cfg = projectConfig(`
toolchain:
  tools:
    cloudposse/atmos:
      type: github_release
      repo_owner: cloudposse
      repo_name: atmos
      binary_name: atmos
      version_constraints:
        - constraint: ">= 2.0.0"
          asset: atmos_{{trimV .Version}}_{{.OS}}_{{.Arch}}.gz
          format: gzip
        - constraint: ">= 1.0.0"
          asset: atmos_{{trimV .Version}}_{{.OS}}_{{.Arch}}
          format: raw
    hashicorp/terraform:
      type: http
      url: https://releases.hashicorp.com/terraform/{{trimV .Version}}/terraform_{{trimV .Version}}_{{.OS}}_{{.Arch}}.zip
      format: zip
`);
    const set = registrySet(cfg);
    const atmos = await set.resolve('cloudposse/atmos');
    assert.equal(atmos.registry, 'atmos-inline');
    const old = await set.plan(atmos, '1.90.0', LINUX);
    assert.equal(old.urls[0], 'https://github.com/cloudposse/atmos/releases/download/1.90.0/atmos_1.90.0_linux_amd64');
    assert.equal(old.format, 'raw');
    const gz = await set.plan(atmos, 'v2.1.0', LINUX);
    assert.equal(gz.urls[0], 'https://github.com/cloudposse/atmos/releases/download/v2.1.0/atmos_2.1.0_linux_amd64.gz');
    assert.equal(gz.format, 'gz');
    assert.deepEqual(gz.files, [{ name: 'atmos', src: 'atmos' }]);
    await assert.rejects(set.plan(atmos, '0.9.0', LINUX), (err: { code?: string; message: string }) => {
      assert.equal(err.code, 'NO_ASSET');
      assert.match(err.message, /atmos\.yaml:5: no version_constraints entry of cloudposse\/atmos matches version 0\.9\.0/);
      return true;
    });
    // Inline toolchain.tools is consulted before the Aqua registry and answers short names.
    const tf = await set.resolve('terraform');
    assert.equal(tf.name, 'hashicorp/terraform');
    assert.equal(tf.registry, 'atmos-inline');
    assert.equal((await set.plan(tf, '1.9.8', MAC)).urls[0], 'https://releases.hashicorp.com/terraform/1.9.8/terraform_1.9.8_darwin_arm64.zip');
  });

  it('a standalone tools.yaml (--tools-config) brings aliases and tools', async () => {
    const dir = tempDir();
    const toolsYaml = path.join(dir, 'tools.yaml');
    writeFileSync(
      toolsYaml,
      `aliases:\n  tf: hashicorp/terraform\ntools:\n  hashicorp/terraform:\n    type: http\n    url: https://mirror.example.com/terraform/{{trimV .Version}}/terraform_{{trimV .Version}}_{{.OS}}_{{.Arch}}.zip\n    format: zip\n`,
    );
    const cfg = projectConfig('toolchain: {}\n', dir);
    const set = registrySet(cfg, { toolsConfigPath: 'tools.yaml' });
    const tf = await set.resolve('tf');
    assert.equal(tf.name, 'hashicorp/terraform');
    assert.equal(tf.registry, 'tools-config');
    assert.equal(tf.requestedAs, 'tf');
    assert.equal((await set.plan(tf, '1.9.8', LINUX)).urls[0], 'https://mirror.example.com/terraform/1.9.8/terraform_1.9.8_linux_amd64.zip');
    assert.equal((await set.aliases()).tf, 'hashicorp/terraform');
    // toolchain.tools_config in atmos.yaml does the same, relative to the atmos.yaml directory.
    const viaKey = registrySet(projectConfig('toolchain:\n  tools_config: tools.yaml\n', dir));
    assert.equal((await viaKey.resolve('tf')).registry, 'tools-config');
  });

  it('invalid inline definitions are reported with file:line', () => {
    const bad = (yaml: string, re: RegExp) =>
      assert.throws(
        () => registrySet(projectConfig(yaml)),
        (err: { code?: string; message: string }) => {
          assert.equal(err.code, 'TOOL_DEFINITION_INVALID');
          assert.match(err.message, re);
          return true;
        },
      );
    bad('toolchain:\n  tools:\n    acme/x:\n      type: go_install\n      asset: x\n', /atmos\.yaml:4: tool "acme\/x" has unsupported type "go_install"/);
    bad('toolchain:\n  tools:\n    acme/x:\n      type: http\n      format: zip\n', /atmos\.yaml:4: tool "acme\/x" \(type http\) has no "url"/);
    bad('toolchain:\n  tools:\n    justaname:\n      type: http\n      url: https://x/y\n', /atmos\.yaml:4: tool key "justaname" must be owner\/repo/);
    bad(
      'toolchain:\n  registries:\n    - type: atmos\n      tools:\n        acme/x:\n          version_constraints:\n            - constraint: ">> 1"\n              asset: x\n',
      /atmos\.yaml:7: invalid constraint ">> 1"/,
    );
  });

  it('invalid tools.yaml entries name the tools.yaml line', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tools.yaml'), 'tools:\n  acme/x:\n    type: cargo\n');
    const cfg = projectConfig('toolchain: {}\n', dir);
    assert.throws(() => registrySet(cfg, { toolsConfigPath: 'tools.yaml' }), /tools\.yaml:3: tool "acme\/x" has unsupported type "cargo"/);
  });
});
