#!/usr/bin/env node
// The committed bundle, so `npx atmos-ts` works from a checkout after `npm ci` and starts fast.
// CommonJS (bin/package.json): Node starts it without the ES module loader, which the fast path
// below then never needs; the full CLI (ESM) is loaded with import() only when it runs.
'use strict';

// Node >= 22.1 keeps V8's compiled code for the bundle on disk, so a start does not recompile
// the ~0.5 MB bundle (about 10 ms of a `toolchain exec` in a CPU profile on Node 20, which
// lacks the API and simply skips this).
require('node:module').enableCompileCache?.();

// A warm `toolchain install` / `which` / `exec` is answered from the warm stamp by a small
// bundle of Node builtins (src/cli/fast.ts, see docs/shims.md); anything else loads the CLI.
// A checkout whose dist/ predates the fast bundle simply runs the CLI.
let fast;
try {
  fast = require('../dist/cli-fast/index.cjs');
} catch (err) {
  if (err?.code !== 'MODULE_NOT_FOUND') throw err;
}
Promise.resolve(fast?.handled).then((handled) => {
  if (!handled) return import('../dist/cli/index.js');
});
