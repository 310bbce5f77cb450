// A supervising office's roll-up of many units' ledgers: unit rows, totals, checks, sentence and notice.
export * from './columns';
export * from './notice';
export * from './reconcile';
export * from './rollup';
export * from './sentence';
export * from './sources';
export * from './tables';
export * from './unit';
