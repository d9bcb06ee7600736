/**
 * Entry of the dist/cli-fast bundle that `bin/atmos-ts.js` loads first: answers a warm
 * command from the stamp, or leaves `handled` false so the launcher loads the full CLI.
 */
import { runFast } from './fast.js';

const code = await runFast(process.argv);
if (code !== undefined) process.exitCode = code;

export const handled = code !== undefined;
