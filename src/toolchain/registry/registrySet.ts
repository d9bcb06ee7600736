import path from 'node:path';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { Platform } from '../../common/platform.js';
import type { AssetPlan } from '../assetPlan.js';
import { commandNames, repoOf, type AquaPackage } from './aquaPackage.js';
import { AquaRegistry, STANDARD_REGISTRY_NAME } from './aquaRegistry.js';
import { findTool } from './aliases.js';
import { BUILTIN_ALIASES, builtinRegistry } from './builtinRegistry.js';
import { InlineRegistry, loadToolsConfig } from './inlineRegistry.js';
import type { PackageSource } from './packageSource.js';
import { effectivePackage, isSupported, resolvePackage, tagFor } from './resolvePackage.js';
import type { RegistrySet, RegistrySetOptions, ResolvedTool, VersionSource } from './types.js';

/**
 * The registries in lookup order: inline `toolchain.tools`, the tools.yaml, then
 * `toolchain.registries[]` (list order, or by descending `priority` when priorities are
 * given), then the built-in registry, then the standard Aqua registry when no `type: aqua`
 * registry is configured. The first registry that knows a tool wins.
 */
export function buildSources(options: RegistrySetOptions): { sources: PackageSource[]; aliases: Record<string, string> } {
  const { config } = options;
  const tc = config.values.toolchain;
  const sources: PackageSource[] = [];
  let aliases: Record<string, string> = { ...BUILTIN_ALIASES };
  if (tc.tools && Object.keys(tc.tools).length > 0) {
    sources.push(new InlineRegistry('atmos-inline', tc.tools, config.locate, ['toolchain', 'tools']));
  }
  const toolsConfig = options.toolsConfigPath
    ? path.resolve(config.cwd, options.toolsConfigPath)
    : tc.tools_config
      ? path.resolve(config.baseDir, tc.tools_config)
      : undefined;
  if (toolsConfig) {
    const loaded = loadToolsConfig(toolsConfig);
    aliases = { ...aliases, ...loaded.aliases };
    sources.push(loaded.registry);
  }
  for (const [k, v] of Object.entries(tc.aliases ?? {})) if (typeof v === 'string') aliases[k] = v;
  const ordered = (tc.registries ?? []).map((r, i) => ({ r, i }));
  if (ordered.some(({ r }) => r.priority !== undefined)) {
    ordered.sort((a, b) => (b.r.priority ?? 0) - (a.r.priority ?? 0) || a.i - b.i);
  }
  const used = new Set(sources.map((s) => s.name));
  const uniqueName = (wanted: string) => {
    let n = wanted;
    for (let k = 2; used.has(n); k++) n = `${wanted}-${k}`;
    used.add(n);
    return n;
  };
  let hasAqua = false;
  for (const { r, i } of ordered) {
    if (r.type === 'atmos') {
      sources.push(new InlineRegistry(uniqueName(r.name ?? 'atmos-inline'), r.tools ?? {}, config.locate, ['toolchain', 'registries', i, 'tools']));
    } else {
      hasAqua = true;
      sources.push(
        new AquaRegistry({
          name: uniqueName(r.name ?? (r.source ? `aqua-${i}` : STANDARD_REGISTRY_NAME)),
          source: r.source,
          ref: r.ref,
          baseDir: config.baseDir,
          cacheRoot: config.cacheRoot,
          ttlMs: tc.registry_ttl,
          http: options.http,
          logger: options.logger,
        }),
      );
    }
  }
  sources.push(builtinRegistry());
  used.add('builtin');
  if (!hasAqua) {
    sources.push(
      new AquaRegistry({
        name: uniqueName(STANDARD_REGISTRY_NAME),
        baseDir: config.baseDir,
        cacheRoot: config.cacheRoot,
        ttlMs: tc.registry_ttl,
        http: options.http,
        logger: options.logger,
      }),
    );
  }
  return { sources, aliases };
}

