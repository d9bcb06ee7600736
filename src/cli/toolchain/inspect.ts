/** Read-only commands: list, get, info, aliases, du, and clean. */

import nodePath from 'node:path';
import { AtmosError } from '../../common/errors.js';
import { formatBytes } from '../../common/format.js';
import { parsePlatform, platformKey } from '../../common/platform.js';
import { sortVersions, type ToolInfo } from '../../toolchain/index.js';
import { keyValues, outputFormat, renderData, table } from '../render.js';
import { openToolchain, parseToolSpec, positiveInt, write, type ToolchainCommand } from './session.js';

/** `toolchain list [--installed-only|--pending-only] [-f text|json|yaml]`. */
export async function list(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const tc = await openToolchain(cmd);
  let rows = await tc.status();
  if (cmd.opts.installedOnly === true) rows = rows.filter((r) => r.installed);
  if (cmd.opts.pendingOnly === true) rows = rows.filter((r) => !r.installed);
  if (format === 'text' && rows.length === 0) {
    cmd.ctx.logger.info(`no tools configured in ${tc.toolVersionsPath} or installed in ${tc.installRoot}`);
    return;
  }
  const data = rows.map((r) => ({
    tool: r.tool.requestedAs ?? r.tool.name,
    name: r.tool.name,
    version: r.version,
    default: r.isDefault,
    installed: r.installed,
    size_bytes: r.sizeBytes ?? null,
    installed_at: r.installedAt ?? null,
    path: r.binDir,
  }));
  write(
    cmd,
    await renderData(format, data, () =>
      table(
        ['TOOL', 'REGISTRY PATH', 'VERSION', 'STATUS', 'SIZE', 'INSTALLED'],
        rows.map((r) => [
          r.tool.requestedAs ?? r.tool.name,
          `${r.tool.repoOwner}/${r.tool.repoName}`,
          r.isDefault ? `${r.version} (default)` : r.version,
          r.installed ? '✓' : '✗',
          r.sizeBytes === undefined ? '-' : formatBytes(r.sizeBytes),
          r.installedAt ? r.installedAt.slice(0, 10) : '-',
        ]),
      ),
    ),
  );
}

/** `toolchain get [tool] [--all [--limit n] [--prerelease]] [-f text|json|yaml]`: semver order, newest first. */
export async function get(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const arg = cmd.args[0] as string | undefined;
  const tc = await openToolchain(cmd);
  if (cmd.opts.all === true) {
    if (!arg) {
      throw new AtmosError('`get --all` needs a tool', { code: 'USAGE', hint: 'Example: atmos-ts toolchain get terraform --all' });
    }
    const tool = parseToolSpec(arg).tool;
    const versions = await tc.availableVersions(tool, {
      includePrerelease: cmd.opts.prerelease === true,
      limit: positiveInt(cmd.opts.limit ?? 20, '--limit'),
    });
    const newestFirst = sortVersions(versions).reverse();
    write(cmd, await renderData(format, { tool, versions: newestFirst }, () => newestFirst.map((v) => `${v}\n`).join('')));
    return;
  }
  const configured = await tc.configuredVersions();
  const tools = arg ? [parseToolSpec(arg).tool] : Object.keys(configured).sort();
  const result = tools.map((tool) => {
    const versions = configured[tool] ?? [];
    return { tool, default: versions[0] ?? null, versions: sortVersions(versions).reverse() };
  });
  if (arg && result[0].versions.length === 0) {
    throw new AtmosError(`${arg} is not in ${nodePath.relative(cmd.ctx.cwd, tc.toolVersionsPath) || tc.toolVersionsPath}`, {
      code: 'TOOL_NOT_CONFIGURED',
      hint: `Add it with \`atmos-ts toolchain add ${arg}\`, or list upstream versions with \`atmos-ts toolchain get ${arg} --all\`.`,
    });
  }
  write(
    cmd,
    await renderData(format, arg ? result[0] : result, () =>
      table(
        ['TOOL', 'DEFAULT', 'VERSIONS'],
        result.map((r) => [r.tool, r.default ?? '-', r.versions.join(', ')]),
      ),
    ),
  );
}

