import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** `atmos-ts toolchain …` commands. */
export function registerToolchainCommands(program: Command, getContext: () => CliContext): void {
  void program;
  void getContext;
}
