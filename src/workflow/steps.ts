import { AtmosError } from '../common/errors.js';

export type StepType = 'shell' | 'atmos';

export interface Step {
  /** `step1`, `step2`, … when the config gives no name (Atmos's convention). */
  name: string;
  command: string;
  type: StepType;
}

/**
 * Steps as atmos.yaml writes them: a string (a shell command) or
 * `{name, command, type: shell|atmos}`. `type: atmos` runs `atmos-ts <command>`.
 */
export function normalizeSteps(raw: unknown, where: string): Step[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    throw new AtmosError(`${where}.steps must be a list`, { code: 'CONFIG_INVALID', hint: 'Write steps as a YAML list of commands.' });
  }
  return raw.map((entry, i) => {
    const at = `${where}.steps[${i}]`;
    if (typeof entry === 'string') return { name: `step${i + 1}`, command: entry, type: 'shell' as const };
    if (entry && typeof entry === 'object') {
      const e = entry as Record<string, unknown>;
      const command = e.command ?? e.run;
      if (typeof command !== 'string' || !command.trim()) {
        throw new AtmosError(`${at} has no command`, { code: 'CONFIG_INVALID', hint: 'Give each step a `command:` string.' });
      }
      const type = e.type === undefined ? 'shell' : e.type;
      if (type !== 'shell' && type !== 'atmos') {
        throw new AtmosError(`${at}: unknown step type "${String(type)}"`, {
          code: 'CONFIG_INVALID',
          hint: 'Use type: shell (a shell command) or type: atmos (an atmos-ts subcommand).',
        });
      }
      return { name: typeof e.name === 'string' && e.name ? e.name : `step${i + 1}`, command, type };
    }
    throw new AtmosError(`${at} must be a string or a {name, command, type} map`, { code: 'CONFIG_INVALID' });
  });
}

/** Steps from the named one on (`--from-step`). */
export function stepsFrom(steps: Step[], from: string | undefined, where: string): Step[] {
  if (!from) return steps;
  const i = steps.findIndex((s) => s.name === from);
  if (i < 0) {
    throw new AtmosError(`${where} has no step named "${from}"`, {
      code: 'STEP_NOT_FOUND',
      hint: `Steps: ${steps.map((s) => s.name).join(', ')}`,
    });
  }
  return steps.slice(i);
}
