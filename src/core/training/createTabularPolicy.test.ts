import { describe, expect, it } from 'vitest';
import { legalActionMask } from '../actions/legalActionMask.ts';
import { isAllowedByMask } from '../actions/isAllowedByMask.ts';
import { ACTION_TYPES, DEFAULT_ACTION_RULES } from '../actions/types.ts';
import { createTestRegistry, testTask } from '../canvas/canvasTestKit.ts';
import { emptyWorkflow } from '../graph/types.ts';
import type { DecisionRecord, EpisodeBatchItem, PolicyInput } from '../policy/types.ts';
import { DEFAULT_UPDATE_OPTIONS } from '../policy/types.ts';
import { createRng } from '../util/createRng.ts';
import { createTabularPolicy, loadTabularPolicy } from './createTabularPolicy.ts';
import { tabularGradients } from './tabularGradients.ts';

const registry = createTestRegistry();
const context = {
  taskType: 'math' as const,
  hasTests: false,
  lastAnswerLong: null,
  rules: DEFAULT_ACTION_RULES,
};
const input: PolicyInput = {
  observation: {
    task: testTask(),
    workflow: emptyWorkflow(),
    turn: 0,
    maxTurns: 12,
    lastFeedback: null,
    lastRun: null,
    done: false,
  },
  mask: legalActionMask(emptyWorkflow(), context, registry),
  context,
  registry,
};

const options = { ...DEFAULT_UPDATE_OPTIONS, klBeta: 0.3, entropyCoef: 0.1 };

describe('createTabularPolicy', () => {
  it('samples only legal actions and records the log-probability of its choice', async () => {
    const policy = createTabularPolicy();
    for (let seed = 0; seed < 50; seed++) {
      const d = await policy.decide(input, createRng(seed));
      expect(isAllowedByMask(input.mask, d.action)).toBe(true);
      const legal = ACTION_TYPES.filter((t) => input.mask.type[t]).length;
      expect(d.record?.logProb).toBeCloseTo(Math.log(1 / legal), 9);
    }
  });

  it('has the exact gradient of its loss (finite differences)', async () => {
    const policy = createTabularPolicy({ logits: Array.from({ length: 32 }, (_, i) => Math.sin(i)) });
    const records: DecisionRecord[] = [];
    for (let seed = 0; seed < 6; seed++) records.push((await policy.decide(input, createRng(seed))).record!);
    policy.freezeReference();
    const logits = Float64Array.from(policy.logits(), (v, i) => v + 0.3 * Math.cos(i));
    const reference = policy.logits();
    const batch: EpisodeBatchItem[] = [
      { decisions: records.slice(0, 4), advantage: 1.2 },
      { decisions: records.slice(4), advantage: -0.7 },
    ];
    const g = tabularGradients(logits, reference, 8, batch, options);
    const h = 1e-6;
    for (let i = 0; i < 8; i++) {
      const plus = Float64Array.from(logits);
      const minus = Float64Array.from(logits);
      plus[i] = (plus[i] as number) + h;
      minus[i] = (minus[i] as number) - h;
      const numeric =
        (tabularGradients(plus, reference, 8, batch, options).loss -
          tabularGradients(minus, reference, 8, batch, options).loss) /
        (2 * h);
      expect(g.grad[i]).toBeCloseTo(numeric, 5);
    }
  });

  it('makes an action with positive advantage more likely and round-trips through its artifacts', async () => {
    const policy = createTabularPolicy();
    const d = await policy.decide(input, createRng(1));
    const chosen = d.record!.choices[0]!;
    const before = policy.logits()[chosen]!;
    const stats = await policy.update([{ decisions: [d.record!], advantage: 1 }], {
      ...options,
      learningRate: 0.5,
    });
    expect(stats.skipped).toBe(false);
    expect(policy.logits()[chosen]).toBeGreaterThan(before);
    const copy = loadTabularPolicy(await policy.saveArtifacts({ note: 'x' }));
    expect(copy.logits()).toEqual(policy.logits());
  });
});
