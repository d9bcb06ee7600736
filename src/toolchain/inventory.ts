/*
 * What is installed and what it costs: status, disk usage, info, and removing installs
 * (uninstall, clean). Reads the install layout; never downloads.
 */
import { promises as fs } from 'node:fs';
import { diskUsage, pathExists } from '../common/atomicFile.js';
import { withFileLock } from '../common/fileLock.js';
import { mapLimit } from '../common/mapLimit.js';
import { platformKey, type Platform } from '../common/platform.js';
import type { SignatureSpec } from './assetPlan.js';
import type { ToolchainContext } from './context.js';
import { lockedPlatform } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import type { CleanResult, DiskUsage, ToolInfo, ToolSpec, ToolStatus, UninstallOutcome } from './types.js';
import { sortVersions } from './versionMatch.js';
import type { VersionSelector } from './versionSelect.js';

export class Inventory {
  constructor(
    private readonly ctx: ToolchainContext,
    private readonly versions: VersionSelector,
  ) {}

  async status(): Promise<ToolStatus[]> {
    const { layout } = this.ctx;
    const lock = await this.ctx.readLock();
    const tv = await this.ctx.toolVersions();
    const out: ToolStatus[] = [];
    const seen = new Set<string>();
    for (const [name, versions] of tv.tools) {
      const tool = await this.ctx.resolveFast(name, lock);
      for (const [i, version] of versions.entries()) {
        seen.add(`${tool.repoOwner}/${tool.repoName}@${version}`);
        out.push(await this.statusOf(tool, version, i === 0));
      }
    }
    for (const { owner, repo } of await layout.installedRepos()) {
      for (const version of sortVersions(await layout.installedVersions(owner, repo))) {
        if (seen.has(`${owner}/${repo}@${version}`)) continue;
        const meta = await layout.readMeta(owner, repo, version);
        const tool: ResolvedTool = { name: meta?.name ?? `${owner}/${repo}`, repoOwner: owner, repoName: repo, registry: meta?.registry ?? 'installed' };
        out.push(await this.statusOf(tool, version, false));
      }
    }
    return out;
  }

  private async statusOf(tool: ResolvedTool, version: string, isDefault: boolean): Promise<ToolStatus> {
    const binDir = this.ctx.layout.versionDir(tool.repoOwner, tool.repoName, version);
    const meta = await this.ctx.layout.readInstalled(tool.repoOwner, tool.repoName, version);
    return {
      tool,
      version,
      isDefault,
      installed: !!meta,
      binDir,
      sizeBytes: meta ? await diskUsage(binDir) : undefined,
      installedAt: meta?.installedAt,
    };
  }

  async uninstall(specs: ToolSpec[] | 'all'): Promise<UninstallOutcome[]> {
    const { layout } = this.ctx;
    const lock = await this.ctx.readLock();
    const pairs: { tool: string; owner: string; repo: string; version: string }[] = [];
    if (specs === 'all') {
      for (const { owner, repo } of await layout.installedRepos()) {
        for (const version of await layout.versionDirs(owner, repo)) pairs.push({ tool: `${owner}/${repo}`, owner, repo, version });
      }
    } else {
      for (const spec of specs) {
        const t = await this.ctx.resolveFast(spec.tool, lock);
        // Incomplete versions too: uninstall is also how a broken one is cleared away.
        const versions = spec.version ? [spec.version] : await layout.versionDirs(t.repoOwner, t.repoName);
        for (const version of versions) pairs.push({ tool: spec.tool, owner: t.repoOwner, repo: t.repoName, version });
      }
    }
    const outcomes = await mapLimit(pairs, this.ctx.maxConcurrency, async (p) => {
      const binDir = layout.versionDir(p.owner, p.repo, p.version);
      const removed = await withFileLock(binDir, async () => {
        if (!(await pathExists(binDir))) return false;
        await fs.rm(binDir, { recursive: true, force: true });
        return true;
      });
      await fs.rmdir(layout.repoDir(p.owner, p.repo)).catch(() => {});
      return { tool: p.tool, version: p.version, binDir, removed };
    });
    this.ctx.installsChanged();
    return outcomes;
  }

