/** What a command may touch: its arguments, two output streams and the environment (so tests run in-process). */
export interface CliIo {
  argv: string[];
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
}

/** A CLI command: name, one-line summary, full help, and its run function returning the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  run(io: CliIo): Promise<number>;
}
