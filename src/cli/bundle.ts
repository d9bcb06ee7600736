/** `atmos-ts bundle …`: commander wiring over the bundle engine (src/bundle). */

import path from 'node:path';
import type { Command } from 'commander';
import { AtmosError } from '../common/errors.js';
import { formatBytes } from '../common/format.js';
import { parsePlatform } from '../common/platform.js';
import type { BundleChange, Manifest } from '../bundle/index.js';
import type { CliContext } from './context.js';
import { formatOption, platformOption } from './options.js';
import { outputFormat, renderData, table } from './render.js';

const loadEngine = () => import('../bundle/index.js');

export function registerBundleCommands(program: Command, getContext: () => CliContext): void {
  const bundle = program
    .command('bundle')
    .description('Air-gapped bundles: the closure of a repository (tools, providers, modules, git sources) in one verifiable file');

  bundle
    .command('create')
    .description('write the closure of the repository (or of the paths given) into one deterministic .tar.zst')
    .argument('[paths...]', 'repository directories, toolchain.lock.yaml or .terraform.lock.hcl files (default: .)')
    .requiredOption('-o, --output <file>', 'bundle file to write (e.g. deps.tar.zst)')
    .addOption(platformOption('platform to include (default: every platform in toolchain.lock.yaml, else this machine)'))
    .option('--from-cache-only', 'fetch nothing; fail listing what the local cache lacks')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (paths: string[], flags: { output: string; platform?: string[]; fromCacheOnly?: boolean; format: string }) => {
      const ctx = getContext();
      const { createBundle } = await loadEngine();
      const result = await createBundle({
        config: ctx.config(),
        paths,
        output: path.resolve(ctx.cwd, flags.output),
        platforms: flags.platform?.map((p) => parsePlatform(p)),
        fromCacheOnly: flags.fromCacheOnly,
        logger: ctx.logger,
        env: ctx.env,
        cwd: ctx.cwd,
      });
      const m = result.manifest;
      ctx.out.write(
        await renderData(
          outputFormat(flags.format),
          { ...summary(m), file: result.file, fileBytes: result.bytes },
          () =>
            `${result.file}: ${formatBytes(result.bytes)}, ${m.objects.length} objects — ${m.tools.length} tool assets, ${m.providers.length} providers, ${m.modules.length} modules, ${m.git.length} git repositories (${m.platforms.join(', ')})\n`,
        ),
      );
    });

  bundle
    .command('verify')
    .description('check every hash and provider signature, and completeness against the lock files it was made from (or --lock files)')
    .argument('<file>', 'bundle file')
    .option(
      '--lock <file>',
      'check completeness against this toolchain.lock.yaml / .terraform.lock.hcl instead, repeatable',
      (v: string, prev: string[] = []) => [...prev, v],
    )
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (file: string, flags: { lock?: string[]; format: string }) => {
      const ctx = getContext();
      const { verifyBundle } = await loadEngine();
      const report = await verifyBundle(path.resolve(ctx.cwd, file), { lockFiles: flags.lock?.map((l) => path.resolve(ctx.cwd, l)) });
      const data = {
        file: report.file,
        objects: report.objects,
        bytes: report.bytes,
        signatures: report.signaturesChecked,
        ok: report.problems.length === 0,
        problems: report.problems,
      };
      ctx.out.write(
        await renderData(outputFormat(flags.format), data, () =>
          report.problems.length === 0
            ? `${file}: OK — ${report.objects} objects (${formatBytes(report.bytes)}) match their hashes, ${report.signaturesChecked} SHA256SUMS signatures verified, complete for its lock files\n`
            : `${file}: ${report.problems.length} problem(s)\n${report.problems.map((p) => `  ${p}`).join('\n')}\n`,
        ),
      );
      if (report.problems.length > 0) {
        throw new AtmosError(`bundle ${file} failed verification`, {
          code: 'BUNDLE_CORRUPT',
          hint: 'Copy the bundle again, or create a new one on the connected machine.',
        });
      }
    });

  bundle
    .command('import')
    .description('verify and unpack a bundle into the cache root (atomically; never replaces a different object of the same name)')
    .argument('<file>', 'bundle file')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (file: string, flags: { format: string }) => {
      const ctx = getContext();
      const { importBundle } = await loadEngine();
      const report = await importBundle(path.resolve(ctx.cwd, file), { config: ctx.config(), logger: ctx.logger });
      ctx.out.write(
        await renderData(
          outputFormat(flags.format),
          report,
          () => `${file}: ${report.added} added, ${report.updated} updated, ${report.identical} already cached, ${report.kept} kept (local newer)\n`,
        ),
      );
    });

  bundle
    .command('ls')
    .description('what a bundle holds: tools, providers, modules, git repositories, the lock files it was made from')
    .argument('<file>', 'bundle file')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (file: string, flags: { format: string }) => {
      const ctx = getContext();
      const { readManifest } = await loadEngine();
      const m = await readManifest(path.resolve(ctx.cwd, file));
      ctx.out.write(await renderData(outputFormat(flags.format), summary(m), () => listing(m)));
    });

  bundle
    .command('diff')
    .description('what changed from bundle A to bundle B (tools, providers, modules, git sources): an audit trail for reviewers')
    .argument('<a>', 'older bundle')
    .argument('<b>', 'newer bundle')
    .addOption(formatOption(['text', 'json', 'yaml']))
    .action(async (a: string, b: string, flags: { format: string }) => {
      const ctx = getContext();
      const { readManifest, diffManifests } = await loadEngine();
      const changes = diffManifests(await readManifest(path.resolve(ctx.cwd, a)), await readManifest(path.resolve(ctx.cwd, b)));
      ctx.out.write(
        await renderData(outputFormat(flags.format), changes, () => (changes.length === 0 ? 'no changes\n' : changes.map(changeLine).join('\n') + '\n')),
      );
    });
}

function summary(m: Manifest) {
  return {
    kind: m.kind,
    platforms: m.platforms,
    inputs: m.inputs.map((i) => ({ path: i.path, sha256: i.sha256 })),
    tools: m.tools.map((t) => ({ name: t.name, version: t.version, platform: t.platform })),
    providers: m.providers,
    modules: m.modules,
    git: m.git.map((g) => g.url),
    objects: m.objects.length,
    bytes: m.objects.reduce((n, o) => n + o.size, 0),
  };
}

function listing(m: Manifest): string {
  const rows: string[][] = [];
  for (const t of m.tools) rows.push(['tool', t.name, t.version, t.platform]);
  for (const p of m.providers) rows.push(['provider', p.address, p.version, p.platforms.join(',')]);
  for (const mod of m.modules) rows.push(['module', mod.address, mod.version, '']);
  for (const g of m.git) rows.push(['git', g.url, '', '']);
  const size = m.objects.reduce((n, o) => n + o.size, 0);
  const inputs = m.inputs.map((i) => `  ${i.path}  sha256:${i.sha256.slice(0, 16)}…`).join('\n');
  return `${table(['KIND', 'NAME', 'VERSION', 'PLATFORMS'], rows)}\n\n${m.objects.length} objects, ${formatBytes(size)}${inputs ? `; made from:\n${inputs}` : ''}\n`;
}

function changeLine(c: BundleChange): string {
  const sign = c.change === 'added' ? '+' : c.change === 'removed' ? '-' : '~';
  const what = c.change === 'added' ? c.to : c.change === 'removed' ? c.from : `${c.from ?? '(none)'} → ${c.to ?? '(none)'}`;
  return `${sign} ${c.kind} ${c.name} ${what ?? ''}`.trimEnd();
}
