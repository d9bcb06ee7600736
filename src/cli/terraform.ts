import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** `atmos-ts terraform …` commands. */
export function registerTerraformCommands(program: Command, getContext: () => CliContext): void {
  void program;
  void getContext;
}
