/**
 * The subset of Go `text/template` + sprig that Aqua registry templates use:
 * field access (`.Version`, `.Vars.x`), pipelines (`{{.Version | trimV}}`), parenthesised
 * calls with field access (`(semver .Version).Major`), `if`/`else if`/`else`/`end`, trim
 * markers, and the functions below with **sprig's argument order** (`trimPrefix "v" .Version`,
 * `replace "-" "_" .Version`). Anything else is a loud error rather than a silently wrong URL.
 */

import { parseGoVersion } from './goVersion.js';

export type TemplateData = Record<string, unknown>;

type Operand =
  | { k: 'field'; path: string[] } // `.A.B`; [] = dot
  | { k: 'lit'; v: unknown }
  | { k: 'fn'; name: string }
  | { k: 'sub'; pipe: Pipeline; path: string[] };
type Command = Operand[];
type Pipeline = Command[];
type TNode = { k: 'text'; v: string } | { k: 'out'; pipe: Pipeline } | { k: 'if'; cond: Pipeline; then: TNode[]; else: TNode[] };

export class TemplateError extends Error {}

interface Action {
  body: string;
}

function splitActions(src: string): (string | Action)[] {
  const parts: (string | Action)[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      parts.push(src.slice(i));
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src.startsWith('- ', start) || src.startsWith('-\t', start) || src.startsWith('-\n', start)) {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    const close = findClose(src, start);
    if (close < 0) throw new TemplateError('unclosed action "{{"');
    let end = close;
    let trimRight = false;
    if (/\s-$/.test(src.slice(start, close))) {
      end = close - 1;
      trimRight = true;
    }
    if (text) parts.push(text);
    parts.push({ body: src.slice(start, end).trim() });
    i = close + 2;
    if (trimRight) while (i < src.length && /\s/.test(src[i])) i++;
  }
  return parts;
}

// The closing `}}` of an action, skipping string literals.
function findClose(src: string, from: number): number {
  let i = from;
  while (i < src.length) {
    const c = src[i];
    if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i += src[i] === '\\' ? 2 : 1;
    } else if (c === '`') {
      i = src.indexOf('`', i + 1);
      if (i < 0) return -1;
    } else if (src.startsWith('}}', i)) return i;
    i++;
  }
  return -1;
}

function tokenizeAction(body: string): string[] {
  const toks: string[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < body.length && body[j] !== '"') j += body[j] === '\\' ? 2 : 1;
      toks.push(body.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = body.indexOf('`', i + 1);
      toks.push(body.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '(' || c === ')' || c === '|') {
      toks.push(c);
      i++;
      continue;
    }
    const m = /^[^\s()|"`]+/.exec(body.slice(i))!;
    toks.push(m[0]);
    i += m[0].length;
  }
  return toks;
}

function parsePipeline(toks: string[], pos: { i: number }, untilParen: boolean): Pipeline {
  const pipe: Pipeline = [];
  let cmd: Command = [];
  while (pos.i < toks.length) {
    const t = toks[pos.i];
    if (t === ')') {
      if (!untilParen) throw new TemplateError('unexpected ")"');
      break;
    }
    pos.i++;
    if (t === '|') {
      if (cmd.length === 0) throw new TemplateError('missing command before "|"');
      pipe.push(cmd);
      cmd = [];
      continue;
    }
    if (t === '(') {
      const inner = parsePipeline(toks, pos, true);
      if (toks[pos.i] !== ')') throw new TemplateError('unclosed "("');
      pos.i++;
      // `(semver .Version).Major` — field access on the parenthesised value.
      let path: string[] = [];
      if (pos.i < toks.length && toks[pos.i].startsWith('.')) path = toks[pos.i++].slice(1).split('.');
      cmd.push({ k: 'sub', pipe: inner, path });
      continue;
    }
    cmd.push(parseOperand(t));
  }
  if (cmd.length > 0) pipe.push(cmd);
  if (pipe.length === 0) throw new TemplateError('empty pipeline');
  return pipe;
}

function parseOperand(t: string): Operand {
  if (t === '.') return { k: 'field', path: [] };
  if (t.startsWith('.')) return { k: 'field', path: t.slice(1).split('.') };
  if (t.startsWith('"')) {
    try {
      return { k: 'lit', v: JSON.parse(t) as string };
    } catch {
      throw new TemplateError(`bad string literal ${t}`);
    }
  }
  if (t.startsWith('`')) return { k: 'lit', v: t.slice(1, -1) };
  if (/^-?[0-9]+$/.test(t)) return { k: 'lit', v: Number(t) };
  if (t === 'true' || t === 'false') return { k: 'lit', v: t === 'true' };
  if (t === 'nil') return { k: 'lit', v: null };
  if (t.startsWith('$')) throw new TemplateError(`template variables (${t}) are not supported`);
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
    if (!(t in FUNCS)) throw new TemplateError(`function "${t}" is not supported`);
    return { k: 'fn', name: t };
  }
  throw new TemplateError(`unexpected "${t}"`);
}

