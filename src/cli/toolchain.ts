/**
 * `atmos-ts toolchain …` commands. Wiring only: every action dynamically imports its
 * implementation, so `toolchain exec` never loads (or parses) the code of `install`,
 * `lock` or the registries it does not need. Global toolchain flags are accepted both
 * before and after the subcommand (`toolchain --tool-versions x install` and
 * `toolchain install --tool-versions x`), as Atmos's persistent flags are.
 */

import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { addFormatOption, deprecatedOption, formatOption, platformArg, platformOption } from './options.js';
import type { ToolchainCommand } from './toolchain/session.js';

type Impl = (cmd: ToolchainCommand) => Promise<void>;
type Loader = () => Promise<Impl>;

function addToolchainFlags(cmd: Command, hidden = false): Command {
  const opt = (flags: string, description: string) => {
    const o = new Option(flags, description);
    return hidden ? o.hideHelp() : o;
  };
  return cmd
    .addOption(opt('--tool-versions <file>', '.tool-versions file (default .tool-versions; env ATMOS_TOOL_VERSIONS)'))
    .addOption(opt('--toolchain-path <dir>', 'install root (default <cache root>/toolchain; env ATMOS_TOOLCHAIN_PATH)'))
    .addOption(new Option('--tools-dir <dir>', 'seed-era name of --toolchain-path').hideHelp())
    .addOption(opt('--tools-config <file>', 'standalone tools.yaml with aliases: and tools:'))
    .addOption(new Option('--github-token <token>', 'GitHub token (env ATMOS_GITHUB_TOKEN, GITHUB_TOKEN)').hideHelp());
}

/** What the positional arguments of the subcommands mean (shown in help and docs/cli.md). */
const ARGUMENTS: Record<string, string> = {
  tools: 'tool or tool@version: an alias, a short name or owner/repo',
  tool: 'tool or tool@version: an alias, a short name or owner/repo',
  args: 'arguments passed to the tool unchanged',
  version: 'the version to pin (default: the latest release)',
  shell: 'bash, zsh, sh, fish or pwsh (default bash)',
};