export function createRegistrySetFrom(sources: PackageSource[], aliases: Record<string, string>, env: NodeJS.ProcessEnv): RegistrySet {
  const byName = new Map(sources.map((s) => [s.name, s]));
  const sourceOf = (tool: ResolvedTool): PackageSource => {
    const s = byName.get(tool.registry);
    if (!s) throw new AtmosError(`unknown registry "${tool.registry}" for ${tool.name}`, { code: 'TOOL_NOT_FOUND' });
    return s;
  };
  const libc = env.AQUA_LIBC || 'glibc';

  return {
    async resolve(tool: string): Promise<ResolvedTool> {
      const match = await findTool(tool.trim(), aliases, sources);
      const pkg = await match.source.get(match.name);
      const { owner, repo } = repoOf(pkg);
      return {
        name: match.name,
        repoOwner: owner,
        repoName: repo,
        registry: match.source.name,
        ...(tool !== match.name ? { requestedAs: tool } : {}),
      };
    },

    async plan(tool: ResolvedTool, version: string, platform: Platform): Promise<AssetPlan> {
      const source = sourceOf(tool);
      const pkg = await source.get(tool.name, version);
      return resolvePackage(pkg, version, platform, { registry: source.name, libc }).plan;
    },

    async versionSource(tool: ResolvedTool): Promise<VersionSource> {
      const pkg = await sourceOf(tool).get(tool.name);
      return versionSourceOf(pkg);
    },

    async describe(tool: ResolvedTool, version: string, platform: Platform): Promise<Record<string, unknown>> {
      const source = sourceOf(tool);
      const pkg = await source.get(tool.name, version);
      return describePackage(pkg, version, platform, source.name, libc);
    },

    async aliases(): Promise<Record<string, string>> {
      const out: Record<string, string> = {};
      // Short names the inline and built-in registries define (the Aqua registry's ~2k are resolved on demand).
      for (const s of [...sources].reverse()) {
        if (!(s instanceof InlineRegistry)) continue;
        for (const name of await s.names()) {
          for (const cmd of commandNames(await s.get(name))) out[cmd] = name;
        }
      }
      return { ...out, ...aliases };
    },
  };
}

export function versionSourceOf(pkg: AquaPackage): VersionSource {
  const { owner, repo } = repoOf(pkg);
  const prefix = pkg.version_prefix ? { versionPrefix: pkg.version_prefix } : {};
  if (!pkg.repo_owner || !pkg.repo_name) return { type: 'none', ...prefix };
  return { type: pkg.version_source === 'github_tag' ? 'github_tag' : 'github_release', owner, repo, ...prefix };
}

/** The package after version/platform overrides plus what would be downloaded (`toolchain info`). */
export function describePackage(pkg: AquaPackage, version: string, platform: Platform, registry: string, libc = 'glibc'): Record<string, unknown> {
  const tag = tagFor(pkg, version);
  const eff = effectivePackage(pkg, tag, platform, libc) as unknown as Record<string, unknown>;
  const definition: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(eff)) {
    if (['version_overrides', 'overrides', 'format_overrides', 'version_constraint', 'tag', 'semver', 'versionPrefix'].includes(k)) continue;
    if (v !== undefined) definition[k] = v;
  }
  const out: Record<string, unknown> = {
    name: pkg.name ?? `${pkg.repo_owner}/${pkg.repo_name}`,
    registry,
    version,
    tag,
    platform: `${platform.os}/${platform.arch}`,
    supported: isSupported(eff, platform),
    definition,
  };
  try {
    const { plan } = resolvePackage(pkg, version, platform, { registry, libc });
    out.url = plan.urls[0];
    if (plan.urls.length > 1) out.fallback_urls = plan.urls.slice(1);
    out.asset = plan.assetName;
    out.format = plan.format;
    out.files = plan.files;
    out.checksum = plan.checksum ?? null;
  } catch (err) {
    out.error = errorMessage(err);
  }
  return out;
}
