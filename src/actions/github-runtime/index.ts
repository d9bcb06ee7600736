import * as core from '@actions/core';
import { AtmosError, formatError } from '../../common/errors.js';
import { enumInput } from '../common/inputs.js';
import { requireFileCommand } from '../common/runnerEnv.js';
import { planExposure, RUNTIME_MODES } from './exposure.js';

/**
 * Re-expose the runtime credentials the runner gives only to action steps
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, …) to later `run:` steps:
 * as masked step outputs (default, least privilege) or as job-wide env.
 */
function run(): void {
  const mode = enumInput('mode', RUNTIME_MODES, 'output');
  requireFileCommand(mode === 'output' ? 'GITHUB_OUTPUT' : 'GITHUB_ENV');
  const { values, masks } = planExposure(mode, process.env);
  // Masks first: once a value is in a file command it may be echoed by a later step.
  for (const m of masks) core.setSecret(m);
  const names = Object.keys(values);
  if (names.length === 0) {
    throw new AtmosError('no ACTIONS_* runtime values in this step\'s environment', {
      code: 'RUNTIME_UNAVAILABLE',
      explanation: 'The runner injects ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL into JavaScript action steps; none were found.',
      hint: 'Run this action with `uses:` in a GitHub-hosted or self-hosted runner job (not inside a container action or a run: step).',
    });
  }
  for (const name of names) {
    if (mode === 'output') core.setOutput(name, values[name]);
    else core.exportVariable(name, values[name]);
  }
  const via = mode === 'output' ? 'step outputs' : '$GITHUB_ENV';
  core.info(`Exposed ${names.length} ACTIONS_* value(s) via ${via}: ${names.join(', ')}`);
}

try {
  run();
} catch (err) {
  core.setFailed(formatError(err));
}
