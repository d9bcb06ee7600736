/**
 * Offline mode: the one choke point every outbound connection passes through. `--offline`,
 * `ATMOS_OFFLINE=1` and `offline: true` in atmos.yaml all end up as `ATMOS_OFFLINE=1` in the
 * environment (the CLI sets it), so child processes — a detached registry cache, `terraform`
 * itself — inherit the decision. HttpClient and every `git` spawn that reaches a remote ask
 * {@link assertMayConnect} first; what is missing fails at once with a message naming the
 * object and how to bring it in with a bundle, instead of waiting for a timeout.
 */

import { AtmosError } from './errors.js';

/** True when `ATMOS_OFFLINE` is set to a true value (1, true, yes, on). */
export function isOffline(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes|on)$/i.test((env.ATMOS_OFFLINE ?? '').trim());
}

/** The hint every offline failure ends with: how to get the object onto this machine. */
export const BUNDLE_HINT =
  'On a connected machine, run `atmos-ts bundle create --output deps.tar.zst` in this repository (or `atmos-ts ci cache export`), ' +
  'copy the file here and run `atmos-ts bundle import deps.tar.zst` (actions: `bundle: deps.tar.zst`). ' +
  'Or leave offline mode (unset ATMOS_OFFLINE, drop --offline / `offline: true`).';

/** The error for "this needs the network, and we are offline". `what` names the object. */
export function offlineError(what: string, target?: string): AtmosError {
  return new AtmosError(`offline: ${what} is not available locally`, {
    code: 'OFFLINE_MISSING',
    explanation:
      'atmos-ts runs in offline mode (--offline, ATMOS_OFFLINE=1 or `offline: true` in atmos.yaml) and opens no outbound connection' +
      (target ? `; it would have had to fetch ${target}.` : '.'),
    hint: BUNDLE_HINT,
    context: target ? { source: target } : undefined,
  });
}

/** Throw {@link offlineError} when offline. Call before opening any outbound connection. */
export function assertMayConnect(what: string, target: string | undefined, env: NodeJS.ProcessEnv = process.env): void {
  if (isOffline(env)) throw offlineError(what, target);
}

/** Whether an error is the offline refusal (the proxy turns it into a 404 with the reason). */
export function isOfflineError(err: unknown): err is AtmosError {
  return err instanceof AtmosError && err.code === 'OFFLINE_MISSING';
}
