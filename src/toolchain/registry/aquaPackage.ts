// Aqua registry package definitions as they appear in `registry.yaml`
// (aquaproj/aqua `pkg/config/registry/package_info.go`). Only fields that affect
// resolution are typed; everything else passes through untouched for `describe()`.

export interface AquaFile {
  name: string;
  src?: string;
  dir?: string;
  link?: string;
  hard?: boolean;
}

export interface AquaChecksum {
  type?: 'github_release' | 'http';
  asset?: string;
  url?: string;
  algorithm?: string;
  file_format?: '' | 'raw' | 'regexp';
  pattern?: { checksum: string; file?: string };
  enabled?: boolean;
  replacements?: Record<string, string>;
  [k: string]: unknown;
}

export interface AquaVar {
  name: string;
  required?: boolean;
  default?: unknown;
}

/** Fields a version override, a runtime override or the top level may set. */
export interface AquaLayer {
  type?: string;
  repo_owner?: string;
  repo_name?: string;
  asset?: string;
  url?: string;
  path?: string;
  format?: string;
  files?: AquaFile[];
  replacements?: Record<string, string>;
  checksum?: AquaChecksum;
  complete_windows_ext?: boolean;
  windows_ext?: string;
  append_ext?: boolean;
  vars?: AquaVar[];
  [k: string]: unknown;
}

export interface AquaOverride extends AquaLayer {
  goos?: string;
  goarch?: string;
  envs?: string[];
  variants?: { key: string; value: string }[];
}

export interface AquaVersionOverride extends AquaLayer {
  version_constraint?: string | boolean;
  version_prefix?: string;
  format_overrides?: { goos: string; format: string }[];
  overrides?: AquaOverride[];
  supported_envs?: string[];
  rosetta2?: boolean;
  windows_arm_emulation?: boolean;
  no_asset?: boolean;
  error_message?: string;
  version_source?: string;
  build?: { enabled?: boolean; type?: string; excluded_envs?: string[] };
}

export interface AquaPackage extends AquaVersionOverride {
  name?: string;
  aliases?: { name: string }[];
  description?: string;
  link?: string;
  version_overrides?: AquaVersionOverride[];
}

export const SUPPORTED_TYPES = ['github_release', 'http', 'github_archive', 'github_content'] as const;
export const BUILD_TYPES = ['go_install', 'go_build', 'cargo', 'go'] as const;

/** `name`, else `repo_owner/repo_name`, else (go_install) `path` — Aqua's `GetName`. */
export function packageName(pkg: AquaPackage): string {
  if (pkg.name) return pkg.name;
  if (pkg.repo_owner && pkg.repo_name) return `${pkg.repo_owner}/${pkg.repo_name}`;
  return typeof pkg.path === 'string' ? pkg.path : '';
}

/** Names a package answers to: its name, then its `aliases[].name`. */
export function packageNames(pkg: AquaPackage): string[] {
  const names = [packageName(pkg)];
  for (const a of pkg.aliases ?? []) if (a?.name) names.push(a.name);
  return names.filter((n) => n !== '');
}

/** Aqua's `defaultCmdName`: last segment of `name`, else `repo_name`, else base of `path`. */
export function defaultCommandName(pkg: AquaPackage): string {
  if (pkg.name) return pkg.name.split('/').pop()!;
  if (pkg.repo_name) return pkg.repo_name;
  return typeof pkg.path === 'string' ? pkg.path.split('/').pop()! : '';
}

/** Every command name the package may install, over all version layers (for short-name lookup). */
export function commandNames(pkg: AquaPackage): string[] {
  const names = new Set<string>();
  const add = (files: AquaFile[] | undefined) => {
    for (const f of files ?? []) if (f?.name) names.add(f.name);
  };
  add(pkg.files);
  for (const vo of pkg.version_overrides ?? []) {
    add(vo.files);
    for (const o of vo.overrides ?? []) add(o.files);
  }
  for (const o of pkg.overrides ?? []) add(o.files);
  if (names.size === 0) names.add(defaultCommandName(pkg));
  return [...names];
}

/** owner/repo for the install layout; derived from the name when the package has no repo. */
export function repoOf(pkg: AquaPackage): { owner: string; repo: string } {
  if (pkg.repo_owner && pkg.repo_name) return { owner: pkg.repo_owner, repo: pkg.repo_name };
  const parts = packageName(pkg).split('/');
  return { owner: parts[0] ?? '', repo: parts[1] ?? parts[0] ?? '' };
}
