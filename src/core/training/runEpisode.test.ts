import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTION_RULES } from '../actions/types.ts';
import type { ActionRules } from '../actions/types.ts';
import type { Policy, PolicyInput } from '../policy/types.ts';
import { computeReward } from '../rewards/computeReward.ts';
import { createRng } from '../util/createRng.ts';
import { createTabularPolicy } from './createTabularPolicy.ts';
import { EpisodeAborted, runEpisode } from './runEpisode.ts';
import { createTestEnvFactory, trainingTasks } from './trainingTestKit.ts';

const [task] = trainingTasks(1);

function setup(rules: ActionRules = DEFAULT_ACTION_RULES, maxTurns = 12) {
  const kit = createTestEnvFactory();
  return { ...kit, env: kit.createEnv({ rules, maxTurns }) };
}

describe('runEpisode', () => {
  it('builds a legal-action mask the environment agrees with: a masked policy is never refused', async () => {
    const { env, registry } = setup();
    const policy = createTabularPolicy();
    for (let seed = 0; seed < 12; seed++) {
      const r = await runEpisode({
        env,
        policy,
        task: task!,
        rng: createRng(seed),
        registry,
        rules: DEFAULT_ACTION_RULES,
      });
      expect(r.refused).toBe(0);
      expect(r.decisions).toHaveLength(r.actions.length);
      expect(r.turns).toBe(r.actions.length);
      expect(r.finishReason === 'finish' || r.turns === 12).toBe(true);
      expect(r.reward).toEqual(computeReward(r.workflow, r.correctness, registry, { tokens: r.tokens }));
    }
  });

  it('passes the observation, mask and context of the current state to the policy', async () => {
    const { env, registry } = setup({ ...DEFAULT_ACTION_RULES, finishRule: false }, 3);
    const seen: PolicyInput[] = [];
    const policy: Policy = {
      name: 'spy',
      decide: (input) => {
        seen.push(input);
        return Promise.resolve({ action: { type: 'addOperator', operator: 'Custom' } });
      },
    };
    const rules = { ...DEFAULT_ACTION_RULES, finishRule: false };
    const r = await runEpisode({ env, policy, task: task!, rng: createRng(1), registry, rules });
    expect(r.finishReason).toBe('maxTurns');
    expect(seen.map((s) => s.observation.turn)).toEqual([0, 1, 2]);
    expect(seen.map((s) => s.context.lastAnswerLong)).toEqual([null, false, false]);
    // With the finish rule off, finish is legal from the first turn.
    expect(seen.every((s) => s.mask.type.finish && !s.context.rules.finishRule)).toBe(true);
    expect(r.decisions).toEqual([]);
    expect(r.shortcut).toBe(true);
  });

  it('stops with EpisodeAborted when its signal aborts', async () => {
    const { env, registry } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      runEpisode({
        env,
        policy: createTabularPolicy(),
        task: task!,
        rng: createRng(1),
        registry,
        rules: DEFAULT_ACTION_RULES,
        signal: controller.signal,
      }),
    ).rejects.toBeInstanceOf(EpisodeAborted);
  });
});
