import { AtmosError } from '../common/errors.js';
import { isConstraint, satisfies } from '../toolchain/index.js';

/** `tool → version-or-constraint`, as `dependencies.tools` declares it. */
export type ToolNeeds = Record<string, string>;

/** A layer as configured (values may be unset). */
export type ToolNeedsLayer = Readonly<Record<string, string | undefined>>;

function unrestricted(v: string | undefined): boolean {
  return !v || v === 'latest';
}

/**
 * Layer `child` needs over `parent` (Atmos's merge rules):
 * - `latest`/empty on either side never restricts;
 * - a concrete parent pin is only a default, so the child overrides it;
 * - a parent constraint is policy: a concrete child must satisfy it, and a child
 *   constraint is AND-combined with it.
 */
export function mergeToolNeeds(parent: ToolNeeds, child: ToolNeedsLayer, where = 'dependencies.tools'): ToolNeeds {
  const out: ToolNeeds = { ...parent };
  for (const [tool, wanted] of Object.entries(child)) {
    const base = out[tool];
    const want = String(wanted ?? '').trim();
    if (unrestricted(base) || !isConstraint(base)) {
      out[tool] = unrestricted(want) && base ? base : want || 'latest';
      continue;
    }
    if (unrestricted(want)) continue;
    if (isConstraint(want)) {
      out[tool] = `${base}, ${want}`;
      continue;
    }
    if (!satisfies(want, base)) {
      throw new AtmosError(`${where}: ${tool} ${want} must satisfy the parent constraint "${base}"`, {
        code: 'DEPENDENCY_CONSTRAINT',
        explanation: `A constraint in an outer layer (.tool-versions or a parent command) is a policy that inner layers must keep.`,
        hint: `Pick a ${tool} version matching "${base}", or relax the outer constraint.`,
        context: { tool, version: want, constraint: base },
      });
    }
    out[tool] = want;
  }
  return out;
}

/** The default layer: each tool's first (default) version in `.tool-versions`. */
export function toolVersionsLayer(configured: Record<string, string[]>): ToolNeeds {
  const out: ToolNeeds = {};
  for (const [tool, versions] of Object.entries(configured)) if (versions[0]) out[tool] = versions[0];
  return out;
}

/** `helmfile@0.169.1` → `{tool: 'helmfile', version: '0.169.1'}`; a bare name has no version. */
export function parseToolRef(ref: string): { tool: string; version?: string } {
  const at = ref.lastIndexOf('@');
  if (at <= 0) return { tool: ref.trim() };
  return { tool: ref.slice(0, at).trim(), version: ref.slice(at + 1).trim() || undefined };
}

/** What a workflow or custom command declares: `dependencies.tools` and/or the seed's `needs:`. */
export interface DeclaresNeeds {
  dependencies?: { tools?: ToolNeedsLayer };
  needs?: ToolNeedsLayer;
}

/**
 * One layer from both spellings. `needs:` (the seed design's list of `tool@version` or map)
 * means the same as `dependencies.tools`; a tool in both must ask for the same version.
 */
export function declaredNeeds(entry: DeclaresNeeds | undefined, where: string): { needs: ToolNeedsLayer | undefined; where: string } {
  const tools = entry?.dependencies?.tools;
  const needs = entry?.needs;
  if (!needs || Object.keys(needs).length === 0) return { needs: tools, where: `${where}.dependencies.tools` };
  if (!tools || Object.keys(tools).length === 0) return { needs, where: `${where}.needs` };
  for (const [tool, version] of Object.entries(needs)) {
    if (tool in tools && String(tools[tool] ?? '') !== String(version ?? '')) {
      throw new AtmosError(
        `${where}: ${tool} is asked for twice, ${version || 'any version'} in needs and ${tools[tool] || 'any version'} in dependencies.tools`,
        {
          code: 'CONFIG_INVALID',
          explanation: '`needs:` is another spelling of `dependencies.tools`; both are one list of tool needs.',
          hint: `Keep ${tool} in one of them (dependencies.tools is the Atmos spelling).`,
        },
      );
    }
  }
  return { needs: { ...needs, ...tools }, where: `${where}.dependencies.tools` };
}
