import * as core from '@actions/core';
import { ActionsLogger } from '../actionsLogger.js';
import { runPhases } from '../common/phase.js';
import { cliBundleBeside, exportMirror, readMirrorInputs, startMirror, stopMirror } from './mirror.js';

/**
 * actions/tf-mirror: main starts the Terraform registry cache proxy in the background for
 * the rest of the job (all terraform runs of the job share it); post stops it, reports
 * the savings and saves the cache.
 */
const ctx = () => ({ logger: new ActionsLogger(), env: process.env, cwd: process.cwd(), cliBundle: cliBundleBeside(import.meta.dirname) });

await runPhases({
  async main() {
    const started = await startMirror(readMirrorInputs(), ctx());
    exportMirror(started.announcement);
    core.setOutput('url', started.announcement.url);
    core.setOutput('cli-config', started.announcement.cliConfig);
    core.setOutput('cache-hit', String(started.cacheHit));
    core.info(`Terraform registry cache ready (${started.announcement.mode ?? 'registry'} mode, pid ${started.pid}); TF_CLI_CONFIG_FILE=${started.announcement.cliConfig}`);
  },
  async post() {
    await stopMirror(ctx());
  },
});
