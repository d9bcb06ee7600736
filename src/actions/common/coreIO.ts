/*
 * {@link ActionIO} over `@actions/core`: the only module of src/actions that imports it
 * (test/actions/ioSeam.test.ts holds that line).
 */

import * as core from '@actions/core';
import { ActionsLogger } from '../actionsLogger.js';
import type { ActionContext, ActionIO } from './io.js';

export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name),
  setOutput: (name, value) => core.setOutput(name, value),
  getState: (name) => core.getState(name),
  saveState: (name, value) => core.saveState(name, value),
  exportVariable: (name, value) => core.exportVariable(name, value),
  addPath: (dir) => core.addPath(dir),
  setSecret: (value) => core.setSecret(value),
  async appendSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    try {
      await core.summary.addRaw(markdown).write();
    } catch (err) {
      core.debug(`job summary not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  },
  group: (name, fn) => core.group(name, fn),
  setFailed: (message) => core.setFailed(message),
  isDebug: () => core.isDebug(),
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message, annotation) => core.warning(message, annotation),
  error: (message, annotation) => core.error(message, annotation),
};

/** The context of a real runner step: this process's env and cwd. */
export function runnerContext(): ActionContext {
  return { io: coreIO, logger: new ActionsLogger(coreIO), env: process.env, cwd: process.cwd() };
}
