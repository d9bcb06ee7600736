export const id = 6281;
export const ids = [6281];
export const modules = {

/***/ 36281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AzureBlobStore: () => (/* binding */ AzureBlobStore)
/* harmony export */ });
/* unused harmony export azureServiceClient */
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43747);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87428);
// The Azure Blob backend on @azure/storage-blob. Credentials: AZURE_STORAGE_CONNECTION_STRING,
// or the account (`?account=` / AZURE_STORAGE_ACCOUNT) with AZURE_STORAGE_KEY (shared key) or
// AZURE_STORAGE_SAS_TOKEN. `?endpoint=` (or the connection string's BlobEndpoint) points at
// Azurite or a sovereign cloud. Create-if-absent is `If-None-Match: *`, which Azure enforces.



function status(err) {
    return err.statusCode;
}
function azureServiceClient(loc, env) {
    const conn = env.AZURE_STORAGE_CONNECTION_STRING;
    if (conn && !loc.account)
        return _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS.fromConnectionString(conn);
    const account = loc.account ?? env.AZURE_STORAGE_ACCOUNT;
    if (!account) {
        throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`no Azure credentials for ${loc.url}`, {
            code: 'STORE_CREDENTIALS_MISSING',
            hint: 'Set AZURE_STORAGE_CONNECTION_STRING, or AZURE_STORAGE_ACCOUNT (or ?account=) with AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.',
        });
    }
    const endpoint = loc.endpoint ?? `https://${account}.blob.core.windows.net`;
    if (env.AZURE_STORAGE_KEY)
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS(endpoint, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(account, env.AZURE_STORAGE_KEY));
    const sas = env.AZURE_STORAGE_SAS_TOKEN?.replace(/^\?/, '');
    if (sas)
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .BlobServiceClient */ .wS(`${endpoint}?${sas}`);
    throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AtmosError */ .f7(`no Azure key or SAS token for account ${account} (${loc.url})`, {
        code: 'STORE_CREDENTIALS_MISSING',
        hint: 'Set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN (or AZURE_STORAGE_CONNECTION_STRING).',
    });
}
class AzureBlobStore {
    loc;
    kind = 'azblob';
    url;
    container;
    constructor(loc, env) {
        this.loc = loc;
        this.url = loc.url;
        this.container = azureServiceClient(loc, env).getContainerClient(loc.container);
    }
    full(key) {
        return (0,_url_js__WEBPACK_IMPORTED_MODULE_2__/* .joinKey */ .I)(this.loc.prefix, key);
    }
    async head(key) {
        try {
            const p = await this.container.getBlobClient(this.full(key)).getProperties();
            return { key, size: p.contentLength ?? 0, modified: p.lastModified ?? new Date(0), metadata: p.metadata ?? {} };
        }
        catch (err) {
            if (status(err) === 404)
                return undefined;
            throw err;
        }
    }
    async get(key, options = {}) {
        const start = options.range?.start ?? 0;
        const count = options.range?.end !== undefined ? options.range.end - start + 1 : undefined;
        try {
            const r = await this.container.getBlobClient(this.full(key)).download(start, count, { maxRetryRequests: 5 });
            const total = r.contentRange ? Number(/\/(\d+)$/.exec(r.contentRange)?.[1]) : r.contentLength;
            return {
                body: r.readableStreamBody,
                info: { key, size: total ?? 0, modified: r.lastModified ?? new Date(0), metadata: r.metadata ?? {} },
            };
        }
        catch (err) {
            if (status(err) === 404 || status(err) === 416)
                return undefined;
            throw err;
        }
    }
    async put(key, source, options = {}) {
        const blob = this.container.getBlockBlobClient(this.full(key));
        const common = {
            metadata: options.metadata,
            blobHTTPHeaders: { blobContentType: options.contentType ?? 'application/octet-stream' },
            conditions: options.ifAbsent ? { ifNoneMatch: '*' } : undefined,
            blockSize: 8 * 1024 * 1024,
            concurrency: 4,
        };
        try {
            if ('file' in source)
                await blob.uploadFile(source.file, common);
            else
                await blob.uploadData(source.bytes, common);
            return 'created';
        }
        catch (err) {
            if (status(err) === 404 && err.code === 'ContainerNotFound') {
                await this.container.createIfNotExists();
                return this.put(key, source, options);
            }
            if (options.ifAbsent && (status(err) === 409 || status(err) === 412))
                return 'exists';
            throw err;
        }
    }
    async *list(prefix) {
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
    async delete(key) {
        const r = await this.container.getBlobClient(this.full(key)).deleteIfExists();
        return r.succeeded;
    }
    async conditionalWrites() {
        return 'native';
    }
}


/***/ })

};
