// Deadline reminders: stages, the 提醒记录 memory, the planner and the digest bodies.
export * from './after-sends';
export * from './digest';
export * from './html';
export * from './log';
export * from './plan';
export * from './render';
export * from './stages';
