// Import: a published notice or a rectification plan (as paragraphs) back to ledger rows. Pure, browser-safe.

export { importFindingMessage, importFindingText } from '../messages/findings-import';
export * from './grid';
export * from './lines';
export * from './model';
export * from './parse';
export * from './source';
export * from './vocabulary';
