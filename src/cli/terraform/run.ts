import { appendFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { errorMessage } from '../../common/errors.js';
import { expandPath } from '../../common/paths.js';
import { isOffline } from '../../common/offline.js';
import { gitMirrorRoot, mirrorGitSources } from '../../gitmirror/index.js';
import type { LoadedConfig } from '../../config/index.js';
import {
  ensurePluginCacheDir,
  formatReportLine,
  pluginCacheDir as choosePluginCacheDir,
  formatReportTable,
  sessionSettings,
  startMirrorSession,
  type MirrorSession,
  type SavingsReport,
} from '../../mirror/index.js';
import { exitLikeChild, runTool } from '../../toolchain/index.js';
import { requireOnPath } from '../componentCommand.js';
import type { CliContext } from '../context.js';
import { parseToolSpec } from '../toolchain/session.js';

/**
 * `atmos-ts terraform [args…]`: the configured binary with an ephemeral proxy and a merged
 * CLI config (when `components.terraform.cache.enabled`), the plugin cache under the cache
 * root, the exit code (or signal) of the child passed on, and the savings line at the end.
 */
export async function runTerraform(ctx: CliContext, args: string[]): Promise<void> {
  const config = ctx.config();
  const tf = config.values.components.terraform;
  const binary = await terraformBinary(config, ctx);
  const env: NodeJS.ProcessEnv = { ...ctx.env };
  requireOnPath(binary, env, 'components.terraform.command', 'terraform@1.11.4');

  let session: MirrorSession | undefined;
  if (tf.cache.enabled) {
    session = await startMirrorSession({ settings: sessionSettings(config), env: ctx.env, logger: ctx.logger });
    Object.assign(env, session.childEnv);
  }
  try {
    // `git::` sources of the root module come from mirrors under the cache root (init/get fetch them).
    if ((tf.cache.enabled || isOffline(ctx.env)) && ['init', 'get'].includes(subcommand(args) ?? '')) {
      const { env: gitEnv, mirrors } = await mirrorGitSources(moduleDir(ctx.cwd, args), {
        root: gitMirrorRoot(config.cacheRoot),
        ttlMs: tf.cache.metadata_ttl,
        env: ctx.env,
        logger: ctx.logger,
      });
      for (const m of mirrors) ctx.logger.debug(`git mirror ${m.url}: ${m.state}`);
      Object.assign(env, gitEnv);
    }
    const pluginCache = await pluginCacheDir(config, ctx.env, session);
    if (pluginCache) env.TF_PLUGIN_CACHE_DIR = pluginCache;
    ctx.logger.debug(`running ${binary} ${args.join(' ')}`);
    const exit = await runTool(binary, args, { env, cwd: ctx.cwd });
    if (session) printReport(ctx, await session.close());
    exitLikeChild(exit);
  } finally {
    if (session) await session.close();
  }
}

/** Terraform's subcommand: the first argument that is not a global flag (`-chdir=…`). */
function subcommand(args: string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

/** The root module directory: `-chdir=<dir>` if given, else the working directory. */
function moduleDir(cwd: string, args: string[]): string {
  const chdir = args.find((a) => a.startsWith('-chdir='));
  return chdir ? path.resolve(cwd, chdir.slice('-chdir='.length)) : cwd;
}

/**
 * `TF_PLUGIN_CACHE_DIR=<cache root>/terraform/plugins` (or `plugin_cache_dir`) unless the
 * user already chose one (env or their CLI config), or `plugin_cache: false`; created.
 */
export async function pluginCacheDir(config: LoadedConfig, env: NodeJS.ProcessEnv, session?: MirrorSession): Promise<string | undefined> {
  const dir = await choosePluginCacheDir(config, env, session?.userConfig);
  return dir ? ensurePluginCacheDir(dir) : undefined;
}

/**
 * `components.terraform.command`: a path is used as is; `tool@version` is installed through
 * the toolchain; a bare name is the toolchain's pinned version when .tool-versions has it,
 * else whatever PATH finds.
 */
export async function terraformBinary(config: LoadedConfig, ctx: CliContext): Promise<string> {
  const command = config.values.components.terraform.command || 'terraform';
  if (looksLikePath(command, config.baseDir)) return expandPath(command, config.baseDir);
  const spec = parseToolSpec(command);
  const { createToolchain } = await import('../../toolchain/index.js');
  if (spec.version) {
    const toolchain = await createToolchain({ config, logger: ctx.logger, env: ctx.env });
    return toolchain.binaryFor(spec, { autoInstall: true });
  }
  try {
    const toolchain = await createToolchain({ config, logger: ctx.logger, env: ctx.env });
    const configured = await toolchain.configuredVersions();
    if (spec.tool in configured) return await toolchain.binaryFor(spec, { autoInstall: true });
  } catch (err) {
    ctx.logger.debug(`toolchain lookup for ${command} failed (${errorMessage(err)}); using PATH`);
  }
  return command;
}

/** `/abs`, `./x`, `~/x`, `C:\\x`, or an existing relative file — but `owner/repo[@version]` is a tool. */
function looksLikePath(command: string, baseDir: string): boolean {
  if (path.isAbsolute(command) || command.startsWith('.') || command.startsWith('~') || command.includes('\\')) return true;
  return command.includes('/') && !command.includes('@') && existsSync(path.resolve(baseDir, command));
}

export function printReport(ctx: CliContext, report: SavingsReport): void {
  ctx.logger.info(formatReportLine(report));
  for (const w of report.warnings) ctx.logger.warn(`registry cache: ${w}`);
  const summary = ctx.env.GITHUB_STEP_SUMMARY;
  if (ctx.env.GITHUB_ACTIONS === 'true' && summary) {
    try {
      appendFileSync(summary, formatReportTable(report));
    } catch (err) {
      ctx.logger.debug(`cannot write the job summary: ${errorMessage(err)}`);
    }
  }
}
