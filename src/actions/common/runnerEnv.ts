/*
 * The runner's file commands. `@actions/core` silently falls back to deprecated stdout
 * commands when a file variable is missing; the actions require the file instead so a
 * misconfigured runner fails loudly.
 */

import { AtmosError } from '../../common/errors.js';

export function requireFileCommand(name: 'GITHUB_OUTPUT' | 'GITHUB_ENV' | 'GITHUB_STATE' | 'GITHUB_PATH', env = process.env): string {
  const file = env[name];
  if (!file) {
    throw new AtmosError(`${name} is not set (is this running inside GitHub Actions?)`, {
      code: 'NOT_IN_RUNNER',
      explanation: `The runner passes ${name} to every action step; without it this action cannot hand values to later steps.`,
      hint: 'Run this action as a step of a GitHub Actions job, or set the file variables yourself when testing.',
    });
  }
  return file;
}
