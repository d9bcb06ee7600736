#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's built-in runner through tsx.
// Usage: npm test [-- <substring filter>...]
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);

async function find(dir) {
  const out = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== 'fixtures' && e.name !== 'node_modules') out.push(...(await find(p)));
    else if (e.isFile() && e.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out.sort();
}

const files = (await find(path.join(root, 'test'))).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-timeout=300000', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ATMOS_HTTP_RETRY_MIN_MS: process.env.ATMOS_HTTP_RETRY_MIN_MS ?? '10' },
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
