/**
 * What every registry (Aqua file/dir/URL, inline atmos.yaml tools, tools.yaml, built-in)
 * offers the registry set: find a package by name or alias, hand out its definition, and
 * list short-name candidates. Definitions are Aqua packages; other formats are converted.
 */

import type { AquaPackage } from './aquaPackage.js';

export interface ShortNameCandidate {
  /** Package name (`hashicorp/terraform`). */
  name: string;
  /**
   * canonical: repo name and a command both equal the short name; binary: only a command does;
   * repo: only the repo name does (`ripgrep`, whose command is `rg`) — the weakest match.
   */
  kind: 'canonical' | 'binary' | 'repo';
}

export interface PackageSource {
  /** Registry name shown in plans and `info` (`aqua-standard`, `atmos-inline`, `builtin`, …). */
  readonly name: string;
  /** Canonical package name for a name or Aqua alias, or undefined when unknown here. */
  find(name: string): Promise<string | undefined>;
  /** The definition of a package found by {@link find}; `version` lets seed-era definitions pick their `version_constraints` entry. */
  get(name: string, version?: string): Promise<AquaPackage>;
  /** Packages a short name (no `/`) could mean. */
  candidates(shortName: string): Promise<ShortNameCandidate[]>;
}

/** Score short-name candidates for one package (shared by every source). */
export function candidateKind(short: string, repoName: string | undefined, commands: string[]): ShortNameCandidate['kind'] | undefined {
  if (!commands.includes(short)) return repoName === short ? 'repo' : undefined;
  return repoName === short ? 'canonical' : 'binary';
}
