/**
 * Aqua's resolution of one package for one version and platform, in Aqua's exact order
 * (aquaproj/aqua `SetVersion` → `OverrideByRuntime` → `CheckSupported` → validate → render):
 * 1. version layer: top-level constraint wins, else the first matching `version_overrides`
 *    entry, merged by whole-field replacement;
 * 2. `format_overrides`, then the first matching `overrides` entry (its `replacements` merge);
 * 3. `supported_envs` (+ `rosetta2` / `windows_arm_emulation`);
 * 4. `no_asset` / `error_message`;
 * 5. render asset/url, `append_ext`, Windows `.exe`, `files[].src`, checksum source.
 */

import path from 'node:path/posix';
import { AtmosError, errorMessage } from '../../common/errors.js';
import type { Platform } from '../../common/platform.js';
import type { AssetFile, AssetPlan, ChecksumAlgorithm, ChecksumSource, PackageType } from '../assetPlan.js';
import {
  BUILD_TYPES,
  SUPPORTED_TYPES,
  defaultCommandName,
  packageName,
  repoOf,
  type AquaChecksum,
  type AquaOverride,
  type AquaPackage,
  type AquaVersionOverride,
} from './aquaPackage.js';
import { evaluateConstraint } from './expr.js';
import { renderTemplate, type TemplateData } from './goTemplate.js';
import { signatureSpecs } from './signatureSpecs.js';

export interface ResolveOptions {
  /** Registry name recorded in the plan. */
  registry: string;
  /** Runtime libc for `overrides[].variants` (`AQUA_LIBC`; default glibc). */
  libc?: string;
  /** Values for the package's `vars` (Aqua's `packages[].vars`). */
  vars?: Record<string, unknown>;
}

/** A package after the version layer and runtime overrides, before rendering. */
export interface EffectivePackage extends AquaVersionOverride {
  name?: string;
  /** Tag used in URLs (`Version` in templates). */
  tag: string;
  /** `tag` without the effective `version_prefix` (`SemVer` in templates). */
  semver: string;
  versionPrefix: string;
}

const KNOWN_EXTS = [
  'tar.br',
  'tar.bz2',
  'tar.gz',
  'tar.lz4',
  'tar.sz',
  'tar.xz',
  'tbr',
  'tbz',
  'tbz2',
  'tgz',
  'tlz4',
  'tsz',
  'txz',
  'tar.zst',
  'zip',
  'gz',
  'bz2',
  'lz4',
  'sz',
  'xz',
  'zst',
  'dmg',
  'pkg',
  'rar',
  'tar',
];

/** Aqua's `RemoveExtFromAsset`: strip the first known archive extension; format `raw` when none. */
export function removeExtFromAsset(asset: string): { base: string; format: string } {
  for (const ext of KNOWN_EXTS) {
    if (asset.endsWith(`.${ext}`)) return { base: asset.slice(0, -(ext.length + 1)), format: ext };
  }
  return { base: asset, format: 'raw' };
}

function clone<T>(v: T): T {
  return v === undefined ? v : (structuredClone(v) as T);
}

// Fields whose string value replaces only when non-empty (Go `if child.X != ""`).
const NON_EMPTY_STRING_FIELDS = new Set([
  'type',
  'repo_owner',
  'repo_name',
  'asset',
  'url',
  'path',
  'format',
  'crate',
  'version_source',
  'error_message',
  'windows_ext',
  'go_version_path',
]);

/** `resetByPkgType`: a type change clears the fields that do not apply to the new type. */
function resetByType(pkg: Record<string, unknown>, type: string): void {
  const clear = (...keys: string[]) => keys.forEach((k) => delete pkg[k]);
  switch (type) {
    case 'github_release':
      clear('url', 'path', 'crate', 'cargo');
      break;
    case 'github_content':
      clear('url', 'asset', 'crate', 'cargo');
      break;
    case 'github_archive':
    case 'go_build':
      clear('url', 'path', 'asset', 'format', 'crate', 'cargo');
      break;
    case 'http':
      clear('path', 'asset', 'go_version_path', 'crate', 'cargo');
      break;
    case 'go_install':
      clear('url', 'asset', 'format', 'crate', 'cargo');
      break;
    case 'cargo':
      clear('url', 'asset', 'path', 'format');
      break;
  }
}

