import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { allCommands, commandTree } from '../../src/cli/commandTree.js';
import { buildProgram } from '../../src/cli/main.js';
import { REPO_ROOT } from '../support/toolchainCli.js';

/** docs/cli.md is generated from the commander tree (scripts/cli-docs.mjs), like the README's action reference. */
const program = () =>
  buildProgram(() => {
    throw new Error('no command runs here');
  });
const docsFile = path.join(REPO_ROOT, 'docs', 'cli.md');

test('docs/cli.md is what scripts/cli-docs.mjs renders from the commands (regenerate with npm run docs)', async () => {
  const { cliReference } = (await import(path.join(REPO_ROOT, 'scripts', 'cli-docs.mjs'))) as { cliReference(): string };
  assert.equal(readFileSync(docsFile, 'utf8'), cliReference(), 'docs/cli.md is out of date: run `npm run docs`');
  const check = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli-docs.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
});

test('docs/cli.md has a section for every command and a row for every visible flag', () => {
  const docs = readFileSync(docsFile, 'utf8');
  const commands = allCommands(commandTree(program())).slice(1);
  assert.ok(commands.length > 30);
  for (const c of commands) {
    assert.ok(docs.includes(`### \`atmos-ts ${c.path.join(' ')}\``), `no section for ${c.path.join(' ')}`);
    for (const o of c.options) assert.ok(docs.includes(`| \`${o.flags}\` |`), `no row for ${o.flags} of ${c.path.join(' ')}`);
  }
  assert.doesNotMatch(docs, /\| `--tools-dir/, 'hidden flags stay out');
});

test('the README links the CLI reference; the guides show the current format flag', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  assert.match(readme, /\]\(docs\/cli\.md\)/);
  for (const file of ['README.md', 'docs/toolchain.md', 'docs/registry-cache.md', 'docs/ci-cache.md']) {
    const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
    assert.doesNotMatch(text, /-o (table|json|yaml)\b|(-f|--format) table\b|`--json`/, `${file} shows a 0.x format flag`);
  }
});
