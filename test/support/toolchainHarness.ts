import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after } from 'node:test';
import YAML from 'yaml';
import { MemoryLogger } from './memoryLogger.js';
import { loadConfig } from '../../src/config/load.js';
import { createToolchain } from '../../src/toolchain/index.js';
import type { ToolchainManager } from '../../src/toolchain/types.js';
import type { RegistrySet } from '../../src/toolchain/registry/types.js';
import { tempDir } from './tmp.js';
import { startGithubUpstream, type GithubUpstream } from './githubUpstream.js';
import { downloadHostReplacements, fixtureRegistry, type FixtureRegistry } from './realTools.js';

/**
 * A project directory (atmos.yaml, .tool-versions), an isolated cache root and a fake
 * upstream, torn down after the test file (call it at the top level of a test file, not in
 * a `before` hook: its `after` cleanups would run when the hook ends). `toolchain()` builds an engine.
 */
export interface Harness {
  up: GithubUpstream;
  dir: string;
  cache: string;
  env: NodeJS.ProcessEnv;
  registry: FixtureRegistry;
  logger: MemoryLogger;
  writeConfig(toolchain: Record<string, unknown>): void;
  writeToolVersions(text: string): void;
  toolchain(options?: { env?: NodeJS.ProcessEnv; registry?: RegistrySet; toolchainConfig?: Record<string, unknown> }): Promise<ToolchainManager>;
}

export async function startHarness(options: { toolchain?: Record<string, unknown>; up?: GithubUpstream } = {}): Promise<Harness> {
  const up = options.up ?? (await startGithubUpstream());
  if (!options.up) after(() => up.close());
  const dir = tempDir('atmos-tc-');
  const cache = path.join(dir, '.cache');
  mkdirSync(path.join(dir, 'project'), { recursive: true });
  const project = path.join(dir, 'project');
  const env: NodeJS.ProcessEnv = { ...up.env, ATMOS_XDG_CACHE_HOME: cache, ATMOS_HTTP_RETRY_MIN_MS: '5', PATH: process.env.PATH };
  const registry = fixtureRegistry();
  const logger = new MemoryLogger('debug');
  const h: Harness = {
    up,
    dir: project,
    cache,
    env,
    registry,
    logger,
    writeConfig(toolchain) {
      writeFileSync(path.join(project, 'atmos.yaml'), YAML.stringify({ toolchain: { url_replacements: downloadHostReplacements(up), ...toolchain } }));
    },
    writeToolVersions(text) {
      writeFileSync(path.join(project, '.tool-versions'), text);
    },
    async toolchain(o = {}) {
      if (o.toolchainConfig) h.writeConfig(o.toolchainConfig);
      const cfgEnv = { ...env, ...o.env };
      const config = loadConfig({ cwd: project, env: cfgEnv });
      return createToolchain({ config, env: cfgEnv, logger, registry: o.registry ?? registry });
    },
  };
  h.writeConfig(options.toolchain ?? {});
  return h;
}