/** Merge a version override into a copy of the top level (whole-field replace). */
function overrideVersion(top: AquaPackage, vo: AquaVersionOverride): AquaPackage {
  const pkg = clone({ ...top }) as Record<string, unknown>;
  delete pkg.version_overrides;
  if (typeof vo.type === 'string' && vo.type !== '' && vo.type !== top.type) resetByType(pkg, vo.type);
  for (const [key, value] of Object.entries(vo)) {
    if (key === 'version_constraint' || value === undefined || value === null) continue;
    if (NON_EMPTY_STRING_FIELDS.has(key) && value === '') continue;
    pkg[key] = clone(value);
  }
  return pkg as AquaPackage;
}

/** Step 1: pick the version layer (`SetVersion`). */
export function selectVersionLayer(pkg: AquaPackage, version: string): { layer: AquaPackage; prefix: string; matched: boolean } {
  const topPrefix = pkg.version_prefix ?? '';
  const envFor = (prefix: string) =>
    prefix === '' ? { Version: version, SemVer: version } : version.startsWith(prefix) ? { Version: version, SemVer: version.slice(prefix.length) } : undefined;
  const base = (): AquaPackage => {
    const copy = { ...pkg };
    delete copy.version_overrides;
    return copy;
  };
  if (pkg.version_constraint === undefined || pkg.version_constraint === '') return { layer: base(), prefix: topPrefix, matched: true };
  const topEnv = envFor(topPrefix);
  if (topEnv && evaluateConstraint(pkg.version_constraint, topEnv)) return { layer: base(), prefix: topPrefix, matched: true };
  for (const vo of pkg.version_overrides ?? []) {
    const prefix = vo.version_prefix ?? topPrefix;
    const env = envFor(prefix);
    if (!env) continue;
    if (evaluateConstraint(vo.version_constraint, env)) return { layer: overrideVersion(pkg, vo), prefix, matched: true };
  }
  return { layer: base(), prefix: topPrefix, matched: false };
}

function envMatches(envs: string[], p: Platform): boolean {
  return envs.some((e) => e === 'all' || e === p.os || e === p.arch || e === `${p.os}/${p.arch}`);
}

function overrideMatches(o: AquaOverride, p: Platform, libc: string): boolean {
  if (o.goos && o.goos !== p.os) return false;
  if (o.goarch && o.goarch !== p.arch) return false;
  if (o.envs && !envMatches(o.envs, p)) return false;
  for (const v of o.variants ?? []) {
    if (v.key !== 'libc' || p.os !== 'linux' || v.value !== libc) return false;
  }
  return true;
}

// Override fields that replace when non-empty vs when present; replacements merge.
const OVERRIDE_STRING_FIELDS = ['asset', 'crate', 'url', 'path', 'format'];
const OVERRIDE_PRESENT_FIELDS = [
  'files',
  'complete_windows_ext',
  'windows_ext',
  'checksum',
  'cosign',
  'slsa_provenance',
  'minisign',
  'github_artifact_attestations',
  'append_ext',
  'vars',
  'go_version_path',
  'cargo',
];

/** Step 2: `format_overrides` then the first matching `overrides` entry (`OverrideByRuntime`). */
export function applyRuntimeOverrides(layer: AquaPackage, p: Platform, libc: string): AquaPackage {
  const pkg = { ...layer } as Record<string, unknown>;
  const fo = (layer.format_overrides ?? []).find((f) => f?.goos === p.os);
  if (fo) pkg.format = fo.format;
  const o = (layer.overrides ?? []).find((x) => x && overrideMatches(x, p, libc));
  if (!o) return pkg as AquaPackage;
  if (o.type && o.type !== layer.type) {
    resetByType(pkg, o.type);
    pkg.type = o.type;
  }
  for (const k of OVERRIDE_STRING_FIELDS) if (typeof o[k] === 'string' && o[k] !== '') pkg[k] = o[k];
  for (const k of OVERRIDE_PRESENT_FIELDS) if (o[k] !== undefined && o[k] !== null) pkg[k] = clone(o[k]);
  if (o.replacements) pkg.replacements = { ...(layer.replacements ?? {}), ...o.replacements };
  return pkg as AquaPackage;
}

