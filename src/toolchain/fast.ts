/*
 * The toolchain's second public entry, for the fast entry of the CLI (src/cli/fast.ts, bundled
 * alone into dist/cli-fast/index.cjs and run before the CLI on every warm command): only what
 * checks the warm stamp, Node builtins and nothing else — `index.ts` would evaluate the light
 * pieces (yaml among them) that the fast path exists to avoid. The tool runner is loaded only
 * when a tool is run.
 */
export { readValidStamp, SHIM_STAMP, touchShimStamp, type WarmStamp } from './shims/stamp.js';

/** `runTool` and friends (child process and signal plumbing), loaded on demand. */
export async function loadToolRunner(): Promise<typeof import('./exec.js')> {
  return import('./exec.js');
}
