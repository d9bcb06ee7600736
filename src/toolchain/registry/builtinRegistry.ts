/**
 * The built-in registry: definitions atmos-ts ships itself. It is consulted after the
 * configured registries and before the default Aqua registry. It holds this project's own
 * release (for the `use:` self-switch) and is the place for fixes of Aqua entries atmos-ts
 * cannot install as published.
 */

import { InlineRegistry } from './inlineRegistry.js';

export const BUILTIN_REGISTRY_NAME = 'builtin';

export const BUILTIN_TOOLS: Record<string, unknown> = {
  'atmos-ts/atmos-ts': {
    type: 'github_release',
    description: 'atmos-ts CLI (single-file Node.js bundle)',
    // The assets scripts/release-assets.mjs builds and .github/workflows/release.yml attaches:
    // a stable name per release (so releases/latest/download/atmos-ts.mjs works too) and one
    // SHA256SUMS for all assets.
    asset: 'atmos-ts.mjs',
    format: 'raw',
    // The bundle is a Node script: the same file runs everywhere, no .exe.
    complete_windows_ext: false,
    files: [{ name: 'atmos-ts' }],
    checksum: {
      type: 'github_release',
      asset: 'SHA256SUMS',
      algorithm: 'sha256',
    },
  },
};

/**
 * Short names the registry alone cannot settle (the Aqua registry has three packages with a
 * `tofu` command: opentofu, tenv, tofuenv). Configured aliases override these.
 */
export const BUILTIN_ALIASES: Record<string, string> = {
  tofu: 'opentofu/opentofu',
};

export function builtinRegistry(): InlineRegistry {
  return new InlineRegistry(BUILTIN_REGISTRY_NAME, BUILTIN_TOOLS, () => ({}), ['builtin']);
}
