/**
 * The subset of expr-lang (github.com/expr-lang/expr) that Aqua's `version_constraint`,
 * `version_overrides[].version_constraint` and `version_filter` use:
 * literals, `Version`/`SemVer`, `semver()`, `semverWithVersion()`, `trimPrefix()`,
 * `==`, `!=`, `<`…, `in [..]`, `startsWith`, `endsWith`, `contains`, `matches`,
 * `not`/`!`, `and`/`&&`, `or`/`||`, `+` and parentheses. Operator precedence follows expr-lang.
 */

import { aquaSemverMatch } from './goVersion.js';

export interface VersionEnv {
  /** Full version/tag, e.g. `kustomize/v5.4.3`. */
  Version: string;
  /** Version without `version_prefix`. */
  SemVer: string;
}

type Value = string | number | boolean | null | Value[];

type Node =
  | { k: 'lit'; v: Value }
  | { k: 'id'; name: string }
  | { k: 'arr'; items: Node[] }
  | { k: 'call'; name: string; args: Node[] }
  | { k: 'un'; op: string; x: Node }
  | { k: 'bin'; op: string; l: Node; r: Node };

interface Tok {
  t: 'str' | 'num' | 'id' | 'op' | 'eof';
  v: string;
}

const OPS = ['&&', '||', '==', '!=', '<=', '>=', '(', ')', '[', ']', ',', '!', '<', '>', '+', '-', '*', '/', '%'];

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          const e = src[++j];
          s += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        } else s += src[j];
        j++;
      }
      if (j >= src.length) throw new Error('unterminated string literal');
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (c === '`') {
      const j = src.indexOf('`', i + 1);
      if (j < 0) throw new Error('unterminated string literal');
      out.push({ t: 'str', v: src.slice(i + 1, j) });
      i = j + 1;
      continue;
    }
    const num = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_$#][A-Za-z0-9_$]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new Error(`unexpected character "${c}" at ${i}`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  out.push({ t: 'eof', v: '' });
  return out;
}

// expr-lang binary operator precedence.
const BINARY: Record<string, number> = {
  or: 10,
  '||': 10,
  and: 15,
  '&&': 15,
  '==': 20,
  '!=': 20,
  '<': 20,
  '>': 20,
  '<=': 20,
  '>=': 20,
  in: 20,
  matches: 20,
  contains: 20,
  startsWith: 20,
  endsWith: 20,
  '+': 30,
  '-': 30,
  '*': 60,
  '/': 60,
  '%': 60,
};
const UNARY_PRECEDENCE = 50;

