import { runCli } from './main.ts';

/** What one in-process CLI invocation printed, and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with the given environment, capturing stdout and stderr. */
export async function runCliWith(
  env: Record<string, string | undefined>,
  ...argv: string[]
): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await runCli({ argv, out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}
