/**
 * Pure decisions of the github-runtime action: which runtime values to hand on, under
 * which names, and which of them to mask.
 */
export type RuntimeMode = 'output' | 'env';
export const RUNTIME_MODES: readonly RuntimeMode[] = ['output', 'env'];

/** Step output name → runner variable. */
export const RUNTIME_OUTPUTS: Readonly<Record<string, string>> = {
  'runtime-token': 'ACTIONS_RUNTIME_TOKEN',
  'results-url': 'ACTIONS_RESULTS_URL',
  'cache-url': 'ACTIONS_CACHE_URL',
  'runtime-url': 'ACTIONS_RUNTIME_URL',
  // Not a secret, but tools such as buildx speak the retired v1 protocol without it.
  'cache-service-v2': 'ACTIONS_CACHE_SERVICE_V2',
};

export interface Exposure {
  /** name → value to write (output name or env var name). */
  values: Record<string, string>;
  /** Values to register with ::add-mask:: before anything is written. */
  masks: string[];
}

/**
 * `output`: the four endpoint/credential values as step outputs, every one masked
 * (plus `cache-service-v2`, which is a flag like "True" and must not be masked or every
 * "True" in the log turns into ***). `env`: every non-empty `ACTIONS_*` variable;
 * anything named like a token is masked.
 */
export function planExposure(mode: RuntimeMode, env: NodeJS.ProcessEnv): Exposure {
  const values: Record<string, string> = {};
  const masks: string[] = [];
  if (mode === 'output') {
    for (const [output, variable] of Object.entries(RUNTIME_OUTPUTS)) {
      const value = env[variable];
      if (!value) continue;
      values[output] = value;
      if (variable !== 'ACTIONS_CACHE_SERVICE_V2') masks.push(value);
    }
  } else {
    for (const name of Object.keys(env).sort()) {
      const value = env[name];
      if (!name.startsWith('ACTIONS_') || !value) continue;
      values[name] = value;
      if (/TOKEN/i.test(name)) masks.push(value);
    }
  }
  return { values, masks };
}