class Parser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.pos];
  }
  private next(): Tok {
    return this.toks[this.pos++];
  }
  private expect(v: string): void {
    const t = this.next();
    if (t.v !== v || (t.t !== 'op' && t.t !== 'id')) throw new Error(`expected "${v}", got "${t.v}"`);
  }

  parseAll(): Node {
    const n = this.parseExpr(0);
    if (this.peek().t !== 'eof') throw new Error(`unexpected "${this.peek().v}"`);
    return n;
  }

  /** The operator at the cursor (joins `not in`), or undefined. */
  private binaryOp(): { op: string; width: number } | undefined {
    const t = this.peek();
    if (t.t === 'id' && t.v === 'not' && this.toks[this.pos + 1]?.v === 'in') return { op: 'not in', width: 2 };
    if ((t.t === 'op' || t.t === 'id') && t.v in BINARY) return { op: t.v, width: 1 };
    return undefined;
  }

  private parseExpr(minPrec: number): Node {
    let left = this.parseUnary();
    for (;;) {
      const found = this.binaryOp();
      if (!found) break;
      const prec = BINARY[found.op === 'not in' ? 'in' : found.op];
      if (prec < minPrec) break;
      this.pos += found.width;
      const right = this.parseExpr(prec + 1);
      left = { k: 'bin', op: found.op, l: left, r: right };
    }
    return left;
  }

  private parseUnary(): Node {
    const t = this.peek();
    if ((t.t === 'id' && t.v === 'not') || (t.t === 'op' && (t.v === '!' || t.v === '-'))) {
      this.next();
      return { k: 'un', op: t.v === '-' ? '-' : 'not', x: this.parseExpr(UNARY_PRECEDENCE) };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Node {
    const t = this.next();
    if (t.t === 'str') return { k: 'lit', v: t.v };
    if (t.t === 'num') return { k: 'lit', v: Number(t.v) };
    if (t.t === 'op' && t.v === '(') {
      const n = this.parseExpr(0);
      this.expect(')');
      return n;
    }
    if (t.t === 'op' && t.v === '[') {
      const items: Node[] = [];
      while (this.peek().v !== ']') {
        items.push(this.parseExpr(0));
        if (this.peek().v === ',') this.next();
        else break;
      }
      this.expect(']');
      return { k: 'arr', items };
    }
    if (t.t === 'id') {
      if (t.v === 'true' || t.v === 'false') return { k: 'lit', v: t.v === 'true' };
      if (t.v === 'nil') return { k: 'lit', v: null };
      if (this.peek().t === 'op' && this.peek().v === '(') {
        this.next();
        const args: Node[] = [];
        while (this.peek().v !== ')') {
          args.push(this.parseExpr(0));
          if (this.peek().v === ',') this.next();
          else break;
        }
        this.expect(')');
        return { k: 'call', name: t.v, args };
      }
      return { k: 'id', name: t.v };
    }
    throw new Error(`unexpected "${t.v || 'end of expression'}"`);
  }
}

const compiled = new Map<string, Node>();

/** Parse an expression (cached); throws on syntax errors. */
export function compileExpr(source: string): Node {
  let n = compiled.get(source);
  if (!n) {
    n = new Parser(tokenize(source)).parseAll();
    compiled.set(source, n);
  }
  return n;
}

function str(v: Value, what: string): string {
  if (typeof v !== 'string') throw new Error(`${what} expects a string`);
  return v;
}

function evaluate(n: Node, env: VersionEnv): Value {
  switch (n.k) {
    case 'lit':
      return n.v;
    case 'arr':
      return n.items.map((i) => evaluate(i, env));
    case 'id':
      if (n.name === 'Version') return env.Version;
      if (n.name === 'SemVer') return env.SemVer;
      throw new Error(`unknown name ${n.name}`);
    case 'un': {
      const x = evaluate(n.x, env);
      if (n.op === '-') {
        if (typeof x !== 'number') throw new Error('unary - expects a number');
        return -x;
      }
      if (typeof x !== 'boolean') throw new Error('not expects a boolean');
      return !x;
    }
    case 'call': {
      const args = n.args.map((a) => evaluate(a, env));
      switch (n.name) {
        case 'semver':
          return aquaSemverMatch(str(args[0], 'semver'), env.SemVer);
        case 'semverWithVersion':
          return aquaSemverMatch(str(args[0], 'semverWithVersion'), str(args[1], 'semverWithVersion'));
        case 'trimPrefix': {
          const s = str(args[0], 'trimPrefix');
          const p = args.length > 1 ? str(args[1], 'trimPrefix') : ' ';
          return s.startsWith(p) ? s.slice(p.length) : s;
        }
        case 'trimSuffix': {
          const s = str(args[0], 'trimSuffix');
          const p = args.length > 1 ? str(args[1], 'trimSuffix') : ' ';
          return s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
        }
        case 'lower':
          return str(args[0], 'lower').toLowerCase();
        case 'upper':
          return str(args[0], 'upper').toUpperCase();
        case 'len': {
          const a = args[0];
          if (typeof a === 'string' || Array.isArray(a)) return a.length;
          throw new Error('len expects a string or array');
        }
        default:
          throw new Error(`unknown function ${n.name}`);
      }
    }
    case 'bin': {
      if (n.op === 'and' || n.op === '&&' || n.op === 'or' || n.op === '||') {
        const l = evaluate(n.l, env);
        if (typeof l !== 'boolean') throw new Error(`${n.op} expects booleans`);
        const isAnd = n.op === 'and' || n.op === '&&';
        if (isAnd && !l) return false;
        if (!isAnd && l) return true;
        const r = evaluate(n.r, env);
        if (typeof r !== 'boolean') throw new Error(`${n.op} expects booleans`);
        return r;
      }
      const l = evaluate(n.l, env);
      const r = evaluate(n.r, env);
      switch (n.op) {
        case '==':
          return JSON.stringify(l) === JSON.stringify(r);
        case '!=':
          return JSON.stringify(l) !== JSON.stringify(r);
        case 'in':
        case 'not in': {
          if (!Array.isArray(r)) throw new Error('in expects an array');
          const found = r.some((x) => JSON.stringify(x) === JSON.stringify(l));
          return n.op === 'in' ? found : !found;
        }
        case 'startsWith':
          return str(l, n.op).startsWith(str(r, n.op));
        case 'endsWith':
          return str(l, n.op).endsWith(str(r, n.op));
        case 'contains':
          return str(l, n.op).includes(str(r, n.op));
        case 'matches':
          return new RegExp(str(r, n.op)).test(str(l, n.op));
        case '+':
          if (typeof l === 'string' && typeof r === 'string') return l + r;
          if (typeof l === 'number' && typeof r === 'number') return l + r;
          throw new Error('+ expects two strings or two numbers');
        default: {
          if (typeof l === 'number' && typeof r === 'number') {
            if (n.op === '<') return l < r;
            if (n.op === '>') return l > r;
            if (n.op === '<=') return l <= r;
            if (n.op === '>=') return l >= r;
            if (n.op === '-') return l - r;
            if (n.op === '*') return l * r;
            if (n.op === '/') return l / r;
            if (n.op === '%') return l % r;
          }
          if (typeof l === 'string' && typeof r === 'string') {
            if (n.op === '<') return l < r;
            if (n.op === '>') return l > r;
            if (n.op === '<=') return l <= r;
            if (n.op === '>=') return l >= r;
          }
          throw new Error(`operator ${n.op} does not apply to these operands`);
        }
      }
    }
  }
}

/** Evaluate to a boolean; throws on syntax/type errors or a non-boolean result. */
export function evaluateConstraintStrict(expression: string | boolean, env: VersionEnv): boolean {
  if (typeof expression === 'boolean') return expression;
  const result = evaluate(compileExpr(expression), env);
  if (typeof result !== 'boolean') throw new Error(`expression "${expression}" did not return a boolean`);
  return result;
}

/**
 * Aqua's rule: a constraint that does not compile or evaluate counts as false
 * (aqua logs it at debug and moves on to the next version override).
 */
export function evaluateConstraint(expression: string | boolean | undefined, env: VersionEnv): boolean {
  if (expression === undefined || expression === '') return false;
  try {
    return evaluateConstraintStrict(expression, env);
  } catch {
    return false;
  }
}
