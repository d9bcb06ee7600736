import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../common/atomicFile.js';
import { withFileLock } from '../common/fileLock.js';
import { STATE_DIR_NAME } from '../common/paths.js';

export type RestoreOutcome = 'exact' | 'prefix' | 'miss';

export interface KeyState {
  /** What the last restore in this job found. */
  restored?: RestoreOutcome;
  matchedKey?: string;
  /** Job that did the restore; a restore from another job does not skip this job's save. */
  job?: string;
  /** The entry exists remotely (we saved it, or the service said it already exists). */
  saved?: boolean;
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

/** Identity of the current CI job, so state from an earlier job on a persistent runner is not mistaken for ours. */
export function jobId(env: NodeJS.ProcessEnv): string {
  return [env.GITHUB_RUN_ID ?? 'local', env.GITHUB_RUN_ATTEMPT ?? '1', env.GITHUB_JOB ?? ''].join('/');
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
    await writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  });
}
