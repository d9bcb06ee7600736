// The Azure Blob backend on @azure/storage-blob. Credentials: AZURE_STORAGE_CONNECTION_STRING,
// or the account (`?account=` / AZURE_STORAGE_ACCOUNT) with AZURE_STORAGE_KEY (shared key) or
// AZURE_STORAGE_SAS_TOKEN. `?endpoint=` (or the connection string's BlobEndpoint) points at
// Azurite or a sovereign cloud. Create-if-absent is `If-None-Match: *`, which Azure enforces.

import type { Readable } from 'node:stream';
import { BlobServiceClient, StorageSharedKeyCredential, type ContainerClient } from '@azure/storage-blob';
import { AtmosError } from '../common/errors.js';
import { joinKey, type StoreLocation } from './url.js';
import type { GetOptions, ObjectInfo, ObjectStoreBackend, PutOptions, PutResult } from './types.js';

type AzLocation = Extract<StoreLocation, { kind: 'azblob' }>;

function status(err: unknown): number | undefined {
  return (err as { statusCode?: number }).statusCode;
}

export function azureServiceClient(loc: AzLocation, env: NodeJS.ProcessEnv): BlobServiceClient {
  const conn = env.AZURE_STORAGE_CONNECTION_STRING;
  if (conn && !loc.account) return BlobServiceClient.fromConnectionString(conn);
  const account = loc.account ?? env.AZURE_STORAGE_ACCOUNT;
  if (!account) {
    throw new AtmosError(`no Azure credentials for ${loc.url}`, {
      code: 'STORE_CREDENTIALS_MISSING',
      hint: 'Set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or ?account=) with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.',
    });
  }
  const endpoint = loc.endpoint ?? `https://${account}.blob.core.windows.net`;
  if (env.AZURE_STORAGE_KEY) return new BlobServiceClient(endpoint, new StorageSharedKeyCredential(account, env.AZURE_STORAGE_KEY));
  const sas = env.AZURE_STORAGE_SAS_TOKEN?.replace(/^\?/, '');
  if (sas) return new BlobServiceClient(`${endpoint}?${sas}`);
  throw new AtmosError(`no Azure key or SAS token for account ${account} (${loc.url})`, {
    code: 'STORE_CREDENTIALS_MISSING',
    hint: 'Set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN (or AZURE_STORAGE_CONNECTION_STRING).',
  });
}

export class AzureBlobStore implements ObjectStoreBackend {
  readonly kind = 'azblob' as const;
  readonly url: string;
  readonly container: ContainerClient;

  constructor(
    readonly loc: AzLocation,
    env: NodeJS.ProcessEnv,
  ) {
    this.url = loc.url;
    this.container = azureServiceClient(loc, env).getContainerClient(loc.container);
  }

  private full(key: string): string {
    return joinKey(this.loc.prefix, key);
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const p = await this.container.getBlobClient(this.full(key)).getProperties();
      return { key, size: p.contentLength ?? 0, modified: p.lastModified ?? new Date(0), metadata: p.metadata ?? {} };
    } catch (err) {
      if (status(err) === 404) return undefined;
      throw err;
    }
  }

  async get(key: string, options: GetOptions = {}): Promise<{ body: Readable; info: ObjectInfo } | undefined> {
    const start = options.range?.start ?? 0;
    const count = options.range?.end !== undefined ? options.range.end - start + 1 : undefined;
    try {
      const r = await this.container.getBlobClient(this.full(key)).download(start, count, { maxRetryRequests: 5 });
      const total = r.contentRange ? Number(/\/(\d+)$/.exec(r.contentRange)?.[1]) : r.contentLength;
      return {
        body: r.readableStreamBody as Readable,
        info: { key, size: total ?? 0, modified: r.lastModified ?? new Date(0), metadata: r.metadata ?? {} },
      };
    } catch (err) {
      if (status(err) === 404 || status(err) === 416) return undefined;
      throw err;
    }
  }

  async put(key: string, source: { file: string } | { bytes: Uint8Array }, options: PutOptions = {}): Promise<PutResult> {
    const blob = this.container.getBlockBlobClient(this.full(key));
    const common = {
      metadata: options.metadata,
      blobHTTPHeaders: { blobContentType: options.contentType ?? 'application/octet-stream' },
      conditions: options.ifAbsent ? { ifNoneMatch: '*' } : undefined,
      blockSize: 8 * 1024 * 1024,
      concurrency: 4,
    };
    try {
      if ('file' in source) await blob.uploadFile(source.file, common);
      else await blob.uploadData(source.bytes, common);
      return 'created';
    } catch (err) {
      if (status(err) === 404 && (err as { code?: string }).code === 'ContainerNotFound') {
        await this.container.createIfNotExists();
        return this.put(key, source, options);
      }
      if (options.ifAbsent && (status(err) === 409 || status(err) === 412)) return 'exists';
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    const base = this.loc.prefix ? this.loc.prefix.length + 1 : 0;
    for await (const b of this.container.listBlobsFlat({ prefix: this.full(prefix), includeMetadata: true })) {
      yield {
        key: b.name.slice(base),
        size: b.properties.contentLength ?? 0,
        modified: b.properties.lastModified ?? new Date(0),
        metadata: b.metadata ?? {},
      };
    }
  }

  async delete(key: string): Promise<boolean> {
    const r = await this.container.getBlobClient(this.full(key)).deleteIfExists();
    return r.succeeded;
  }

  async conditionalWrites(): Promise<'native'> {
    return 'native';
  }
}
