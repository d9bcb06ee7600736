// Renders docs/cli.md (every command, its description, arguments and options) from the
// commander tree in src/cli, so the CLI reference cannot drift from the flags the CLI
// accepts. Run through tsx (the commands are TypeScript):
//   node --import tsx scripts/cli-docs.mjs           rewrites docs/cli.md (npm run docs)
//   node --import tsx scripts/cli-docs.mjs --check   fails on drift (run by test/cli/reference.test.ts)
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildProgram } from '../src/cli/main.ts';
import { renderCliReference } from '../src/cli/reference.ts';

const repo = path.resolve(import.meta.dirname, '..');
export const CLI_REFERENCE = path.join(repo, 'docs', 'cli.md');

export function cliReference() {
  return renderCliReference(
    buildProgram(() => {
      throw new Error('rendering the reference runs no command');
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const next = cliReference();
  let current = '';
  try {
    current = readFileSync(CLI_REFERENCE, 'utf8');
  } catch {
    /* first run */
  }
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/cli.md is out of date: run `npm run docs`');
      process.exit(1);
    }
  } else if (next !== current) {
    writeFileSync(`${CLI_REFERENCE}.tmp`, next);
    renameSync(`${CLI_REFERENCE}.tmp`, CLI_REFERENCE);
  }
}
