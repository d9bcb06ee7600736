import { AtmosError } from '../common/errors.js';
import { renderCommandTemplate, type CommandTemplateData } from './template.js';

/**
 * `env:` of a workflow or custom command: a map (`NAME: value`) or Atmos's list form
 * (`- key: NAME\n  value: v`). Values are templated like steps.
 */
export function commandEnv(raw: unknown, data: CommandTemplateData, where: string): Record<string, string> {
  if (raw === undefined || raw === null) return {};
  const pairs: [string, unknown][] = Array.isArray(raw)
    ? raw.map((e, i) => {
        if (!e || typeof e !== 'object' || typeof (e as { key?: unknown }).key !== 'string') {
          throw new AtmosError(`${where}.env[${i}] must be {key, value}`, { code: 'CONFIG_INVALID' });
        }
        return [(e as { key: string }).key, (e as { value?: unknown }).value];
      })
    : typeof raw === 'object'
      ? Object.entries(raw as Record<string, unknown>)
      : [];
  if (!Array.isArray(raw) && typeof raw !== 'object') {
    throw new AtmosError(`${where}.env must be a map of NAME: value`, { code: 'CONFIG_INVALID' });
  }
  const out: Record<string, string> = {};
  for (const [k, v] of pairs) out[k] = renderCommandTemplate(String(v ?? ''), data, `${where}.env.${k}`);
  return out;
}
