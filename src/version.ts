/** The atmos-ts version: equal to package.json's (test/release/releaseScript.test.ts, and the release script refuses otherwise). */
export const VERSION = '0.1.0';
