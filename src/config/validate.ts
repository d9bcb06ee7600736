import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { parseDuration, type Field } from './schemaDsl.js';
import { unknownKeyMessage } from './suggest.js';

export interface ConfigIssue {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted key path, e.g. `ci.cache.auto`. */
  path: string;
  message: string;
  /** Set when the value came from an environment variable. */
  envVar?: string;
}

export function formatIssue(i: ConfigIssue): string {
  const where = i.envVar ? `env ${i.envVar}` : `${i.file ?? 'atmos.yaml'}${i.line ? `:${i.line}` : ''}`;
  return `${where}: ${i.path ? `${i.path}: ` : ''}${i.message}`;
}

/** Issues in file order (file, then line), so a report reads top to bottom like the file. */
export function sortIssues(issues: readonly ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Warnings as one message per file. The location travels in the annotation, never in the
 * text: loggers print it once (`atmos.yaml:3: …` on a terminal, the file of a GitHub
 * annotation). Several warnings become one `N warnings` message with a `line N: key: message`
 * row each, in line order.
 */
export function formatWarnings(issues: readonly ConfigIssue[]): { message: string; file?: string; line?: number }[] {
  const byFile = new Map<string, ConfigIssue[]>();
  for (const i of sortIssues(issues)) {
    const where = i.envVar ? '' : (i.file ?? 'atmos.yaml');
    byFile.set(where, [...(byFile.get(where) ?? []), i]);
  }
  const text = (i: ConfigIssue) => `${i.path ? `${i.path}: ` : ''}${i.message}`;
  return [...byFile.entries()].map(([file, list]) => {
    if (!file) return { message: list.map(formatIssue).join('\n') };
    if (list.length === 1) return { message: text(list[0]), file, line: list[0].line };
    const rows = list.map((i) => `  ${i.line ? `line ${i.line}: ` : ''}${text(i)}`);
    return { message: `${list.length} warnings\n${rows.join('\n')}`, file };
  });
}

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  file?: string;
}

/** Parse YAML keeping positions; syntax errors become issues with line numbers. */
export function parseYaml(text: string, file?: string): { parsed: ParsedYaml; issues: ConfigIssue[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const issues: ConfigIssue[] = doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return { file, line: pos.line, column: pos.col, path: '', message: e.message.split('\n')[0] };
  });
  return { parsed: { doc, lines, file }, issues };
}

export function nodeLine(parsed: ParsedYaml, node: Node | null | undefined): { line?: number; column?: number } {
  const range = node?.range;
  if (!range) return {};
  const pos = parsed.lines.linePos(range[0]);
  return { line: pos.line, column: pos.col };
}

/** Environment variable derived from a key path, Atmos style: `ci.cache.enabled` → `ATMOS_CI_CACHE_ENABLED`. */
export function envNameFor(path: readonly string[]): string {
  return `ATMOS_${path
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '_')}`;
}

interface WalkContext {
  parsed?: ParsedYaml;
  env: NodeJS.ProcessEnv;
  errors: ConfigIssue[];
  warnings: ConfigIssue[];
}

/** Validate a parsed document against a schema, applying env overrides and defaults. */
export function validateConfig<T>(schema: Field<T>, parsed: ParsedYaml | undefined, env: NodeJS.ProcessEnv) {
  const ctx: WalkContext = { parsed, env, errors: [], warnings: [] };
  const root = parsed?.doc.contents as Node | null | undefined;
  const value = walk(schema, root ?? undefined, [], ctx, true) as T;
  return { value, errors: ctx.errors, warnings: ctx.warnings };
}

function issue(ctx: WalkContext, node: Node | undefined, path: string[], message: string, list: 'errors' | 'warnings' = 'errors') {
  const pos = ctx.parsed ? nodeLine(ctx.parsed, node) : {};
  ctx[list].push({ file: ctx.parsed?.file, ...pos, path: path.join('.'), message });
}

function findPair(map: Node, key: string, aliases: readonly string[] = []): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  for (const name of [key, ...aliases]) {
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === name) as Pair<Node, Node> | undefined;
    if (pair) return pair;
  }
  return undefined;
}

