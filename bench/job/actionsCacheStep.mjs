// One `actions/cache` step of the incumbent recipe, run as its own node process like the
// action is: the real `@actions/cache` (the library actions/cache@v4 is built on) against
// the cache service in ACTIONS_RESULTS_URL. Prints `matched-key=<key>` after a restore.
//   node actionsCacheStep.mjs restore <key> <path>...
//   node actionsCacheStep.mjs save <key> <path>...
import * as cache from '@actions/cache';

const [op, key, ...paths] = process.argv.slice(2);
if (op === 'restore') {
  const matched = await cache.restoreCache(paths, key);
  process.stdout.write(`\nmatched-key=${matched ?? ''}\n`);
} else if (op === 'save') {
  await cache.saveCache(paths, key);
} else {
  process.stderr.write(`usage: actionsCacheStep.mjs restore|save <key> <path>...\n`);
  process.exitCode = 2;
}
