/*
 * Install source from the registry's asset plan, with the checksum it declares (fetched
 * while the asset downloads) and a fallback to the other tag form on a 404.
 */
import type { Platform } from '../../common/platform.js';
import type { AssetPlan } from '../assetPlan.js';
import type { ToolchainContext } from '../context.js';
import type { InstallSource } from '../install.js';
import type { RegistrySet, ResolvedTool } from '../registry/types.js';
import { expectedChecksum } from '../verify.js';
import { prepareSignatures, type SignatureCheck, type SignatureRecord } from '../signatures/index.js';
import { platformKey } from '../../common/platform.js';

export class RegistrySource {
  constructor(private readonly ctx: ToolchainContext) {}

  /** The registry plan's source, falling back to the other tag form (`v1.2.3` ↔ `1.2.3`) on a 404. */
  async sourceFor(tool: ResolvedTool, version: string, platform: Platform): Promise<InstallSource> {
    const registry = await this.ctx.registry();
    const rt = await this.ctx.registryTool(tool);
    const [first, second] = await tagCandidates(registry, rt, version);
    const source = this.planSource(await registry.plan(rt, first, platform), tool);
    if (second) source.fallback = async () => this.planSource(await registry.plan(rt, second, platform), tool);
    return source;
  }

  /**
   * Signature checks for an install from the lock: the lock pins the bytes, the registry says
   * what signs them. Asked only when the lock recorded signatures or the policy requires them.
   */
  lockSignatureCheck = (tool: ResolvedTool, version: string, platform: Platform, lockedUrl: string, recorded: SignatureRecord[]) => {
    const settings = this.ctx.signatureSettings(tool);
    if (settings.policy === 'disabled' || (recorded.length === 0 && settings.policy !== 'required')) return undefined;
    return (expectedSha256?: Promise<string | undefined>): SignatureCheck => {
      const check = (async () => {
        let source = await this.sourceFor(tool, version, platform);
        if (source.plan && !source.plan.urls.includes(lockedUrl) && source.fallback) source = await source.fallback();
        const label = `${tool.name}@${version} (${platformKey(platform)})`;
        return prepareSignatures(this.ctx.signatureEnv(), { tool: tool.name, label, plan: source.plan!, settings, recorded }, expectedSha256);
      })();
      check.catch(() => {}); // reported by verify
      return { verify: async (assetFile, digests) => (await check).verify(assetFile, digests) };
    };
  };

  private planSource(plan: AssetPlan, tool: ResolvedTool): InstallSource {
    return {
      urls: plan.urls,
      assetName: plan.assetName,
      format: plan.format,
      files: plan.files,
      expected: async () => {
        const { http, releases } = await this.ctx.net();
        return expectedChecksum(plan, { http, rewrite: this.ctx.rewrite, releases, policy: this.ctx.policy });
      },
      signatures: (expectedSha256) =>
        prepareSignatures(
          this.ctx.signatureEnv(),
          {
            tool: tool.name,
            label: `${plan.name}@${plan.version} (${platformKey(plan.platform)})`,
            plan,
            settings: this.ctx.signatureSettings(tool),
          },
          expectedSha256,
        ),
      fromLock: false,
      plan,
    };
  }
}

/**
 * Versions to plan with, in order. Pins are usually written `1.2.3` while most tags (and
 * Aqua's `Version`) are `v1.2.3`: try the `v` form first unless the package has its own
 * tag prefix (`jq-`), then the other form on a 404 (as Atmos does).
 */
async function tagCandidates(registry: RegistrySet, rt: ResolvedTool, version: string): Promise<[string, string?]> {
  const alt = toggledVersion(version);
  if (!alt) return [version];
  if (/^v/.test(version)) return [version, alt];
  const prefix = await registry.versionSource(rt).then(
    (s) => s.versionPrefix,
    () => undefined,
  );
  return prefix && prefix !== 'v' ? [version, alt] : [alt, version];
}

/** `1.2.3` → `v1.2.3` and back; undefined when the version does not look like one. */
function toggledVersion(v: string): string | undefined {
  if (/^v\d/.test(v)) return v.slice(1);
  if (/^\d/.test(v)) return `v${v}`;
  return undefined;
}
