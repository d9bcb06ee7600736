// The S3 backend on the official SDK: AWS, MinIO, R2, Ceph, GCS's XML API (HMAC keys).
// Credentials come from the SDK's standard chain (env, profile, SSO, role, web identity —
// the last is GitHub OIDC). Uploads go through lib-storage's Upload (multipart above 8 MB,
// parts in parallel, the SDK's retries); `ifAbsent` is `If-None-Match: *` on PutObject /
// CompleteMultipartUpload. Outside AWS, request/response checksums are only sent when an
// operation requires them: the SDK's default aws-chunked uploads with trailing checksums
// are rejected or mangled by many S3-compatible stores (MinIO versions, R2, GCS, s3rver).

import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { joinKey, type StoreLocation } from './url.js';
import type { ConditionalWrites, GetOptions, ObjectInfo, ObjectStoreBackend, PutOptions, PutResult } from './types.js';

type S3Location = Extract<StoreLocation, { kind: 's3' }>;

/** The endpoint the client talks to: the URL's `?endpoint=`, else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL. */
export function s3Endpoint(loc: S3Location, env: NodeJS.ProcessEnv): string | undefined {
  return loc.endpoint ?? (env.AWS_ENDPOINT_URL_S3 || undefined) ?? (env.AWS_ENDPOINT_URL || undefined);
}

/** Path-style addressing when asked, and always for IP-address and localhost endpoints (no bucket DNS there). */
export function usesPathStyle(loc: S3Location, endpoint: string | undefined): boolean {
  if (loc.pathStyle !== undefined) return loc.pathStyle;
  if (!endpoint) return false;
  const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
  return isIP(host) !== 0 || host === 'localhost' || host.endsWith('.localhost');
}

export function s3ClientConfig(loc: S3Location, env: NodeJS.ProcessEnv): S3ClientConfig {
  const endpoint = s3Endpoint(loc, env);
  const aws = !endpoint || /\.amazonaws\.com(\.cn)?$/.test(new URL(endpoint).hostname);
  const config: S3ClientConfig = {
    region: loc.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint,
    forcePathStyle: usesPathStyle(loc, endpoint),
    maxAttempts: 3,
  };
  if (!aws) {
    config.requestChecksumCalculation = 'WHEN_REQUIRED';
    config.responseChecksumValidation = 'WHEN_REQUIRED';
  }
  // Keys handed in an explicit env (tests, the action's inputs) beat the process's chain.
  if (env !== process.env && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) {
    config.credentials = { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY, sessionToken: env.AWS_SESSION_TOKEN };
  }
  return config;
}

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

function isNotFound(err: unknown): boolean {
  const name = (err as { name?: string }).name;
  return status(err) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}

export class S3Store implements ObjectStoreBackend {
  readonly kind = 's3' as const;
  readonly url: string;
  readonly client: S3Client;
  private probe?: Promise<ConditionalWrites>;

  constructor(
    readonly loc: S3Location,
    env: NodeJS.ProcessEnv,
  ) {
    this.url = loc.url;
    this.client = new S3Client(s3ClientConfig(loc, env));
  }

  private full(key: string): string {
    return joinKey(this.loc.prefix, key);
  }

  private relative(fullKey: string): string {
    return this.loc.prefix ? fullKey.slice(this.loc.prefix.length + 1) : fullKey;
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const r = await this.client.send(new HeadObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) }));
      return { key, size: r.ContentLength ?? 0, modified: r.LastModified ?? new Date(0), metadata: r.Metadata ?? {} };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async get(key: string, options: GetOptions = {}): Promise<{ body: Readable; info: ObjectInfo } | undefined> {
    const range = options.range ? `bytes=${options.range.start}-${options.range.end ?? ''}` : undefined;
    try {
      const r = await this.client.send(new GetObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Range: range }));
      const total = r.ContentRange ? Number(/\/(\d+)$/.exec(r.ContentRange)?.[1]) : r.ContentLength;
      return {
        body: r.Body as Readable,
        info: { key, size: total ?? 0, modified: r.LastModified ?? new Date(0), metadata: r.Metadata ?? {} },
      };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async put(key: string, source: { file: string } | { bytes: Uint8Array }, options: PutOptions = {}): Promise<PutResult> {
    const upload = new Upload({
      client: this.client,
      queueSize: 4,
      partSize: 8 * 1024 * 1024,
      leavePartsOnError: false,
      params: {
        Bucket: this.loc.bucket,
        Key: this.full(key),
        Body: 'file' in source ? createReadStream(source.file) : source.bytes,
        Metadata: options.metadata,
        ContentType: options.contentType ?? 'application/octet-stream',
        IfNoneMatch: options.ifAbsent ? '*' : undefined,
      },
    });
    try {
      await upload.done();
      return 'created';
    } catch (err) {
      // 412 Precondition Failed: someone created it first; 409: a concurrent conditional write is in flight.
      if (options.ifAbsent && (status(err) === 412 || status(err) === 409)) return 'exists';
      throw err;
    }
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    let token: string | undefined;
    do {
      const r = await this.client.send(new ListObjectsV2Command({ Bucket: this.loc.bucket, Prefix: this.full(prefix), ContinuationToken: token }));
      for (const o of r.Contents ?? []) {
        if (!o.Key) continue;
        yield { key: this.relative(o.Key), size: o.Size ?? 0, modified: o.LastModified ?? new Date(0) };
      }
      token = r.IsTruncated ? r.NextContinuationToken : undefined;
    } while (token);
  }

  async delete(key: string): Promise<boolean> {
    const existed = (await this.head(key)) !== undefined;
    await this.client.send(new DeleteObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) }));
    return existed;
  }

  /**
   * Write a probe object twice with `If-None-Match: *`: a store that accepts the second
   * write ignores the condition. Probed once per process; the probe object is removed.
   */
  conditionalWrites(): Promise<ConditionalWrites> {
    this.probe ??= (async () => {
      const key = `.atmos-probe/${Date.now()}-${randomBytes(6).toString('hex')}`;
      try {
        await this.client.send(new PutObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Body: 'probe', IfNoneMatch: '*' }));
        try {
          await this.client.send(new PutObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Body: 'probe', IfNoneMatch: '*' }));
          return 'none';
        } catch (err) {
          if (status(err) === 412 || status(err) === 409) return 'native';
          throw err;
        }
      } finally {
        await this.client.send(new DeleteObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) })).catch(() => undefined);
      }
    })();
    return this.probe;
  }
}
