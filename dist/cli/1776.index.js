export const id = 1776;
export const ids = [1776];
export const modules = {

/***/ 72999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ TemplateError),
/* harmony export */   X: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var _goVersion_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10009);
/**
 * The subset of Go `text/template` + sprig that Aqua registry templates use:
 * field access (`.Version`, `.Vars.x`), pipelines (`{{.Version | trimV}}`), parenthesised
 * calls with field access (`(semver .Version).Major`), `if`/`else if`/`else`/`end`, trim
 * markers, and the functions below with **sprig's argument order** (`trimPrefix "v" .Version`,
 * `replace "-" "_" .Version`). Anything else is a loud error rather than a silently wrong URL.
 */

class TemplateError extends Error {
}
function splitActions(src) {
    const parts = [];
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
        if (close < 0)
            throw new TemplateError('unclosed action "{{"');
        let end = close;
        let trimRight = false;
        if (/\s-$/.test(src.slice(start, close))) {
            end = close - 1;
            trimRight = true;
        }
        if (text)
            parts.push(text);
        parts.push({ body: src.slice(start, end).trim() });
        i = close + 2;
        if (trimRight)
            while (i < src.length && /\s/.test(src[i]))
                i++;
    }
    return parts;
}
// The closing `}}` of an action, skipping string literals.
function findClose(src, from) {
    let i = from;
    while (i < src.length) {
        const c = src[i];
        if (c === '"') {
            i++;
            while (i < src.length && src[i] !== '"')
                i += src[i] === '\\' ? 2 : 1;
        }
        else if (c === '`') {
            i = src.indexOf('`', i + 1);
            if (i < 0)
                return -1;
        }
        else if (src.startsWith('}}', i))
            return i;
        i++;
    }
    return -1;
}
function tokenizeAction(body) {
    const toks = [];
    let i = 0;
    while (i < body.length) {
        const c = body[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        if (c === '"') {
            let j = i + 1;
            while (j < body.length && body[j] !== '"')
                j += body[j] === '\\' ? 2 : 1;
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
        const m = /^[^\s()|"`]+/.exec(body.slice(i));
        toks.push(m[0]);
        i += m[0].length;
    }
    return toks;
}
function parsePipeline(toks, pos, untilParen) {
    const pipe = [];
    let cmd = [];
    while (pos.i < toks.length) {
        const t = toks[pos.i];
        if (t === ')') {
            if (!untilParen)
                throw new TemplateError('unexpected ")"');
            break;
        }
        pos.i++;
        if (t === '|') {
            if (cmd.length === 0)
                throw new TemplateError('missing command before "|"');
            pipe.push(cmd);
            cmd = [];
            continue;
        }
        if (t === '(') {
            const inner = parsePipeline(toks, pos, true);
            if (toks[pos.i] !== ')')
                throw new TemplateError('unclosed "("');
            pos.i++;
            // `(semver .Version).Major` — field access on the parenthesised value.
            let path = [];
            if (pos.i < toks.length && toks[pos.i].startsWith('.'))
                path = toks[pos.i++].slice(1).split('.');
            cmd.push({ k: 'sub', pipe: inner, path });
            continue;
        }
        cmd.push(parseOperand(t));
    }
    if (cmd.length > 0)
        pipe.push(cmd);
    if (pipe.length === 0)
        throw new TemplateError('empty pipeline');
    return pipe;
}
function parseOperand(t) {
    if (t === '.')
        return { k: 'field', path: [] };
    if (t.startsWith('.'))
        return { k: 'field', path: t.slice(1).split('.') };
    if (t.startsWith('"')) {
        try {
            return { k: 'lit', v: JSON.parse(t) };
        }
        catch {
            throw new TemplateError(`bad string literal ${t}`);
        }
    }
    if (t.startsWith('`'))
        return { k: 'lit', v: t.slice(1, -1) };
    if (/^-?[0-9]+$/.test(t))
        return { k: 'lit', v: Number(t) };
    if (t === 'true' || t === 'false')
        return { k: 'lit', v: t === 'true' };
    if (t === 'nil')
        return { k: 'lit', v: null };
    if (t.startsWith('$'))
        throw new TemplateError(`template variables (${t}) are not supported`);
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
        if (!(t in FUNCS))
            throw new TemplateError(`function "${t}" is not supported`);
        return { k: 'fn', name: t };
    }
    throw new TemplateError(`unexpected "${t}"`);
}
function parseTemplate(src) {
    const parts = splitActions(src);
    const root = [];
    // Stack of open `if`s: where their nodes go (then or else branch).
    const stack = [];
    const target = () => {
        const top = stack[stack.length - 1];
        if (!top)
            return root;
        return top.inElse ? top.node.else : top.node.then;
    };
    for (const part of parts) {
        if (typeof part === 'string') {
            target().push({ k: 'text', v: part });
            continue;
        }
        const body = part.body;
        if (body.startsWith('/*'))
            continue;
        const toks = tokenizeAction(body);
        const head = toks[0];
        if (head === 'if') {
            const node = { k: 'if', cond: parsePipeline(toks, { i: 1 }, false), then: [], else: [] };
            target().push(node);
            stack.push({ node, inElse: false, chained: 0 });
        }
        else if (head === 'else') {
            const top = stack[stack.length - 1];
            if (!top || top.inElse)
                throw new TemplateError('unexpected {{else}}');
            top.inElse = true;
            if (toks[1] === 'if') {
                // `else if` = an if nested in the else branch, closed by the same {{end}}.
                const node = { k: 'if', cond: parsePipeline(toks, { i: 2 }, false), then: [], else: [] };
                top.node.else.push(node);
                stack.push({ node, inElse: false, chained: top.chained + 1 });
            }
        }
        else if (head === 'end') {
            let top = stack.pop();
            if (!top)
                throw new TemplateError('unexpected {{end}}');
            for (let n = top.chained; n > 0; n--)
                top = stack.pop();
        }
        else if (['range', 'with', 'define', 'template', 'block', 'break', 'continue'].includes(head)) {
            throw new TemplateError(`{{${head}}} is not supported`);
        }
        else {
            target().push({ k: 'out', pipe: parsePipeline(toks, { i: 0 }, false) });
        }
    }
    if (stack.length > 0)
        throw new TemplateError('missing {{end}}');
    return root;
}
function truthy(v) {
    if (v === undefined || v === null || v === false || v === 0 || v === '')
        return false;
    if (Array.isArray(v))
        return v.length > 0;
    return true;
}
function text(v, fn) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new TemplateError(`${fn}: expected a string, got ${v === undefined ? 'no value' : typeof v}`);
}
// strings.Title: upper-case the first letter of every word (separators: not letter/digit/_).
function title(s) {
    let prev = ' ';
    let out = '';
    for (const ch of s) {
        out += /[A-Za-z0-9_]/.test(prev) ? ch : ch.toUpperCase();
        prev = ch;
    }
    return out;
}
// Masterminds/semver (sprig `semver`), the fields templates read.
function semverObject(s) {
    const v = (0,_goVersion_js__WEBPACK_IMPORTED_MODULE_0__/* .parseGoVersion */ .SX)(s);
    if (!v)
        throw new TemplateError(`semver: invalid version "${s}"`);
    return { Major: v.segments[0], Minor: v.segments[1], Patch: v.segments[2], Prerelease: v.pre, Metadata: v.metadata, Original: s };
}
const FUNCS = {
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
        if (!Array.isArray(list))
            throw new TemplateError('join: expected a list');
        return list.map((x) => text(x, 'join')).join(text(sep, 'join'));
    },
    index: (coll, ...keys) => {
        let cur = coll;
        for (const k of keys) {
            if (Array.isArray(cur) && typeof k === 'number') {
                if (k < 0 || k >= cur.length)
                    throw new TemplateError(`index: index ${k} out of range`);
                cur = cur[k];
            }
            else if (cur && typeof cur === 'object' && typeof k === 'string')
                cur = cur[k];
            else
                throw new TemplateError('index: cannot index this value');
        }
        return cur;
    },
    semver: (s) => semverObject(text(s, 'semver')),
    regexFind: (re, s) => new RegExp(text(re, 'regexFind')).exec(text(s, 'regexFind'))?.[0] ?? '',
    regexReplaceAll: (re, s, repl) => text(s, 'regexReplaceAll').replace(new RegExp(text(re, 'regexReplaceAll'), 'g'), text(repl, 'regexReplaceAll').replace(/\$\{?(\d+)\}?/g, '$$$1')),
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
function field(value, path, whole) {
    let cur = value;
    for (const p of path) {
        if (cur === null || typeof cur !== 'object' || !(p in cur)) {
            throw new TemplateError(`can't evaluate field ${p} in ${whole}`);
        }
        cur = cur[p];
    }
    return cur;
}
function evalOperand(op, data) {
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
function evalPipeline(pipe, data) {
    let prev;
    pipe.forEach((cmd, stage) => {
        const [head, ...rest] = cmd;
        const piped = stage > 0 ? [prev] : [];
        if (head.k === 'fn') {
            prev = FUNCS[head.name](...rest.map((a) => evalOperand(a, data)), ...piped);
        }
        else {
            if (rest.length > 0 || stage > 0)
                throw new TemplateError('only functions take arguments or piped values');
            prev = evalOperand(head, data);
        }
    });
    return prev;
}
function run(nodes, data, out) {
    for (const n of nodes) {
        if (n.k === 'text')
            out.push(n.v);
        else if (n.k === 'out') {
            const v = evalPipeline(n.pipe, data);
            if (v === undefined || v === null)
                throw new TemplateError('a template value rendered as <no value>');
            out.push(typeof v === 'object' ? JSON.stringify(v) : String(v));
        }
        else
            run(truthy(evalPipeline(n.cond, data)) ? n.then : n.else, data, out);
    }
}
const cache = new Map();
/** Render a template; throws {@link TemplateError} naming the problem. */
function renderTemplate(source, data) {
    let nodes = cache.get(source);
    if (!nodes) {
        nodes = parseTemplate(source);
        cache.set(source, nodes);
    }
    const out = [];
    run(nodes, data, out);
    return out.join('');
}


/***/ }),

