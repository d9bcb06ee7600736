/**
 * `.tool-versions` in asdf format: `<tool> <v1> [<v2> …]`, first version = default.
 * `#` starts a comment anywhere; tabs and spaces both separate (mise-style, more forgiving
 * than asdf-go); a tool on several lines gets its versions appended (Atmos semantics).
 */

import { promises as fs } from 'node:fs';
import { writeFileAtomic } from '../common/atomicFile.js';
import { AtmosError } from '../common/errors.js';
import { withFileLock } from '../common/fileLock.js';

export interface ToolVersions {
  /** tool (alias or owner/repo, as written) → versions in file order, no duplicates. */
  tools: Map<string, string[]>;
}

const TOOL_RE = /^[A-Za-z0-9][A-Za-z0-9._\-/@:+]*$/;
const VERSION_RE = /^[A-Za-z0-9][A-Za-z0-9._\-+:~/]*$/;

export function parseToolVersions(text: string, file = '.tool-versions'): ToolVersions {
  const tools = new Map<string, string[]>();
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const hash = line.indexOf('#');
    const content = (hash >= 0 ? line.slice(0, hash) : line).trim();
    if (!content) return;
    const fields = content.split(/[ \t]+/);
    let tool = fields[0];
    if (tool.endsWith(':')) tool = tool.slice(0, -1);
    const where = `${file}:${i + 1}`;
    if (fields.length < 2) {
      throw new AtmosError(`${where}: invalid line "${line.trim()}" (missing version)`, {
        code: 'TOOL_VERSIONS_INVALID',
        explanation: 'Each line of .tool-versions is "<tool> <version> [<version> …]"; the first version is the default.',
        hint: `Add a version, e.g. "${tool} 1.2.3", or remove the line.`,
        context: { file, line: i + 1 },
      });
    }
    if (!TOOL_RE.test(tool)) {
      throw new AtmosError(`${where}: invalid tool name "${tool}"`, {
        code: 'TOOL_VERSIONS_INVALID',
        explanation: 'A tool is an alias (terraform) or owner/repo (hashicorp/terraform).',
        context: { file, line: i + 1 },
      });
    }
    const versions = tools.get(tool) ?? [];
    for (const v of fields.slice(1)) {
      if (!VERSION_RE.test(v)) {
        throw new AtmosError(`${where}: invalid version "${v}" for ${tool}`, {
          code: 'TOOL_VERSIONS_INVALID',
          explanation: 'Versions are written like 1.9.8 or v0.54.0 (letters, digits, ".", "-", "+").',
          context: { file, line: i + 1 },
        });
      }
      if (!versions.includes(v)) versions.push(v);
    }
    tools.set(tool, versions);
  });
  return { tools };
}

/** Sorted by tool name, LF endings, one line per tool. */
export function formatToolVersions(tv: ToolVersions): string {
  const names = [...tv.tools.keys()].sort();
  return names
    .filter((n) => (tv.tools.get(n) ?? []).length > 0)
    .map((n) => `${n} ${tv.tools.get(n)!.join(' ')}\n`)
    .join('');
}

/** A missing file is an empty one. */
export async function loadToolVersions(file: string, displayName = file): Promise<ToolVersions> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { tools: new Map() };
    throw err;
  }
  return parseToolVersions(text, displayName);
}

/** Read-modify-write under a cross-process lock; the write is atomic. */
export async function updateToolVersions(file: string, mutate: (tv: ToolVersions) => void): Promise<ToolVersions> {
  return withFileLock(file, async () => {
    const tv = await loadToolVersions(file);
    mutate(tv);
    await writeFileAtomic(file, formatToolVersions(tv));
    return tv;
  });
}

/** The key already used for this tool: the same name, or the alias/full name it is known by. */
function existingKey(tv: ToolVersions, tool: string, sameTool?: (key: string) => boolean): string {
  if (tv.tools.has(tool)) return tool;
  for (const key of tv.tools.keys()) if (sameTool?.(key)) return key;
  return tool;
}

/** asdf `set` / `--default`: the line is replaced by this single version (Atmos 2026-08 semantics). */
export function setDefaultVersion(tv: ToolVersions, tool: string, version: string, sameTool?: (key: string) => boolean): void {
  const key = existingKey(tv, tool, sameTool);
  tv.tools.set(key, [version]);
}

/** `add`: append when not present; with `asDefault` behave like `set`. */
export function addVersion(tv: ToolVersions, tool: string, version: string, sameTool?: (key: string) => boolean): void {
  const key = existingKey(tv, tool, sameTool);
  const versions = tv.tools.get(key) ?? [];
  if (!versions.includes(version)) versions.push(version);
  tv.tools.set(key, versions);
}

/** Remove one version (or the whole tool when `version` is undefined). Returns false when nothing matched. */
export function removeVersion(tv: ToolVersions, tool: string, version?: string, sameTool?: (key: string) => boolean): boolean {
  const key = existingKey(tv, tool, sameTool);
  const versions = tv.tools.get(key);
  if (!versions) return false;
  if (version === undefined) {
    tv.tools.delete(key);
    return true;
  }
  const idx = versions.indexOf(version);
  if (idx < 0) return false;
  versions.splice(idx, 1);
  if (versions.length === 0) tv.tools.delete(key);
  return true;
}
