/*
 * Which exact version a request means: the pinned default, `latest` (newest upstream
 * release), or a constraint (highest installed match, else highest available upstream).
 */
import { AtmosError } from '../common/errors.js';
import type { HttpStatusError } from '../common/http.js';
import type { ToolchainContext } from './context.js';
import type { LockFileData } from './lockFile.js';
import type { ResolvedTool } from './registry/types.js';
import { highestMatch, isConstraint, isPrerelease, sortVersions } from './versionMatch.js';

export interface ListOptions {
  includePrerelease?: boolean;
  limit?: number;
}

export class VersionSelector {
  constructor(private readonly ctx: ToolchainContext) {}

  async versionFor(tool: ResolvedTool, requested: string | undefined, lock?: LockFileData): Promise<string> {
    const { layout } = this.ctx;
    let version = requested;
    if (!version) {
      const configured = await this.ctx.configuredFor(tool, await this.ctx.toolVersions(), lock);
      version = configured?.versions[0];
      if (!version) {
        const installed = sortVersions(await layout.installedVersions(tool.repoOwner, tool.repoName));
        if (installed.length > 0) return installed[installed.length - 1];
        version = 'latest';
      }
    }
    if (version === 'latest') return this.latestFor(tool);
    if (isConstraint(version)) {
      const installed = highestMatch(await layout.installedVersions(tool.repoOwner, tool.repoName), version);
      if (installed) {
        this.ctx.logger.debug(`using ${tool.name} ${installed} (satisfies ${version})`);
        return installed;
      }
      const available = highestMatch(await this.availableFor(tool, { includePrerelease: /-/.test(version) }), version);
      if (!available) {
        throw new AtmosError(`no version of ${tool.name} satisfies "${version}"`, {
          code: 'NO_MATCHING_VERSION',
          hint: `List versions with: atmos-ts toolchain get ${tool.requestedAs ?? tool.name} --all`,
        });
      }
      return available;
    }
    return version;
  }

  async latestFor(tool: ResolvedTool): Promise<string> {
    const versions = await this.availableFor(tool, {});
    if (versions.length === 0) {
      throw new AtmosError(`no releases found for ${tool.name}`, {
        code: 'NO_RELEASES',
        hint: `Pin a version explicitly, e.g. ${tool.requestedAs ?? tool.name}@1.2.3`,
      });
    }
    return versions[0];
  }

  /** Upstream versions (GitHub releases or tags, as the registry says), newest first. */
  async availableFor(tool: ResolvedTool, options: ListOptions): Promise<string[]> {
    const source = await (await this.ctx.registry()).versionSource(await this.ctx.registryTool(tool));
    const owner = source.owner ?? tool.repoOwner;
    const repo = source.repo ?? tool.repoName;
    let tags: string[];
    const { releases } = await this.ctx.net();
    try {
      if (source.type === 'github_tag') tags = await releases.listTags(owner, repo);
      else if (source.type === 'github_release') {
        tags = (await releases.listReleases(owner, repo)).filter((r) => !r.draft && (options.includePrerelease || !r.prerelease)).map((r) => r.tag_name);
      } else tags = [];
    } catch (err) {
      throw versionListError(err, tool, `${owner}/${repo}`);
    }
    const prefix = source.versionPrefix ?? '';
    const versions = tags
      .filter((t) => t.startsWith(prefix))
      .map((t) => t.slice(prefix.length))
      .filter((v) => options.includePrerelease || !isPrerelease(v))
      .map(displayVersion);
    const out = sortVersions([...new Set(versions)]).reverse();
    return options.limit ? out.slice(0, options.limit) : out;
  }
}

/** `v1.2.3` → `1.2.3` (pins are written without the v; registries add the prefix back for URLs). */
function displayVersion(v: string): string {
  return /^v\d/.test(v) ? v.slice(1) : v;
}

/** A failed release/tag listing as one AtmosError that says what it means for the tool (never the raw body). */
function versionListError(err: unknown, tool: ResolvedTool, repo: string): unknown {
  // Duck-typed: importing HttpStatusError would load the HTTP stack (p-retry, node:http/https), which this module loads lazily.
  const status = err instanceof AtmosError && err.code === 'HTTP_STATUS' ? (err as HttpStatusError).status : undefined;
  if (status !== 404 && status !== 401) return err;
  const name = tool.requestedAs ?? tool.name;
  return new AtmosError(`cannot list the versions of ${name}: GitHub answered HTTP ${status} for ${repo}`, {
    code: 'VERSIONS_UNAVAILABLE',
    explanation:
      status === 404
        ? `The repository ${repo} does not exist, is private (a token with access is needed), or the registry's repo_owner/repo_name for ${tool.name} is out of date.`
        : 'The GitHub token was refused.',
    hint: `Pin an exact version so no lookup is needed (atmos-ts toolchain add ${name}@<version>), or set GITHUB_TOKEN / ATMOS_GITHUB_TOKEN.`,
    context: { url: (err as AtmosError).context.url },
    cause: err,
  });
}
