/**
 * Loopback object stores for the fleet tier's tests: s3rver (S3 API, files in a temp
 * directory) in-process, and Azurite (Azure Blob, in memory) as a child process — the same
 * Azurite start-up the CI cache harness uses. Both bind 127.0.0.1 on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import { startAzurite } from './cacheService.js';

export const AZURITE_ACCOUNT = 'devstoreaccount1';
// Azurite's published, well-known development key (not a secret).
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface S3Server {
  endpoint: string;
  bucket: string;
  /** Env with s3rver's fixed credentials and the endpoint (as a runner would set them). */
  env: Record<string, string>;
  /** Store URL for a prefix. */
  url(prefix?: string): string;
  close(): Promise<void>;
}

export async function startS3rver(bucket = 'fleet'): Promise<S3Server> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'atmos-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const addr = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${addr.port}`;
  return {
    endpoint,
    bucket,
    env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_S3: endpoint },
    url: (prefix = '') => `s3://${bucket}${prefix ? `/${prefix}` : ''}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface AzuriteServer {
  endpoint: string;
  container: string;
  connectionString: string;
  env: Record<string, string>;
  url(prefix?: string): string;
  service: BlobServiceClient;
  close(): Promise<void>;
}

export async function startAzuriteStore(container = 'fleet'): Promise<AzuriteServer> {
  const { proc, port } = await startAzurite();
  const kill = () => proc.kill('SIGKILL');
  process.once('exit', kill);
  const endpoint = `http://127.0.0.1:${port}/${AZURITE_ACCOUNT}`;
  const connectionString = `DefaultEndpointsProtocol=http;AccountName=${AZURITE_ACCOUNT};AccountKey=${AZURITE_KEY};BlobEndpoint=${endpoint};`;
  const service = new BlobServiceClient(endpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
  await service.getContainerClient(container).createIfNotExists();
  return {
    endpoint,
    container,
    connectionString,
    env: { AZURE_STORAGE_CONNECTION_STRING: connectionString },
    url: (prefix = '') => `azblob://${container}${prefix ? `/${prefix}` : ''}`,
    service,
    close: async () => {
      process.removeListener('exit', kill);
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve());
        proc.kill('SIGKILL');
      });
    },
  };
}
