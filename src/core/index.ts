// The pure core's public surface: adapters import from here.
export * from './dates';
export * from './deadline';
export * from './fields';
export * from './findings';
export * from './header';
export * from './ledger';
export * from './locale';
export * from './reminders';
export * from './notice';
export * from './settings';
export * from './status';
export * from './text';
export * from './totals';
export * from './urgency';
