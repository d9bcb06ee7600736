/**
 * Inline tool definitions: `type: atmos` registries (`toolchain.registries[].tools`), the
 * seed-era `toolchain.tools.<owner/repo>` map and a standalone tools.yaml (`aliases:` +
 * `tools:`). Each definition is keyed `owner/repo` and uses Aqua field names, plus the seed
 * fields `binary_name`, `format: gzip` (= gz) and `version_constraints: [{constraint, asset,
 * format}]` (first match by hashicorp/go-version constraint wins). Definitions become Aqua
 * packages, so the same resolver renders them.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AtmosError } from '../../common/errors.js';
import { locateNode, parseYaml } from '../../config/index.js';
import { commandNames, type AquaFile, type AquaPackage } from './aquaPackage.js';
import { goConstraintMatch } from './goVersion.js';
import { candidateKind, type PackageSource, type ShortNameCandidate } from './packageSource.js';

export type Locate = (keyPath: (string | number)[]) => { file?: string; line?: number };

interface SeedConstraint {
  constraint: string;
  asset?: string;
  url?: string;
  format?: string;
  binary_name?: string;
}

interface InlineEntry {
  pkg: AquaPackage;
  seedConstraints?: SeedConstraint[];
  keyPath: (string | number)[];
}

const INLINE_TYPES = ['github_release', 'http', 'github_archive', 'github_content'];

function normalizeFormat(f: unknown): string | undefined {
  if (typeof f !== 'string') return undefined;
  return f === 'gzip' ? 'gz' : f;
}

function where(locate: Locate, keyPath: (string | number)[]): string {
  const at = locate(keyPath);
  return at.file ? `${at.file}${at.line ? `:${at.line}` : ''}` : keyPath.join('.');
}

function invalid(locate: Locate, keyPath: (string | number)[], message: string, hint: string): AtmosError {
  const at = locate(keyPath);
  return new AtmosError(`${where(locate, keyPath)}: ${message}`, {
    code: 'TOOL_DEFINITION_INVALID',
    hint,
    context: { file: at.file, line: at.line, key: keyPath.join('.') },
  });
}

/** Convert one inline definition (validated) into an Aqua package. */
export function inlineToAqua(key: string, raw: unknown, locate: Locate, keyPath: (string | number)[]): InlineEntry {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalid(locate, keyPath, `tool "${key}" must be a mapping`, 'Give the tool a mapping with type, url or asset, and format.');
  }
  const def = { ...(raw as Record<string, unknown>) };
  const [keyOwner, keyRepo] = key.split('/');
  if (!keyOwner || !keyRepo) {
    throw invalid(locate, keyPath, `tool key "${key}" must be owner/repo`, 'Key inline tools by their GitHub owner/repo, e.g. hashicorp/terraform.');
  }
  const seed = def.version_constraints;
  delete def.version_constraints;
  const pkg = { ...def } as AquaPackage & { binary_name?: string };
  pkg.name = key;
  pkg.repo_owner = typeof def.repo_owner === 'string' ? def.repo_owner : keyOwner;
  pkg.repo_name = typeof def.repo_name === 'string' ? def.repo_name : key.split('/').slice(1).join('/');
  pkg.type ??= typeof def.url === 'string' ? 'http' : 'github_release';
  if (!INLINE_TYPES.includes(pkg.type)) {
    throw invalid(locate, [...keyPath, 'type'], `tool "${key}" has unsupported type "${pkg.type}"`, `Use one of: ${INLINE_TYPES.join(', ')}.`);
  }
  pkg.format = normalizeFormat(pkg.format);
  for (const o of pkg.overrides ?? []) if (o) o.format = normalizeFormat(o.format);
  for (const vo of pkg.version_overrides ?? []) if (vo) vo.format = normalizeFormat(vo.format);
  if (typeof pkg.binary_name === 'string' && !(pkg.files && pkg.files.length > 0)) {
    pkg.files = [{ name: pkg.binary_name } satisfies AquaFile];
  }
  delete pkg.binary_name;
  let seedConstraints: SeedConstraint[] | undefined;
  if (seed !== undefined) {
    if (!Array.isArray(seed)) {
      throw invalid(
        locate,
        [...keyPath, 'version_constraints'],
        `version_constraints of "${key}" must be a list`,
        'Write version_constraints as a list of {constraint, asset, format}.',
      );
    }
    seedConstraints = seed.map((c, i) => {
      const item = c as SeedConstraint | null;
      if (!item || typeof item.constraint !== 'string') {
        throw invalid(
          locate,
          [...keyPath, 'version_constraints', i],
          `version_constraints[${i}] of "${key}" needs a "constraint"`,
          'Each entry needs constraint (e.g. ">= 1.0.0") and asset or url.',
        );
      }
      try {
        goConstraintMatch(item.constraint, '0.0.0');
      } catch (err) {
        throw invalid(
          locate,
          [...keyPath, 'version_constraints', i, 'constraint'],
          `invalid constraint "${item.constraint}" for "${key}"`,
          'Use go-version constraints such as ">= 1.0.0", "< 2.0, >= 1.2" or "~> 1.9".',
        );
      }
      return item;
    });
  }
  const hasSource = (p: AquaPackage) =>
    p.type === 'http'
      ? typeof p.url === 'string'
      : p.type === 'github_release'
        ? typeof p.asset === 'string'
        : p.type === 'github_content'
          ? typeof p.path === 'string'
          : true;
  const laterSource =
    (seedConstraints ?? []).some((c) => c.asset || c.url) || (pkg.version_overrides ?? []).length > 0 || (pkg.overrides ?? []).some((o) => o?.asset || o?.url);
  if (!hasSource(pkg) && !laterSource) {
    const field = pkg.type === 'http' ? 'url' : pkg.type === 'github_content' ? 'path' : 'asset';
    throw invalid(
      locate,
      keyPath,
      `tool "${key}" (type ${pkg.type}) has no "${field}"`,
      `Add ${field}: a template such as ${field === 'url' ? 'https://example.com/{{trimV .Version}}/tool_{{.OS}}_{{.Arch}}.zip' : 'tool_{{trimV .Version}}_{{.OS}}_{{.Arch}}.tar.gz'}.`,
    );
  }
  return { pkg, seedConstraints, keyPath };
}

