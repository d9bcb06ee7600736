/*
 * When an action saves to the Actions cache — one rule for every action, the rule of
 * actions/cache: `on-success` saves only when the job has not failed or been cancelled so
 * far, `always` saves whatever the outcome, `never` does not save.
 *
 * actions/cache gets "so far" from `post-if: success()`. Our posts must always run (to stop
 * the proxy, publish the summary), so every action.yml declares `post-if: always()` and a
 * `job-status` input whose default is `${{ job.status }}`: the runner evaluates input
 * defaults again for the post step (ActionRunner.RunAsync runs per stage) against the
 * job's live status, which is exactly what `success()` reads.
 */

import type { Logger } from '../../common/logger.js';
import type { ActionIO } from './io.js';
import { JOB_STATUS_INPUT } from './constants.js';

export const SAVE_POLICIES = ['on-success', 'always', 'never'] as const;
export type SavePolicy = (typeof SAVE_POLICIES)[number];

export type JobStatus = 'success' | 'failure' | 'cancelled';

/** The job's status as the `job-status` input carries it; empty (not run by a runner) counts as success. */
export function jobStatus(io: ActionIO): JobStatus {
  const raw = io.getInput(JOB_STATUS_INPUT).trim().toLowerCase();
  return raw === 'failure' || raw === 'cancelled' ? raw : 'success';
}

/** Should the post step save under `policy`? Says why not when it does not. */
export function saveInPost(io: ActionIO, policy: SavePolicy, what: string, logger: Logger): boolean {
  if (policy === 'never') {
    logger.info(`${what}: not saved (save: never)`);
    return false;
  }
  const status = jobStatus(io);
  if (policy === 'on-success' && status !== 'success') {
    logger.info(`${what}: not saved because the job status is ${status} (save: on-success; use save: always to keep it anyway)`);
    return false;
  }
  return true;
}
