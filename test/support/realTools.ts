import { createHash } from 'node:crypto';
import type { Platform } from '../../src/common/platform.js';
import type { AssetPlan } from '../../src/toolchain/assetPlan.js';
import type { RegistrySet, ResolvedTool, VersionSource } from '../../src/toolchain/registry/types.js';
import { gz, tarBz2, tarGz, tarXz, zipBuffer } from './archives.js';
import { sha256, type GithubUpstream } from './githubUpstream.js';

/**
 * Real tools laid out the way their Aqua definitions say (asset names, archive layout,
 * checksum files), published on a {@link GithubUpstream}, plus a small RegistrySet that
 * plans them — for engine tests that must not depend on the registry code.
 * Binaries are tiny shell scripts printing "<name> <version>", so they can be executed.
 */
export interface ToolFixture {
  name: string;
  owner: string;
  repo: string;
  aliases: string[];
  binary: string;
  /** Publish this version's asset(s) and checksum file on the fake upstream. */
  publish(up: GithubUpstream, version: string): Promise<void>;
  plan(version: string, platform: Platform): AssetPlan;
  versionSource: VersionSource;
}

export function script(name: string, version: string): string {
  return `#!/bin/sh\necho "${name} ${version}"\n`;
}

const gh = (o: string, r: string, tag: string, asset: string) => `https://github.com/${o}/${r}/releases/download/${tag}/${asset}`;

function basePlan(t: { name: string; owner: string; repo: string }, version: string, platform: Platform, rest: Partial<AssetPlan>): AssetPlan {
  return {
    name: t.name,
    repoOwner: t.owner,
    repoName: t.repo,
    type: 'github_release',
    version,
    tag: `v${version}`,
    platform,
    urls: [],
    assetName: '',
    format: '',
    files: [],
    registry: 'test-fixtures',
    ...rest,
  };
}

export const terraform: ToolFixture = {
  name: 'hashicorp/terraform',
  owner: 'hashicorp',
  repo: 'terraform',
  aliases: ['terraform'],
  binary: 'terraform',
  versionSource: { type: 'github_release', owner: 'hashicorp', repo: 'terraform', versionPrefix: 'v' },
  async publish(up, v) {
    const asset = `terraform_${v}_linux_amd64.zip`;
    const body = await zipBuffer([
      { name: 'terraform', body: script('terraform', v) },
      { name: 'LICENSE.txt', body: 'MPL', mode: 0o644 },
    ]);
    up.addFile(`/hashicorp/terraform/${v}/${asset}`, body);
    up.addFile(`/hashicorp/terraform/${v}/terraform_${v}_SHA256SUMS`, `${sha256('other')}  terraform_${v}_darwin_arm64.zip\n${sha256(body)}  ${asset}\n`);
    up.addRelease('hashicorp', 'terraform', `v${v}`, {}, { digests: false });
  },
  plan(v, p) {
    const asset = `terraform_${v}_${p.os}_${p.arch}.zip`;
    return basePlan(this, v, p, {
      type: 'http',
      urls: [`https://releases.hashicorp.com/terraform/${v}/${asset}`],
      assetName: asset,
      format: 'zip',
      files: [{ name: p.os === 'windows' ? 'terraform.exe' : 'terraform', src: p.os === 'windows' ? 'terraform.exe' : 'terraform' }],
      checksum: { url: `https://releases.hashicorp.com/terraform/${v}/terraform_${v}_SHA256SUMS`, algorithm: 'sha256', fileFormat: '' },
    });
  },
};

