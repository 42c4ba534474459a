import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, failResult, numberedItems } from '../../src/core/operators/operatorHelpers.ts';
import { PLAN_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { DECOMPOSE_TEMPLATES } from './prompts.ts';

const TYPE = 'Decompose';

/** Decompose: splits the problem into 2–5 numbered sub-problems, kept after any earlier plan in `plan`. */
export const decomposeOperator = defineOperator({
  type: TYPE,
  summary: 'Splits the problem into 2–5 sub-problems.',
  descriptor: operatorDescriptor({
    category: 'planning',
    costClass: 'low',
    inputKinds: ['problem'],
    outputKind: 'plan',
  }),
  templates: DECOMPOSE_TEMPLATES,
  async run(ctx) {
    const { input } = ctx;
    const messages = buildMessages(ctx, PLAN_FORMAT, [['Plan so far', input.plan]]);
    const reply = await ctx.llm({ purpose: 'decompose', messages });
    const text = reply.text.trim();
    if (text === '') return failResult(input, `${TYPE}: the model returned no sub-problems`, 'llm');
    const count = numberedItems(text).length;
    // An earlier plan stays: the sub-problems refine it rather than replace it.
    const plan =
      input.plan !== null && input.plan.trim() !== ''
        ? `${input.plan.trim()}\n\nSub-problems:\n${text}`
        : text;
    return {
      output: { ...input, plan, planners: [...input.planners, TYPE] },
      summary: count > 0 ? `${TYPE}: ${count} sub-problems` : `${TYPE}: sub-problems (unnumbered)`,
      signals: {},
    };
  },
});
