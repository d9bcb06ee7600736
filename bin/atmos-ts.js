#!/usr/bin/env node
// The committed bundle, so `npx atmos-ts` works from a checkout after `npm ci` and starts fast.
import '../dist/cli/index.js';
