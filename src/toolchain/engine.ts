/*
 * Old name of `types.ts`, kept only for the importers under src/actions and src/workflow
 * that are being reworked on another branch; delete once they import `types.js`.
 */
export type * from './types.js';
