/**
 * Reading HCL1, the language of Terraform CLI config files (`.terraformrc`, `*.tfrc`),
 * of `.terraform.lock.hcl` and (for the simple parts) of `required_providers`.
 *
 * The parser is `js-hcl-parser`: HashiCorp's own HCL1 Go parser compiled to JavaScript
 * (gopherjs), i.e. the very parser Terraform uses for CLI configs, so comments, heredocs,
 * JSON syntax and escaping behave exactly as they do for Terraform. It is loaded lazily
 * because it is large (1.5 MB) and only needed when a user config exists.
 *
 * HCL1 decodes every block and every object literal as a *list* of objects; {@link
 * blockBodies} and {@link collapseObjects} turn that back into plain maps.
 */

import { AtmosError } from '../common/errors.js';

export type HclValue = string | number | boolean | null | HclValue[] | { [key: string]: HclValue };
export type HclObject = { [key: string]: HclValue };

interface HclParser {
  parse(text: string): string;
}

let parser: Promise<HclParser> | undefined;

async function loadParser(): Promise<HclParser> {
  parser ??= import('js-hcl-parser').then((m) => (m as { default?: HclParser }).default ?? (m as unknown as HclParser));
  return parser;
}

/** Parse HCL1 (or JSON) text into HCL1's JSON form. Syntax errors name the file. */
export async function parseHcl1(text: string, file: string): Promise<HclObject> {
  if (text.trim() === '') return {};
  const { parse } = await loadParser();
  const out = parse(text);
  // The Go side reports errors as a string instead of throwing.
  if (out.startsWith('unable to parse')) {
    throw new AtmosError(`cannot parse ${file}`, {
      code: 'HCL_SYNTAX',
      explanation: out.replace(/^unable to parse JSON: /, ''),
      hint: 'Fix the syntax of the file (Terraform would reject it too), or point TF_CLI_CONFIG_FILE at a valid one.',
      context: { file },
    });
  }
  const value = JSON.parse(out) as HclValue;
  return isObject(value) ? value : {};
}

export function isObject(v: HclValue | undefined): v is HclObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The bodies of labelled blocks `name "label" { … }`, label → merged body, accepting both
 * HCL1's decoded form (`[{label: [{…}]}]`) and the plain JSON form (`{label: {…}}`).
 * Later blocks with the same label win per attribute, as Terraform's merge does.
 */
export function blockBodies(value: HclValue | undefined): Record<string, HclObject> {
  const out: Record<string, HclObject> = {};
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const [label, bodies] of Object.entries(item)) {
      for (const body of Array.isArray(bodies) ? bodies : [bodies]) {
        if (isObject(body)) out[label] = { ...(out[label] ?? {}), ...collapseObjects(body) };
      }
    }
  }
  return out;
}

/** Body of an unlabelled block (`provider_installation { … }`, `services = { … }`). */
export function singleBody(value: HclValue | undefined): HclObject | undefined {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  let out: HclObject | undefined;
  for (const item of items) if (isObject(item)) out = { ...(out ?? {}), ...collapseObjects(item) };
  return out;
}

/** `[{…}]` (HCL1's object literal) → `{…}`, recursively; lists of scalars stay lists. */
export function collapseObjects(value: HclObject): HclObject {
  const out: HclObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length > 0 && v.every(isObject)) {
      out[k] = collapseObjects(Object.assign({}, ...(v as HclObject[])) as HclObject);
    } else if (isObject(v)) {
      out[k] = collapseObjects(v);
    } else {
      out[k] = v;
    }
  }
  return out;
}
