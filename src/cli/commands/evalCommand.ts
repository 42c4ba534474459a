import { createHeuristicPolicy } from '../../core/policy/createHeuristicPolicy.ts';
import { createRandomPolicy } from '../../core/policy/createRandomPolicy.ts';
import type { OperatorRegistry } from '../../core/operators/createOperatorRegistry.ts';
import type { Policy } from '../../core/policy/types.ts';
import { evaluatePolicy } from '../../core/training/evaluatePolicy.ts';
import type { PolicyScore } from '../../core/training/evaluatePolicy.ts';
import type { CliCommand } from '../CliIo.ts';
import { intFlag, parseCliArgs, UsageError } from '../parseCliArgs.ts';
import { createTrainingRuntime, loadTfStack, resolveSuites } from './trainingRuntime.ts';

/** A policy by CLI name: a checkpoint folder or one of the baselines; `dispose` frees tfjs weights. */
async function resolvePolicy(
  spec: string,
  registry: OperatorRegistry,
  seed: number,
): Promise<{ policy: Policy; dispose: () => void }> {
  const none = (): void => {};
  switch (spec) {
    case 'random':
      return { policy: createRandomPolicy(), dispose: none };
    case 'heuristic':
      return { policy: createHeuristicPolicy(), dispose: none };
    case 'untrained': {
      const tf = await loadTfStack();
      const policy = tf.createUntrainedPolicy({ registry, seed });
      return { policy, dispose: () => policy.dispose() };
    }
    default: {
      const tf = await loadTfStack();
      const policy = tf.loadTfPolicy({ registry, artifacts: await tf.loadCheckpointFolder(spec) });
      return { policy, dispose: () => policy.dispose() };
    }
  }
}

const line = (name: string, s: PolicyScore): string =>
  `${name.padEnd(14)} ${s.score.toFixed(3)}  (95% ${s.interval.low.toFixed(3)}–${s.interval.high.toFixed(3)}, n ${s.n})` +
  `  shortcuts ${s.shortcutRate.toFixed(3)}  turns ${s.meanTurns.toFixed(1)}  tokens ${s.meanTokens.toFixed(0)}/task`;

/** `eval`: a policy over a suite's test split, one seeded sample per task. */
export const evalCommand: CliCommand = {
  name: 'eval',
  summary: "Evaluate a policy over a suite's test split on the simulated backend",
  help: `Usage: npm run cli -- eval --policy <DIR|random|heuristic|untrained> --suite <SUITE> [options]

Lets the policy build a workflow for every task of the suite's fixed test split (one seeded sample per task) and
scores the final answers: mean score with its 95% interval per suite and overall, shortcut rate (< 5 operators,
no structure or no checker), turns and tokens.

Options:
  --policy <P>          a checkpoint folder (model.json + weights.bin, e.g. from train --out DIR: DIR/final),
                        random (legal actions), heuristic (rule-based hints) or untrained (initial weights)
  --suite <SUITE>       builtin:math | builtin:qa | builtin:code, a comma-separated list, or all
  --limit <N>           only the first N test tasks of each suite
  --finish-rule <on|off>  the finish rule the policy acts under (default on)
  --max-turns <N>       turns per episode (default 12)
  --seed <S>            seed of the backend and the samples (default 1)
  --profile <NAME>      simulated-backend profile (default: default)
  --json                print one JSON object (overall, perSuite, perTask)
  --help                show this help`,
  async run(io) {
    const flags = parseCliArgs(io.argv, {
      policy: { type: 'string' },
      suite: { type: 'string' },
      limit: { type: 'string' },
      'finish-rule': { type: 'string' },
      'max-turns': { type: 'string' },
      seed: { type: 'string' },
      profile: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    });
    if (flags.help) {
      io.out(this.help);
      return 0;
    }
    if (flags.policy === undefined)
      throw new UsageError('--policy is required (DIR, random, heuristic or untrained)');
    const suites = resolveSuites(flags.suite);
    const finishRule = flags['finish-rule'] ?? 'on';
    if (finishRule !== 'on' && finishRule !== 'off')
      throw new UsageError(`--finish-rule must be on or off, got "${finishRule}"`);
    const seed = intFlag(flags.seed, 'seed', 1);
    const limit = flags.limit === undefined ? undefined : intFlag(flags.limit, 'limit', 0);
    const tasks = suites.flatMap((s) => s.test.slice(0, limit ?? s.test.length));
    const runtime = createTrainingRuntime({ seed, ...(flags.profile ? { profile: flags.profile } : {}) });
    let dispose = (): void => {};
    try {
      const resolved = await resolvePolicy(flags.policy, runtime.registry, seed);
      dispose = resolved.dispose;
      const report = await evaluatePolicy({
        policy: resolved.policy,
        tasks,
        createEnv: runtime.createEnv,
        registry: runtime.registry,
        rules: { finishRule: finishRule === 'on' },
        maxTurns: intFlag(flags['max-turns'], 'max-turns', 12),
        seed,
      });
      if (flags.json) {
        io.out(JSON.stringify({ suite: suites.map((s) => s.name).join(','), seed, finishRule, ...report }));
        return 0;
      }
      io.out(`policy         ${report.policy} (${flags.policy}), finish rule ${finishRule}, seed ${seed}`);
      for (const [name, s] of Object.entries(report.perSuite)) {
        io.out(line(name, s));
        io.out(`${''.padEnd(14)} most common: ${s.topWorkflows[0]?.workflow ?? '-'}`);
      }
      if (Object.keys(report.perSuite).length > 1) io.out(line('overall', report));
      return 0;
    } finally {
      dispose();
      await runtime.dispose();
    }
  },
};
