import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { tarGz } from '../../test/support/archives.js';
import { sha256, startGithubUpstream, type GithubUpstream } from '../../test/support/githubUpstream.js';
import { fakeBinary } from '../toolchain/upstream.js';
import type { Invocation } from '../toolchain/timing.js';
import type { BenchTool } from '../toolchain/tools.js';

const TOOL = 'bench/rtool';
const VERSION = '1.0.0';
const ASSET = `rtool_${VERSION}_linux_amd64.tar.gz`;
/** Where the fake download host serves the tool (the `https://dl.example.com` replacement points here). */
export const ASSET_PATH = `/dl/rtool/${VERSION}/${ASSET}`;

/**
 * One `http` tool defined inline in atmos.yaml (no Aqua registry, no GitHub API), downloaded
 * with its SHA256SUMS from `https://dl.example.com`, which `toolchain.url_replacements` points
 * at the fake download host — or at a hung or closed loopback port for the fault trials.
 */
const INLINE_TOOL = {
  type: 'http',
  url: `https://dl.example.com/rtool/{{trimV .Version}}/rtool_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz`,
  format: 'tar.gz',
  files: [{ name: 'rtool' }],
  checksum: { type: 'http', url: 'https://dl.example.com/rtool/{{trimV .Version}}/SHA256SUMS', algorithm: 'sha256' },
};

export async function startToolUpstream(binaryBytes: number): Promise<GithubUpstream> {
  const up = await startGithubUpstream();
  const tool: BenchTool = {
    id: TOOL,
    bin: 'rtool',
    version: VERSION,
    assetUrl: `https://dl.example.com${ASSET_PATH.slice(3)}`,
    kind: 'tar.gz',
    inner: 'rtool',
  };
  const binary = fakeBinary(tool, binaryBytes);
  const asset = tarGz([{ name: 'rtool', body: binary }]);
  up.addFile(ASSET_PATH, asset);
  up.addFile(`/dl/rtool/${VERSION}/SHA256SUMS`, `${sha256('other')}  rtool_${VERSION}_darwin_arm64.tar.gz\n${sha256(asset)}  ${ASSET}\n`);
  return up;
}

/** A project + cache + HOME of its own for one trial, downloading from `downloadBase` (`<base>/dl/…`). */
export interface ToolTrial {
  install: Invocation;
  /** Prints `rtool version v1.0.0` when the tool is installed and whole. */
  exec: Invocation;
}

export function toolTrial(dir: string, cliEntry: string, downloadBase: string, up: GithubUpstream): ToolTrial {
  const project = path.join(dir, 'project');
  mkdirSync(project, { recursive: true });
  for (const sub of ['home', 'tmp']) mkdirSync(path.join(dir, sub), { recursive: true });
  writeFileSync(path.join(dir, 'empty-registry.yaml'), 'packages: []\n');
  writeFileSync(
    path.join(project, 'atmos.yaml'),
    stringify({
      toolchain: {
        url_replacements: { 'https://dl.example.com': `${downloadBase}/dl` },
        registries: [
          { name: 'bench', type: 'atmos', tools: { [TOOL]: INLINE_TOOL } },
          // An empty Aqua registry instead of the default remote one: nothing may leave loopback.
          { name: 'empty', type: 'aqua', source: '../empty-registry.yaml' },
        ],
      },
    }),
  );
  writeFileSync(path.join(project, '.tool-versions'), `${TOOL} ${VERSION}\n`);
  // A clean environment: no retry/timeout overrides from the caller's shell, the defaults are what we measure.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: path.join(dir, 'home'),
    TMPDIR: path.join(dir, 'tmp'),
    ATMOS_XDG_CACHE_HOME: path.join(dir, 'cache'),
    ...up.env,
  };
  const run = (...args: string[]): Invocation => ({ cmd: process.execPath, args: [cliEntry, ...args], cwd: project, env });
  return { install: run('toolchain', 'install'), exec: run('toolchain', 'exec', TOOL, '--', '--version') };
}

export const TOOL_VERSION_LINE = `rtool version v${VERSION}`;
