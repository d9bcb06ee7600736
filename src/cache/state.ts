import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../common/atomicFile.js';
import { withFileLock } from '../common/fileLock.js';
import { mapLimit } from '../common/mapLimit.js';
import { STATE_DIR_NAME } from '../common/paths.js';

export type RestoreOutcome = 'exact' | 'prefix' | 'miss';

export interface KeyState {
  /** What the last restore in this job found. */
  restored?: RestoreOutcome;
  matchedKey?: string;
  /** CI job that did the restore (unset outside CI); a restore from another job skips nothing. */
  job?: string;
  /** Root-relative files present after that restore: it counts only while they all still exist. */
  files?: string[];
  /** The entry exists remotely (we saved it, or the service said it already exists)… */
  saved?: boolean;
  /** …as far as this CI job knows (entries get evicted, so another job's knowledge is not trusted). */
  savedJob?: string;
  updatedAt?: string;
}

export interface CacheState {
  version: 1;
  keys: Record<string, KeyState>;
}

export const STATE_FILE_NAME = 'ci-cache-state.json';

export function stateFile(root: string): string {
  return path.join(root, STATE_DIR_NAME, STATE_FILE_NAME);
}

/**
 * Identity of one run of one CI job, from the variables each CI system sets for exactly
 * that (a re-run is a new identity). Undefined outside a recognised CI: then nothing is
 * "already done in this job", since every run would share the same identity forever.
 */
export function jobId(env: NodeJS.ProcessEnv): string | undefined {
  for (const [system, id] of CI_JOB_IDS) {
    const value = id(env);
    if (value) return `${system}:${value}`;
  }
  return undefined;
}

const CI_JOB_IDS: [string, (env: NodeJS.ProcessEnv) => string | undefined][] = [
  // GITHUB_JOB alone repeats in every run; run id + attempt make it one execution.
  ['github', (e) => e.GITHUB_RUN_ID && `${e.GITHUB_RUN_ID}/${e.GITHUB_RUN_ATTEMPT || '1'}/${e.GITHUB_JOB ?? ''}`],
  ['gitlab', (e) => e.CI_JOB_ID],
  ['buildkite', (e) => e.BUILDKITE_JOB_ID],
  ['circleci', (e) => e.CIRCLE_WORKFLOW_JOB_ID],
  ['azure', (e) => e.SYSTEM_JOBID && `${e.BUILD_BUILDID ?? ''}/${e.SYSTEM_JOBID}`],
  ['bitbucket', (e) => e.BITBUCKET_STEP_UUID && `${e.BITBUCKET_BUILD_NUMBER ?? ''}/${e.BITBUCKET_STEP_UUID}`],
  ['travis', (e) => e.TRAVIS_JOB_ID],
  // jenkins-<job name>-<build number>
  ['jenkins', (e) => e.BUILD_TAG],
];

/** True when every recorded file still exists (lstat: a symlink counts as itself). */
export async function filesPresent(root: string, files: readonly string[]): Promise<boolean> {
  const present = await mapLimit(files, 32, (f) =>
    fs.lstat(path.join(root, f)).then(
      () => true,
      () => false,
    ),
  );
  return present.every(Boolean);
}

export async function readState(root: string): Promise<CacheState> {
  try {
    const parsed = JSON.parse(await fs.readFile(stateFile(root), 'utf8')) as CacheState;
    if (parsed && parsed.version === 1 && typeof parsed.keys === 'object') return parsed;
  } catch {
    /* missing or torn by an older writer: start afresh */
  }
  return { version: 1, keys: {} };
}

/** Read-modify-write under a cross-process lock, written atomically. */
export async function updateKeyState(root: string, key: string, patch: KeyState): Promise<void> {
  const file = stateFile(root);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await withFileLock(file, async () => {
    const state = await readState(root);
    state.keys[key] = { ...state.keys[key], ...patch, updatedAt: new Date().toISOString() };
    // File lists of other jobs can never skip anything again; drop them so the state stays small.
    for (const [k, v] of Object.entries(state.keys)) if (k !== key && v.files && v.job !== state.keys[key].job) delete v.files;
    await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  });
}
