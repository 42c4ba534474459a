import type { CliCommand, CliIo } from './CliIo.ts';
import { checkDatasetCommand } from './commands/checkDatasetCommand.ts';
import { evalCommand } from './commands/evalCommand.ts';
import { profileCommand } from './commands/profileCommand.ts';
import { runCommand } from './commands/runCommand.ts';
import { trainCommand } from './commands/trainCommand.ts';
import { validateCommand } from './commands/validateCommand.ts';
import { UsageError } from './parseCliArgs.ts';

export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  runCommand,
  checkDatasetCommand,
  profileCommand,
  trainCommand,
  evalCommand,
];

const usage = (): string =>
  [
    'FlowSteer Studio CLI (same core as the IDE)',
    '',
    'Usage: npm run cli -- <command> [options]   (each command takes --help)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(14)} ${c.summary}`),
  ].join('\n');

/** Runs one CLI invocation and returns its exit code (0 ok, 1 failure, 2 usage error). */
export async function runCli(io: CliIo): Promise<number> {
  const [name, ...rest] = io.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run({ ...io, argv: rest });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${command.help}`);
      return 2;
    }
    io.err(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return 1;
  }
}

const isEntry =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isEntry) {
  const code = await runCli({
    argv: process.argv.slice(2),
    out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
    env: process.env,
  });
  process.exitCode = code;
}
