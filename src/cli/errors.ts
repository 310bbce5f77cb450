// The CLI's own error: a one-line message naming the file or argument, and exit code 2.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
