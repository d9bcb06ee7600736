/**
 * The contract between the registries (src/toolchain/registry/**) and the installer.
 * Implemented by `createRegistrySet` in `registry/index.ts`.
 */

import type { HttpClient } from '../../common/http.js';
import type { Logger } from '../../common/logger.js';
import type { Platform } from '../../common/platform.js';
import type { LoadedConfig } from '../../config/index.js';
import type { AssetPlan } from '../assetPlan.js';

export interface ResolvedTool {
  /** Registry package name, e.g. `hashicorp/terraform`, `kubernetes/kubernetes/kubectl`. */
  name: string;
  repoOwner: string;
  repoName: string;
  /** Name of the registry that knows it (`aqua-standard`, `atmos-inline`, `builtin`, a configured name). */
  registry: string;
  /** The alias or short name the user typed, when different from `name`. */
  requestedAs?: string;
}

export interface VersionSource {
  /** Where `get --all`, `update` and constraint resolution list versions. */
  type: 'github_release' | 'github_tag' | 'none';
  owner?: string;
  repo?: string;
  /** Tag prefix (`kustomize/`, `jq-`); tags without it are ignored, and it is stripped for display. */
  versionPrefix?: string;
}

export interface RegistrySet {
  /** alias / short name / `owner/repo` → package. Throws AtmosError TOOL_NOT_FOUND or AMBIGUOUS_TOOL (listing candidates). */
  resolve(tool: string): Promise<ResolvedTool>;
  /** Asset plan for one version on one platform. Throws UNSUPPORTED_PLATFORM, UNSUPPORTED_PACKAGE_TYPE, NO_ASSET. */
  plan(tool: ResolvedTool, version: string, platform: Platform): Promise<AssetPlan>;
  versionSource(tool: ResolvedTool): Promise<VersionSource>;
  /** The package definition after version/platform overrides, for `toolchain info`. */
  describe(tool: ResolvedTool, version: string, platform: Platform): Promise<Record<string, unknown>>;
  /** Configured aliases plus built-in short names (for `toolchain aliases`). */
  aliases(): Promise<Record<string, string>>;
}

export interface RegistrySetOptions {
  config: LoadedConfig;
  http: HttpClient;
  logger: Logger;
  /** `--tools-config` / `toolchain.tools_config`: standalone tools.yaml with `aliases:` and `tools:`. */
  toolsConfigPath?: string;
}