export const opentofu: ToolFixture = {
  name: 'opentofu/opentofu',
  owner: 'opentofu',
  repo: 'opentofu',
  aliases: ['tofu', 'opentofu'],
  binary: 'tofu',
  versionSource: { type: 'github_release', owner: 'opentofu', repo: 'opentofu', versionPrefix: 'v' },
  async publish(up, v) {
    const asset = `tofu_${v}_linux_amd64.tar.gz`;
    const body = tarGz([
      { name: 'tofu', body: script('tofu', v) },
      { name: 'README.md', body: 'x', mode: 0o644 },
    ]);
    up.addRelease('opentofu', 'opentofu', `v${v}`, { [asset]: body, [`tofu_${v}_SHA256SUMS`]: `${sha256(body)}  ${asset}\n` });
  },
  plan(v, p) {
    const asset = `tofu_${v}_${p.os}_${p.arch}.tar.gz`;
    return basePlan(this, v, p, {
      urls: [gh('opentofu', 'opentofu', `v${v}`, asset)],
      assetName: asset,
      format: 'tar.gz',
      files: [{ name: 'tofu', src: 'tofu' }],
      checksum: { url: gh('opentofu', 'opentofu', `v${v}`, `tofu_${v}_SHA256SUMS`), algorithm: 'sha256', fileFormat: '' },
      githubRelease: { owner: 'opentofu', repo: 'opentofu', tag: `v${v}`, asset },
    });
  },
};

export const helm: ToolFixture = {
  name: 'helm/helm',
  owner: 'helm',
  repo: 'helm',
  aliases: ['helm'],
  binary: 'helm',
  versionSource: { type: 'github_release', owner: 'helm', repo: 'helm', versionPrefix: 'v' },
  async publish(up, v) {
    const asset = `helm-v${v}-linux-amd64.tar.gz`;
    const body = tarGz([
      { name: 'linux-amd64/', type: 'dir' },
      { name: 'linux-amd64/helm', body: script('helm', v) },
      { name: 'linux-amd64/LICENSE', body: 'Apache', mode: 0o644 },
    ]);
    up.addFile(`/helm/${asset}`, body);
    // get.helm.sh: `.sha256` is a bare digest (< 3.1), `.sha256sum` is "<hex>  <name>" (current).
    up.addFile(`/helm/${asset}.sha256`, `${sha256(body)}\n`);
    up.addFile(`/helm/${asset}.sha256sum`, `${sha256(body)}  ${asset}\n`);
    up.addRelease('helm', 'helm', `v${v}`, {}, { digests: false });
  },
  plan(v, p) {
    const asset = `helm-v${v}-${p.os}-${p.arch}.tar.gz`;
    return basePlan(this, v, p, {
      type: 'http',
      urls: [`https://get.helm.sh/${asset}`],
      assetName: asset,
      format: 'tar.gz',
      files: [{ name: 'helm', src: `${p.os}-${p.arch}/helm` }],
      checksum: { url: `https://get.helm.sh/${asset}.sha256`, algorithm: 'sha256', fileFormat: '' },
    });
  },
};

export const tflint: ToolFixture = {
  name: 'terraform-linters/tflint',
  owner: 'terraform-linters',
  repo: 'tflint',
  aliases: ['tflint'],
  binary: 'tflint',
  versionSource: { type: 'github_release', owner: 'terraform-linters', repo: 'tflint', versionPrefix: 'v' },
  async publish(up, v) {
    const asset = 'tflint_linux_amd64.zip';
    const body = await zipBuffer([{ name: 'tflint', body: script('tflint', v) }]);
    up.addRelease('terraform-linters', 'tflint', `v${v}`, {
      [asset]: body,
      'checksums.txt': `${sha256(body)}  ${asset}\n${sha256('x')}  tflint_darwin_arm64.zip\n`,
    });
  },
  plan(v, p) {
    const asset = `tflint_${p.os}_${p.arch}.zip`;
    return basePlan(this, v, p, {
      urls: [gh('terraform-linters', 'tflint', `v${v}`, asset)],
      assetName: asset,
      format: 'zip',
      files: [{ name: 'tflint', src: 'tflint' }],
      checksum: { url: gh('terraform-linters', 'tflint', `v${v}`, 'checksums.txt'), algorithm: 'sha256', fileFormat: '' },
      githubRelease: { owner: 'terraform-linters', repo: 'tflint', tag: `v${v}`, asset },
    });
  },
};

