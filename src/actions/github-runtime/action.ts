// actions/github-runtime's one phase: re-expose the runner's runtime credentials to run: steps.
import { AtmosError } from '../../common/errors.js';
import { enumInput } from '../common/inputs.js';
import type { ActionPhases } from '../common/phase.js';
import { requireFileCommand } from '../common/runnerEnv.js';
import { INPUT } from './constants.js';
import { planExposure, RUNTIME_MODES } from './exposure.js';

/**
 * Re-expose the runtime credentials the runner gives only to action steps
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_RESULTS_URL`, …) to later `run:` steps:
 * as masked step outputs (default, least privilege) or as job-wide env. No post phase.
 */
export const githubRuntimeAction: ActionPhases = {
  async main({ io, logger, env }) {
    const mode = enumInput(io, INPUT.mode, RUNTIME_MODES, 'output');
    requireFileCommand(mode === 'output' ? 'GITHUB_OUTPUT' : 'GITHUB_ENV', env);
    const { values, masks } = planExposure(mode, env);
    // Masks first: once a value is in a file command it may be echoed by a later step.
    for (const m of masks) io.setSecret(m);
    const names = Object.keys(values);
    if (names.length === 0) {
      throw new AtmosError("no ACTIONS_* runtime values in this step's environment", {
        code: 'RUNTIME_UNAVAILABLE',
        explanation: 'The runner injects ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL into JavaScript action steps; none were found.',
        hint: 'Run this action with `uses:` in a GitHub-hosted or self-hosted runner job (not inside a container action or a run: step).',
      });
    }
    for (const name of names) {
      if (mode === 'output') io.setOutput(name, values[name]);
      else io.exportVariable(name, values[name]);
    }
    const via = mode === 'output' ? 'step outputs' : '$GITHUB_ENV';
    logger.info(`Exposed ${names.length} ACTIONS_* value(s) via ${via}: ${names.join(', ')}`);
  },
};