/** Step 3: `CheckSupported`. */
export function isSupported(pkg: AquaVersionOverride, p: Platform): boolean {
  const envs = pkg.supported_envs;
  if (envs === undefined || envs === null) return true;
  if (envMatches(envs, p)) return true;
  if (pkg.rosetta2 && p.os === 'darwin' && p.arch === 'arm64') return envs.includes('amd64') || envs.includes('darwin/amd64');
  if (pkg.windows_arm_emulation && p.os === 'windows' && p.arch === 'arm64') return envs.includes('amd64') || envs.includes('windows/amd64');
  return false;
}

/** Version layer + runtime overrides for one platform. */
export function effectivePackage(pkg: AquaPackage, version: string, p: Platform, libc = 'glibc'): EffectivePackage {
  const { layer, prefix } = selectVersionLayer(pkg, version);
  const eff = applyRuntimeOverrides(layer, p, libc) as EffectivePackage;
  eff.tag = version;
  eff.versionPrefix = prefix;
  eff.semver = prefix !== '' && version.startsWith(prefix) ? version.slice(prefix.length) : version;
  return eff;
}

/**
 * The tag to use for a requested version. Aqua expects the full tag (`jq-1.7.1`,
 * `kustomize/v5.4.3`); atmos-ts also accepts the bare version. Candidates, first match wins:
 * the version with the top-level `version_prefix`, the version as written (kustomize ≤ 2.x
 * tags have no prefix), the version with a prefix that only a version override declares
 * (gping's `gping-`). With no matching layer: the top-level-prefixed version.
 */
export function tagFor(pkg: AquaPackage, version: string): string {
  const top = pkg.version_prefix ?? '';
  const prefixes = [top, '', ...(pkg.version_overrides ?? []).map((vo) => vo?.version_prefix ?? top)];
  const seen = new Set<string>();
  for (const prefix of prefixes) {
    const candidate = version.startsWith(prefix) ? version : prefix + version;
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    if (selectVersionLayer(pkg, candidate).matched) return candidate;
  }
  return version.startsWith(top) ? version : top + version;
}

function replaced(key: string, replacements: Record<string, string> | undefined): string {
  const r = replacements?.[key];
  return typeof r === 'string' ? r : key;
}

/** Aqua's `getArch` (rosetta2 / windows_arm_emulation render the amd64 name). */
function archFor(pkg: AquaVersionOverride, p: Platform, replacements: Record<string, string> | undefined): string {
  if (pkg.rosetta2 && p.os === 'darwin' && p.arch === 'arm64') return replaced('amd64', replacements);
  if (pkg.windows_arm_emulation && p.os === 'windows' && p.arch === 'arm64') return replaced('amd64', replacements);
  return replaced(p.arch, replacements);
}

/** `osfile.Ext`: the extension after removing the version (without `v`), so `tool-1.2.3` has none. */
function osfileExt(s: string, version: string): string {
  if (s.endsWith('.exe')) return '.exe';
  const v = version.replace(/^v/, '');
  const stripped = v ? s.split(v).join('') : s;
  return path.extname(stripped);
}

function completeWindowsExtDefault(pkg: EffectivePackage): boolean {
  if (typeof pkg.complete_windows_ext === 'boolean') return pkg.complete_windows_ext;
  return pkg.type !== 'github_content' && pkg.type !== 'github_archive';
}

function windowsExt(pkg: EffectivePackage): string {
  if (pkg.windows_ext) return pkg.windows_ext;
  return pkg.type === 'github_content' || pkg.type === 'github_archive' ? '.sh' : '.exe';
}

/** `completeWindowsExtToAsset` / `completeWindowsExtToURL`. */
function completeWindowsExtToAsset(s: string, pkg: EffectivePackage): string {
  if (s.endsWith('.exe') || s.endsWith('.jar')) return s;
  const format = pkg.format ?? '';
  if (format === 'raw') return completeWindowsExtDefault(pkg) ? s + windowsExt(pkg) : s;
  if (format !== '') return s;
  if (osfileExt(s, pkg.tag) === '') return completeWindowsExtDefault(pkg) ? s + windowsExt(pkg) : s;
  return s;
}

