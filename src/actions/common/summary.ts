import * as core from '@actions/core';
import { errorMessage } from '../../common/errors.js';
import type { Logger } from '../../common/logger.js';

/** Append markdown to the job summary; best effort (a local run has no GITHUB_STEP_SUMMARY). */
export async function writeSummary(markdown: string, logger: Logger): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (err) {
    logger.debug(`job summary not written: ${errorMessage(err)}`);
  }
}