export class InlineRegistry implements PackageSource {
  private readonly tools = new Map<string, InlineEntry>();

  constructor(
    readonly name: string,
    tools: Record<string, unknown>,
    private readonly locate: Locate,
    keyPath: (string | number)[],
  ) {
    for (const [key, def] of Object.entries(tools ?? {})) this.tools.set(key, inlineToAqua(key, def, locate, [...keyPath, key]));
  }

  async names(): Promise<string[]> {
    return [...this.tools.keys()];
  }

  async find(name: string): Promise<string | undefined> {
    return this.tools.has(name) ? name : undefined;
  }

  async get(name: string, version?: string): Promise<AquaPackage> {
    const entry = this.tools.get(name);
    if (!entry) throw new AtmosError(`${name} is not in the ${this.name} registry`, { code: 'TOOL_NOT_FOUND' });
    const pkg = structuredClone(entry.pkg);
    if (!entry.seedConstraints || version === undefined) return pkg;
    const i = entry.seedConstraints.findIndex((c) => goConstraintMatch(c.constraint, version));
    if (i < 0) {
      if (pkg.asset || pkg.url) return pkg;
      throw new AtmosError(`${where(this.locate, entry.keyPath)}: no version_constraints entry of ${name} matches version ${version}`, {
        code: 'NO_ASSET',
        explanation: `Constraints: ${entry.seedConstraints.map((c) => c.constraint).join(' | ')}`,
        hint: 'Add a version_constraints entry (or a top-level asset/url) that covers this version.',
      });
    }
    const c = entry.seedConstraints[i];
    if (c.asset) pkg.asset = c.asset;
    if (c.url) pkg.url = c.url;
    if (c.format) pkg.format = normalizeFormat(c.format);
    if (c.binary_name) pkg.files = [{ name: c.binary_name }];
    return pkg;
  }

  async candidates(short: string): Promise<ShortNameCandidate[]> {
    const out: ShortNameCandidate[] = [];
    for (const [name, { pkg }] of this.tools) {
      const kind = candidateKind(short, pkg.repo_name, commandNames(pkg));
      if (kind) out.push({ name, kind });
    }
    return out;
  }
}

/** A standalone tools.yaml (`--tools-config`): `aliases:` and `tools:` in the inline format. */
export function loadToolsConfig(file: string): { aliases: Record<string, string>; registry: InlineRegistry } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new AtmosError(`tools config ${file} does not exist`, {
      code: 'CONFIG_NOT_FOUND',
      hint: 'Check --tools-config / toolchain.tools_config, or remove it.',
    });
  }
  const display = path.relative(process.cwd(), file) || file;
  const { parsed, issues } = parseYaml(text, display);
  if (issues.length > 0) {
    const first = issues[0];
    throw new AtmosError(`${display}:${first.line ?? '?'}: ${first.message}`, {
      code: 'CONFIG_INVALID',
      hint: 'Fix the YAML syntax of the tools config.',
      context: { file: display, line: first.line },
    });
  }
  const doc = (parsed.doc.toJS() ?? {}) as { aliases?: unknown; tools?: unknown };
  const locate: Locate = (p) => locateNode(parsed, p);
  for (const [key, value] of [
    ['aliases', doc.aliases],
    ['tools', doc.tools],
  ] as const) {
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      throw invalid(
        locate,
        [key],
        `"${key}" must be a mapping`,
        key === 'aliases' ? 'Write aliases as name: owner/repo.' : 'Write tools as owner/repo: {type, url/asset, format, …}.',
      );
    }
  }
  const aliases: Record<string, string> = {};
  for (const [k, v] of Object.entries((doc.aliases as Record<string, unknown>) ?? {})) {
    if (typeof v !== 'string') throw invalid(locate, ['aliases', k], `alias "${k}" must be a string`, 'Write aliases as name: owner/repo.');
    aliases[k] = v;
  }
  return { aliases, registry: new InlineRegistry('tools-config', (doc.tools as Record<string, unknown>) ?? {}, locate, ['tools']) };
}
