// How failed installs read in the step log: one line per tool, every failure at once.
import { AtmosError } from '../../common/errors.js';
import type { InstallOutcome } from '../../toolchain/index.js';

/** One line per failed install: tool, version, platform, URL and reason. */
export function describeFailure(o: InstallOutcome, platform: string): string {
  const err = o.error;
  const url = (err?.context?.url as string | undefined) ?? o.plan?.urls?.[0];
  const reason = err ? [err.message, err.explanation].filter(Boolean).join(' — ') : 'unknown error';
  return `${o.tool.requestedAs ?? o.tool.name} ${o.version} (${platform})${url ? ` from ${url}` : ''}: ${reason}`;
}

/** The step's failure: every failed tool, so one run shows all problems. */
export function installFailure(failed: InstallOutcome[], platform: string): AtmosError {
  const lines = failed.map((o) => describeFailure(o, platform));
  const hints = [...new Set(failed.map((o) => o.error?.hint).filter(Boolean))];
  return new AtmosError(`${failed.length} tool(s) could not be installed:\n${lines.map((l) => `  - ${l}`).join('\n')}`, {
    code: 'INSTALL_FAILED',
    hint: hints.join(' ') || 'Check the versions in .tool-versions and the registry definitions.',
  });
}
