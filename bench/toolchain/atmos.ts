import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Contender } from './contender.js';
import type { Invocation } from './timing.js';
import { aquaFixturesDir } from '../../test/support/tmp.js';
import { BENCH_TOOLS, type BenchTool } from './tools.js';
import type { BenchUpstream } from './upstream.js';

export interface AtmosContender extends Contender {
  /** The snapshot of dist/cli/index.js this run uses. */
  cli: string;
  lockFile: string;
  /** Empty install root, but keep what the flags say (the committed lock; the cached registry index). */
  resetPartly(keep: { lock?: boolean; registryIndex?: boolean }): void;
  execByBinaryName(t: BenchTool): Invocation;
}

/**
 * atmos-ts as users run it: the ncc-bundled CLI (`node dist/cli/index.js`), tools pinned in
 * `.tool-versions`, the real Aqua registry (the vendored fixture's merged `registry.yaml`) as
 * the only registry, and `toolchain.url_replacements` pointing every upstream host at the
 * fake. The cache root (install root, registry index, downloads) is isolated per run with
 * ATMOS_XDG_CACHE_HOME.
 */
/** The contender every toolchain bench uses: the bench tools, the vendored Aqua fixture, one fake upstream. */
export function benchAtmosContender(repoRoot: string, workDir: string, upstream: BenchUpstream): AtmosContender {
  return atmosContender({
    repoRoot,
    workDir,
    tools: BENCH_TOOLS,
    replacements: upstream.replacements,
    registryFile: path.join(aquaFixturesDir(), 'registry.yaml'),
    serverUrl: upstream.up.serverUrl,
    apiUrl: upstream.apiUrl,
  });
}

export function atmosContender(opts: {
  repoRoot: string;
  workDir: string;
  tools: BenchTool[];
  replacements: Record<string, string>;
  registryFile: string;
  /** Fake GitHub (GITHUB_SERVER_URL) and its API (GITHUB_API_URL). */
  serverUrl: string;
  apiUrl: string;
}): AtmosContender {
  const built = path.join(opts.repoRoot, 'dist', 'cli');
  if (!existsSync(path.join(built, 'index.js'))) throw new Error(`${built}/index.js is missing: run \`npm run build -- cli\` first`);
  const root = path.join(opts.workDir, 'atmos');
  // Run a snapshot of the bundle: a rebuild of dist/ during the run (it empties the
  // directory first) must not turn into failed or half-loaded commands.
  const cli = path.join(root, 'dist-cli', 'index.js');
  cpSync(built, path.dirname(cli), { recursive: true });
  const project = path.join(root, 'project');
  const cache = path.join(root, 'cache');
  const lockFile = path.join(project, 'toolchain.lock.yaml');
  mkdirSync(project, { recursive: true });
  writeFileSync(
    path.join(project, 'atmos.yaml'),
    stringify({ toolchain: { registries: [{ type: 'aqua', source: opts.registryFile }], url_replacements: opts.replacements } }),
  );
  writeFileSync(path.join(project, '.tool-versions'), opts.tools.map((t) => `${t.id} ${t.version}\n`).join(''));

  const env = {
    ...process.env,
    ATMOS_XDG_CACHE_HOME: cache,
    GITHUB_SERVER_URL: opts.serverUrl,
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_TOKEN: '',
    ATMOS_GITHUB_TOKEN: '',
    GITHUB_ACTIONS: '',
    CI: '',
  };
  const node = process.execPath;
  const run = (...args: string[]) => ({ cmd: node, args: [cli, ...args], cwd: project, env });
  const binaries = new Map<string, string>();

  const installRoot = path.join(cache, 'atmos', 'toolchain');
  const resetPartly = (keep: { lock?: boolean; registryIndex?: boolean }) => {
    if (keep.registryIndex && existsSync(installRoot)) {
      for (const entry of readdirSync(installRoot)) if (entry !== 'registry') rmSync(path.join(installRoot, entry), { recursive: true, force: true });
    } else rmSync(cache, { recursive: true, force: true });
    if (!keep.lock) rmSync(lockFile, { force: true });
    binaries.clear();
  };
  return {
    name: 'atmos-ts',
    cli,
    lockFile,
    setup: [
      `\`node dist/cli/index.js\` (ncc bundle, copied at the start of the run; Node ${process.version}, default \`toolchain.max_concurrency\` = 4), project \`.tool-versions\` with \`<owner/repo> <version>\` for the 10 tools.`,
      '`atmos.yaml`: `toolchain.registries: [{type: aqua, source: test/fixtures/aqua-registry/registry.yaml}]`, `toolchain.url_replacements` = the same map as mise;',
      'env `GITHUB_SERVER_URL`/`GITHUB_API_URL` = the fake; isolated cache root (`ATMOS_XDG_CACHE_HOME`). Cold runs also delete `toolchain.lock.yaml`.',
      'Install: `atmos-ts toolchain install`; exec: `atmos-ts toolchain exec <owner/repo> -- --version`.',
    ].join('\n'),
    reset: () => resetPartly({}),
    resetPartly,
    install: () => run('toolchain', 'install'),
    exec: (t) => run('toolchain', 'exec', t.id, '--', '--version'),
    // What users type (`toolchain exec terraform`): resolved from the lock / install metadata.
    execByBinaryName: (t) => run('toolchain', 'exec', t.bin, '--', '--version'),
    binaryPath(t) {
      let bin = binaries.get(t.id);
      if (!bin) {
        const inv = run('toolchain', 'which', t.id);
        bin = execFileSync(inv.cmd, inv.args, { cwd: inv.cwd, env: inv.env, encoding: 'utf8' }).trim();
        binaries.set(t.id, bin);
      }
      return bin;
    },
  };
}