function walk(field: Field, node: Node | undefined, path: string[], ctx: WalkContext, envAllowed: boolean): unknown {
  const isNull = node === undefined || (isScalar(node) && node.value === null);
  let value: unknown;
  if (field.kind === 'object') {
    const shape = field.shape ?? {};
    const out: Record<string, unknown> = {};
    if (!isNull && !isMap(node)) {
      issue(ctx, node, path, 'must be a mapping of keys to values');
    }
    const mapNode = !isNull && isMap(node) ? node : undefined;
    for (const [key, child] of Object.entries(shape)) {
      const pair = mapNode ? findPair(mapNode, key, child.aliases) : undefined;
      out[key] = walk(child, (pair?.value ?? undefined) as Node | undefined, [...path, key], ctx, envAllowed && !field.noEnv);
    }
    if (field.strict && mapNode) {
      const known = new Set(Object.entries(shape).flatMap(([k, f]) => [k, ...(f.aliases ?? [])]));
      for (const p of mapNode.items) {
        const k = isScalar(p.key) ? String(p.key.value) : '';
        if (!known.has(k)) {
          issue(ctx, p.key as Node, [...path, k], unknownKeyMessage(k, Object.keys(shape)), 'warnings');
        }
      }
    }
    return out;
  }
  if (!isNull && node) value = fromNode(field, node, path, ctx);
  if (envAllowed && !field.noEnv) {
    for (const name of [...(field.env ?? []), envNameFor(path)]) {
      const raw = ctx.env[name];
      if (raw === undefined || raw === '') continue;
      const converted = fromEnv(field, raw, name, path, ctx);
      if (converted !== undefined) value = converted;
      break;
    }
  }
  if (value === undefined) value = cloneDefault(field.default);
  return value;
}

function cloneDefault(v: unknown): unknown {
  if (Array.isArray(v)) return [...v];
  if (v && typeof v === 'object') return { ...v };
  return v;
}

function scalarText(node: Node): string | undefined {
  if (!isScalar(node)) return undefined;
  // The source text keeps `1.10` as written (the parsed number would be 1.1).
  const src = (node as { source?: string }).source;
  if (typeof node.value === 'string') return node.value;
  return src ?? String(node.value);
}

function fromNode(field: Field, node: Node, path: string[], ctx: WalkContext): unknown {
  switch (field.kind) {
    case 'any':
      return node.toJSON();
    case 'list': {
      if (!isSeq(node)) {
        issue(ctx, node, path, 'must be a list');
        return undefined;
      }
      return node.items.map((item, i) => walk(field.item!, item as Node, [...path, String(i)], ctx, false));
    }
    case 'map': {
      if (!isMap(node)) {
        issue(ctx, node, path, 'must be a mapping');
        return undefined;
      }
      const out: Record<string, unknown> = {};
      for (const p of node.items) {
        const k = isScalar(p.key) ? String(p.key.value) : '';
        out[k] = walk(field.item!, (p.value ?? undefined) as Node | undefined, [...path, k], ctx, false);
      }
      return out;
    }
    case 'toolNeeds':
      return toolNeedsFrom(node, path, ctx);
    default: {
      const text = scalarText(node);
      if (text === undefined) {
        issue(ctx, node, path, `must be a single ${field.kind} value, not a ${isSeq(node) ? 'list' : 'mapping'}`);
        return undefined;
      }
      const { value, error } = convertScalar(field, text, isScalar(node) ? node.value : text);
      if (error) issue(ctx, node, path, error);
      return value;
    }
  }
}