/** `appendExt`: add `.<format>` when the name has no known archive extension. */
function appendExt(s: string, pkg: EffectivePackage): string {
  if (pkg.append_ext === false) return s;
  const format = pkg.format ?? '';
  if (format === '' || format === 'raw') return s;
  if (removeExtFromAsset(s).format !== 'raw') return s;
  if (s.endsWith(`.${format}`)) return s;
  return `${s}.${format}`;
}

function unsupportedType(name: string, type: string, version: string): AtmosError {
  return new AtmosError(`${name}@${version}: package type "${type}" is not supported`, {
    code: 'UNSUPPORTED_PACKAGE_TYPE',
    explanation: `The registry builds ${name} from source with "${type}", which needs a language toolchain; atmos-ts only installs prebuilt downloads (github_release, http, github_archive, github_content).`,
    hint: `Define the tool inline with a prebuilt download instead (toolchain.registries entry with type atmos, or toolchain.tools in atmos.yaml).`,
    context: { tool: name, version, type },
  });
}

function templateVars(pkg: EffectivePackage, name: string, given: Record<string, unknown> = {}): Record<string, unknown> {
  const vars: Record<string, unknown> = {};
  for (const v of pkg.vars ?? []) {
    if (!v?.name) continue;
    if (given[v.name] !== undefined) vars[v.name] = given[v.name];
    else if (v.default !== undefined) vars[v.name] = v.default;
    else if (v.required) {
      throw new AtmosError(`${name}: the registry requires the variable "${v.name}"`, {
        code: 'PACKAGE_VAR_REQUIRED',
        hint: `This package needs a value for "${v.name}"; define the tool inline with the value filled in.`,
      });
    }
  }
  return vars;
}

/** Template data for asset/url/path (`renderTemplate`). */
function baseData(pkg: EffectivePackage, p: Platform, replacements: Record<string, string> | undefined, vars: Record<string, unknown>): TemplateData {
  const format = pkg.type === 'github_archive' || pkg.type === 'go_build' ? 'tar.gz' : (pkg.format ?? '');
  return {
    Version: pkg.tag,
    SemVer: pkg.semver,
    GOOS: p.os,
    GOARCH: p.arch,
    OS: replaced(p.os, replacements),
    Arch: archFor(pkg, p, replacements),
    Format: format,
    Vars: vars,
    // Not Aqua variables; atmos inline definitions may use them.
    RepoOwner: pkg.repo_owner ?? '',
    RepoName: pkg.repo_name ?? '',
  };
}

function render(template: string, data: TemplateData, what: string, name: string): string {
  try {
    return renderTemplate(template, data);
  } catch (err) {
    throw new AtmosError(`${name}: cannot render ${what} template`, {
      code: 'REGISTRY_TEMPLATE',
      explanation: `${errorMessage(err)} in: ${template}`,
      hint: 'This registry entry uses a template feature atmos-ts does not support; define the tool inline instead.',
    });
  }
}

/** Checksum replacements: `checksum.replacements` merged over the package's; `{}` = none. */
function checksumReplacements(pkg: EffectivePackage): Record<string, string> | undefined {
  const cr = pkg.checksum?.replacements;
  if (cr === undefined || cr === null) return pkg.replacements;
  if (Object.keys(cr).length === 0) return {};
  return { ...(pkg.replacements ?? {}), ...cr };
}

const ALGORITHMS: ChecksumAlgorithm[] = ['sha256', 'sha512', 'sha1', 'md5'];

