/** One CLI command. `run` returns the exit code: 0 success, 1 a problem found, 2 bad arguments. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The clock (tests pass a fixed one). */
  now(): Date;
}

/** Thrown for bad arguments: the CLI prints the message and the usage line, and exits 2. */
export class UsageError extends Error {}
