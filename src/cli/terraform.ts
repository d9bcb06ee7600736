/**
 * `atmos-ts terraform …` commands. Wiring only: each action loads its implementation
 * from ./terraform/ on demand, so `atmos-ts terraform plan` never loads the cache
 * management code and `cache list` never loads the proxy.
 */

import { Command, Option } from 'commander';
import type { CliContext } from './context.js';
import { formatOption, platformOption } from './options.js';

type Impl = (ctx: CliContext, args: unknown[], opts: Record<string, unknown>) => Promise<void>;

export function registerTerraformCommands(program: Command, getContext: () => CliContext): void {
  const terraform = program
    .command('terraform')
    .description('Run terraform/tofu (components.terraform.command) through the registry cache; `terraform cache …` manages it')
    .argument('[args...]', 'arguments passed to terraform/tofu unchanged')
    .allowUnknownOption()
    .allowExcessArguments()
    .passThroughOptions()
    .helpOption('--atmos-help', 'help for `atmos-ts terraform` (plain --help goes to terraform)')
    .addHelpText('after', '\nExamples:\n  atmos-ts terraform init\n  atmos-ts terraform plan -out=plan.tfplan\n  atmos-ts terraform cache serve --mode mirror')
    .action(async (args: string[]) => {
      const { runTerraform } = await import('./terraform/run.js');
      await runTerraform(getContext(), args ?? []);
    });

  // Subcommands inherit `--atmos-help`; the cache commands are ours, so they get the usual --help back.
  const cache = terraform
    .command('cache')
    .description('Terraform registry cache: serve, inspect, prune, warm, trust')
    .helpOption('-h, --help', 'display help for command')
    .showHelpAfterError();
  const sub = (nameAndArgs: string, description: string, load: () => Promise<Impl>): Command =>
    cache
      .command(nameAndArgs)
      .description(description)
      .action(async (...actionArgs: unknown[]) => {
        const self = actionArgs[actionArgs.length - 1] as Command;
        await (
          await load()
        )(getContext(), self.processedArgs as unknown[], self.opts());
      });
  const format = () => formatOption(['text', 'json', 'yaml']);

  sub(
    'serve',
    'run the proxy in the foreground; prints one JSON line when ready, stops on SIGINT/SIGTERM',
    async () => (await import('./terraform/serve.js')).serve,
  )
    .option('--port <n>', 'listen port on 127.0.0.1 (default components.terraform.cache.port, 0 = any free port)')
    .addOption(new Option('--mode <mode>', 'registry (http host overrides) or mirror (https network mirror)').choices(['registry', 'mirror']))
    .option('--cli-config-out <file>', 'write the generated Terraform CLI config here (kept after exit) instead of a temp file')
    .option('--report-file <file>', 'write the savings report as JSON here when stopping')
    .option('--bundle <file>', 'serve straight from this bundle (verified, unpacked to a temporary directory), offline, without importing it')
    .addHelpText('after', '\nThe JSON line has url, port, secret, mode, cli_config, pid, mirror_url (mirror mode) and env (variables for terraform).');

  sub('list', 'cached objects (providers, modules, metadata)', async () => (await import('./terraform/cache.js')).list).addOption(format());
  sub('stats', 'size and object counts of the cache', async () => (await import('./terraform/cache.js')).stats).addOption(format());
  sub('prune', 'delete metadata older than --older-than (with --all: artifacts too)', async () => (await import('./terraform/cache.js')).prune)
    .option('--older-than <duration>', 'age like 168h, 30m (env ATMOS_TERRAFORM_CACHE_PRUNE_OLDER_THAN)')
    .option('--all', 'also provider packages, SHA256SUMS and module archives')
    .option('--dry-run', 'show what would be deleted')
    .addOption(format());
  sub('delete', 'delete one cached object, or everything under a directory key', async () => (await import('./terraform/cache.js')).remove).argument(
    '<key>',
    'a key as `terraform cache list` shows it, or a directory of keys (e.g. providers/registry.terraform.io)',
  );
  sub('warm', 'pre-fetch the providers of .terraform.lock.hcl files or module directories', async () => (await import('./terraform/cache.js')).warm)
    .argument('[paths...]', '.terraform.lock.hcl files or directories with required_providers (default: .)')
    .addOption(platformOption('platform to fetch (default components.terraform.platforms, else this machine)'))
    .addOption(format());
  sub('trust', 'add the mirror-mode CA to the OS trust store (macOS, Windows)', async () => (await import('./terraform/cache.js')).trust);
  sub('untrust', 'remove the mirror-mode CA from the OS trust store', async () => (await import('./terraform/cache.js')).untrust);
}
