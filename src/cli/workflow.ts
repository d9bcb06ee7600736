import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** `atmos-ts workflow …` commands. */
export function registerWorkflowCommands(program: Command, getContext: () => CliContext): void {
  void program;
  void getContext;
}
