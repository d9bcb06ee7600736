import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import type { Platform } from '../../../src/common/platform.js';
import type { AssetPlan } from '../../../src/toolchain/assetPlan.js';
import type { RegistrySet } from '../../../src/toolchain/registry/types.js';
import { aquaFixturesDir } from '../../support/tmp.js';
import { LINUX, LINUX_ARM, MAC, WIN, projectConfig, registrySet } from './registryHelpers.js';

/**
 * Exact plans for real Aqua packages (fixtures from aquaproj/aqua-registry@4d86e12), read
 * through a `type: aqua` registry pointing at the fixture `pkgs/` tree. Expected values are the
 * real upstream asset names, reasoned from each definition the way aqua evaluates it.
 */
let set: RegistrySet;
before(() => {
  const cfg = projectConfig(`toolchain:\n  registries:\n    - name: fixtures\n      type: aqua\n      source: ${path.join(aquaFixturesDir(), 'pkgs')}\n`);
  set = registrySet(cfg);
});

async function plan(tool: string, version: string, p: Platform): Promise<AssetPlan> {
  return set.plan(await set.resolve(tool), version, p);
}

const GH = 'https://github.com';

interface Expect {
  url: string;
  format: string;
  files: { name: string; src: string }[];
  checksum?: { url: string; algorithm: string; fileFormat?: string } | null;
}

async function expectPlan(tool: string, version: string, p: Platform, e: Expect): Promise<AssetPlan> {
  const got = await plan(tool, version, p);
  assert.equal(got.urls[0], e.url, `${tool}@${version} ${p.os}/${p.arch} url`);
  assert.equal(got.format, e.format, `${tool} format`);
  assert.deepEqual(got.files, e.files, `${tool} files`);
  if (e.checksum === null) assert.equal(got.checksum, undefined, `${tool} has no checksum`);
  else if (e.checksum) {
    assert.equal(got.checksum?.url, e.checksum.url, `${tool} checksum url`);
    assert.equal(got.checksum?.algorithm, e.checksum.algorithm);
    assert.equal(got.checksum?.fileFormat, e.checksum.fileFormat ?? '');
  }
  return got;
}

