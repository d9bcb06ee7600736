/**
 * Child process for cross-process toolchain tests: installs one tool with the fixture
 * registry and prints the outcome as JSON. Usage (env): CHILD_CWD, CHILD_TOOL, CHILD_VERSION,
 * plus the harness env (GITHUB_*, ATMOS_XDG_CACHE_HOME …).
 */
import { MemoryLogger } from './memoryLogger.js';
import { loadConfig } from '../../src/config/load.js';
import { createToolchain } from '../../src/toolchain/index.js';
import { fixtureRegistry } from './realTools.js';

const cwd = process.env.CHILD_CWD!;
const config = loadConfig({ cwd, env: process.env });
const logger = new MemoryLogger('info');
const tc = await createToolchain({ config, env: process.env, logger, registry: fixtureRegistry() });
const [o] = await tc.install([{ tool: process.env.CHILD_TOOL!, version: process.env.CHILD_VERSION }]);
process.stdout.write(
  JSON.stringify({ status: o.status, error: o.error?.message, waited: logger.records.some((r) => /waiting for another process/.test(r.message)) }) + '\n',
);
process.exitCode = o.status === 'failed' ? 1 : 0;
