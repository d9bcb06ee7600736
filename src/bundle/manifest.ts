/**
 * The bundle manifest (`manifest.json`, the first entry): every object with its hash, size
 * and origin, what the objects are (tools, providers, modules, git repositories) and the pin
 * and lock files they were made from. No timestamps and sorted keys/lists: the same inputs
 * give the same bytes.
 */

import { AtmosError } from '../common/errors.js';

export const MANIFEST_NAME = 'manifest.json';
export const BUNDLE_FORMAT = 'atmos-ts-bundle/1';

/**
 * Where an object goes on import, by its first path segment under `objects/`:
 * `tools/…` → `<install root>/downloads/…`, `registry/…` → the registry cache root,
 * `git/…` → `<cache root>/git/…`, `cache/…` → the cache root (`ci cache export`).
 */
export type ObjectArea = 'tools' | 'registry' | 'git' | 'cache';
export const AREAS: readonly ObjectArea[] = ['tools', 'registry', 'git', 'cache'];

export interface BundleObject {
  /** `<area>/<path>`; the tar entry is `objects/<path>`. */
  path: string;
  sha256: string;
  size: number;
  /** Where the bytes came from, when known (credentials and query strings removed). */
  origin?: string;
  /** Installed with mode 0755 (binaries in a cache export). */
  executable?: boolean;
}

export interface BundleInput {
  /** Path relative to where `bundle create` ran. */
  path: string;
  kind: 'toolchain-lock' | 'terraform-lock';
  sha256: string;
  text: string;
}

export interface BundledTool {
  /** `owner/repo`. */
  name: string;
  version: string;
  platform: string;
  object: string;
}

export interface BundledProvider {
  /** `registry.terraform.io/hashicorp/null`. */
  address: string;
  version: string;
  platforms: string[];
}

export interface BundledModule {
  /** `registry.terraform.io/cloudposse/label/null`. */
  address: string;
  version: string;
  /** Where the registry said the package lives. */
  source: string;
}

export interface BundledGitRepo {
  url: string;
  /** `git/<id>.git`. */
  mirror: string;
}

export interface Manifest {
  format: typeof BUNDLE_FORMAT;
  /** `cache` for `ci cache export` (the whole cache root); `closure` for `bundle create`. */
  kind: 'closure' | 'cache';
  platforms: string[];
  inputs: BundleInput[];
  tools: BundledTool[];
  providers: BundledProvider[];
  modules: BundledModule[];
  git: BundledGitRepo[];
  objects: BundleObject[];
}

const SAFE_SEGMENT = /^[A-Za-z0-9_.@+~:=,-]+$/;

/** An object path: known area, relative, no `.`/`..`, no odd characters. */
export function isSafeObjectPath(p: string): boolean {
  const segs = p.split('/');
  if (!AREAS.includes(segs[0] as ObjectArea) || segs.length < 2) return false;
  return segs.every((s) => s !== '.' && s !== '..' && SAFE_SEGMENT.test(s));
}

/** Serialise deterministically (lists sorted by the caller; keys in a fixed order). */
export function manifestBytes(m: Manifest): Buffer {
  return Buffer.from(`${JSON.stringify(m, null, 1)}\n`);
}

export function parseManifest(bytes: Buffer, file: string): Manifest {
  let m: Manifest;
  try {
    m = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    throw new AtmosError(`${file}: the manifest is not JSON`, { code: 'BUNDLE_CORRUPT', hint: 'Create the bundle again.' });
  }
  if (m?.format !== BUNDLE_FORMAT || !Array.isArray(m.objects)) {
    throw new AtmosError(`${file} is not an atmos-ts bundle (format ${JSON.stringify(m?.format)})`, {
      code: 'BUNDLE_CORRUPT',
      hint: `This atmos-ts reads ${BUNDLE_FORMAT}; create the bundle with a matching version.`,
    });
  }
  for (const o of m.objects) {
    if (!isSafeObjectPath(o.path) || !/^[0-9a-f]{64}$/.test(o.sha256) || !Number.isInteger(o.size)) {
      throw new AtmosError(`${file}: manifest entry ${JSON.stringify(o.path)} is invalid`, { code: 'BUNDLE_CORRUPT', hint: 'Create the bundle again.' });
    }
  }
  for (const key of ['inputs', 'tools', 'providers', 'modules', 'git', 'platforms'] as const) m[key] ??= [] as never;
  return m;
}

export function byPath<T extends { path: string }>(a: T, b: T): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
