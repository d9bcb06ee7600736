// Lint: the layering of src/ (see README, "Architecture") plus typescript-eslint's recommended
// rules. The layering is a small local rule rather than `no-restricted-imports`, because that rule
// sees neither `await import()` (how the CLI loads engines lazily) nor where a relative path
// lands: `../cache/x.js` is the cache engine from src/cli/ci.ts but the cache action's own
// directory from src/actions/root/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SRC = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * Each engine's public entries: the only files of an engine that code outside it may import.
 * Every engine has one, `index.ts`; mirror/layout.ts is a declared second entry: the CI cache
 * needs where the registry cache lives and must not load the proxy to learn it (start-up speed).
 * toolchain/fast.ts likewise: the warm-stamp check for the CLI's fast entry, Node builtins only.
 */
export const ENGINE_ENTRIES = {
  toolchain: ['index.ts', 'fast.ts'],
  cache: ['index.ts'],
  mirror: ['index.ts', 'layout.ts'],
  github: ['index.ts'],
  config: ['index.ts'],
  workflow: ['index.ts'],
  store: ['index.ts'],
  bundle: ['index.ts'],
  gitmirror: ['index.ts'],
};
/** Adapters: cli/ (commander wiring) and actions/ (GitHub Actions). Nothing in src imports them. */
const ADAPTERS = ['cli', 'actions'];

/** 'common' | an engine | an adapter | 'root' (src/version.ts) | undefined (outside src). */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  return parts.length === 1 ? 'root' : parts[0];
}

/** Why `from` may not import `target` (both absolute paths under src/), or undefined when it may. */
export function layerViolation(from, target) {
  const a = layerOf(from);
  const b = layerOf(target);
  if (!a || !b || a === b || b === 'root' || b === 'common') return undefined;
  if (a === 'common' || a === 'root') return `src/${a === 'root' ? path.basename(from) : 'common/'} imports no engine or adapter (found src/${b}/)`;
  if (ADAPTERS.includes(b)) return `src/${b}/ is an adapter: nothing else in src imports it`;
  const entries = ENGINE_ENTRIES[b];
  if (!entries) return `src/${b}/ is not a known layer: add it to eslint.config.js`;
  const inside = path.relative(path.join(SRC, b), target).split(path.sep).join('/');
  if (entries.includes(inside)) return undefined;
  return `src/${a}/ may import the ${b} engine only through ${entries.map((e) => `src/${b}/${e}`).join(' or ')} (found src/${b}/${inside})`;
}

const layering = {
  meta: { type: 'problem', schema: [], docs: { description: 'layers of src/: common → engines (through their public entries) → cli/actions' } },
  create(context) {
    const file = context.filename;
    function check(node, source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (spec === '@actions/core' && layerOf(file) !== undefined && layerOf(file) !== 'actions') {
        context.report({ node, message: 'only src/actions/** talks to @actions/core: engines report through the Logger and return values' });
        return;
      }
      if (!spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts'));
      const why = layerViolation(file, target);
      if (why) context.report({ node, message: why });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test/fixtures/**'] },
  {
    files: ['src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { atmos: { rules: { layering } } },
    rules: {
      // Every engine has its entry (ENGINE_ENTRIES) and src/ imports only those.
      'atmos/layering': 'error',
      // tsc's noUnusedLocals/noUnusedParameters report these already (with the `_` convention).
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);
