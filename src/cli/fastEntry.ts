/**
 * Entry of the dist/cli-fast bundle that `bin/atmos-ts.js` requires first: answers a warm
 * command from the stamp, or resolves `handled` to false so the launcher loads the full CLI.
 * CommonJS on purpose (built by esbuild, see scripts/build.mjs): Node starts a CommonJS file
 * without initialising the ES module loader, ~10 ms of CPU that `node -e 0` does not pay either.
 */
import { runFast } from './fast.js';

export const handled: Promise<boolean> = runFast(process.argv).then((code) => {
  if (code !== undefined) process.exitCode = code;
  return code !== undefined;
});
