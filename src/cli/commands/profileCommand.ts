import { describeProfile, getSimProfile, SIM_PROFILE_NAMES } from '../../core/llm/simulated/index.ts';
import type { CliCommand } from '../CliIo.ts';
import { parseCliArgs, UsageError } from '../parseCliArgs.ts';

/** `profile [--name NAME] [--json]`: prints the simulated backend's parameters. */
export const profileCommand: CliCommand = {
  name: 'profile',
  summary: "Print the simulated backend's profile parameters",
  help: `Usage: npm run cli -- profile [--name NAME] [--json]

Prints every parameter of a simulated-backend profile (skills, difficulty weight, bonuses, checker rates,
verbosity, costs) with what it means.

Options:
  --name <NAME>   profile name (${SIM_PROFILE_NAMES.join(', ')}); default: default
  --json          print the profile as JSON (loadable as a custom profile)
  --help          show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, {
      name: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    const name = flags.name ?? 'default';
    if (!SIM_PROFILE_NAMES.includes(name)) {
      throw new UsageError(`Unknown profile "${name}". Known: ${SIM_PROFILE_NAMES.join(', ')}`);
    }
    const profile = getSimProfile(name);
    io.out(flags.json ? JSON.stringify(profile, null, 2) : describeProfile(profile));
    return 0;
  },
};
