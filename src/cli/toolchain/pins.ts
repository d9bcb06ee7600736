/**
 * Commands that edit the pins: `.tool-versions` (asdf semantics: first version = default;
 * `set` and `--default` replace the line, plain `add` appends) and `toolchain.lock.yaml`.
 */

import nodePath from 'node:path';
import { AtmosError, formatError } from '../../common/errors.js';
import { formatBytes } from '../../common/format.js';
import { parsePlatform } from '../../common/platform.js';
import type { ToolchainManager } from '../../toolchain/index.js';
import { fail, openToolchain, parseToolSpec, positiveInt, toolArgs, write, type ToolchainCommand } from './session.js';

function shown(tc: ToolchainManager, cmd: ToolchainCommand): string {
  return nodePath.relative(cmd.ctx.cwd, tc.toolVersionsPath) || tc.toolVersionsPath;
}

/** `toolchain add <tool[@version]>… [--default]`; no version = the newest release. */
export async function add(cmd: ToolchainCommand): Promise<void> {
  const specs = toolArgs(cmd).map(parseToolSpec);
  const tc = await openToolchain(cmd);
  for (const spec of specs) {
    const version = spec.version ?? (await tc.latestVersion(spec.tool));
    await tc.addVersion(spec.tool, version, { setDefault: cmd.opts.default === true });
    cmd.ctx.logger.success(`${cmd.opts.default === true ? 'set' : 'added'} ${spec.tool} ${version} in ${shown(tc, cmd)}`);
  }
}

/** `toolchain remove <tool[@version]>`. */
export async function remove(cmd: ToolchainCommand): Promise<void> {
  const spec = parseToolSpec(cmd.args[0] as string);
  const tc = await openToolchain(cmd);
  const removed = await tc.removeVersion(spec.tool, spec.version);
  if (!removed) {
    const configured = (await tc.configuredVersions())[spec.tool];
    throw new AtmosError(`${spec.version ? `${spec.tool} ${spec.version}` : spec.tool} is not in ${shown(tc, cmd)}`, {
      code: 'TOOL_NOT_CONFIGURED',
      explanation: configured ? `Configured versions of ${spec.tool}: ${configured.join(', ')}` : undefined,
      hint: 'List the pins with `atmos-ts toolchain get`.',
    });
  }
  cmd.ctx.logger.success(`removed ${spec.version ? `${spec.tool} ${spec.version}` : spec.tool} from ${shown(tc, cmd)}`);
}

/** `toolchain set <tool> [version]`: the version becomes the only pin; no version = newest release. */
export async function set(cmd: ToolchainCommand): Promise<void> {
  const [tool, explicit] = cmd.args as [string, string | undefined];
  const spec = parseToolSpec(tool);
  const tc = await openToolchain(cmd);
  const version = explicit ?? spec.version ?? (await tc.latestVersion(spec.tool));
  await tc.setVersion(spec.tool, version);
  cmd.ctx.logger.success(`set ${spec.tool} ${version} in ${shown(tc, cmd)}`);
}

/** `toolchain update [tool…] [--dry-run]`: move each default pin to the newest release. */
export async function update(cmd: ToolchainCommand): Promise<void> {
  const tc = await openToolchain(cmd);
  const configured = await tc.configuredVersions();
  const names = toolArgs(cmd).length ? toolArgs(cmd).map((a) => parseToolSpec(a).tool) : Object.keys(configured);
  let changes = 0;
  for (const tool of names) {
    const current = configured[tool]?.[0];
    const latest = await tc.latestVersion(tool);
    if (current === latest) {
      cmd.ctx.logger.info(`${tool} ${latest} is the newest release`);
      continue;
    }
    changes++;
    write(cmd, `${tool} ${current ?? '(none)'} -> ${latest}\n`);
    if (cmd.opts.dryRun !== true) await tc.setVersion(tool, latest);
  }
  if (changes && cmd.opts.dryRun !== true) cmd.ctx.logger.success(`updated ${changes} pin${changes === 1 ? '' : 's'}; run \`atmos-ts toolchain install\``);
}

/** `toolchain lock [tool…] [--platform os/arch …]`. */
export async function lock(cmd: ToolchainCommand): Promise<void> {
  const specs = toolArgs(cmd).map(parseToolSpec);
  const platformArgs = ((cmd.opts.platform as string[] | undefined) ?? []).flatMap((p) => p.split(',')).filter(Boolean);
  const tc = await openToolchain(cmd);
  const outcomes = await tc.lock(specs.length ? specs : 'all', {
    platforms: platformArgs.length ? platformArgs.map(parsePlatform) : undefined,
    maxConcurrency: cmd.opts.maxConcurrency === undefined ? undefined : positiveInt(cmd.opts.maxConcurrency, '--max-concurrency'),
  });
  const { logger } = cmd.ctx;
  for (const o of outcomes) {
    const what = `${o.tool.name} ${o.version} ${o.platform}`;
    if (o.status === 'locked') logger.success(`locked ${what}${o.size ? ` (${formatBytes(o.size)})` : ''}`);
    else if (o.status === 'unsupported') logger.warn(`skipped ${what}: not available for this platform`);
    else logger.error(`failed to lock ${what}\n${o.error ? formatError(o.error) : ''}`);
  }
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  const summary = `${count('locked')} locked, ${count('unsupported')} unsupported, ${count('failed')} failed → ${nodePath.relative(cmd.ctx.cwd, tc.lockPath) || tc.lockPath}`;
  if (count('failed')) {
    logger.error(summary);
    fail();
  } else logger.info(summary);
}
