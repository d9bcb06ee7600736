/** Names of actions/github-runtime's inputs (its outputs are exposure.ts's RUNTIME_OUTPUTS). */
export const INPUT = {
  mode: 'mode',
} as const;
