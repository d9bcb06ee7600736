import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Platform } from '../../../src/common/platform.js';
import type { AquaPackage } from '../../../src/toolchain/registry/aquaPackage.js';
import { packageName } from '../../../src/toolchain/registry/aquaPackage.js';
import { parseRegistryYaml } from '../../../src/toolchain/registry/registryYaml.js';
import { compareGoVersions, parseGoVersion } from '../../../src/toolchain/registry/goVersion.js';
import { resolvePackage } from '../../../src/toolchain/registry/resolvePackage.js';

/**
 * Resolve every non-go/cargo package of the real registry at its newest declared version for
 * three platforms. Shared by the coverage test; kept out of *.test.ts so it is not a test itself.
 */
export const COVERAGE_PLATFORMS: Platform[] = [
  { os: 'linux', arch: 'amd64' },
  { os: 'darwin', arch: 'arm64' },
  { os: 'windows', arch: 'amd64' },
];
const BUILD_TYPES = ['go_install', 'go_build', 'cargo', 'go'];

/** The highest version literal in the package's constraints, as a tag (synthetic v1.0.0 when none). */
export function newestDeclaredVersion(pkg: AquaPackage): string {
  const top = pkg.version_prefix ?? '';
  const tags: { tag: string; semver: string }[] = [];
  const layers = [
    { e: pkg.version_constraint, prefix: top },
    ...(pkg.version_overrides ?? []).map((v) => ({ e: v.version_constraint, prefix: v.version_prefix ?? top })),
  ];
  for (const { e, prefix } of layers) {
    if (typeof e !== 'string') continue;
    for (const m of e.matchAll(/semver\("([^"]*)"\)/g)) {
      for (const item of m[1].split(',')) {
        const lit = item.replace(/^\s*(>=|<=|!=|>|<|=)\s*/, '').trim();
        tags.push({ tag: prefix + lit, semver: lit });
      }
    }
    for (const m of e.matchAll(/Version\s*(?:==|in)\s*\[?([^\]]*)\]?/g)) {
      for (const lit of m[1].matchAll(/"([^"]+)"/g)) {
        const tag = lit[1];
        tags.push({ tag, semver: prefix && tag.startsWith(prefix) ? tag.slice(prefix.length) : tag });
      }
    }
  }
  let best: { tag: string; v: ReturnType<typeof parseGoVersion> } | undefined;
  for (const t of tags) {
    const v = parseGoVersion(t.semver);
    if (!v) continue;
    if (!best || compareGoVersions(v, best.v!) > 0) best = { tag: t.tag, v };
  }
  if (!best) return `${top}v1.0.0`;
  // A ladder ending in a catch-all ("true", or a top-level `semver(">= x")`) covers versions
  // newer than every literal: resolve one just above the highest literal (what `latest` gets).
  const catchAll =
    pkg.version_constraint === true ||
    pkg.version_constraint === 'true' ||
    /^\s*semver\("\s*>=?[^,]*"\)\s*$/.test(String(pkg.version_constraint ?? '')) ||
    (pkg.version_overrides ?? []).some((v) => v.version_constraint === 'true' || v.version_constraint === true);
  return catchAll ? bumpPatch(best.tag) : best.tag;
}

/** `v1.2.3-rc.1` → `v1.2.4`, `kustomize/v5.8.1` → `kustomize/v5.8.2`, `1.2.3.4` → `1.2.3.5`. */
function bumpPatch(tag: string): string {
  const m = /^(.*?)(v?)(\d+(?:\.\d+)*)([-+.]?[A-Za-z].*|-\d.*)?$/.exec(tag);
  if (!m) return tag;
  const segs = m[3].split('.').map(Number);
  while (segs.length < 3) segs.push(0);
  segs[segs.length - 1]++;
  return `${m[1]}${m[2]}${segs.join('.')}`;
}

export interface CoverageResult {
  packages: number;
  buildTypes: number;
  considered: number;
  /** Packages resolving without an unexpected error on all three platforms. */
  okPackages: number;
  resolutions: { planned: number; unsupportedPlatform: number; noAsset: number; unsupportedType: number; needsVars: number; failed: number };
  failures: string[];
}

export function registryCoverage(registryFile: string): CoverageResult {
  const packages = parseRegistryYaml(readFileSync(registryFile, 'utf8'), path.basename(registryFile));
  const result: CoverageResult = {
    packages: packages.length,
    buildTypes: 0,
    considered: 0,
    okPackages: 0,
    resolutions: { planned: 0, unsupportedPlatform: 0, noAsset: 0, unsupportedType: 0, needsVars: 0, failed: 0 },
    failures: [],
  };
  for (const pkg of packages) {
    if (BUILD_TYPES.includes(pkg.type ?? '')) {
      result.buildTypes++;
      continue;
    }
    result.considered++;
    const version = newestDeclaredVersion(pkg);
    let ok = true;
    for (const p of COVERAGE_PLATFORMS) {
      try {
        const { plan } = resolvePackage(pkg, version, p, { registry: 'coverage' });
        if (plan.urls.length === 0 || plan.files.length === 0) throw new Error('empty plan');
        for (const u of [...plan.urls, ...(plan.checksum ? [plan.checksum.url] : [])]) {
          if (/[{}\s]|<no value>/.test(u) || !/^https?:\/\/[^/]+\/./.test(u)) throw new Error(`bad URL ${u}`);
        }
        if (plan.files.some((f) => !f.name || !f.src || /[{}]/.test(f.src))) throw new Error(`bad files ${JSON.stringify(plan.files)}`);
        result.resolutions.planned++;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'UNSUPPORTED_PLATFORM') result.resolutions.unsupportedPlatform++;
        else if (code === 'NO_ASSET') result.resolutions.noAsset++;
        else if (code === 'UNSUPPORTED_PACKAGE_TYPE') result.resolutions.unsupportedType++;
        else if (code === 'PACKAGE_VAR_REQUIRED') result.resolutions.needsVars++;
        else {
          ok = false;
          result.resolutions.failed++;
          result.failures.push(`${packageName(pkg)}@${version} ${p.os}/${p.arch}: ${(err as Error).message}`);
        }
      }
    }
    if (ok) result.okPackages++;
  }
  return result;
}