/** `toolchain info <tool[@version]> [--platform os/arch] [-f text|json|yaml]`: resolution only, no download. */
export async function info(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const spec = parseToolSpec(cmd.args[0] as string);
  const platform = typeof cmd.opts.platform === 'string' ? parsePlatform(cmd.opts.platform) : undefined;
  const tc = await openToolchain(cmd);
  const result = await tc.info(spec, platform);
  const p = result.plan;
  write(
    cmd,
    await renderData(format, infoData(result), () =>
      keyValues([
        ['Tool', result.tool.requestedAs ? `${result.tool.requestedAs} (${result.tool.name})` : result.tool.name],
        ['Registry', result.tool.registry],
        ['Version', result.version],
        ['Platform', `${result.platform.os}/${result.platform.arch}`],
        ['Type', p.type],
        ['Asset', p.assetName],
        ['URL', result.effectiveUrls[0]],
        ['Fallback URLs', result.effectiveUrls.slice(1).join(', ')],
        ['Format', p.format || '(from the file name)'],
        ['Files', p.files.map((f) => (f.src === f.name ? f.name : `${f.name} <- ${f.src}`)).join(', ')],
        ['Checksum', result.checksumSource],
        ['Locked', result.locked ? `${result.locked.checksum_algorithm ?? 'sha256'}:${result.locked.checksum} ${result.locked.url}` : 'no'],
        ['Installed', result.installed ? `yes (${result.binDir})` : 'no'],
      ]),
    ),
  );
}

function infoData(r: ToolInfo): Record<string, unknown> {
  const p = r.plan;
  return {
    tool: r.tool.requestedAs ?? r.tool.name,
    name: r.tool.name,
    registry: r.tool.registry,
    version: r.version,
    platform: platformKey(r.platform),
    type: p.type,
    tag: p.tag,
    asset: p.assetName,
    url: r.effectiveUrls[0],
    urls: r.effectiveUrls,
    format: p.format,
    files: p.files,
    checksum: p.checksum ?? null,
    checksum_source: r.checksumSource,
    locked: r.locked ?? null,
    installed: r.installed,
    bin_dir: r.binDir,
    definition: r.definition,
  };
}

/** `toolchain aliases [--all] [-f text|json|yaml]`: configured aliases, plus registry short names with --all. */
export async function aliases(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const tc = await openToolchain(cmd);
  const configured = Object.fromEntries(
    Object.entries(cmd.ctx.config().values.toolchain.aliases ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  const all = cmd.opts.all === true ? await tc.aliases() : configured;
  const sorted = Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b)));
  if (format === 'text' && Object.keys(sorted).length === 0)
    cmd.ctx.logger.info('no aliases configured (toolchain.aliases in atmos.yaml); --all lists registry short names');
  else write(cmd, await renderData(format, sorted, () => table(['ALIAS', 'TOOL'], Object.entries(sorted))));
}

/** `toolchain du [-f text|json|yaml]`. */
export async function du(cmd: ToolchainCommand): Promise<void> {
  const format = outputFormat(cmd.opts.format);
  const tc = await openToolchain(cmd);
  const usage = await tc.du();
  write(
    cmd,
    await renderData(format, usage, () => {
      const rows = usage.tools.map((t) => [t.tool, t.version, formatBytes(t.bytes)]);
      rows.push(['(download cache)', '', formatBytes(usage.downloadsBytes)]);
      return `${table(['TOOL', 'VERSION', 'SIZE'], rows)}total ${formatBytes(usage.totalBytes)} in ${usage.installRoot}\n`;
    }),
  );
}

/** `toolchain clean [--cache-only] [--dry-run]`. */
export async function clean(cmd: ToolchainCommand): Promise<void> {
  const tc = await openToolchain(cmd);
  const dryRun = cmd.opts.dryRun === true;
  const res = await tc.clean({ cacheOnly: cmd.opts.cacheOnly === true, dryRun });
  for (const p of res.paths) write(cmd, `${dryRun ? 'would delete' : 'deleted'} ${p}\n`);
  cmd.ctx.logger.info(`${dryRun ? 'would free' : 'freed'} ${formatBytes(res.bytes)}`);
}