function parseTemplate(src: string): TNode[] {
  const parts = splitActions(src);
  const root: TNode[] = [];
  // Stack of open `if`s: where their nodes go (then or else branch).
  const stack: { node: Extract<TNode, { k: 'if' }>; inElse: boolean; chained: number }[] = [];
  const target = (): TNode[] => {
    const top = stack[stack.length - 1];
    if (!top) return root;
    return top.inElse ? top.node.else : top.node.then;
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      target().push({ k: 'text', v: part });
      continue;
    }
    const body = part.body;
    if (body.startsWith('/*')) continue;
    const toks = tokenizeAction(body);
    const head = toks[0];
    if (head === 'if') {
      const node: TNode = { k: 'if', cond: parsePipeline(toks, { i: 1 }, false), then: [], else: [] };
      target().push(node);
      stack.push({ node, inElse: false, chained: 0 });
    } else if (head === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.inElse) throw new TemplateError('unexpected {{else}}');
      top.inElse = true;
      if (toks[1] === 'if') {
        // `else if` = an if nested in the else branch, closed by the same {{end}}.
        const node: TNode = { k: 'if', cond: parsePipeline(toks, { i: 2 }, false), then: [], else: [] };
        top.node.else.push(node);
        stack.push({ node, inElse: false, chained: top.chained + 1 });
      }
    } else if (head === 'end') {
      let top = stack.pop();
      if (!top) throw new TemplateError('unexpected {{end}}');
      for (let n = top.chained; n > 0; n--) top = stack.pop();
    } else if (['range', 'with', 'define', 'template', 'block', 'break', 'continue'].includes(head)) {
      throw new TemplateError(`{{${head}}} is not supported`);
    } else {
      target().push({ k: 'out', pipe: parsePipeline(toks, { i: 0 }, false) });
    }
  }
  if (stack.length > 0) throw new TemplateError('missing {{end}}');
  return root;
}

function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function text(v: unknown, fn: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new TemplateError(`${fn}: expected a string, got ${v === undefined ? 'no value' : typeof v}`);
}

// strings.Title: upper-case the first letter of every word (separators: not letter/digit/_).
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += /[A-Za-z0-9_]/.test(prev) ? ch : ch.toUpperCase();
    prev = ch;
  }
  return out;
}

// Masterminds/semver (sprig `semver`), the fields templates read.
function semverObject(s: string): Record<string, unknown> {
  const v = parseGoVersion(s);
  if (!v) throw new TemplateError(`semver: invalid version "${s}"`);
  return { Major: v.segments[0], Minor: v.segments[1], Patch: v.segments[2], Prerelease: v.pre, Metadata: v.metadata, Original: s };
}

