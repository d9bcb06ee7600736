/**
 * `toolchain shims` and `toolchain activate <shell>`, and the warm stamp the CLI records after
 * a full install / exec / which so the next warm one is answered by the fast entry (src/cli/fast.ts)
 * or by the shims themselves. See docs/shims.md for the design.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
import { AtmosError } from '../../common/errors.js';
import { parseEnvFormat, readValidStamp, recordStamp, renderEnv, toolchainSettings, type StampFlags } from '../../toolchain/index.js';
import { str, write, type ToolchainCommand } from './session.js';

function stampFlags(cmd: ToolchainCommand): StampFlags {
  return {
    toolVersions: str(cmd.opts.toolVersions),
    installRoot: str(cmd.opts.toolchainPath) ?? str(cmd.opts.toolsDir),
    toolsConfig: str(cmd.opts.toolsConfig),
  };
}

/**
 * How a shim starts the full CLI: this Node, its flags (a loader in development), this script.
 * Absolute, so a shim works whatever PATH the shell has.
 */
export function cliLaunch(): string[] {
  return [process.execPath, ...process.execArgv, nodePath.resolve(process.argv[1])];
}

/** Records the warm stamp after a successful full command; never fails the command (a missing stamp only costs speed). */
export async function recordWarmStamp(cmd: ToolchainCommand, options: { onlyIfStale?: boolean } = {}): Promise<void> {
  const { ctx } = cmd;
  if (ctx.env.ATMOS_TS_NO_FAST) return;
  try {
    const config = ctx.config();
    if (options.onlyIfStale && readValidStamp(config.cacheRoot, config.cwd, config.env)) return;
    const r = await recordStamp(config, stampFlags(cmd));
    if (!r.stamp) ctx.logger.debug(`warm stamp not recorded: ${r.reason}`);
  } catch (err) {
    ctx.logger.debug(`warm stamp not recorded: ${(err as Error).message}`);
  }
}

/** `<install root>/shims/<hash of the directory>`: one directory per project, next to the installs. */
function defaultShimsDir(cmd: ToolchainCommand): string {
  const config = cmd.ctx.config();
  const { installRoot } = toolchainSettings(config, { installRoot: stampFlags(cmd).installRoot });
  const key = createHash('sha256').update(config.cwd).digest('hex').slice(0, 12);
  return nodePath.join(installRoot, 'shims', key);
}

async function writeShimsFor(cmd: ToolchainCommand): Promise<{ dir: string; commands: string[] }> {
  const dir = nodePath.resolve(cmd.ctx.cwd, str(cmd.opts.dir) ?? defaultShimsDir(cmd));
  const r = await recordStamp(cmd.ctx.config(), stampFlags(cmd), { dir, launch: cliLaunch() });
  if (!r.stamp) {
    throw new AtmosError(`cannot write shims: ${r.reason}`, {
      code: 'SHIMS_UNAVAILABLE',
      explanation:
        'Shims run the pinned binaries directly, so every tool in .tool-versions must be pinned to an exact version, installed, and resolvable without the registry (owner/repo, an alias or a lock entry); toolchain flags that move the pins or the install root are not supported.',
      hint: 'Run `atmos-ts toolchain install` first (it records the lock), then `atmos-ts toolchain shims` again.',
    });
  }
  return r.shims.find((s) => s.dir === dir) ?? { dir, commands: [] };
}

/** `toolchain shims [--dir <dir>] [--github-path]`: prints the directory; the commands go to stderr. */
export async function shims(cmd: ToolchainCommand): Promise<void> {
  const { dir, commands } = await writeShimsFor(cmd);
  cmd.ctx.logger.info(
    `wrote ${commands.length} shim${commands.length === 1 ? '' : 's'} (${commands.join(', ') || 'none'}) and the atmos-ts launcher to ${dir}`,
  );
  if (cmd.opts.githubPath === true) {
    const target = cmd.ctx.env.GITHUB_PATH;
    if (!target) {
      throw new AtmosError('--github-path needs $GITHUB_PATH', {
        code: 'USAGE',
        explanation: 'GitHub Actions sets GITHUB_PATH in every step; it is not set here.',
        hint: 'Run this in a GitHub Actions step, or put the printed directory on PATH yourself.',
      });
    }
    // Append: the file holds lines other steps wrote.
    await fs.appendFile(target, `${dir}\n`);
    cmd.ctx.logger.info(`appended ${dir} to $GITHUB_PATH`);
  }
  write(cmd, `${dir}\n`);
}

/** `toolchain activate <shell>`: writes the shims and prints the line that puts them first on PATH. */
export async function activate(cmd: ToolchainCommand): Promise<void> {
  const [shell] = cmd.args as [string | undefined];
  const format = parseEnvFormat(shell ?? 'bash');
  if (format !== 'bash' && format !== 'fish' && format !== 'powershell') {
    throw new AtmosError(`cannot activate for "${shell}"`, {
      code: 'INVALID_FLAG_VALUE',
      explanation: 'activate prints a snippet for a shell: bash, zsh, sh, fish or pwsh.',
      hint: 'For a dotenv file or GitHub Actions use `atmos-ts toolchain env -f dotenv|github` or `toolchain shims --github-path`.',
    });
  }
  const { dir } = await writeShimsFor(cmd);
  write(cmd, renderEnv(format, { dirs: [dir], delimiter: nodePath.delimiter }));
}
