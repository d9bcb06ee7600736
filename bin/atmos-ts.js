#!/usr/bin/env node
// The committed bundle, so `npx atmos-ts` works from a checkout after `npm ci` and starts fast.
import module from 'node:module';

// Node >= 22.1 keeps V8's compiled code for the bundle on disk, so a start does not recompile
// the ~0.5 MB bundle (about 10 ms of a `toolchain exec` in a CPU profile on Node 20, which
// lacks the API and simply skips this).
module.enableCompileCache?.();

// A warm `toolchain install` / `which` / `exec` is answered from the warm stamp by a small
// bundle of Node builtins (src/cli/fast.ts); anything else loads the CLI. A checkout whose
// dist/ predates the fast bundle simply runs the CLI.
let fast;
try {
  fast = await import('../dist/cli-fast/index.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
}
if (!fast?.handled) await import('../dist/cli/index.js');