/***/ 10009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hp: () => (/* binding */ goConstraintMatch),
/* harmony export */   OB: () => (/* binding */ aquaSemverMatch),
/* harmony export */   SX: () => (/* binding */ parseGoVersion)
/* harmony export */ });
/* unused harmony exports compareGoVersions, compareVersionStrings */
// hashicorp/go-version semantics, which Aqua uses for `semver(...)` and which the seed's
// `version_constraints` inherit. npm `semver` is deliberately not used: it rejects `1.2`,
// `1.5rc1` and four-segment versions that real registry entries depend on.
// go-version's VersionRegexpRaw, anchored as NewVersion does.
const VERSION_RE = /^v?([0-9]+(?:\.[0-9]+)*?)(?:-([0-9]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)|(?:-?([A-Za-z\-~]+[0-9A-Za-z\-~]*(?:\.[0-9A-Za-z\-~]+)*)))?(?:\+([0-9A-Za-z\-~]+(?:\.[0-9A-Za-z\-~]+)*))?$/;
/** Parse a version; undefined when go-version would reject it. */
function parseGoVersion(text) {
    const m = VERSION_RE.exec(text.trim());
    if (!m)
        return undefined;
    const segments = m[1].split('.').map((s) => Number(s));
    if (segments.some((n) => !Number.isSafeInteger(n)))
        return undefined;
    while (segments.length < 3)
        segments.push(0);
    return { segments, pre: m[2] ?? m[3] ?? '', metadata: m[4] ?? '', original: text };
}
function comparePart(a, b) {
    if (a === b)
        return 0;
    const aNum = /^[0-9]+$/.test(a);
    const bNum = /^[0-9]+$/.test(b);
    if (a === '')
        return bNum ? -1 : 1;
    if (b === '')
        return aNum ? 1 : -1;
    if (aNum && !bNum)
        return -1;
    if (!aNum && bNum)
        return 1;
    if (!aNum && !bNum)
        return a > b ? 1 : -1;
    return Number(a) > Number(b) ? 1 : -1;
}
function comparePrereleases(a, b) {
    if (a === b)
        return 0;
    const pa = a.split('.');
    const pb = b.split('.');
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const c = comparePart(pa[i] ?? '', pb[i] ?? '');
        if (c !== 0)
            return c;
    }
    return 0;
}
/** -1, 0 or 1, exactly as go-version's `Compare` (metadata is ignored). */
function compareGoVersions(a, b) {
    const n = Math.max(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
        const x = a.segments[i] ?? 0;
        const y = b.segments[i] ?? 0;
        if (x !== y)
            return x < y ? -1 : 1;
    }
    if (a.pre === b.pre)
        return 0;
    if (a.pre === '')
        return 1;
    if (b.pre === '')
        return -1;
    return comparePrereleases(a.pre, b.pre);
}
/** Sort helper for version strings: unparsable ones sort first, in string order. */
function compareVersionStrings(a, b) {
    const va = parseGoVersion(a);
    const vb = parseGoVersion(b);
    if (va && vb)
        return compareGoVersions(va, vb) || (a < b ? -1 : a > b ? 1 : 0);
    if (!va && !vb)
        return a < b ? -1 : a > b ? 1 : 0;
    return va ? 1 : -1;
}
// Aqua's own operator order (pkg/expr/version_compare.go): longest operators first.
const AQUA_OPERATORS = ['>=', '<=', '!=', '>', '<', '='];
/**
 * Aqua's `semver("<constraints>")` check: comma = AND, operators tried in the order
 * `>=, <=, !=, >, <, =`, plain go-version comparison (a pre-release is simply lower than
 * its release). An unparsable version (or a commit SHA) is false; an unknown operator or
 * unparsable constraint version throws (the expression evaluator turns that into false).
 */
