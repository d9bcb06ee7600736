import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after } from 'node:test';
import YAML from 'yaml';
import { main } from '../../src/cli/main.js';
import { gz, tarGz, zipBuffer } from './archives.js';
import { sha256, startGithubUpstream, type GithubUpstream } from './githubUpstream.js';
import { tempDir } from './tmp.js';

/**
 * A project for `atmos-ts toolchain …` CLI tests: a fake GitHub + download host on
 * loopback, an atmos.yaml whose only registries are an inline `type: atmos` registry
 * and an empty local Aqua registry (so nothing ever reaches the internet), and a cache
 * root of its own. `run()` calls the CLI's `main()` in-process (fast); `spawnCli()` runs
 * it as a child process for exit-code and signal tests.
 */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliProject {
  up: GithubUpstream;
  dir: string;
  installRoot: string;
  env: Record<string, string>;
  writeToolVersions(text: string): void;
  run(args: string[], extraEnv?: Record<string, string | undefined>): Promise<CliResult>;
  spawnCli(args: string[], extraEnv?: Record<string, string>): ReturnType<typeof spawn>;
}

const hello = (v: string) => `#!/bin/sh\necho "hello ${v} $*"\n`;
/** Echoes its first argument on stdout and stderr, then exits with it; `term` makes it kill itself with SIGTERM. */
const exiter = '#!/bin/sh\n[ "$1" = term ] && kill -TERM $$\necho "out:$1"\necho "err:$1" >&2\nexit "$1"\n';
/** Says it is ready (with its pid), then becomes `sleep`: same pid, so a signal reaches the sleeping process itself. */
const sleeper = '#!/bin/sh\necho "ready $$"\nexec sleep 30\n';

export const INLINE_TOOLS = {
  'acme/hello': {
    type: 'github_release',
    version_prefix: 'v',
    asset: 'hello_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz',
    format: 'tar.gz',
    files: [{ name: 'hello', src: 'hello_{{trimV .Version}}/hello' }],
    checksum: { type: 'github_release', asset: 'hello_{{trimV .Version}}_checksums.txt', algorithm: 'sha256' },
  },
  // No release is ever published: its release listing answers 404 when a test says so.
  'acme/ghost': { type: 'github_release', version_prefix: 'v', asset: 'ghost_{{.OS}}_{{.Arch}}', format: 'raw', files: [{ name: 'ghost' }] },
  'acme/exiter': { type: 'github_release', version_prefix: 'v', asset: 'exiter_{{.OS}}_{{.Arch}}', format: 'raw', files: [{ name: 'exiter' }] },
  'acme/sleeper': { type: 'github_release', version_prefix: 'v', asset: 'sleeper_{{.OS}}_{{.Arch}}.gz', format: 'gz', files: [{ name: 'sleeper' }] },
  'example/webtool': {
    type: 'http',
    url: 'https://dl.example.com/webtool/{{.Version}}/webtool_{{.Version}}_{{.OS}}_{{.Arch}}.zip',
    format: 'zip',
    files: [{ name: 'webtool' }],
    checksum: { type: 'http', url: 'https://dl.example.com/webtool/{{.Version}}/SHA256SUMS', algorithm: 'sha256' },
  },
};

async function publish(up: GithubUpstream): Promise<void> {
  for (const v of ['0.9.0', '1.0.0', '1.2.0', '1.10.0']) {
    // 1.2.0 is published for three platforms (for `lock --platform`), with one checksums file.
    const platforms = v === '1.2.0' ? ['linux_amd64', 'darwin_arm64', 'windows_amd64'] : ['linux_amd64'];
    const assets: Record<string, Buffer | string> = {};
    let sums = '';
    for (const platform of platforms) {
      const asset = `hello_${v}_${platform}.tar.gz`;
      assets[asset] = tarGz([
        { name: `hello_${v}/hello`, body: hello(v) },
        { name: `hello_${v}/PLATFORM`, body: platform, mode: 0o644 },
      ]);
      sums += `${sha256(assets[asset])}  ${asset}\n`;
    }
    up.addRelease('acme', 'hello', `v${v}`, { ...assets, [`hello_${v}_checksums.txt`]: sums });
  }
  up.addRelease('acme', 'hello', 'v2.0.0-rc.1', {}, { prerelease: true });
  up.addRelease('acme', 'exiter', 'v1.0.0', { exiter_linux_amd64: exiter });
  up.addRelease('acme', 'sleeper', 'v1.0.0', { 'sleeper_linux_amd64.gz': gz(sleeper) });
  const zip = await zipBuffer([{ name: 'webtool', body: '#!/bin/sh\necho webtool 3.1.0\n' }]);
  up.addFile('/dl/webtool/3.1.0/webtool_3.1.0_linux_amd64.zip', zip);
  up.addFile('/dl/webtool/3.1.0/SHA256SUMS', `${sha256(zip)}  webtool_3.1.0_linux_amd64.zip\n`);
}

