/**
 * The 10 tools of the toolchain benchmark, at pinned versions, with the exact linux/amd64
 * asset and checksum URLs that the real Aqua registry definitions
 * (`test/fixtures/aqua-registry/pkgs/<id>/registry.yaml`) render for those versions.
 * Written out by hand rather than rendered by our own resolver, so that a rendering bug in
 * atmos-ts shows up as a failed install instead of being reproduced by the fixture; mise
 * (which embeds the same registry) is the independent check that the names are right.
 *
 * The mix covers every archive format the issue lists except gz/bz2 (zip, tar.gz, tar.xz,
 * raw) and the checksum shapes of the real registry (SHA256SUMS lists, single-hash files,
 * a BSD-style sha512 list parsed by regexp, and one tool without a checksum source).
 */
export type AssetKind = 'zip' | 'tar.gz' | 'tar.xz' | 'raw';
export type ChecksumShape = 'list' | 'single' | 'bsd-sha512';

export interface BenchTool {
  /** Aqua package name (`mise use aqua:<id>@<version>`, `.tool-versions` key). */
  id: string;
  /** Executable name. */
  bin: string;
  /** Version as a user pins it (no `v`, no `jq-` prefix). */
  version: string;
  /** Upstream URL of the linux/amd64 asset. */
  assetUrl: string;
  kind: AssetKind;
  /** Path of the executable inside the archive (raw: ignored). */
  inner: string;
  checksum?: { url: string; shape: ChecksumShape };
}

const gh = (repo: string, tag: string, asset: string) => `https://github.com/${repo}/releases/download/${tag}/${asset}`;

export const BENCH_TOOLS: BenchTool[] = [
  {
    id: 'hashicorp/terraform',
    bin: 'terraform',
    version: '1.9.8',
    assetUrl: 'https://releases.hashicorp.com/terraform/1.9.8/terraform_1.9.8_linux_amd64.zip',
    kind: 'zip',
    inner: 'terraform',
    checksum: { url: 'https://releases.hashicorp.com/terraform/1.9.8/terraform_1.9.8_SHA256SUMS', shape: 'list' },
  },
  {
    id: 'opentofu/opentofu',
    bin: 'tofu',
    version: '1.8.5',
    assetUrl: gh('opentofu/opentofu', 'v1.8.5', 'tofu_1.8.5_linux_amd64.tar.gz'),
    kind: 'tar.gz',
    inner: 'tofu',
    checksum: { url: gh('opentofu/opentofu', 'v1.8.5', 'tofu_1.8.5_SHA256SUMS'), shape: 'list' },
  },
  {
    id: 'helm/helm',
    bin: 'helm',
    version: '3.16.3',
    assetUrl: 'https://get.helm.sh/helm-v3.16.3-linux-amd64.tar.gz',
    kind: 'tar.gz',
    inner: 'linux-amd64/helm',
    checksum: { url: 'https://get.helm.sh/helm-v3.16.3-linux-amd64.tar.gz.sha256sum', shape: 'list' },
  },
  {
    id: 'terraform-linters/tflint',
    bin: 'tflint',
    version: '0.54.0',
    assetUrl: gh('terraform-linters/tflint', 'v0.54.0', 'tflint_linux_amd64.zip'),
    kind: 'zip',
    inner: 'tflint',
    checksum: { url: gh('terraform-linters/tflint', 'v0.54.0', 'checksums.txt'), shape: 'list' },
  },
  {
    id: 'jqlang/jq',
    bin: 'jq',
    version: '1.7.1',
    assetUrl: gh('jqlang/jq', 'jq-1.7.1', 'jq-linux-amd64'),
    kind: 'raw',
    inner: '',
    checksum: { url: gh('jqlang/jq', 'jq-1.7.1', 'sha256sum.txt'), shape: 'list' },
  },
  {
    id: 'mikefarah/yq',
    bin: 'yq',
    version: '4.44.6',
    assetUrl: gh('mikefarah/yq', 'v4.44.6', 'yq_linux_amd64'),
    kind: 'raw',
    inner: '',
    checksum: { url: gh('mikefarah/yq', 'v4.44.6', 'checksums-bsd'), shape: 'bsd-sha512' },
  },
  {
    id: 'cli/cli',
    bin: 'gh',
    version: '2.63.0',
    assetUrl: gh('cli/cli', 'v2.63.0', 'gh_2.63.0_linux_amd64.tar.gz'),
    kind: 'tar.gz',
    inner: 'gh_2.63.0_linux_amd64/bin/gh',
    checksum: { url: gh('cli/cli', 'v2.63.0', 'gh_2.63.0_checksums.txt'), shape: 'list' },
  },
  {
    id: 'kubernetes/kubernetes/kubectl',
    bin: 'kubectl',
    version: '1.31.3',
    assetUrl: 'https://dl.k8s.io/v1.31.3/bin/linux/amd64/kubectl',
    kind: 'raw',
    inner: '',
    checksum: { url: 'https://dl.k8s.io/v1.31.3/bin/linux/amd64/kubectl.sha256', shape: 'single' },
  },
  {
    id: 'terraform-docs/terraform-docs',
    bin: 'terraform-docs',
    version: '0.19.0',
    assetUrl: gh('terraform-docs/terraform-docs', 'v0.19.0', 'terraform-docs-v0.19.0-linux-amd64.tar.gz'),
    kind: 'tar.gz',
    inner: 'terraform-docs',
    checksum: { url: gh('terraform-docs/terraform-docs', 'v0.19.0', 'terraform-docs-v0.19.0.sha256sum'), shape: 'list' },
  },
  {
    id: 'koalaman/shellcheck',
    bin: 'shellcheck',
    version: '0.10.0',
    assetUrl: gh('koalaman/shellcheck', 'v0.10.0', 'shellcheck-v0.10.0.linux.x86_64.tar.xz'),
    kind: 'tar.xz',
    inner: 'shellcheck-v0.10.0/shellcheck',
  },
];

/** Upstream hosts the fake stands in for, and the path prefix each gets on the fake's download host. */
export const DOWNLOAD_HOSTS: Record<string, string> = {
  'https://releases.hashicorp.com': '/hashicorp',
  'https://get.helm.sh': '/helm',
  'https://dl.k8s.io': '/k8s',
};
