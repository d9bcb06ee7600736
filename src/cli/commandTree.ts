/**
 * The commander tree as plain data, for what is generated from it: the CLI reference
 * (docs/cli.md) and the shell completion scripts. Hidden options and commands, the
 * implicit `help` command and every command's own `-h, --help` are left out.
 */

import type { Command, Option } from 'commander';
import { deprecationsOf, type Deprecation } from './options.js';

export interface OptionInfo {
  flags: string;
  short?: string;
  long?: string;
  description: string;
  takesValue: boolean;
  choices?: string[];
  defaultValue?: string;
}

export interface ArgumentInfo {
  name: string;
  required: boolean;
  variadic: boolean;
  description: string;
  choices?: string[];
}

export interface CommandInfo {
  /** Words after `atmos-ts`: [] for the program itself. */
  path: string[];
  name: string;
  description: string;
  usage: string;
  arguments: ArgumentInfo[];
  options: OptionInfo[];
  deprecated: Deprecation[];
  subcommands: CommandInfo[];
}

function optionInfo(o: Option): OptionInfo {
  const d = o.defaultValue as unknown;
  return {
    flags: o.flags,
    short: o.short,
    long: o.long,
    description: o.description,
    takesValue: o.required || o.optional,
    choices: o.argChoices,
    defaultValue: d === undefined || typeof d === 'boolean' ? undefined : Array.isArray(d) ? d.join(',') : String(d),
  };
}

function isHidden(cmd: Command): boolean {
  return (cmd as unknown as { _hidden?: boolean })._hidden === true;
}

export function commandTree(cmd: Command, path: string[] = []): CommandInfo {
  const help = cmd.createHelp();
  return {
    path,
    name: cmd.name(),
    description: cmd.description(),
    usage: help.commandUsage(cmd),
    arguments: cmd.registeredArguments.map((a) => ({
      name: a.name(),
      required: a.required,
      variadic: a.variadic,
      description: a.description,
      choices: a.argChoices,
    })),
    options: help
      .visibleOptions(cmd)
      .filter((o) => o.long !== '--help')
      .map(optionInfo),
    deprecated: deprecationsOf(cmd),
    subcommands: cmd.commands.filter((c) => !isHidden(c) && c.name() !== 'help').map((c) => commandTree(c, [...path, c.name()])),
  };
}

/** Every command of the tree, depth first, the program first. */
export function allCommands(root: CommandInfo): CommandInfo[] {
  return [root, ...root.subcommands.flatMap(allCommands)];
}