export function registerToolchainCommands(program: Command, getContext: () => CliContext): void {
  const toolchain = addToolchainFlags(
    program.command('toolchain').description('Install and run pinned CLI tools (.tool-versions, Aqua registry, toolchain.lock.yaml)'),
  )
    .enablePositionalOptions()
    .showHelpAfterError();

  const sub = (nameAndArgs: string, description: string, load: Loader): Command => {
    const cmd = addToolchainFlags(toolchain.command(nameAndArgs).description(description), true);
    for (const a of cmd.registeredArguments) a.description ||= ARGUMENTS[a.name()] ?? '';
    cmd.addHelpText(
      'afterAll',
      '\nThe toolchain flags --tool-versions, --toolchain-path and --tools-config are accepted here too (see `atmos-ts toolchain --help`).',
    );
    cmd.action(async (...actionArgs: unknown[]) => {
      const self = actionArgs[actionArgs.length - 1] as Command;
      const impl = await load();
      await impl({
        ctx: getContext(),
        args: self.processedArgs as unknown[],
        opts: { ...toolchain.opts(), ...self.opts() },
      });
    });
    return cmd;
  };
  const withFormat = (cmd: Command, formats = ['text', 'json', 'yaml']) => addFormatOption(cmd, getContext, formatOption(formats));

  sub('install [tools...]', 'install tools (no arguments: everything in .tool-versions)', async () => (await import('./toolchain/install.js')).install)
    .option('--reinstall', 'download and install again even when installed')
    .option('--default', 'also make the version the default in .tool-versions')
    .option('--max-concurrency <n>', 'parallel installs (default 4; env ATMOS_TOOLCHAIN_MAX_CONCURRENCY)')
    .addHelpText(
      'after',
      '\nTools are written tool or tool@version (alias, short name or owner/repo).\nExamples:\n  atmos-ts toolchain install\n  atmos-ts toolchain install terraform@1.9.8 opentofu/opentofu@1.8.0',
    );

  sub(
    'uninstall [tools...]',
    'remove installed versions (no arguments: the versions in .tool-versions)',
    async () => (await import('./toolchain/install.js')).uninstall,
  ).option('--all', 'every installed tool, not only those in .tool-versions');

  sub('update [tools...]', 'move pins in .tool-versions to the newest release', async () => (await import('./toolchain/pins.js')).update).option(
    '--dry-run',
    'show what would change without writing',
  );

  withFormat(
    sub('list', 'configured and installed tools with status and size', async () => (await import('./toolchain/inspect.js')).list)
      .option('--installed-only', 'only installed versions')
      .option('--pending-only', 'only configured versions that are not installed'),
  );

  sub('which <tool>', "absolute path of an installed tool's binary", async () => (await import('./toolchain/paths.js')).which);

  const pathCmd = withFormat(
    sub('path', 'PATH entries of the configured tools', async () => (await import('./toolchain/paths.js')).path)
      .option('--export', 'print as `export PATH=…` for eval (same as `toolchain env -f bash`)')
      .option('--relative', 'paths relative to the current directory'),
  );
  deprecatedOption(pathCmd, getContext, { flags: '--json', use: '-f json', target: 'format', value: 'json' });

  const envCmd = sub('env', 'PATH for a shell, a dotenv file or GitHub Actions', async () => (await import('./toolchain/paths.js')).env)
    .addOption(
      formatOption(['bash', 'fish', 'powershell', 'dotenv', 'json', 'github'], {
        // zsh and sh take bash's syntax; pwsh is PowerShell's binary name.
        synonyms: { sh: 'bash', zsh: 'bash', shell: 'bash', pwsh: 'powershell', env: 'dotenv' },
        description: 'output format (zsh and sh: bash; pwsh: powershell)',
      }),
    )
    .option('--output-file <path>', 'append to this file instead of printing (github: default $GITHUB_PATH)')
    .option('--relative', 'paths relative to the current directory')
    .addHelpText(
      'after',
      '\n--format github appends one directory per line to $GITHUB_PATH (printed when $GITHUB_PATH is unset).\nExample: eval "$(atmos-ts toolchain env)"',
    );
  deprecatedOption(envCmd, getContext, { flags: '-o, --output <file>', use: '--output-file', target: 'outputFile' });

  sub(
    'shims',
    'write shims that run each pinned tool directly (no Node), plus an atmos-ts launcher; prints the directory',
    async () => (await import('./toolchain/shims.js')).shims,
  )
    .option('--dir <dir>', 'shims directory (default <toolchain path>/shims/<hash of the current directory>)')
    .option('--github-path', 'also append the directory to $GITHUB_PATH (GitHub Actions)')
    .addHelpText(
      'after',
      '\nThe shims are rewritten by every `toolchain install`. A shim runs its binary directly while .tool-versions, the lock and atmos.yaml are unchanged; otherwise it runs `atmos-ts toolchain exec`.\nExample: export PATH="$(atmos-ts toolchain shims):$PATH"',
    );

  sub('activate [shell]', 'write the shims and print the line that puts them first on PATH', async () => (await import('./toolchain/shims.js')).activate)
    .option('--dir <dir>', 'shims directory (default <toolchain path>/shims/<hash of the current directory>)')
    .addHelpText(
      'after',
      '\nExamples:\n  eval "$(atmos-ts toolchain activate bash)"\n  atmos-ts toolchain activate fish | source\n  atmos-ts toolchain activate pwsh | Out-String | Invoke-Expression',
    );

  for (const name of ['exec', 'run']) {
    sub(
      `${name} <tool> [args...]`,
      name === 'exec' ? 'run a tool at its pinned version (installs it when missing)' : 'alias of exec',
      async () => (await import('./toolchain/paths.js')).exec,
    )
      .passThroughOptions()
      .allowUnknownOption()
      .addHelpText(
        'after',
        `\nEverything after the tool (or after --) goes to the tool unchanged.\nExample: atmos-ts toolchain ${name} terraform@1.9.8 -- version`,
      );
  }

  sub('add <tools...>', 'add tool versions to .tool-versions (no version: the latest release)', async () => (await import('./toolchain/pins.js')).add).option(
    '--default',
    'make the version the default (replaces the line)',
  );

  sub(
    'remove <tool>',
    'remove a tool, or one version (tool@version), from .tool-versions and the lock',
    async () => (await import('./toolchain/pins.js')).remove,
  );

  sub('set <tool> [version]', 'make a version the only pinned version (no version: the latest release)', async () => (await import('./toolchain/pins.js')).set);

  const getCmd = sub(
    'get [tool]',
    'configured versions (semver order); --all lists versions available upstream',
    async () => (await import('./toolchain/inspect.js')).get,
  )
    .option('--all', 'list versions available from GitHub')
    .option('--limit <n>', 'at most this many versions with --all', '20')
    .option('--prerelease', 'include pre-releases with --all');
  withFormat(getCmd);

  withFormat(
    sub(
      'info <tool>',
      'resolved definition for a platform: URL, format, files, checksum source (no download)',
      async () => (await import('./toolchain/inspect.js')).info,
    ).addOption(
      new Option('--platform <os/arch>', 'target platform, e.g. windows/amd64; os_arch is accepted too (default: this machine)').argParser(platformArg),
    ),
  );

  withFormat(
    sub('aliases', 'tool aliases and short names', async () => (await import('./toolchain/inspect.js')).aliases).option(
      '--all',
      'include every registry short name, not only configured aliases',
    ),
  );

  sub('clean', 'delete installed tools and the download cache', async () => (await import('./toolchain/inspect.js')).clean)
    .option('--cache-only', 'only the download cache')
    .option('--dry-run', 'show what would be deleted');

  withFormat(sub('du', 'disk usage of the install root', async () => (await import('./toolchain/inspect.js')).du));

  sub('lock [tools...]', 'record URL and checksum of every platform in toolchain.lock.yaml', async () => (await import('./toolchain/pins.js')).lock)
    .addOption(platformOption('platform to lock (default toolchain.platforms, else this machine)'))
    .option('--max-concurrency <n>', 'parallel downloads');
}
