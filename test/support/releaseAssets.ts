import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after } from 'node:test';
import YAML from 'yaml';
import { tarXz } from './archives.js';
import { sha256, startGithubUpstream, type GithubUpstream } from './githubUpstream.js';
import { tempDir } from './tmp.js';

/**
 * Shared by the test/release/ files: build the release assets once per file with the real
 * script (`npm run release:assets`) into a temp dir, run programs with a clean environment,
 * and a project whose one tool comes from a loopback fake GitHub release.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const PACKAGE_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a program with only the given environment (plus PATH): nothing from the test process leaks in. */
export function runProgram(cmd: string, args: string[], options: { cwd: string; env?: Record<string, string>; input?: string }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: options.cwd, env: { PATH: process.env.PATH ?? '', ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(options.input ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ReleaseAssets {
  dir: string;
  /** The single-file CLI, atmos-ts.mjs. */
  singleFile: string;
  /** The npm tarball, atmos-ts-<version>.tgz. */
  tarball: string;
  /** SHA256SUMS as text. */
  sums: string;
  /** What the script printed. */
  log: string;
}

export const SINGLE_FILE = 'atmos-ts.mjs';

/** Runs scripts/release-assets.mjs into a fresh temp dir (removed after the file's tests). */
export async function buildReleaseAssets(): Promise<ReleaseAssets> {
  const dir = path.join(tempDir('atmos-release-'), 'release');
  const run = await runProgram(process.execPath, [path.join(REPO_ROOT, 'scripts', 'release-assets.mjs'), '--out', dir], {
    cwd: REPO_ROOT,
    env: { HOME: process.env.HOME ?? dir },
  });
  if (run.code !== 0) throw new Error(`release-assets failed (exit ${run.code}):\n${run.stdout}\n${run.stderr}`);
  return {
    dir,
    singleFile: path.join(dir, SINGLE_FILE),
    tarball: path.join(dir, `atmos-ts-${PACKAGE_VERSION}.tgz`),
    sums: readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8'),
    log: run.stdout + run.stderr,
  };
}

export interface ToolProject {
  up: GithubUpstream;
  /** Project directory holding atmos.yaml. */
  dir: string;
  /** Environment for a CLI run in `dir`: the fake GitHub, a cache root of its own, a clean HOME. */
  env: Record<string, string>;
}

const os = process.platform === 'darwin' ? 'darwin' : 'linux';
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';

/**
 * A project whose inline registry defines `acme/hello`, released on a loopback fake GitHub as
 * a .tar.xz (the bundled xz decoder is WebAssembly, so this proves the wasm travels inside the
 * bundle) with a sha256 checksums file. `hello` prints "hello <version> <args>".
 */
export async function startToolProject(): Promise<ToolProject> {
  const up = await startGithubUpstream();
  after(() => up.close());
  const base = tempDir('atmos-release-project-');
  const dir = path.join(base, 'project');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(base, 'empty-registry.yaml'), 'packages: []\n');
  const asset = `hello_1.2.3_${os}_${arch}.tar.xz`;
  const archive = tarXz([{ name: 'hello', body: '#!/bin/sh\necho "hello 1.2.3 $*"\n', mode: 0o755 }]);
  up.addRelease('acme', 'hello', 'v1.2.3', { [asset]: archive, 'checksums.txt': `${sha256(archive)}  ${asset}\n` });
  writeFileSync(
    path.join(dir, 'atmos.yaml'),
    YAML.stringify({
      toolchain: {
        registries: [
          {
            name: 'local',
            type: 'atmos',
            tools: {
              'acme/hello': {
                type: 'github_release',
                version_prefix: 'v',
                asset: 'hello_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.xz',
                format: 'tar.xz',
                files: [{ name: 'hello' }],
                checksum: { type: 'github_release', asset: 'checksums.txt', algorithm: 'sha256' },
              },
            },
          },
          // Nothing may fall through to the standard Aqua registry on the internet.
          { name: 'empty', type: 'aqua', source: '../empty-registry.yaml' },
        ],
      },
      workflows: { lint: { description: 'lint it', steps: ['true'] } },
    }),
  );
  const env = {
    ...up.env,
    HOME: base,
    ATMOS_XDG_CACHE_HOME: path.join(base, 'cache'),
    ATMOS_HTTP_RETRY_MIN_MS: '5',
    NO_PROXY: '127.0.0.1,localhost',
  };
  return { up, dir, env };
}

/** `toolchain install acme/hello@1.2.3` then `toolchain exec` it, with the CLI started by `cli`. */
export async function installAndRunHello(cli: (args: string[]) => Promise<RunResult>): Promise<{ install: RunResult; exec: RunResult }> {
  const install = await cli(['toolchain', 'install', 'acme/hello@1.2.3']);
  const exec = await cli(['toolchain', 'exec', 'acme/hello@1.2.3', '--', 'from', 'the', 'release']);
  return { install, exec };
}