function aquaSemverMatch(constraints, version) {
    const v = /^[0-9a-f]{40}$/i.test(version.trim()) ? undefined : parseGoVersion(version);
    const items = constraints.split(',').map((c) => c.trim());
    const checks = items.map((item) => {
        const op = AQUA_OPERATORS.find((o) => item.startsWith(o));
        if (!op)
            throw new Error(`invalid version constraint "${item}": no operator`);
        const target = parseGoVersion(item.slice(op.length).trim());
        if (!target)
            throw new Error(`invalid version in constraint "${item}"`);
        return { op, target };
    });
    if (!v)
        return false;
    return checks.every(({ op, target }) => {
        const c = compareGoVersions(v, target);
        switch (op) {
            case '>=':
                return c >= 0;
            case '<=':
                return c <= 0;
            case '!=':
                return c !== 0;
            case '>':
                return c > 0;
            case '<':
                return c < 0;
            default:
                return c === 0;
        }
    });
}
const GO_CONSTRAINT_RE = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S+)\s*$/;
function prereleaseCheck(v, c) {
    if (c.pre !== '' && v.pre !== '')
        return c.segments.join('.') === v.segments.join('.');
    if (c.pre === '' && v.pre !== '')
        return false;
    return true;
}
/**
 * hashicorp/go-version `Constraints.Check`: comma = AND, operators `=, !=, >, <, >=, <=, ~>`
 * (none means `=`), and go-version's pre-release rule (a constraint without a pre-release
 * never matches a pre-release version). Used for the seed `version_constraints` and for
 * dependency constraints like `~> 1.9`.
 */
