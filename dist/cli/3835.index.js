export const id = 3835;
export const ids = [3835];
export const modules = {

/***/ 3835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S3Store: () => (/* binding */ S3Store)
/* harmony export */ });
/* unused harmony exports s3Endpoint, usesPathStyle, s3ClientConfig */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53711);
/* harmony import */ var _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22358);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(87428);
// The S3 backend on the official SDK: AWS, MinIO, R2, Ceph, GCS's XML API (HMAC keys).
// Credentials come from the SDK's standard chain (env, profile, SSO, role, web identity —
// the last is GitHub OIDC). Uploads go through lib-storage's Upload (multipart above 8 MB,
// parts in parallel, the SDK's retries); `ifAbsent` is `If-None-Match: *` on PutObject /
// CompleteMultipartUpload. Outside AWS, request/response checksums are only sent when an
// operation requires them: the SDK's default aws-chunked uploads with trailing checksums
// are rejected or mangled by many S3-compatible stores (MinIO versions, R2, GCS, s3rver).






/** The endpoint the client talks to: the URL's `?endpoint=`, else AWS_ENDPOINT_URL_S3, else AWS_ENDPOINT_URL. */
function s3Endpoint(loc, env) {
    return loc.endpoint ?? (env.AWS_ENDPOINT_URL_S3 || undefined) ?? (env.AWS_ENDPOINT_URL || undefined);
}
/** Path-style addressing when asked, and always for IP-address and localhost endpoints (no bucket DNS there). */
function usesPathStyle(loc, endpoint) {
    if (loc.pathStyle !== undefined)
        return loc.pathStyle;
    if (!endpoint)
        return false;
    const host = new URL(endpoint).hostname.replace(/^\[|\]$/g, '');
    return (0,node_net__WEBPACK_IMPORTED_MODULE_2__.isIP)(host) !== 0 || host === 'localhost' || host.endsWith('.localhost');
}
function s3ClientConfig(loc, env) {
    const endpoint = s3Endpoint(loc, env);
    const aws = !endpoint || /\.amazonaws\.com(\.cn)?$/.test(new URL(endpoint).hostname);
    const config = {
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
function status(err) {
    return err.$metadata?.httpStatusCode;
}
function isNotFound(err) {
    const name = err.name;
    return status(err) === 404 || name === 'NoSuchKey' || name === 'NotFound';
}
class S3Store {
    loc;
    kind = 's3';
    url;
    client;
    probe;
    constructor(loc, env) {
        this.loc = loc;
        this.url = loc.url;
        this.client = new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.S3Client(s3ClientConfig(loc, env));
    }
    full(key) {
        return (0,_url_js__WEBPACK_IMPORTED_MODULE_5__/* .joinKey */ .I)(this.loc.prefix, key);
    }
    relative(fullKey) {
        return this.loc.prefix ? fullKey.slice(this.loc.prefix.length + 1) : fullKey;
    }
    async head(key) {
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.HeadObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) }));
            return { key, size: r.ContentLength ?? 0, modified: r.LastModified ?? new Date(0), metadata: r.Metadata ?? {} };
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            throw err;
        }
    }
    async get(key, options = {}) {
        const range = options.range ? `bytes=${options.range.start}-${options.range.end ?? ''}` : undefined;
        try {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.GetObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Range: range }));
            const total = r.ContentRange ? Number(/\/(\d+)$/.exec(r.ContentRange)?.[1]) : r.ContentLength;
            return {
                body: r.Body,
                info: { key, size: total ?? 0, modified: r.LastModified ?? new Date(0), metadata: r.Metadata ?? {} },
            };
        }
        catch (err) {
            if (isNotFound(err))
                return undefined;
            throw err;
        }
    }
    async put(key, source, options = {}) {
        const upload = new _aws_sdk_lib_storage__WEBPACK_IMPORTED_MODULE_3__/* .Upload */ ._({
            client: this.client,
            queueSize: 4,
            partSize: 8 * 1024 * 1024,
            leavePartsOnError: false,
            params: {
                Bucket: this.loc.bucket,
                Key: this.full(key),
                Body: 'file' in source ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(source.file) : source.bytes,
                Metadata: options.metadata,
                ContentType: options.contentType ?? 'application/octet-stream',
                IfNoneMatch: options.ifAbsent ? '*' : undefined,
            },
        });
        try {
            await upload.done();
            return 'created';
        }
        catch (err) {
            // 412 Precondition Failed: someone created it first; 409: a concurrent conditional write is in flight.
            if (options.ifAbsent && (status(err) === 412 || status(err) === 409))
                return 'exists';
            throw err;
        }
    }
    async *list(prefix) {
        let token;
        do {
            const r = await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.ListObjectsV2Command({ Bucket: this.loc.bucket, Prefix: this.full(prefix), ContinuationToken: token }));
            for (const o of r.Contents ?? []) {
                if (!o.Key)
                    continue;
                yield { key: this.relative(o.Key), size: o.Size ?? 0, modified: o.LastModified ?? new Date(0) };
            }
            token = r.IsTruncated ? r.NextContinuationToken : undefined;
        } while (token);
    }
    async delete(key) {
        const existed = (await this.head(key)) !== undefined;
        await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.DeleteObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) }));
        return existed;
    }
    /**
     * Write a probe object twice with `If-None-Match: *`: a store that accepts the second
     * write ignores the condition. Probed once per process; the probe object is removed.
     */
    conditionalWrites() {
        this.probe ??= (async () => {
            const key = `.atmos-probe/${Date.now()}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
            try {
                await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.PutObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Body: 'probe', IfNoneMatch: '*' }));
                try {
                    await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.PutObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key), Body: 'probe', IfNoneMatch: '*' }));
                    return 'none';
                }
                catch (err) {
                    if (status(err) === 412 || status(err) === 409)
                        return 'native';
                    throw err;
                }
            }
            finally {
                await this.client.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_4__.DeleteObjectCommand({ Bucket: this.loc.bucket, Key: this.full(key) })).catch(() => undefined);
            }
        })();
        return this.probe;
    }
}


/***/ })

};