const FUNCS: Record<string, (...args: unknown[]) => unknown> = {
  trimV: (s) => text(s, 'trimV').replace(/^v/, ''),
  trimPrefix: (p, s) => {
    const str = text(s, 'trimPrefix');
    const pre = text(p, 'trimPrefix');
    return str.startsWith(pre) ? str.slice(pre.length) : str;
  },
  trimSuffix: (p, s) => {
    const str = text(s, 'trimSuffix');
    const suf = text(p, 'trimSuffix');
    return suf && str.endsWith(suf) ? str.slice(0, str.length - suf.length) : str;
  },
  trim: (s) => text(s, 'trim').trim(),
  replace: (o, n, s) => text(s, 'replace').split(text(o, 'replace')).join(text(n, 'replace')),
  title: (s) => title(text(s, 'title')),
  lower: (s) => text(s, 'lower').toLowerCase(),
  upper: (s) => text(s, 'upper').toUpperCase(),
  splitList: (sep, s) => text(s, 'splitList').split(text(sep, 'splitList')),
  join: (sep, list) => {
    if (!Array.isArray(list)) throw new TemplateError('join: expected a list');
    return list.map((x) => text(x, 'join')).join(text(sep, 'join'));
  },
  index: (coll, ...keys) => {
    let cur = coll;
    for (const k of keys) {
      if (Array.isArray(cur) && typeof k === 'number') {
        if (k < 0 || k >= cur.length) throw new TemplateError(`index: index ${k} out of range`);
        cur = cur[k];
      } else if (cur && typeof cur === 'object' && typeof k === 'string') cur = (cur as Record<string, unknown>)[k];
      else throw new TemplateError('index: cannot index this value');
    }
    return cur;
  },
  semver: (s) => semverObject(text(s, 'semver')),
  regexFind: (re, s) => new RegExp(text(re, 'regexFind')).exec(text(s, 'regexFind'))?.[0] ?? '',
  regexReplaceAll: (re, s, repl) =>
    text(s, 'regexReplaceAll').replace(new RegExp(text(re, 'regexReplaceAll'), 'g'), text(repl, 'regexReplaceAll').replace(/\$\{?(\d+)\}?/g, '$$$1')),
  default: (d, v) => (truthy(v) ? v : d),
  eq: (a, ...bs) => bs.some((b) => a === b),
  ne: (a, b) => a !== b,
  not: (a) => !truthy(a),
  and: (...xs) => xs.find((x) => !truthy(x)) ?? xs[xs.length - 1],
  or: (...xs) => xs.find((x) => truthy(x)) ?? xs[xs.length - 1],
  printf: (f, ...args) => {
    let i = 0;
    return text(f, 'printf').replace(/%[sdv%]/g, (m) => (m === '%%' ? '%' : text(args[i++], 'printf')));
  },
};

function field(value: unknown, path: string[], whole: string): unknown {
  let cur = value;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object' || !(p in (cur as object))) {
      throw new TemplateError(`can't evaluate field ${p} in ${whole}`);
    }
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

function evalOperand(op: Operand, data: TemplateData): unknown {
  switch (op.k) {
    case 'lit':
      return op.v;
    case 'field':
      return field(data, op.path, `.${op.path.join('.')}`);
    case 'sub':
      return field(evalPipeline(op.pipe, data), op.path, `(…).${op.path.join('.')}`);
    case 'fn':
      return FUNCS[op.name]();
  }
}

function evalPipeline(pipe: Pipeline, data: TemplateData): unknown {
  let prev: unknown;
  pipe.forEach((cmd, stage) => {
    const [head, ...rest] = cmd;
    const piped = stage > 0 ? [prev] : [];
    if (head.k === 'fn') {
      prev = FUNCS[head.name](...rest.map((a) => evalOperand(a, data)), ...piped);
    } else {
      if (rest.length > 0 || stage > 0) throw new TemplateError('only functions take arguments or piped values');
      prev = evalOperand(head, data);
    }
  });
  return prev;
}

function run(nodes: TNode[], data: TemplateData, out: string[]): void {
  for (const n of nodes) {
    if (n.k === 'text') out.push(n.v);
    else if (n.k === 'out') {
      const v = evalPipeline(n.pipe, data);
      if (v === undefined || v === null) throw new TemplateError('a template value rendered as <no value>');
      out.push(typeof v === 'object' ? JSON.stringify(v) : String(v));
    } else run(truthy(evalPipeline(n.cond, data)) ? n.then : n.else, data, out);
  }
}

const cache = new Map<string, TNode[]>();

/** Render a template; throws {@link TemplateError} naming the problem. */
export function renderTemplate(source: string, data: TemplateData): string {
  let nodes = cache.get(source);
  if (!nodes) {
    nodes = parseTemplate(source);
    cache.set(source, nodes);
  }
  const out: string[] = [];
  run(nodes, data, out);
  return out.join('');
}
