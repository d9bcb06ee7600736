/** Store URLs and the S3 client settings derived from them and the environment. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AtmosError } from '../../src/common/errors.js';
import { parseStoreUrl } from '../../src/store/index.js';
import { s3ClientConfig, s3Endpoint, usesPathStyle } from '../../src/store/s3.js';

test('s3 URL with options', () => {
  const loc = parseStoreUrl('s3://my-bucket/ci/cache/?endpoint=https://minio.example:9000&path_style=true&region=eu-west-1');
  assert.deepEqual(loc, {
    kind: 's3',
    bucket: 'my-bucket',
    prefix: 'ci/cache',
    endpoint: 'https://minio.example:9000',
    pathStyle: true,
    region: 'eu-west-1',
    url: 's3://my-bucket/ci/cache',
  });
});

test('azblob and file URLs', () => {
  assert.deepEqual(parseStoreUrl('azblob://cache/fleet'), {
    kind: 'azblob',
    container: 'cache',
    prefix: 'fleet',
    account: undefined,
    endpoint: undefined,
    url: 'azblob://cache/fleet',
  });
  assert.deepEqual(parseStoreUrl('file:///srv/fleet'), { kind: 'file', root: '/srv/fleet', url: 'file:///srv/fleet' });
  assert.deepEqual(parseStoreUrl('/srv/fleet/'), { kind: 'file', root: '/srv/fleet', url: 'file:///srv/fleet' });
});

test('bad URLs name the setting and the problem', () => {
  const cases: [string, RegExp][] = [
    ['gs://bucket', /unsupported scheme "gs"/],
    ['s3://', /not a URL|no bucket/],
    ['s3://b/p?pathstyle=true', /unknown option "pathstyle"/],
    ['s3://b/p?path_style=yes', /path_style must be true or false/],
    ['s3://key:secret@b/p', /credentials do not belong in the URL/],
    ['', /empty/],
  ];
  for (const [url, re] of cases) {
    assert.throws(
      () => parseStoreUrl(url, 'ci.cache.store'),
      (err: unknown) => err instanceof AtmosError && err.code === 'STORE_URL_INVALID' && /^ci\.cache\.store: /.test(err.message) && re.test(err.message),
      url,
    );
  }
});

test('endpoint precedence, path style for IPs/localhost, checksums only when required outside AWS', () => {
  const loc = parseStoreUrl('s3://b/p') as Extract<ReturnType<typeof parseStoreUrl>, { kind: 's3' }>;
  assert.equal(s3Endpoint(loc, { AWS_ENDPOINT_URL: 'http://a', AWS_ENDPOINT_URL_S3: 'http://b' }), 'http://b');
  assert.equal(s3Endpoint(loc, { AWS_ENDPOINT_URL: 'http://a' }), 'http://a');
  assert.equal(s3Endpoint({ ...loc, endpoint: 'http://c' }, { AWS_ENDPOINT_URL_S3: 'http://b' }), 'http://c');
  assert.equal(usesPathStyle(loc, 'http://127.0.0.1:9000'), true);
  assert.equal(usesPathStyle(loc, 'http://[::1]:9000'), true);
  assert.equal(usesPathStyle(loc, 'http://localhost:9000'), true);
  assert.equal(usesPathStyle(loc, 'https://abc.r2.cloudflarestorage.com'), false);
  assert.equal(usesPathStyle({ ...loc, pathStyle: true }, 'https://storage.googleapis.com'), true);
  const aws = s3ClientConfig(loc, {});
  assert.equal(aws.requestChecksumCalculation, undefined);
  const gcs = s3ClientConfig(loc, { AWS_ENDPOINT_URL_S3: 'https://storage.googleapis.com' });
  assert.equal(gcs.requestChecksumCalculation, 'WHEN_REQUIRED');
  assert.equal(gcs.responseChecksumValidation, 'WHEN_REQUIRED');
  assert.equal(s3ClientConfig(loc, { AWS_ENDPOINT_URL_S3: 'https://s3.eu-west-1.amazonaws.com' }).requestChecksumCalculation, undefined);
});
