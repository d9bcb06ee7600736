/** Input names every action with a post-phase save declares (see savePolicy.ts). */
export const JOB_STATUS_INPUT = 'job-status';
/** The shared `config` input: path to atmos.yaml. */
export const CONFIG_INPUT = 'config';
