import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** `atmos-ts ci …` commands. */
export function registerCiCommands(program: Command, getContext: () => CliContext): void {
  void program;
  void getContext;
}