function goConstraintMatch(constraints, version) {
    const v = parseGoVersion(version);
    if (!v)
        return false;
    return constraints.split(',').every((raw) => {
        const m = GO_CONSTRAINT_RE.exec(raw);
        const target = m ? parseGoVersion(m[2]) : undefined;
        if (!m || !target)
            throw new Error(`invalid version constraint "${raw.trim()}"`);
        const op = m[1] ?? '=';
        const cmp = compareGoVersions(v, target);
        switch (op) {
            case '=':
                return prereleaseCheck(v, target) && cmp === 0;
            case '!=':
                return cmp !== 0;
            case '>':
                return prereleaseCheck(v, target) && cmp > 0;
            case '<':
                return prereleaseCheck(v, target) && cmp < 0;
            case '>=':
                return prereleaseCheck(v, target) && cmp >= 0;
            case '<=':
                return prereleaseCheck(v, target) && cmp <= 0;
            default:
                return pessimistic(v, target);
        }
    });
}
// `~> 1.2.3` means >= 1.2.3, < 1.3; `~> 1.2` means >= 1.2, < 2. The number of segments
// written in the constraint decides which one may grow (go-version keeps si = written count).
function pessimistic(v, c) {
    if (!prereleaseCheck(v, c) || (c.pre !== '' && v.pre === ''))
        return false;
    if (compareGoVersions(v, c) < 0)
        return false;
    const written = c.original.replace(/^\s*v/, '').split(/[-+]/)[0].split('.').length;
    for (let i = 0; i < written - 1; i++) {
        if ((v.segments[i] ?? 0) !== (c.segments[i] ?? 0))
            return false;
    }
    return true;
}


