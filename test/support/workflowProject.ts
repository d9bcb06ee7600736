import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after } from 'node:test';
import YAML from 'yaml';
import { MemoryLogger } from './memoryLogger.js';
import { loadConfig, type LoadedConfig } from '../../src/config/load.js';
import { createToolchain } from '../../src/toolchain/index.js';
import type { ToolchainManager } from '../../src/toolchain/types.js';
import { tarGz } from './archives.js';
import { startGithubUpstream, type GithubUpstream } from './githubUpstream.js';
import { tempDir } from './tmp.js';

/**
 * A project for workflow/custom-command tests: tools defined in an INLINE registry
 * (atmos.yaml `toolchain.registries: [{type: atmos}]`), released on a fake GitHub, an
 * isolated cache root. Tool binaries are shell scripts printing "<name> <version> <args>".
 */
export interface Project {
  up: GithubUpstream;
  dir: string;
  env: NodeJS.ProcessEnv;
  logger: MemoryLogger;
  publish(repo: string, version: string): void;
  writeConfig(extra: Record<string, unknown>): void;
  writeToolVersions(text: string): void;
  config(): LoadedConfig;
  toolchain(): Promise<ToolchainManager>;
  /** Run the CLI from source (tsx) in the project directory. */
  cli(args: string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export const INLINE_TOOLS = ['hello', 'greet', 'helmfile', 'helm'];

export function inlineRegistry(): Record<string, unknown> {
  return {
    type: 'atmos',
    tools: Object.fromEntries(
      INLINE_TOOLS.map((t) => [
        `acme/${t}`,
        {
          type: 'github_release',
          asset: `${t}_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz`,
          format: 'tar.gz',
          version_prefix: 'v',
          files: [{ name: t }],
        },
      ]),
    ),
  };
}

const root = path.resolve(import.meta.dirname, '..', '..');

export async function startProject(): Promise<Project> {
  const up = await startGithubUpstream();
  after(() => up.close());
  const base = tempDir('atmos-wf-');
  const dir = path.join(base, 'project');
  mkdirSync(dir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...up.env,
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ATMOS_XDG_CACHE_HOME: path.join(base, 'cache'),
    ATMOS_HTTP_RETRY_MIN_MS: '5',
    NO_PROXY: '127.0.0.1,localhost',
  };
  const logger = new MemoryLogger('debug');
  const p: Project = {
    up,
    dir,
    env,
    logger,
    publish(repo, version) {
      const body = tarGz([{ name: repo, body: `#!/bin/sh\necho "${repo} ${version} $*"\n`, mode: 0o755 }]);
      const os = process.platform === 'darwin' ? 'darwin' : 'linux';
      const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
      up.addRelease('acme', repo, `v${version}`, { [`${repo}_${version}_${os}_${arch}.tar.gz`]: body });
    },
    writeConfig(extra) {
      const { toolchain, ...rest } = extra as { toolchain?: Record<string, unknown> };
      writeFileSync(path.join(dir, 'atmos.yaml'), YAML.stringify({ ...rest, toolchain: { registries: [inlineRegistry()], ...toolchain } }));
    },
    writeToolVersions(text) {
      writeFileSync(path.join(dir, '.tool-versions'), text);
    },
    config() {
      return loadConfig({ cwd: dir, env });
    },
    async toolchain() {
      return createToolchain({ config: p.config(), env, logger });
    },
    cli(args, extraEnv = {}) {
      return new Promise((resolve) => {
        const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src', 'cli', 'index.ts'), ...args], {
          cwd: dir,
          env: { ...env, ...extraEnv },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    },
  };
  p.writeConfig({});
  return p;
}