describe('exact plans for real Aqua packages', () => {
  it('hashicorp/terraform (http zip, SHA256SUMS; top-level constraint keeps darwin/arm64 native)', async () => {
    const sums = { url: 'https://releases.hashicorp.com/terraform/1.15.9/terraform_1.15.9_SHA256SUMS', algorithm: 'sha256' };
    const linux = await expectPlan('terraform', 'v1.15.9', LINUX, {
      url: 'https://releases.hashicorp.com/terraform/1.15.9/terraform_1.15.9_linux_amd64.zip',
      format: 'zip',
      files: [{ name: 'terraform', src: 'terraform' }],
      checksum: sums,
    });
    assert.equal(linux.type, 'http');
    assert.equal(linux.assetName, 'terraform_1.15.9_linux_amd64.zip');
    assert.equal(linux.githubRelease, undefined);
    await expectPlan('hashicorp/terraform', 'v1.15.9', MAC, {
      url: 'https://releases.hashicorp.com/terraform/1.15.9/terraform_1.15.9_darwin_arm64.zip',
      format: 'zip',
      files: [{ name: 'terraform', src: 'terraform' }],
      checksum: sums,
    });
    await expectPlan('hashicorp/terraform', 'v1.15.9', WIN, {
      url: 'https://releases.hashicorp.com/terraform/1.15.9/terraform_1.15.9_windows_amd64.zip',
      format: 'zip',
      files: [{ name: 'terraform.exe', src: 'terraform.exe' }],
      checksum: sums,
    });
    // v1.0.1 falls to the override with rosetta2: Apple Silicon gets the amd64 build.
    await expectPlan('hashicorp/terraform', 'v1.0.1', MAC, {
      url: 'https://releases.hashicorp.com/terraform/1.0.1/terraform_1.0.1_darwin_amd64.zip',
      format: 'zip',
      files: [{ name: 'terraform', src: 'terraform' }],
    });
  });

  it('opentofu/opentofu switches zip → tar.gz after 1.6.2', async () => {
    const files = [{ name: 'tofu', src: 'tofu' }];
    const p = await expectPlan('opentofu/opentofu', 'v1.12.6', LINUX, {
      url: `${GH}/opentofu/opentofu/releases/download/v1.12.6/tofu_1.12.6_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files,
      checksum: { url: `${GH}/opentofu/opentofu/releases/download/v1.12.6/tofu_1.12.6_SHA256SUMS`, algorithm: 'sha256' },
    });
    assert.deepEqual(p.githubRelease, { owner: 'opentofu', repo: 'opentofu', tag: 'v1.12.6', asset: 'tofu_1.12.6_linux_amd64.tar.gz' });
    await expectPlan('opentofu/opentofu', 'v1.6.2', MAC, {
      url: `${GH}/opentofu/opentofu/releases/download/v1.6.2/tofu_1.6.2_darwin_arm64.zip`,
      format: 'zip',
      files,
    });
    await expectPlan('opentofu/opentofu', 'v1.12.6', WIN, {
      url: `${GH}/opentofu/opentofu/releases/download/v1.12.6/tofu_1.12.6_windows_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'tofu.exe', src: 'tofu.exe' }],
    });
  });

  it('helm/helm (http tar.gz, per-platform .sha256sum, files src with .exe on windows)', async () => {
    await expectPlan('helm', 'v4.2.4', LINUX, {
      url: 'https://get.helm.sh/helm-v4.2.4-linux-amd64.tar.gz',
      format: 'tar.gz',
      files: [{ name: 'helm', src: 'linux-amd64/helm' }],
      checksum: { url: 'https://get.helm.sh/helm-v4.2.4-linux-amd64.tar.gz.sha256sum', algorithm: 'sha256' },
    });
    await expectPlan('helm', 'v4.2.4', WIN, {
      url: 'https://get.helm.sh/helm-v4.2.4-windows-amd64.tar.gz',
      format: 'tar.gz',
      files: [{ name: 'helm.exe', src: 'windows-amd64/helm.exe' }],
    });
    await expectPlan('helm', 'v3.0.0', MAC, {
      url: 'https://get.helm.sh/helm-v3.0.0-darwin-amd64.tar.gz',
      format: 'tar.gz',
      files: [{ name: 'helm', src: 'darwin-amd64/helm' }],
      checksum: { url: 'https://get.helm.sh/helm-v3.0.0-darwin-amd64.tar.gz.sha256', algorithm: 'sha256' },
    });
  });

  it('helmfile/helmfile (and its old name roboll/helmfile)', async () => {
    await expectPlan('roboll/helmfile', 'v1.7.4', MAC, {
      url: `${GH}/helmfile/helmfile/releases/download/v1.7.4/helmfile_1.7.4_darwin_arm64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'helmfile', src: 'helmfile' }],
      checksum: { url: `${GH}/helmfile/helmfile/releases/download/v1.7.4/helmfile_1.7.4_checksums.txt`, algorithm: 'sha256' },
    });
  });

  it('terraform-linters/tflint', async () => {
    await expectPlan('tflint', 'v0.64.0', WIN, {
      url: `${GH}/terraform-linters/tflint/releases/download/v0.64.0/tflint_windows_amd64.zip`,
      format: 'zip',
      files: [{ name: 'tflint.exe', src: 'tflint.exe' }],
      checksum: { url: `${GH}/terraform-linters/tflint/releases/download/v0.64.0/checksums.txt`, algorithm: 'sha256' },
    });
  });

  it('aquasecurity/tfsec: the top-level constraint shadows an identical version override', async () => {
    await expectPlan('tfsec', 'v1.28.14', LINUX, {
      url: `${GH}/aquasecurity/tfsec/releases/download/v1.28.14/tfsec_1.28.14_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'tfsec', src: 'tfsec' }],
      checksum: { url: `${GH}/aquasecurity/tfsec/releases/download/v1.28.14/tfsec_1.28.14_checksums.txt`, algorithm: 'sha256' },
    });
  });

  it('aquasecurity/trivy: macOS/Linux names, lower-case windows, zip on windows', async () => {
    const sums = { url: `${GH}/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_checksums.txt`, algorithm: 'sha256' };
    await expectPlan('trivy', 'v0.70.0', LINUX, {
      url: `${GH}/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_Linux-64bit.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'trivy', src: 'trivy' }],
      checksum: sums,
    });
    await expectPlan('trivy', 'v0.70.0', MAC, {
      url: `${GH}/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_macOS-ARM64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'trivy', src: 'trivy' }],
      checksum: sums,
    });
    await expectPlan('trivy', 'v0.70.0', WIN, {
      url: `${GH}/aquasecurity/trivy/releases/download/v0.70.0/trivy_0.70.0_windows-64bit.zip`,
      format: 'zip',
      files: [{ name: 'trivy.exe', src: 'trivy.exe' }],
      checksum: sums,
    });
    // v0.20.0: rosetta2 + macOS-64bit, linux arm64 via the goos override's merged replacement.
    await expectPlan('trivy', 'v0.20.0', MAC, {
      url: `${GH}/aquasecurity/trivy/releases/download/v0.20.0/trivy_0.20.0_macOS-64bit.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'trivy', src: 'trivy' }],
    });
    await expectPlan('trivy', 'v0.20.0', LINUX_ARM, {
      url: `${GH}/aquasecurity/trivy/releases/download/v0.20.0/trivy_0.20.0_Linux-ARM64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'trivy', src: 'trivy' }],
    });
    await assert.rejects(plan('trivy', 'v0.20.0', WIN), { code: 'UNSUPPORTED_PLATFORM' });
  });

  it('kubectl (http raw; .exe appended to the windows URL; bare-digest checksum file)', async () => {
    const tool = await set.resolve('kubectl');
    assert.equal(tool.name, 'kubernetes/kubernetes/kubectl');
    assert.equal(tool.repoOwner, 'kubernetes');
    assert.equal(tool.repoName, 'kubernetes');
    await expectPlan('kubectl', 'v1.36.4', LINUX, {
      url: 'https://dl.k8s.io/v1.36.4/bin/linux/amd64/kubectl',
      format: 'raw',
      files: [{ name: 'kubectl', src: 'kubectl' }],
      checksum: { url: 'https://dl.k8s.io/v1.36.4/bin/linux/amd64/kubectl.sha256', algorithm: 'sha256', fileFormat: '' },
    });
    const win = await expectPlan('kubernetes/kubectl', 'v1.36.4', WIN, {
      url: 'https://dl.k8s.io/v1.36.4/bin/windows/amd64/kubectl.exe',
      format: 'raw',
      files: [{ name: 'kubectl.exe', src: 'kubectl.exe' }],
      checksum: { url: 'https://dl.k8s.io/v1.36.4/bin/windows/amd64/kubectl.exe.sha256', algorithm: 'sha256' },
    });
    assert.equal(win.assetName, 'kubectl.exe');
  });

  it('kubernetes-sigs/kustomize: version_prefix kustomize/, raw tag in the URL, no top-level checksum', async () => {
    const p = await expectPlan('kustomize', 'kustomize/v5.8.1', LINUX, {
      url: `${GH}/kubernetes-sigs/kustomize/releases/download/kustomize/v5.8.1/kustomize_v5.8.1_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'kustomize', src: 'kustomize' }],
      checksum: null,
    });
    assert.equal(p.tag, 'kustomize/v5.8.1');
    // A bare version gets the prefix.
    const bare = await plan('kustomize', 'v5.8.1', WIN);
    assert.equal(bare.tag, 'kustomize/v5.8.1');
    assert.equal(bare.version, 'v5.8.1');
    assert.equal(bare.urls[0], `${GH}/kubernetes-sigs/kustomize/releases/download/kustomize/v5.8.1/kustomize_v5.8.1_windows_amd64.zip`);
    // kustomize 2.x tags have no prefix (version_prefix: "" in that override).
    await expectPlan('kustomize', 'v2.1.0', LINUX, {
      url: `${GH}/kubernetes-sigs/kustomize/releases/download/v2.1.0/kustomize_2.1.0_linux_amd64`,
      format: 'raw',
      files: [{ name: 'kustomize', src: 'kustomize_2.1.0_linux_amd64' }],
      checksum: { url: `${GH}/kubernetes-sigs/kustomize/releases/download/v2.1.0/checksums.txt`, algorithm: 'sha256' },
    });
    await expectPlan('kustomize', 'kustomize/v5.2.0', MAC, {
      url: `${GH}/kubernetes-sigs/kustomize/releases/download/kustomize/v5.2.0/kustomize_v5.2.0_darwin_arm64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'kustomize', src: 'output/kustomize' }],
    });
  });

  it('kubernetes-sigs/kind: complete_windows_ext false keeps the asset name, the command is kind.exe', async () => {
    await expectPlan('kind', 'v0.32.0', WIN, {
      url: `${GH}/kubernetes-sigs/kind/releases/download/v0.32.0/kind-windows-amd64`,
      format: 'raw',
      files: [{ name: 'kind.exe', src: 'kind-windows-amd64' }],
      checksum: { url: `${GH}/kubernetes-sigs/kind/releases/download/v0.32.0/kind-windows-amd64.sha256sum`, algorithm: 'sha256' },
    });
    await expectPlan('kind', 'v0.32.0', MAC, {
      url: `${GH}/kubernetes-sigs/kind/releases/download/v0.32.0/kind-darwin-arm64`,
      format: 'raw',
      files: [{ name: 'kind', src: 'kind-darwin-arm64' }],
    });
  });

  it('gruntwork-io/terragrunt: .exe.tar.gz on windows and {{.AssetWithoutExt}} strips only .tar.gz', async () => {
    await expectPlan('terragrunt', 'v1.1.3', WIN, {
      url: `${GH}/gruntwork-io/terragrunt/releases/download/v1.1.3/terragrunt_windows_amd64.exe.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'terragrunt.exe', src: 'terragrunt_windows_amd64.exe' }],
      checksum: { url: `${GH}/gruntwork-io/terragrunt/releases/download/v1.1.3/SHA256SUMS`, algorithm: 'sha256' },
    });
    await expectPlan('terragrunt', 'v1.1.3', LINUX, {
      url: `${GH}/gruntwork-io/terragrunt/releases/download/v1.1.3/terragrunt_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'terragrunt', src: 'terragrunt_linux_amd64' }],
    });
  });

  it('terraform-docs/terraform-docs (zip override on windows)', async () => {
    await expectPlan('terraform-docs', 'v0.24.0', WIN, {
      url: `${GH}/terraform-docs/terraform-docs/releases/download/v0.24.0/terraform-docs-v0.24.0-windows-amd64.zip`,
      format: 'zip',
      files: [{ name: 'terraform-docs.exe', src: 'terraform-docs.exe' }],
      checksum: { url: `${GH}/terraform-docs/terraform-docs/releases/download/v0.24.0/terraform-docs-v0.24.0.sha256sum`, algorithm: 'sha256' },
    });
  });

  it('cli/cli: zip by default, tar.gz on linux, files src with macOS, bin/gh.exe on windows', async () => {
    const sums = { url: `${GH}/cli/cli/releases/download/v2.98.0/gh_2.98.0_checksums.txt`, algorithm: 'sha256' };
    await expectPlan('gh', 'v2.98.0', MAC, {
      url: `${GH}/cli/cli/releases/download/v2.98.0/gh_2.98.0_macOS_arm64.zip`,
      format: 'zip',
      files: [{ name: 'gh', src: 'gh_2.98.0_macOS_arm64/bin/gh' }],
      checksum: sums,
    });
    await expectPlan('gh', 'v2.98.0', LINUX, {
      url: `${GH}/cli/cli/releases/download/v2.98.0/gh_2.98.0_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'gh', src: 'gh_2.98.0_linux_amd64/bin/gh' }],
      checksum: sums,
    });
    await expectPlan('gh', 'v2.98.0', WIN, {
      url: `${GH}/cli/cli/releases/download/v2.98.0/gh_2.98.0_windows_amd64.zip`,
      format: 'zip',
      files: [{ name: 'gh.exe', src: 'bin/gh.exe' }],
      checksum: sums,
    });
    // ≤ 0.4.0: raw on windows with the checksum disabled by the override.
    await expectPlan('gh', 'v0.4.0', WIN, {
      url: `${GH}/cli/cli/releases/download/v0.4.0/gh_0.4.0_windows_amd64.exe`,
      format: 'raw',
      files: [{ name: 'gh.exe', src: 'gh_0.4.0_windows_amd64.exe' }],
      checksum: null,
    });
  });

  it('jqlang/jq: jq- prefix, macos (new) vs osx (old), alias stedolan/jq', async () => {
    const tool = await set.resolve('stedolan/jq');
    assert.equal(tool.name, 'jqlang/jq');
    assert.equal(tool.requestedAs, 'stedolan/jq');
    const p = await expectPlan('jq', '1.8.2', MAC, {
      url: `${GH}/jqlang/jq/releases/download/jq-1.8.2/jq-macos-arm64`,
      format: 'raw',
      files: [{ name: 'jq', src: 'jq-macos-arm64' }],
      checksum: { url: `${GH}/jqlang/jq/releases/download/jq-1.8.2/sha256sum.txt`, algorithm: 'sha256' },
    });
    assert.equal(p.tag, 'jq-1.8.2');
    await expectPlan('jq', 'jq-1.8.2', WIN, {
      url: `${GH}/jqlang/jq/releases/download/jq-1.8.2/jq-windows-amd64.exe`,
      format: 'raw',
      files: [{ name: 'jq.exe', src: 'jq-windows-amd64.exe' }],
    });
    await expectPlan('jq', 'jq-1.6', MAC, {
      url: `${GH}/jqlang/jq/releases/download/jq-1.6/jq-osx-amd64`,
      format: 'raw',
      files: [{ name: 'jq', src: 'jq-osx-amd64' }],
      checksum: null,
    });
    await expectPlan('jq', 'jq-1.6', LINUX, {
      url: `${GH}/jqlang/jq/releases/download/jq-1.6/jq-linux64`,
      format: 'raw',
      files: [{ name: 'jq', src: 'jq-linux64' }],
    });
    await expectPlan('jq', 'jq-1.5rc1', LINUX, {
      url: `${GH}/jqlang/jq/releases/download/jq-1.5rc1/jq-linux-x86_64-static`,
      format: 'raw',
      files: [{ name: 'jq', src: 'jq-linux-x86_64-static' }],
    });
    await assert.rejects(plan('jq', 'jq-1.2', LINUX), { code: 'NO_ASSET' });
  });

  it('mikefarah/yq: raw by inference, checksums-bsd regexp sha512', async () => {
    const p = await expectPlan('yq', 'v4.53.6', LINUX, {
      url: `${GH}/mikefarah/yq/releases/download/v4.53.6/yq_linux_amd64`,
      format: 'raw',
      files: [{ name: 'yq', src: 'yq_linux_amd64' }],
      checksum: { url: `${GH}/mikefarah/yq/releases/download/v4.53.6/checksums-bsd`, algorithm: 'sha512', fileFormat: 'regexp' },
    });
    assert.deepEqual(p.checksum?.pattern, {
      checksum: '^SHA512\\s+\\([^)]+\\)\\s+=\\s+([A-Fa-f0-9]{128})$',
      file: '^SHA512\\s+\\(([^)]+)\\)\\s+=\\s+[A-Fa-f0-9]{128}$',
    });
    await expectPlan('yq', 'v4.53.6', WIN, {
      url: `${GH}/mikefarah/yq/releases/download/v4.53.6/yq_windows_amd64.exe`,
      format: 'raw',
      files: [{ name: 'yq.exe', src: 'yq_windows_amd64.exe' }],
    });
    await expectPlan('yq', 'v4.30.0', LINUX, {
      url: `${GH}/mikefarah/yq/releases/download/v4.30.0/yq_linux_amd64`,
      format: 'raw',
      files: [{ name: 'yq', src: 'yq_linux_amd64' }],
      checksum: null,
    });
  });

  it('hashicorp/packer and hashicorp/vault (http zip)', async () => {
    await expectPlan('packer', 'v1.16.0', LINUX_ARM, {
      url: 'https://releases.hashicorp.com/packer/1.16.0/packer_1.16.0_linux_arm64.zip',
      format: 'zip',
      files: [{ name: 'packer', src: 'packer' }],
      checksum: { url: 'https://releases.hashicorp.com/packer/1.16.0/packer_1.16.0_SHA256SUMS', algorithm: 'sha256' },
    });
    await expectPlan('vault', 'v2.0.4', WIN, {
      url: 'https://releases.hashicorp.com/vault/2.0.4/vault_2.0.4_windows_amd64.zip',
      format: 'zip',
      files: [{ name: 'vault.exe', src: 'vault.exe' }],
      checksum: { url: 'https://releases.hashicorp.com/vault/2.0.4/vault_2.0.4_SHA256SUMS', algorithm: 'sha256' },
    });
  });

  it('bridgecrewio/checkov: rosetta2 with amd64 → X86_64 on Apple Silicon', async () => {
    await expectPlan('checkov', '3.2.352', MAC, {
      url: `${GH}/bridgecrewio/checkov/releases/download/3.2.352/checkov_darwin_X86_64.zip`,
      format: 'zip',
      files: [{ name: 'checkov', src: 'dist/checkov' }],
      checksum: null,
    });
    await expectPlan('checkov', '3.2.352', WIN, {
      url: `${GH}/bridgecrewio/checkov/releases/download/3.2.352/checkov_windows_X86_64.zip`,
      format: 'zip',
      files: [{ name: 'checkov.exe', src: 'dist/checkov.exe' }],
    });
    await assert.rejects(plan('checkov', '2.3.340', LINUX), { code: 'NO_ASSET' });
  });

  it('BurntSushi/ripgrep: per-arch overrides, {{.Asset}}.sha256, checksum disabled on windows', async () => {
    await expectPlan('rg', '15.2.0', LINUX, {
      url: `${GH}/BurntSushi/ripgrep/releases/download/15.2.0/ripgrep-15.2.0-x86_64-unknown-linux-musl.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'rg', src: 'ripgrep-15.2.0-x86_64-unknown-linux-musl/rg' }],
      checksum: { url: `${GH}/BurntSushi/ripgrep/releases/download/15.2.0/ripgrep-15.2.0-x86_64-unknown-linux-musl.tar.gz.sha256`, algorithm: 'sha256' },
    });
    await expectPlan('ripgrep', '15.2.0', LINUX_ARM, {
      url: `${GH}/BurntSushi/ripgrep/releases/download/15.2.0/ripgrep-15.2.0-aarch64-unknown-linux-gnu.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'rg', src: 'ripgrep-15.2.0-aarch64-unknown-linux-gnu/rg' }],
    });
    await expectPlan('BurntSushi/ripgrep', '15.2.0', WIN, {
      url: `${GH}/BurntSushi/ripgrep/releases/download/15.2.0/ripgrep-15.2.0-x86_64-pc-windows-msvc.zip`,
      format: 'zip',
      files: [{ name: 'rg.exe', src: 'ripgrep-15.2.0-x86_64-pc-windows-msvc/rg.exe' }],
      checksum: null,
    });
    await expectPlan('BurntSushi/ripgrep', '13.0.0', MAC, {
      url: `${GH}/BurntSushi/ripgrep/releases/download/13.0.0/ripgrep-13.0.0-x86_64-apple-darwin.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'rg', src: 'ripgrep-13.0.0-x86_64-apple-darwin/rg' }],
    });
  });

  it('sharkdp/fd, junegunn/fzf, FiloSottile/age (several files), koalaman/shellcheck (tar.xz)', async () => {
    await expectPlan('fd', 'v10.4.2', MAC, {
      url: `${GH}/sharkdp/fd/releases/download/v10.4.2/fd-v10.4.2-aarch64-apple-darwin.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'fd', src: 'fd-v10.4.2-aarch64-apple-darwin/fd' }],
    });
    await expectPlan('fzf', 'v0.74.3', WIN, {
      url: `${GH}/junegunn/fzf/releases/download/v0.74.3/fzf-0.74.3-windows_amd64.zip`,
      format: 'zip',
      files: [{ name: 'fzf.exe', src: 'fzf.exe' }],
      checksum: { url: `${GH}/junegunn/fzf/releases/download/v0.74.3/fzf_0.74.3_checksums.txt`, algorithm: 'sha256' },
    });
    await expectPlan('age', 'v1.3.1', LINUX, {
      url: `${GH}/FiloSottile/age/releases/download/v1.3.1/age-v1.3.1-linux-amd64.tar.gz`,
      format: 'tar.gz',
      files: [
        { name: 'age', src: 'age/age' },
        { name: 'age-keygen', src: 'age/age-keygen' },
      ],
    });
    await expectPlan('shellcheck', 'v0.11.0', LINUX, {
      url: `${GH}/koalaman/shellcheck/releases/download/v0.11.0/shellcheck-v0.11.0.linux.x86_64.tar.xz`,
      format: 'tar.xz',
      files: [{ name: 'shellcheck', src: 'shellcheck-v0.11.0/shellcheck' }],
    });
    await expectPlan('shellcheck', 'v0.11.0', WIN, {
      url: `${GH}/koalaman/shellcheck/releases/download/v0.11.0/shellcheck-v0.11.0.zip`,
      format: 'zip',
      files: [{ name: 'shellcheck.exe', src: 'shellcheck.exe' }],
    });
  });

  it('golangci-lint, argo-cd, atmos, k9s, shfmt, github-comment', async () => {
    await expectPlan('golangci-lint', 'v2.13.1', MAC, {
      url: `${GH}/golangci/golangci-lint/releases/download/v2.13.1/golangci-lint-2.13.1-darwin-arm64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'golangci-lint', src: 'golangci-lint-2.13.1-darwin-arm64/golangci-lint' }],
      checksum: { url: `${GH}/golangci/golangci-lint/releases/download/v2.13.1/golangci-lint-2.13.1-checksums.txt`, algorithm: 'sha256' },
    });
    await expectPlan('argocd', 'v3.5.1', WIN, {
      url: `${GH}/argoproj/argo-cd/releases/download/v3.5.1/argocd-windows-amd64.exe`,
      format: 'raw',
      files: [{ name: 'argocd.exe', src: 'argocd-windows-amd64.exe' }],
      checksum: { url: `${GH}/argoproj/argo-cd/releases/download/v3.5.1/cli_checksums.txt`, algorithm: 'sha256' },
    });
    await expectPlan('atmos', 'v1.226.1', LINUX, {
      url: `${GH}/cloudposse/atmos/releases/download/v1.226.1/atmos_1.226.1_linux_amd64`,
      format: 'raw',
      files: [{ name: 'atmos', src: 'atmos_1.226.1_linux_amd64' }],
      checksum: { url: `${GH}/cloudposse/atmos/releases/download/v1.226.1/atmos_1.226.1_SHA256SUMS`, algorithm: 'sha256' },
    });
    await expectPlan('k9s', 'v0.50.0', MAC, {
      url: `${GH}/derailed/k9s/releases/download/v0.50.0/k9s_Darwin_arm64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'k9s', src: 'k9s' }],
      checksum: { url: `${GH}/derailed/k9s/releases/download/v0.50.0/checksums.sha256`, algorithm: 'sha256' },
    });
    await expectPlan('shfmt', 'v3.12.0', LINUX, {
      url: `${GH}/mvdan/sh/releases/download/v3.12.0/shfmt_v3.12.0_linux_amd64`,
      format: 'raw',
      files: [{ name: 'shfmt', src: 'shfmt_v3.12.0_linux_amd64' }],
      checksum: { url: `${GH}/mvdan/sh/releases/download/v3.12.0/sha256sums.txt`, algorithm: 'sha256' },
    });
    await expectPlan('github-comment', 'v6.4.0', LINUX, {
      url: `${GH}/suzuki-shunsuke/github-comment/releases/download/v6.4.0/github-comment_6.4.0_linux_amd64.tar.gz`,
      format: 'tar.gz',
      files: [{ name: 'github-comment', src: 'github-comment' }],
    });
  });
});
