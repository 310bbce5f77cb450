// What long work reports its progress to: no terminal and no timer here, so the offline page's worker shares it.

export interface Progress {
  /** Starts a stage (reading, checking, colouring, writing); total is its step count when known. */
  stage(label: string, total?: number): void;
  /** Steps done so far in the current stage. */
  tick(done: number): void;
  /** Erases the bar so the command's own output starts on a clean line. */
  finish(): void;
}

export const silentProgress: Progress = { stage() {}, tick() {}, finish() {} };