/** Call at the top level of a test file (its cleanups are registered with `after`). */
export async function startCliProject(): Promise<CliProject> {
  const up = await startGithubUpstream();
  after(() => up.close());
  await publish(up);
  const root = tempDir('atmos-cli-');
  const dir = path.join(root, 'project');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(root, 'empty-registry.yaml'), 'packages: []\n');
  writeFileSync(
    path.join(dir, 'atmos.yaml'),
    YAML.stringify({
      toolchain: {
        aliases: { hello: 'acme/hello', web: 'example/webtool' },
        url_replacements: { 'https://dl.example.com': `${up.downloadUrl}/dl` },
        registries: [
          { name: 'local', type: 'atmos', tools: INLINE_TOOLS },
          { name: 'empty', type: 'aqua', source: '../empty-registry.yaml' },
        ],
      },
    }),
  );
  const env: Record<string, string> = {
    ...up.env,
    ATMOS_XDG_CACHE_HOME: path.join(root, 'cache'),
    ATMOS_HTTP_RETRY_MIN_MS: '5',
    AQUA_GOOS: 'linux',
    AQUA_GOARCH: 'amd64',
  };
  const project: CliProject = {
    up,
    dir,
    installRoot: path.join(root, 'cache', 'atmos', 'toolchain'),
    env,
    writeToolVersions(text) {
      writeFileSync(path.join(dir, '.tool-versions'), text);
    },
    run: (args, extraEnv = {}) => runInProcess(args, dir, { ...env, ...extraEnv }),
    spawnCli(args, extraEnv = {}) {
      return spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(REPO_ROOT, 'src/cli/index.ts'), ...args], {
        cwd: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    },
  };
  return project;
}

/** Keys any CLI run may read that the host environment must not leak into a test. */
const ISOLATED = [
  'GITHUB_TOKEN',
  'ATMOS_GITHUB_TOKEN',
  'GITHUB_PATH',
  'GITHUB_ACTIONS',
  'ATMOS_CLI_CONFIG_PATH',
  'ATMOS_TOOLCHAIN_PATH',
  'ATMOS_TOOL_VERSIONS',
  'CI',
];

/**
 * Runs `main()` in this process with `cwd` and `env` applied, capturing what it writes
 * to stdout and stderr. Tests in one file run one at a time, so swapping the process's
 * cwd, env and stream writers for the duration of a call is safe.
 */
export async function runInProcess(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<CliResult> {
  const savedEnv = { ...process.env };
  const savedCwd = process.cwd();
  const out: string[] = [];
  const err: string[] = [];
  const origOut = process.stdout.write.bind(process.stdout);
  const origErr = process.stderr.write.bind(process.stderr);
  // The CLI writes strings; node's test runner reports to the parent process with
  // binary (v8-serialized) writes on the same stdout, which must pass through.
  const capture = (sink: string[], original: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (typeof chunk !== 'string') return (original as (c: Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
      sink.push(chunk);
      const cb = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      cb?.();
      return true;
    }) as typeof process.stdout.write;
  for (const k of ISOLATED) delete process.env[k];
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  process.chdir(cwd);
  process.exitCode = undefined;
  process.stdout.write = capture(out, origOut);
  process.stderr.write = capture(err, origErr);
  try {
    const code = await main(['node', 'atmos-ts', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.stdout.write = origOut;
    process.stderr.write = origErr;
    process.exitCode = undefined;
    process.chdir(savedCwd);
    for (const k of Object.keys(process.env)) if (!(k in savedEnv)) delete process.env[k];
    Object.assign(process.env, savedEnv);
  }
}

/** Collects a spawned CLI's output and how it ended. */
export function finished(child: ReturnType<typeof spawn>): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr })));
}
