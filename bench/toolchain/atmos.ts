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
/**
 * The contender every toolchain bench uses: the bench tools, one fake upstream, and the
 * standard Aqua registry at the fixture's commit — built into the CLI (no `registries:`
 * entry, the default), or, with `registryFile`, read from the vendored fixture as a
 * configured `type: aqua` registry (how atmos-ts without a built-in index is measured).
 * `dist` runs another build of the CLI (another checkout's `dist/cli`), under `name`.
 */
export function benchAtmosContender(
  repoRoot: string,
  workDir: string,
  upstream: BenchUpstream,
  opts: { name?: string; dist?: string; registryFile?: string; node?: string } = {},
): AtmosContender {
  return atmosContender({
    repoRoot,
    workDir,
    tools: BENCH_TOOLS,
    replacements: upstream.replacements,
    registryFile: opts.registryFile,
    serverUrl: upstream.up.serverUrl,
    apiUrl: upstream.apiUrl,
    name: opts.name,
    dist: opts.dist,
    node: opts.node,
  });
}

/** The vendored fixture's merged registry.yaml (the same commit as the built-in registry). */
export const fixtureRegistryFile = (): string => path.join(aquaFixturesDir(), 'registry.yaml');

export function atmosContender(opts: {
  repoRoot: string;
  workDir: string;
  tools: BenchTool[];
  replacements: Record<string, string>;
  /** A `type: aqua` registry file; undefined = the built-in registry. */
  registryFile?: string;
  /**
   * Another Node binary to run the CLI with (default: the one running the bench). Node ≥ 22.1
   * also gets NODE_COMPILE_CACHE, as `bin/atmos-ts.js` turns the compile cache on for users.
   */
  node?: string;
  /** Fake GitHub (GITHUB_SERVER_URL) and its API (GITHUB_API_URL). */
  serverUrl: string;
  apiUrl: string;
  /** Contender name (default `atmos-ts`). */
  name?: string;
  /** The CLI build to run (default `<repoRoot>/dist/cli`). */
  dist?: string;
}): AtmosContender {
  const name = opts.name ?? 'atmos-ts';
  const built = opts.dist ?? path.join(opts.repoRoot, 'dist', 'cli');
  if (!existsSync(path.join(built, 'index.js'))) throw new Error(`${built}/index.js is missing: run \`npm run build -- cli\` first`);
  const root = path.join(opts.workDir, name.replace(/[^A-Za-z0-9.-]+/g, '_'));
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
    // Checksums only, like the mise peer (MISE_AQUA_COSIGN=false …); `bench -- signatures` measures signatures.
    stringify({
      toolchain: {
        ...(opts.registryFile ? { registries: [{ type: 'aqua', source: opts.registryFile }] } : {}),
        url_replacements: opts.replacements,
        verification: { signatures: 'disabled' },
      },
    }),
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
    ...(opts.node ? { NODE_COMPILE_CACHE: path.join(root, 'node-compile-cache') } : {}),
  };
  const node = opts.node ?? process.execPath;
  const nodeVersion = opts.node ? execFileSync(opts.node, ['--version'], { encoding: 'utf8' }).trim() : process.version;
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
    name,
    cli,
    lockFile,
    setup: [
      `\`node ${opts.dist ? path.relative(opts.repoRoot, built) || built : 'dist/cli'}/index.js\` (ncc bundle, copied at the start of the run; Node ${nodeVersion}${opts.node ? ' with its compile cache on (NODE_COMPILE_CACHE, as `bin/atmos-ts.js` enables it)' : ''}, default \`toolchain.max_concurrency\` = 4), project \`.tool-versions\` with \`<owner/repo> <version>\` for the 10 tools.`,
      opts.registryFile
        ? '`atmos.yaml`: `toolchain.registries: [{type: aqua, source: test/fixtures/aqua-registry/registry.yaml}]`, `toolchain.url_replacements` = the same map as mise;'
        : '`atmos.yaml`: no `toolchain.registries` (the built-in standard Aqua registry, the same commit as the fixture), `toolchain.url_replacements` = the same map as mise;',
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
