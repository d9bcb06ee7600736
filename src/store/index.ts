// The fleet tier's object-store engine: one interface over S3, Azure Blob and a local
// directory, addressed by URL, with hash-verified reads, writer metadata and a
// never-worse-than-without-it failure policy. Other engines use only this entry.

import { AtmosError } from '../common/errors.js';
import { FileStore } from './file.js';
import { FleetStore, type FleetStoreOptions } from './fleetStore.js';
import type { ObjectStoreBackend } from './types.js';
import { parseStoreUrl, type StoreLocation } from './url.js';

export { FleetStore, fileSha256, writerMetadata, type FleetStoreOptions, type StorePutOutcome } from './fleetStore.js';
export { parseStoreUrl, type StoreLocation } from './url.js';
export { META_SHA256, META_WRITER_HOST, META_WRITER_RUN, type ConditionalWrites, type ObjectInfo, type ObjectStoreBackend } from './types.js';

/** The backend for a parsed location; the SDKs load only when their scheme is used. */
export async function openBackend(loc: StoreLocation, env: NodeJS.ProcessEnv): Promise<ObjectStoreBackend> {
  switch (loc.kind) {
    case 'file':
      return new FileStore(loc.root, loc.url);
    case 's3': {
      const { S3Store } = await import('./s3.js');
      return new S3Store(loc, env);
    }
    case 'azblob': {
      const { AzureBlobStore } = await import('./azblob.js');
      return new AzureBlobStore(loc, env);
    }
    default:
      throw new AtmosError('unknown store kind', { code: 'STORE_URL_INVALID' });
  }
}

/**
 * Open a store from its URL. A bad URL throws (configuration error, named by `setting`);
 * everything else about the store (credentials, reachability) is handled by FleetStore's
 * warn-once policy so a job never fails because the shared tier is down.
 */
export function openStore(url: string, options: FleetStoreOptions & { setting?: string } = {}): FleetStore {
  const loc = parseStoreUrl(url, options.setting);
  return new FleetStore(openBackend(loc, options.env ?? process.env), loc.url, options);
}
export { areaOf, listObjects, pruneObjects, usage, verifyObjects, type AreaUsage, type VerifyRow } from './admin.js';
