/**
 * Tool name resolution (Atmos `DefaultToolResolver`): `toolchain.aliases` first (chains
 * allowed), then `owner/repo` (or an Aqua alias such as `stedolan/jq`) as is, then a short
 * name against the registries in priority order — in the first registry that knows it, a
 * canonical match (repo name and command both equal the name, `terraform` →
 * hashicorp/terraform) beats a binary-only match (`kubectl` → kubernetes/kubernetes/kubectl),
 * which beats a repo-name-only match (`ripgrep` → BurntSushi/ripgrep, command `rg`);
 * a tie is AMBIGUOUS_TOOL listing the candidates.
 */

import { AtmosError } from '../../common/errors.js';
import type { PackageSource, ShortNameCandidate } from './packageSource.js';

export interface NameMatch {
  name: string;
  source: PackageSource;
}

/** Follow configured aliases; a cycle is an error naming it. */
export function followAliases(tool: string, aliases: Record<string, string>): string {
  let name = tool;
  const seen = [name];
  while (Object.prototype.hasOwnProperty.call(aliases, name) && aliases[name] !== name) {
    name = aliases[name];
    if (seen.includes(name)) {
      throw new AtmosError(`alias loop: ${[...seen, name].join(' → ')}`, {
        code: 'ALIAS_LOOP',
        hint: 'Make one of these toolchain.aliases point at an owner/repo.',
      });
    }
    seen.push(name);
  }
  return name;
}

function notFound(tool: string, sources: PackageSource[], shortName: boolean): AtmosError {
  return new AtmosError(`tool "${tool}" was not found in any registry`, {
    code: 'TOOL_NOT_FOUND',
    explanation: `Registries searched: ${sources.map((s) => s.name).join(', ') || '(none)'}.`,
    hint: shortName
      ? `Use the full owner/repo name, or add an alias: toolchain.aliases: { ${tool}: <owner>/<repo> }.`
      : 'Check the owner/repo spelling, or define the tool inline under toolchain.tools / a type: atmos registry.',
    context: { tool },
  });
}

const RANK: ShortNameCandidate['kind'][] = ['canonical', 'binary', 'repo'];

export async function findTool(tool: string, aliases: Record<string, string>, sources: PackageSource[]): Promise<NameMatch> {
  const name = followAliases(tool, aliases);
  if (name.includes('/')) {
    for (const source of sources) {
      const found = await source.find(name);
      if (found) return { name: found, source };
    }
    throw notFound(name, sources, false);
  }
  for (const source of sources) {
    const cands = dedupe(await source.candidates(name));
    if (cands.length === 0) continue;
    const tier = RANK.find((kind) => cands.some((c) => c.kind === kind))!;
    const best = cands.filter((c) => c.kind === tier);
    if (best.length === 1) return { name: best[0].name, source };
    throw new AtmosError(`"${name}" is ambiguous: ${best.map((c) => c.name).join(', ')}`, {
      code: 'AMBIGUOUS_TOOL',
      explanation: `Several packages in the ${source.name} registry install a "${name}" command: ${best.map((c) => c.name).join(', ')}.`,
      hint: `Use the full owner/repo name, or pin it: toolchain.aliases: { ${name}: ${best[0].name} }.`,
      context: { tool: name, candidates: best.map((c) => c.name).join(', ') },
    });
  }
  throw notFound(name, sources, true);
}

function dedupe(cands: ShortNameCandidate[]): ShortNameCandidate[] {
  const seen = new Map<string, ShortNameCandidate>();
  for (const c of cands) {
    const prev = seen.get(c.name);
    if (!prev || RANK.indexOf(c.kind) < RANK.indexOf(prev.kind)) seen.set(c.name, c);
  }
  return [...seen.values()];
}
