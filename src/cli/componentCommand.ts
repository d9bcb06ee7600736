import path from 'node:path';
import { AtmosError } from '../common/errors.js';
import { onPath } from '../workflow/index.js';

/**
 * A component command that resolved to a bare name (no version, no .tool-versions pin)
 * runs from PATH; when PATH has no such program, say how to get it instead of letting
 * the spawn fail with the generic "reinstall the tool" hint (nothing was installed).
 */
export function requireOnPath(file: string, env: NodeJS.ProcessEnv, where: string, example: string): void {
  if (path.isAbsolute(file) || file.includes('/') || onPath(file, env)) return;
  throw new AtmosError(`${file} is not installed`, {
    code: 'TOOL_NOT_INSTALLED',
    exitCode: 127,
    explanation: `${where} is "${file}", which .tool-versions does not pin, and no ${file} is on PATH.`,
    hint: `Pin a version so atmos-ts installs it on demand: set ${where}: ${example} in atmos.yaml, or add "${example.replace('@', ' ')}" to .tool-versions.`,
  });
}