function checksumSource(
  pkg: EffectivePackage,
  p: Platform,
  ctx: { owner: string; repo: string; asset: string; assetUrl: string; vars: Record<string, unknown>; name: string },
): ChecksumSource | undefined {
  const c: AquaChecksum | undefined = pkg.checksum;
  if (!c || c.enabled === false || !c.type) return undefined;
  const data = { ...baseData(pkg, p, checksumReplacements(pkg), ctx.vars) };
  let url: string;
  if (c.type === 'github_release') {
    if (!c.asset) return undefined;
    const asset = render(c.asset, { ...data, Asset: ctx.asset }, 'checksum.asset', ctx.name);
    url = `https://github.com/${ctx.owner}/${ctx.repo}/releases/download/${pkg.tag}/${asset}`;
  } else if (c.type === 'http') {
    if (!c.url) return undefined;
    url = render(c.url, { ...data, AssetURL: ctx.assetUrl }, 'checksum.url', ctx.name);
  } else return undefined;
  const algorithm = (c.algorithm ?? 'sha256').toLowerCase() as ChecksumAlgorithm;
  if (!ALGORITHMS.includes(algorithm)) {
    throw new AtmosError(`${ctx.name}: checksum algorithm "${c.algorithm}" is not supported`, {
      code: 'REGISTRY_CHECKSUM_ALGORITHM',
      hint: `Supported: ${ALGORITHMS.join(', ')}.`,
    });
  }
  const src: ChecksumSource = { url, algorithm, fileFormat: c.file_format ?? '' };
  if (c.file_format === 'regexp' && c.pattern) src.pattern = { checksum: c.pattern.checksum, ...(c.pattern.file ? { file: c.pattern.file } : {}) };
  return src;
}

/** Aqua's `IsUnarchived`: raw, or no format and an extension-less / .exe / .jar name. */
function isUnarchived(format: string, assetName: string): boolean {
  if (format === 'raw') return true;
  const ext = path.extname(assetName);
  return format === '' && (ext === '' || ext === '.exe' || ext === '.jar');
}

export interface ResolvedPackage {
  plan: AssetPlan;
  effective: EffectivePackage;
}

