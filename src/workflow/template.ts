import { AtmosError } from '../common/errors.js';
import { renderTemplate, TemplateError } from '../toolchain/index.js';

export interface CommandTemplateData {
  Arguments: Record<string, string>;
  Flags: Record<string, string | boolean>;
  Env: Record<string, string>;
}

/** Render `{{ .Arguments.name }}` / `{{ .Flags.name }}` / `{{ .Env.NAME }}` in a step or env value. */
export function renderCommandTemplate(text: string, data: CommandTemplateData, where: string): string {
  if (!text.includes('{{')) return text;
  try {
    return renderTemplate(text, data as unknown as Record<string, unknown>);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    throw new AtmosError(`${where}: cannot render "${text}": ${err.message}`, {
      code: 'TEMPLATE_ERROR',
      hint: 'Reference declared arguments and flags as {{ .Arguments.name }} and {{ .Flags.name }}.',
    });
  }
}
