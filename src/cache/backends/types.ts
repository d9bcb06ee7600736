import type { Logger } from '../../common/logger.js';
import type { CachePaths } from '../paths.js';

/** Everything a backend needs for one restore or save. */
export interface CacheRequest {
  key: string;
  restoreKeys: string[];
  paths: CachePaths;
  logger: Logger;
  env: NodeJS.ProcessEnv;
}

export interface RestoreResult {
  /** Key of the entry found (primary or via a restore key); undefined = miss. */
  matchedKey?: string;
  /** Archive size, when something was downloaded. */
  size?: number;
  /** A restore that failed for a reason other than a miss (rate limit, server error), already explained. */
  problem?: string;
}

export type SaveStatus = 'saved' | 'exists' | 'denied' | 'failed' | 'empty';

export interface SaveResult {
  status: SaveStatus;
  size?: number;
  /** Human explanation for anything but `saved`. */
  message?: string;
}

export interface CacheBackend {
  readonly name: 'github' | 'dir' | 's3' | 'azblob' | 'file';
  restore(req: CacheRequest, options?: { lookupOnly?: boolean }): Promise<RestoreResult>;
  save(req: CacheRequest): Promise<SaveResult>;
}
