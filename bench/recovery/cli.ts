import { execFileSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import path from 'node:path';

/** One build of the CLI under test (this checkout's, or another checkout's for before/after figures). */
export interface CliUnderTest {
  /** Shown in BENCHMARKS.md, e.g. "before the issue-8 fixes (commit 0f94fb6)". */
  label: string;
  /** What the user pointed at (bin/atmos-ts.js or dist/cli/index.js). */
  given: string;
  /** The snapshot of the bundle this run executes (`node <entry> …`). */
  entry: string;
  /** Which commit the bundle comes from (see checkoutCommit). */
  commit: string;
}

/**
 * `--cli <path>` (repeatable; or BENCH_RECOVERY_CLI) and `--label <text>` (paired in order;
 * or BENCH_RECOVERY_LABEL). Without `--cli`, this checkout's `bin/atmos-ts.js`.
 */
export function cliArgs(argv: string[], env: NodeJS.ProcessEnv, repoRoot: string): { given: string; label?: string }[] {
  const clis: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    if (flag !== '--cli' && flag !== '--label') continue;
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`bench recovery: ${flag} needs a value`);
    (flag === '--cli' ? clis : labels).push(value);
  }
  if (clis.length === 0) clis.push(env.BENCH_RECOVERY_CLI || path.join(repoRoot, 'bin', 'atmos-ts.js'));
  if (labels.length === 0 && env.BENCH_RECOVERY_LABEL) labels.push(env.BENCH_RECOVERY_LABEL);
  if (labels.length > clis.length) throw new Error(`bench recovery: ${labels.length} --label for ${clis.length} --cli`);
  return clis.map((given, i) => ({ given: path.resolve(given), label: labels[i] }));
}

/**
 * The bundle behind `given` (a checkout's `bin/atmos-ts.js`, which imports `../dist/cli/index.js`,
 * or that `index.js` itself), copied into `into` first: a rebuild of that checkout's dist/
 * during the run (it empties the directory) must not turn into failed or half-loaded commands.
 */
export function snapshotCli(given: string, into: string, label?: string): CliUnderTest {
  const bundleDir = path.basename(given) === 'index.js' ? path.dirname(given) : path.resolve(path.dirname(given), '..', 'dist', 'cli');
  if (!existsSync(path.join(bundleDir, 'index.js'))) {
    throw new Error(`bench recovery: ${bundleDir}/index.js is missing (from --cli ${given}): run \`npm run build -- cli\` in that checkout`);
  }
  cpSync(bundleDir, into, { recursive: true });
  const { head, commit } = checkoutCommit(bundleDir);
  return { label: label ?? `build at ${head}`, given, entry: path.join(into, 'index.js'), commit };
}

/** Which code the bundle is: its checkout's HEAD, the last commit that changed dist/cli, and whether it has uncommitted changes. */
function checkoutCommit(bundleDir: string): { head: string; commit: string } {
  const git = (...args: string[]) => execFileSync('git', ['-C', bundleDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    const head = git('rev-parse', '--short', 'HEAD');
    const changed = git('log', '-1', '--format=%h', '--', '.');
    const dirty = git('status', '--porcelain', '--', '.') ? ', with uncommitted changes' : '';
    return { head, commit: `HEAD ${head}, dist/cli last changed in ${changed}${dirty}` };
  } catch {
    return { head: path.dirname(bundleDir), commit: 'not a git checkout' };
  }
}