/***/ }),

/***/ 11290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ sortVersions),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   WD: () => (/* binding */ isConstraint),
/* harmony export */   ib: () => (/* binding */ satisfies),
/* harmony export */   kf: () => (/* binding */ highestMatch)
/* harmony export */ });
/* unused harmony export toSemverRange */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Version constraints for `ensureTools` / `dependencies.tools`: hashicorp style `~> 1.9`,
 * comparison lists `>= 1.5, < 2`, npm style `^0.54` / `~1.2` / `1.x`, or an exact version.
 */

function isConstraint(v) {
    return /^\s*(~>|[<>=^~!])/.test(v) || v.includes(',') || /(^|\.)[xX*](\.|$)/.test(v);
}
/** Translate to an npm semver range. */
function toSemverRange(constraint) {
    return constraint
        .split(',')
        .map((part) => {
        const p = part.trim();
        const m = /^~>\s*v?(\d+(?:\.\d+)*)(.*)$/.exec(p);
        if (!m)
            return p.replace(/^(=|>=|<=|>|<)\s+/, '$1');
        const nums = m[1].split('.').map(Number);
        const lower = [...nums, 0, 0].slice(0, 3).join('.') + m[2];
        // `~> 1.9` → <2.0.0; `~> 1.9.2` → <1.10.0; `~> 1` → <2.0.0
        const upper = nums.length >= 3 ? `${nums[0]}.${nums[1] + 1}.0-0` : nums.length === 2 ? `${nums[0] + 1}.0.0-0` : `${nums[0] + 1}.0.0-0`;
        return `>=${lower} <${upper}`;
    })
        .join(' ');
}
/** Does `version` (tag or version, `v` optional) satisfy `constraint`? `latest`/empty match everything. */
function satisfies(version, constraint) {
    if (!constraint || constraint === 'latest')
        return true;
    const v = semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(version, { loose: true, includePrerelease: true });
    const clean = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(version.replace(/^v/, ''), { loose: true }) ?? v?.version;
    if (!clean)
        return version === constraint;
    if (!isConstraint(constraint))
        return clean === (semver__WEBPACK_IMPORTED_MODULE_0___default().valid(constraint.replace(/^v/, ''), { loose: true }) ?? constraint);
    const range = toSemverRange(constraint);
    try {
        return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(clean, range, { loose: true });
    }
    catch {
        return false;
    }
}
/** Highest version in `candidates` satisfying `constraint` (pre-releases only when the constraint names one). */
function highestMatch(candidates, constraint) {
    const wantsPre = /-/.test(constraint);
    const ok = candidates.filter((c) => satisfies(c, constraint) && (wantsPre || !isPrerelease(c)));
    return sortVersions(ok).at(-1);
}
function isPrerelease(v) {
    const s = semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true });
    return s ? semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(s, { loose: true }) !== null : /-(alpha|beta|rc|pre|dev)/i.test(v);
}
/** Ascending semver order; unparsable versions sort first, by string. */
function sortVersions(versions) {
    const key = (v) => semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v.replace(/^v/, ''), { loose: true }) ?? semver__WEBPACK_IMPORTED_MODULE_0___default().coerce(v)?.version;
    return [...versions].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        if (ka && kb)
            return semver__WEBPACK_IMPORTED_MODULE_0___default().compare(ka, kb, { loose: true }) || a.localeCompare(b);
        if (ka)
            return 1;
        if (kb)
            return -1;
        return a.localeCompare(b);
    });
}


/***/ })

};