export const jq: ToolFixture = {
  name: 'jqlang/jq',
  owner: 'jqlang',
  repo: 'jq',
  aliases: ['jq'],
  binary: 'jq',
  versionSource: { type: 'github_release', owner: 'jqlang', repo: 'jq', versionPrefix: 'jq-' },
  async publish(up, v) {
    // Raw binary. The fixture plan declares no checksum file (the GitHub API digest verifies it);
    // the real Aqua definition reads sha256sum.txt.
    const body = script('jq', v);
    up.addRelease('jqlang', 'jq', `jq-${v}`, { 'jq-linux-amd64': body, 'sha256sum.txt': `${sha256(body)}  jq-linux-amd64\n` });
  },
  plan(v, p) {
    const asset = `jq-${p.os === 'darwin' ? 'macos' : p.os}-${p.arch}${p.os === 'windows' ? '.exe' : ''}`;
    return basePlan(this, v, p, {
      tag: `jq-${v}`,
      urls: [gh('jqlang', 'jq', `jq-${v}`, asset)],
      assetName: asset,
      format: 'raw',
      files: [{ name: p.os === 'windows' ? 'jq.exe' : 'jq', src: asset }],
      githubRelease: { owner: 'jqlang', repo: 'jq', tag: `jq-${v}`, asset },
    });
  },
};

export const yq: ToolFixture = {
  name: 'mikefarah/yq',
  owner: 'mikefarah',
  repo: 'yq',
  aliases: ['yq'],
  binary: 'yq',
  versionSource: { type: 'github_release', owner: 'mikefarah', repo: 'yq', versionPrefix: 'v' },
  async publish(up, v) {
    const body = script('yq', v);
    const sha512 = createHash('sha512').update(body).digest('hex');
    // BSD-style lines, matched by a regexp pattern (sha512); the real definition calls the file checksums-bsd.
    const bsd = `SHA512 (yq_darwin_arm64) = ${createHash('sha512').update('x').digest('hex')}\nSHA512 (yq_linux_amd64) = ${sha512}\n`;
    up.addRelease('mikefarah', 'yq', `v${v}`, { yq_linux_amd64: body, checksums: bsd, 'checksums-bsd': bsd });
  },
  plan(v, p) {
    const asset = `yq_${p.os}_${p.arch}`;
    return basePlan(this, v, p, {
      urls: [gh('mikefarah', 'yq', `v${v}`, asset)],
      assetName: asset,
      format: 'raw',
      files: [{ name: 'yq', src: asset }],
      checksum: {
        url: gh('mikefarah', 'yq', `v${v}`, 'checksums'),
        algorithm: 'sha512',
        fileFormat: 'regexp',
        pattern: { checksum: '^SHA512 \\(\\S+\\) = ([0-9a-f]{128})$', file: '^SHA512 \\((\\S+)\\)' },
      },
    });
  },
};

export const ghCli: ToolFixture = {
  name: 'cli/cli',
  owner: 'cli',
  repo: 'cli',
  aliases: ['gh'],
  binary: 'gh',
  versionSource: { type: 'github_release', owner: 'cli', repo: 'cli', versionPrefix: 'v' },
  async publish(up, v) {
    const asset = `gh_${v}_linux_amd64.tar.gz`;
    const body = tarGz([
      { name: `gh_${v}_linux_amd64/`, type: 'dir' },
      { name: `gh_${v}_linux_amd64/bin/`, type: 'dir' },
      { name: `gh_${v}_linux_amd64/bin/gh`, body: script('gh', v) },
      { name: `gh_${v}_linux_amd64/share/man/man1/gh.1`, body: 'man', mode: 0o644 },
    ]);
    up.addRelease('cli', 'cli', `v${v}`, { [asset]: body, [`gh_${v}_checksums.txt`]: `${sha256(body)}  ${asset}\n` });
  },
  plan(v, p) {
    const asset = `gh_${v}_${p.os}_${p.arch}.tar.gz`;
    return basePlan(this, v, p, {
      urls: [gh('cli', 'cli', `v${v}`, asset)],
      assetName: asset,
      format: 'tar.gz',
      files: [{ name: 'gh', src: `gh_${v}_${p.os}_${p.arch}/bin/gh` }],
      checksum: { url: gh('cli', 'cli', `v${v}`, `gh_${v}_checksums.txt`), algorithm: 'sha256', fileFormat: '' },
      githubRelease: { owner: 'cli', repo: 'cli', tag: `v${v}`, asset },
    });
  },
};