/** `[terraform@1.9.8, tflint]` or `{terraform: 1.9.8}` → `{terraform: '1.9.8', tflint: ''}`. */
function toolNeedsFrom(node: Node, path: string[], ctx: WalkContext): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  const add = (tool: string, version: string, at: Node) => {
    if (!tool) return issue(ctx, at, path, `"${version}" names no tool; write tool@version, e.g. terraform@1.9.8`);
    if (tool in out && out[tool] !== version)
      return issue(ctx, at, path, `${tool} is listed twice (${out[tool] || 'any version'} and ${version || 'any version'})`);
    out[tool] = version;
  };
  if (isSeq(node)) {
    node.items.forEach((item, i) => {
      const text = isScalar(item) ? scalarText(item as Node) : undefined;
      if (text === undefined) return issue(ctx, item as Node, [...path, String(i)], 'must be a tool@version string, e.g. terraform@1.9.8');
      const ref = text.trim();
      const at = ref.lastIndexOf('@');
      add(at < 0 ? ref : ref.slice(0, at).trim(), at < 0 ? '' : ref.slice(at + 1).trim(), item as Node);
    });
    return out;
  }
  if (isMap(node)) {
    for (const p of node.items) {
      const tool = isScalar(p.key) ? String(p.key.value) : '';
      const v = p.value as Node | null;
      const text = v === null || (isScalar(v) && v.value === null) ? '' : scalarText(v);
      if (text === undefined) {
        issue(ctx, v ?? undefined, [...path, tool], 'must be a version or constraint string, e.g. 1.9.8 or "~> 1.9"');
        continue;
      }
      add(tool, text.trim(), p.key as Node);
    }
    return out;
  }
  issue(ctx, node, path, 'must be a list of tool@version (e.g. [terraform@1.9.8]) or a map of tool: version');
  return undefined;
}

function fromEnv(field: Field, raw: string, name: string, path: string[], ctx: WalkContext): unknown {
  const fail = (message: string) => {
    ctx.errors.push({ path: path.join('.'), message, envVar: name });
    return undefined;
  };
  if (field.kind === 'list' || field.kind === 'map' || field.kind === 'any') {
    const trimmed = raw.trim();
    if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
      try {
        const parsed = JSON.parse(trimmed) as unknown;
        if (field.kind === 'list' && !Array.isArray(parsed)) return fail('must be a JSON array or a comma-separated list');
        if (field.kind === 'map' && (Array.isArray(parsed) || typeof parsed !== 'object' || parsed === null))
          return fail('must be a JSON object, e.g. {"key":"value"}');
        return parsed;
      } catch (e) {
        return fail(`is not valid JSON (${(e as Error).message})`);
      }
    }
    if (field.kind === 'list')
      return trimmed
        .split(/[,\n]/)
        .map((x) => x.trim())
        .filter(Boolean);
    if (field.kind === 'map') return fail('must be a JSON object, e.g. {"key":"value"}');
    return raw;
  }
  const { value, error } = convertScalar(field, raw, raw);
  if (error) return fail(error);
  return value;
}

function convertScalar(field: Field, text: string, parsed: unknown): { value?: unknown; error?: string } {
  switch (field.kind) {
    case 'string':
      return { value: text };
    case 'bool': {
      if (typeof parsed === 'boolean') return { value: parsed };
      const t = text.trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(t)) return { value: true };
      if (['false', '0', 'no', 'off'].includes(t)) return { value: false };
      return { error: `"${text}" is not a boolean; use true or false` };
    }
    case 'int': {
      if (!/^-?\d+$/.test(text.trim())) return { error: `"${text}" is not a whole number` };
      const n = Number(text);
      if (field.min !== undefined && n < field.min) return { error: `${n} is too small; the minimum is ${field.min}` };
      return { value: n };
    }
    case 'duration': {
      const ms = parseDuration(text);
      if (ms === undefined) return { error: `"${text}" is not a duration; use e.g. 30m, 24h, 168h or 1h30m` };
      return { value: ms };
    }
    case 'enum': {
      const values = field.values ?? [];
      if (!values.includes(text)) return { error: `"${text}" is not allowed; use one of ${values.join(', ')}` };
      return { value: text };
    }
    default:
      return { value: text };
  }
}

/** Find the YAML node at a key path (list indexes as numbers), for engines' own error messages. */
export function locateNode(parsed: ParsedYaml | undefined, path: readonly (string | number)[]): { file?: string; line?: number } {
  if (!parsed) return {};
  let node = parsed.doc.contents as Node | null | undefined;
  let last: Node | undefined = node ?? undefined;
  for (const seg of path) {
    if (!node) break;
    if (typeof seg === 'number' && isSeq(node)) node = node.items[seg] as Node | undefined;
    else if (isMap(node)) {
      const pair = findPair(node, String(seg));
      node = (pair?.value ?? pair?.key) as Node | undefined;
    } else node = undefined;
    if (node) last = node;
  }
  return { file: parsed.file, ...nodeLine(parsed, last) };
}
