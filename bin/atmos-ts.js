#!/usr/bin/env node
// The committed bundle, so `npx atmos-ts` works from a checkout after `npm ci` and starts fast.
import module from 'node:module';

// Node >= 22.1 keeps V8's compiled code for the bundle on disk: ~20 ms less per start, which
// is most of what `toolchain exec` costs beyond Node itself. Older Node simply lacks it.
module.enableCompileCache?.();
await import('../dist/cli/index.js');