/** Steps 3–5 plus rendering: the install plan for one version on one platform. */
export function resolvePackage(pkg: AquaPackage, version: string, p: Platform, options: ResolveOptions): ResolvedPackage {
  const name = packageName(pkg);
  const topType = pkg.type ?? '';
  if ((BUILD_TYPES as readonly string[]).includes(topType) && !pkg.version_overrides?.length) throw unsupportedType(name, topType, version);
  const tag = tagFor(pkg, version);
  const eff = effectivePackage(pkg, tag, p, options.libc);
  const type = eff.type ?? '';
  if ((BUILD_TYPES as readonly string[]).includes(type)) throw unsupportedType(name, type, version);
  if (!(SUPPORTED_TYPES as readonly string[]).includes(type)) {
    throw new AtmosError(`${name}: unknown package type "${type || '(none)'}"`, {
      code: 'UNSUPPORTED_PACKAGE_TYPE',
      hint: 'Supported types: github_release, http, github_archive, github_content.',
    });
  }
  if (!isSupported(eff, p)) {
    const extra = eff.build ? ' (Aqua would build it from source here; atmos-ts does not build)' : '';
    throw new AtmosError(`${name}@${version} is not available for ${p.os}/${p.arch}${extra}`, {
      code: 'UNSUPPORTED_PLATFORM',
      explanation: `The registry lists these platforms for this version: ${(eff.supported_envs ?? []).join(', ') || '(none)'}.`,
      hint: 'Pick another version, or define the tool inline for this platform.',
      context: { tool: name, version, platform: `${p.os}/${p.arch}` },
    });
  }
  if (eff.no_asset) {
    throw new AtmosError(`${name}@${version} has no downloadable asset`, {
      code: 'NO_ASSET',
      explanation: 'The registry marks this version as having no release asset (no_asset: true).',
      hint: 'Pick another version.',
      context: { tool: name, version },
    });
  }
  if (eff.error_message) {
    throw new AtmosError(`${name}@${version}: ${eff.error_message}`, { code: 'NO_ASSET', context: { tool: name, version } });
  }
  const vars = templateVars(eff, name, options.vars);
  const data = baseData(eff, p, eff.replacements, vars);
  const { owner, repo } = repoOf(eff as AquaPackage);
  const isWindows = p.os === 'windows';
  let urls: string[];
  let asset: string;
  let format = (data.Format as string) ?? '';
  switch (type) {
    case 'github_release': {
      if (!eff.asset) throw invalid(name, 'asset');
      asset = appendExt(render(eff.asset, data, 'asset', name), eff);
      if (isWindows) asset = completeWindowsExtToAsset(asset, eff);
      urls = [`https://github.com/${owner}/${repo}/releases/download/${tag}/${asset}`];
      break;
    }
    case 'http': {
      if (!eff.url) throw invalid(name, 'url');
      let url = appendExt(render(eff.url, data, 'url', name), eff);
      if (isWindows) url = completeWindowsExtToAsset(url, eff);
      urls = [url];
      asset = path.basename(new URL(url).pathname);
      break;
    }
    case 'github_content': {
      if (!eff.path) throw invalid(name, 'path');
      let p2 = render(eff.path, data, 'path', name);
      if (isWindows) p2 = completeWindowsExtToAsset(p2, eff);
      urls = [`https://raw.githubusercontent.com/${owner}/${repo}/${tag}/${p2}`];
      asset = p2;
      break;
    }
    default: {
      // github_archive: source tarball of the tag; format is always tar.gz.
      format = 'tar.gz';
      urls = [`https://github.com/${owner}/${repo}/archive/refs/tags/${tag}.tar.gz`, `https://github.com/${owner}/${repo}/archive/${tag}.tar.gz`];
      asset = `${tag.split('/').pop()}.tar.gz`;
    }
  }
  const assetName = path.basename(asset);
  // No format and no archive extension (`yq_linux_amd64`, github_content's `tool.sh`): a plain
  // file, installed as is. With an archive extension the plan names the format it implies.
  const inferred = removeExtFromAsset(assetName).format;
  const raw = isUnarchived(format, assetName) || (format === '' && inferred === 'raw');
  const planFormat = raw ? 'raw' : format !== '' ? format : inferred;
  const files = planFiles(eff, p, { data, asset, assetName, raw, name });
  const checksum = checksumSource(eff, p, { owner, repo, asset, assetUrl: urls[0], vars, name });
  const signatures = signatureSpecs(eff, checksum ? eff.checksum : undefined, {
    name,
    owner,
    repo,
    tag,
    assetData: { ...data, Asset: asset },
    checksumData: { ...baseData(eff, p, checksumReplacements(eff), vars), Asset: asset },
    render: (template, d, what) => render(template, d, what, name),
  });
  const plan: AssetPlan = {
    name,
    repoOwner: owner,
    repoName: repo,
    type: type as PackageType,
    version,
    tag,
    platform: { os: p.os, arch: p.arch },
    urls,
    assetName,
    format: planFormat,
    files,
    ...(checksum ? { checksum } : {}),
    ...(type === 'github_release' ? { githubRelease: { owner, repo, tag, asset } } : {}),
    ...(signatures.length ? { signatures } : {}),
    registry: options.registry,
  };
  return { plan, effective: eff };
}

function invalid(name: string, field: string): AtmosError {
  return new AtmosError(`${name}: the registry entry has no "${field}" for this version/platform`, {
    code: 'REGISTRY_INVALID',
    hint: 'The definition is incomplete for this platform; define the tool inline instead.',
  });
}

function planFiles(eff: EffectivePackage, p: Platform, ctx: { data: TemplateData; asset: string; assetName: string; raw: boolean; name: string }): AssetFile[] {
  const files = eff.files && eff.files.length > 0 ? eff.files : [{ name: defaultCommandName(eff as AquaPackage) }];
  const isWindows = p.os === 'windows';
  const ext = windowsExt(eff);
  return files.map((f) => {
    let src: string;
    if (ctx.raw) src = ctx.assetName;
    else if (!f.src) src = f.name;
    else {
      src = render(f.src, { ...ctx.data, FileName: f.name, Asset: ctx.asset, AssetWithoutExt: removeExtFromAsset(ctx.asset).base }, 'files.src', ctx.name);
    }
    let cmd = f.name;
    if (isWindows) {
      // Archives: the file inside gets the Windows extension (`bin/gh` → `bin/gh.exe`);
      // raw downloads keep their name and are installed as `<name>.exe` (Aqua renames them).
      if (!ctx.raw && osfileExt(src, eff.tag) === '') src += ext;
      if (!cmd.endsWith(ext) && path.extname(cmd) === '') cmd += ext;
    }
    return { name: cmd, src };
  });
}
