import { promises as fs } from 'node:fs';
import nodePath from 'node:path';
import { joinPath, parseEnvFormat, renderEnv, renderGithubPath, exitLikeChild, runTool } from '../../toolchain/index.js';
import { outputFormat, renderData } from '../render.js';
import { installedBinary } from './warm.js';
import { openToolchain, parseToolSpec, write, type ToolchainCommand } from './session.js';

/** `toolchain which <tool>`: the binary's absolute path; an error when not installed. */
export async function which(cmd: ToolchainCommand): Promise<void> {
  const [arg] = cmd.args as [string];
  const spec = parseToolSpec(arg);
  const binary = (await installedBinary(cmd, spec)) ?? (await (await openToolchain(cmd)).binaryFor(spec));
  write(cmd, `${binary}\n`);
}

/** Windows spells it `Path`; reuse whatever key the environment has so the child sees one PATH. */
function pathKey(env: NodeJS.ProcessEnv): string {
  return Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
}

async function pathDirs(cmd: ToolchainCommand): Promise<string[]> {
  const tc = await openToolchain(cmd);
  const dirs = await tc.pathEntries();
  // Absolute by default: relative PATH entries break as soon as a tool changes directory (Atmos #2089).
  return cmd.opts.relative === true ? dirs.map((d) => nodePath.relative(cmd.ctx.cwd, d) || '.') : dirs;
}

/** `toolchain path [-f text|json|yaml] [--export] [--relative]`. */
export async function path(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const dirs = await pathDirs(cmd);
  const delimiter = nodePath.delimiter;
  if (format === 'text' && cmd.opts.export === true) write(cmd, renderEnv('bash', { dirs, delimiter }));
  else if (format === 'text') write(cmd, dirs.length ? `${dirs.join(delimiter)}\n` : '');
  else write(cmd, await renderData(format, { path_entries: dirs, PATH: joinPath(dirs, cmd.ctx.env[pathKey(cmd.ctx.env)], delimiter) }, () => ''));
}

/** `toolchain env -f … [--output-file file]`; `github` appends to `$GITHUB_PATH` unless `--output-file` names a file. */
export async function env(cmd: ToolchainCommand): Promise<void> {
  const format = parseEnvFormat(cmd.opts.format as string | undefined);
  const dirs = await pathDirs(cmd);
  const text =
    format === 'github' ? renderGithubPath(dirs) : renderEnv(format, { dirs, currentPath: cmd.ctx.env[pathKey(cmd.ctx.env)], delimiter: nodePath.delimiter });
  const target = (cmd.opts.outputFile as string | undefined) ?? (format === 'github' ? cmd.ctx.env.GITHUB_PATH : undefined);
  if (!target) {
    write(cmd, text);
    return;
  }
  // Append (never truncate): $GITHUB_PATH and shell rc files hold lines written by others.
  await fs.appendFile(nodePath.resolve(cmd.ctx.cwd, target), text);
  cmd.ctx.logger.info(`appended ${dirs.length} PATH entr${dirs.length === 1 ? 'y' : 'ies'} to ${target}`);
}

/**
 * `toolchain exec <tool[@version]> [--] args…`: installs the tool when missing (saying so
 * on stderr), then runs it with stdio inherited and ends like it did.
 */
export async function exec(cmd: ToolchainCommand): Promise<void> {
  const [arg, rest] = cmd.args as [string, string[] | undefined];
  const args = rest ?? [];
  // passThroughOptions keeps a `--` that follows the tool; it separates, it is not an argument.
  if (args[0] === '--') args.shift();
  const spec = parseToolSpec(arg);
  const binary = (await installedBinary(cmd, spec)) ?? (await (await openToolchain(cmd)).binaryFor(spec, { autoInstall: true }));
  // The tool's own directory goes first on PATH, so a tool that runs its siblings
  // (terraform-docs → terraform, helm plugins) finds the pinned ones.
  const key = pathKey(cmd.ctx.env);
  const childEnv = { ...cmd.ctx.env, [key]: joinPath([nodePath.dirname(binary)], cmd.ctx.env[key], nodePath.delimiter) };
  const exit = await runTool(binary, args, { env: childEnv, cwd: cmd.ctx.cwd });
  exitLikeChild(exit);
}
