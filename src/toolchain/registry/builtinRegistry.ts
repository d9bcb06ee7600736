import { InlineRegistry } from './inlineRegistry.js';

/**
 * The built-in registry: definitions atmos-ts ships itself. It is consulted after the
 * configured registries and before the default Aqua registry. It holds this project's own
 * release (for the `use:` self-switch) and is the place for fixes of Aqua entries atmos-ts
 * cannot install as published.
 */
export const BUILTIN_REGISTRY_NAME = 'builtin';

export const BUILTIN_TOOLS: Record<string, unknown> = {
  'atmos-ts/atmos-ts': {
    type: 'github_release',
    description: 'atmos-ts CLI (single-file Node.js bundle)',
    asset: 'atmos-ts-{{trimV .Version}}.mjs',
    format: 'raw',
    // The bundle is a Node script: the same file runs everywhere, no .exe.
    complete_windows_ext: false,
    files: [{ name: 'atmos-ts' }],
    checksum: {
      type: 'github_release',
      asset: 'atmos-ts-{{trimV .Version}}.sha256',
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
