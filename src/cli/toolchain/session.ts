import { AtmosError } from '../../common/errors.js';
import { applyOverrides } from '../../config/index.js';
import type { ToolchainManager, ToolSpec } from '../../toolchain/index.js';
import type { CliContext } from '../context.js';

/** What a `toolchain` subcommand implementation receives from the wiring in ../toolchain.ts. */
export interface ToolchainCommand {
  ctx: CliContext;
  /** Positional arguments as commander parsed them (variadic ones are arrays). */
  args: unknown[];
  /** The subcommand's options merged over the `toolchain` command's. */
  opts: Record<string, unknown>;
}

/** Opens the engine with the global toolchain flags applied (flag > env > atmos.yaml > default). */
export async function openToolchain(cmd: ToolchainCommand): Promise<ToolchainManager> {
  const { ctx, opts } = cmd;
  const config = ctx.config();
  const maxConcurrency = opts.maxConcurrency === undefined ? undefined : positiveInt(opts.maxConcurrency, '--max-concurrency');
  applyOverrides(config, { 'toolchain.max_concurrency': maxConcurrency });
  const { createToolchain } = await import('../../toolchain/index.js');
  return createToolchain({
    config,
    logger: ctx.logger,
    env: ctx.env,
    toolVersionsPath: str(opts.toolVersions),
    installRoot: str(opts.toolchainPath) ?? str(opts.toolsDir),
    // The flag is relative to the current directory; `toolchain.tools_config` (read by the
    // registries when no flag is given) to atmos.yaml's directory.
    toolsConfigPath: str(opts.toolsConfig),
    githubToken: str(opts.githubToken),
  });
}

/** A string option's value; unset and empty are the same. */
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function positiveInt(value: unknown, flag: string): number {
  const n = typeof value === 'number' ? value : Number(String(value));
  if (!Number.isInteger(n) || n < 1) {
    throw new AtmosError(`invalid value "${String(value)}" for ${flag}`, {
      code: 'INVALID_FLAG_VALUE',
      explanation: `${flag} takes a whole number of at least 1.`,
    });
  }
  return n;
}

/**
 * `tool` or `tool@version` (Atmos `ParseToolVersionArg`): more than one `@`, an empty
 * tool or an empty version after `@` are errors.
 */
export function parseToolSpec(arg: string): ToolSpec {
  const parts = arg.split('@');
  if (parts.length > 2 || !parts[0] || (parts.length === 2 && !parts[1])) {
    throw new AtmosError(`invalid tool "${arg}"`, {
      code: 'INVALID_TOOL_SPEC',
      explanation: 'A tool is written as name or name@version, e.g. terraform, terraform@1.9.8, hashicorp/terraform@1.9.8.',
    });
  }
  return parts.length === 2 ? { tool: parts[0], version: parts[1] } : { tool: parts[0] };
}

export function toolArgs(cmd: ToolchainCommand, index = 0): string[] {
  const v = cmd.args[index];
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

/** Data goes to stdout; messages go through the logger (stderr). */
export function write(cmd: ToolchainCommand, text: string): void {
  cmd.ctx.out.write(text);
}

/** Marks the command as failed without throwing (the summary was already printed). */
export function fail(code = 1): void {
  process.exitCode = code;
}
