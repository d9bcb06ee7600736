// actions/tf-mirror's phases, for runPhases (index.ts) and for in-process tests.
import type { ActionPhases } from '../common/phase.js';
import { OUTPUT } from './constants.js';
import { exportMirror, readMirrorInputs, startMirror, stopMirror } from './mirror.js';

/**
 * actions/tf-mirror: main starts the Terraform registry cache proxy in the background for
 * the rest of the job (all terraform runs of the job share it); post stops it, reports
 * the savings and saves the cache. `cli`: node arguments that run the atmos-ts CLI.
 */
export function tfMirrorAction(cli: string[]): ActionPhases {
  return {
    async main(ctx) {
      const started = await startMirror(readMirrorInputs(ctx.io), ctx, cli);
      exportMirror(ctx.io, started.announcement);
      ctx.io.setOutput(OUTPUT.url, started.announcement.url);
      ctx.io.setOutput(OUTPUT.cliConfig, started.announcement.cliConfig);
      ctx.io.setOutput(OUTPUT.cacheHit, String(started.cacheHit));
      ctx.logger.info(
        `Terraform registry cache ready (${started.announcement.mode ?? 'registry'} mode, pid ${started.pid}); TF_CLI_CONFIG_FILE=${started.announcement.cliConfig}`,
      );
    },
    async post(ctx) {
      await stopMirror(ctx);
    },
  };
}