/** Synthetic tools for the remaining formats (tar.xz, tar.bz2, tgz, gz). */
function formatTool(repo: string, format: 'tar.xz' | 'tar.bz2' | 'tgz' | 'gz'): ToolFixture {
  const asset = (v: string, p: Platform) => `${repo}-${v}-${p.os}-${p.arch}.${format}`;
  return {
    name: `example/${repo}`,
    owner: 'example',
    repo,
    aliases: [repo],
    binary: repo,
    versionSource: { type: 'github_release', owner: 'example', repo, versionPrefix: 'v' },
    async publish(up, v) {
      const name = asset(v, { os: 'linux', arch: 'amd64' });
      const entries = [{ name: `${repo}-${v}/${repo}`, body: script(repo, v) }];
      const body = format === 'tar.xz' ? tarXz(entries) : format === 'tar.bz2' ? tarBz2(entries) : format === 'tgz' ? tarGz(entries) : gz(script(repo, v));
      up.addRelease('example', repo, `v${v}`, { [name]: body, [`${name}.sha256`]: `${sha256(body)}  ${name}\n` });
    },
    plan(v, p) {
      const a = asset(v, p);
      return basePlan(this, v, p, {
        urls: [gh('example', repo, `v${v}`, a)],
        assetName: a,
        format,
        files: [{ name: repo, src: format === 'gz' ? a.replace(/\.gz$/, '') : `${repo}-${v}/${repo}` }],
        checksum: { url: gh('example', repo, `v${v}`, `${a}.sha256`), algorithm: 'sha256', fileFormat: '' },
      });
    },
  };
}

export const xzTool = formatTool('xztool', 'tar.xz');
export const bz2Tool = formatTool('bz2tool', 'tar.bz2');
export const tgzTool = formatTool('tgztool', 'tgz');
export const gzTool = formatTool('gztool', 'gz');

export const allFixtures = [terraform, opentofu, helm, tflint, jq, yq, ghCli, xzTool, bz2Tool, tgzTool, gzTool];

/** url_replacements that send the non-GitHub download hosts to the fake's download host. */
export function downloadHostReplacements(up: GithubUpstream): Record<string, string> {
  return { 'https://releases.hashicorp.com': `${up.downloadUrl}/hashicorp`, 'https://get.helm.sh': `${up.downloadUrl}/helm` };
}

/** A RegistrySet over fixtures, counting calls (so tests can prove "no registry call"). */
export interface FixtureRegistry extends RegistrySet {
  calls: { resolve: number; plan: number; versionSource: number };
  /** Change a plan on the fly (e.g. point the checksum somewhere else). */
  override?: (plan: AssetPlan) => AssetPlan;
}

export function fixtureRegistry(fixtures: ToolFixture[] = allFixtures): FixtureRegistry {
  const find = (tool: ResolvedTool) => fixtures.find((f) => f.name === tool.name)!;
  const reg: FixtureRegistry = {
    calls: { resolve: 0, plan: 0, versionSource: 0 },
    async resolve(tool) {
      reg.calls.resolve++;
      const f = fixtures.find((x) => x.name === tool || x.aliases.includes(tool) || `${x.owner}/${x.repo}` === tool);
      if (!f) {
        const { AtmosError } = await import('../../src/common/errors.js');
        throw new AtmosError(`tool "${tool}" not found`, { code: 'TOOL_NOT_FOUND' });
      }
      return { name: f.name, repoOwner: f.owner, repoName: f.repo, registry: 'test-fixtures', ...(tool !== f.name ? { requestedAs: tool } : {}) };
    },
    async plan(tool, version, platform) {
      reg.calls.plan++;
      const p = find(tool).plan(version.replace(/^v/, ''), platform);
      return reg.override ? reg.override(p) : p;
    },
    async versionSource(tool) {
      reg.calls.versionSource++;
      return find(tool).versionSource;
    },
    async describe(tool, version, platform) {
      return { ...find(tool).plan(version, platform) } as unknown as Record<string, unknown>;
    },
    async aliases() {
      return Object.fromEntries(fixtures.flatMap((f) => f.aliases.map((a) => [a, f.name])));
    },
  };
  return reg;
}