  async clean(options: { cacheOnly?: boolean; dryRun?: boolean } = {}): Promise<CleanResult> {
    const { layout } = this.ctx;
    const candidates = options.cacheOnly ? [layout.downloadsRoot(), layout.tmpRoot()] : [layout.binRoot, layout.downloadsRoot(), layout.tmpRoot()];
    const paths: string[] = [];
    let bytes = 0;
    for (const p of candidates) {
      if (!(await pathExists(p))) continue;
      paths.push(p);
      bytes += await diskUsage(p);
      if (!options.dryRun) await fs.rm(p, { recursive: true, force: true });
    }
    if (!options.dryRun) this.ctx.installsChanged();
    return { paths, bytes };
  }

  async du(): Promise<DiskUsage> {
    const { layout } = this.ctx;
    const tools: DiskUsage['tools'] = [];
    for (const { owner, repo } of await layout.installedRepos()) {
      for (const version of sortVersions(await layout.installedVersions(owner, repo))) {
        const binDir = layout.versionDir(owner, repo, version);
        tools.push({ tool: `${owner}/${repo}`, version, bytes: await diskUsage(binDir), binDir });
      }
    }
    const downloadsBytes = await diskUsage(layout.downloadsRoot());
    return {
      installRoot: this.ctx.settings.installRoot,
      totalBytes: tools.reduce((s, t) => s + t.bytes, 0) + downloadsBytes + (await diskUsage(layout.tmpRoot())),
      downloadsBytes,
      tools,
    };
  }

  async info(spec: ToolSpec, platform: Platform = this.ctx.platform): Promise<ToolInfo> {
    const { layout } = this.ctx;
    const lock = await this.ctx.readLock();
    const tool = await this.ctx.resolve(spec.tool);
    const version = await this.versions.versionFor(tool, spec.version, lock);
    const registry = await this.ctx.registry();
    const plan = await registry.plan(tool, version, platform);
    const definition = await registry.describe(tool, version, platform);
    const signatureSettings = this.ctx.signatureSettings(tool);
    const locked = lock ? lockedPlatform(lock, `${tool.repoOwner}/${tool.repoName}`, version, platformKey(platform)) : undefined;
    return {
      tool,
      version,
      platform,
      plan,
      definition,
      effectiveUrls: plan.urls.map(this.ctx.rewrite),
      checksumSource: plan.checksum
        ? `${plan.checksum.algorithm} from ${plan.checksum.url} (${plan.checksum.fileFormat || 'default'} format)`
        : plan.githubRelease
          ? 'GitHub release asset digest (when GitHub provides one)'
          : 'none declared',
      locked: locked ? { url: locked.url, checksum: locked.checksum, checksum_algorithm: locked.checksum_algorithm, size: locked.size } : undefined,
      signatures: {
        policy: signatureSettings.policy,
        kinds: [...signatureSettings.kinds],
        declared: (plan.signatures ?? []).map(describeSignature),
        locked: locked?.signatures ?? [],
        installed: (await layout.readMeta(tool.repoOwner, tool.repoName, version))?.signatures ?? [],
      },
      installed: !!(await layout.readInstalled(tool.repoOwner, tool.repoName, version)),
      binDir: layout.versionDir(tool.repoOwner, tool.repoName, version),
    };
  }
}

/** One declared signature in words, for `toolchain info`. */
function describeSignature(s: SignatureSpec): string {
  const on = s.subject === 'asset' ? 'asset' : 'checksum file';
  switch (s.kind) {
    case 'cosign': {
      const how = s.bundle ? `bundle ${s.bundle}` : s.signature ? `signature ${s.signature}` : '(no signature)';
      const who = s.key ? `key ${s.key}` : `identity ${s.identity ?? (s.identityRegexp ? `/${s.identityRegexp}/` : '(any)')}`;
      return `cosign on the ${on}: ${how}, ${who}`;
    }
    case 'github_artifact_attestations':
      return `GitHub attestation on the ${on}: ${s.owner}/${s.repo}${s.signerWorkflow ? `, signer workflow /${s.signerWorkflow}/` : ''}`;
    case 'slsa_provenance':
      return `SLSA provenance on the asset: ${s.url}, source ${s.sourceUri}@${s.sourceTag}`;
    case 'minisign':
      return `minisign on the ${on}: ${s.url}, key ${s.publicKey}`;
  }
}
