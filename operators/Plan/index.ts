import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, clip, failResult, numberedItems } from '../../src/core/operators/operatorHelpers.ts';
import { PLAN_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { PLAN_TEMPLATES } from './prompts.ts';

const TYPE = 'Plan';

/** Plan: writes a strategy and numbered steps; sets `plan` and appends itself to `planners`. */
export const planOperator = defineOperator({
  type: TYPE,
  summary: 'Writes a strategy and numbered steps for the problem.',
  descriptor: operatorDescriptor({
    category: 'planning',
    costClass: 'low',
    inputKinds: ['problem'],
    outputKind: 'plan',
  }),
  templates: PLAN_TEMPLATES,
  async run(ctx) {
    const { input } = ctx;
    const messages = buildMessages(ctx, PLAN_FORMAT, [['Earlier plan to improve on', input.plan]]);
    const reply = await ctx.llm({ purpose: 'plan', messages });
    const plan = reply.text.trim();
    if (plan === '') return failResult(input, `${TYPE}: the model returned an empty plan`, 'llm');
    const steps = numberedItems(plan).length;
    return {
      output: { ...input, plan, planners: [...input.planners, TYPE] },
      summary: steps > 0 ? `${TYPE}: ${steps} steps` : `${TYPE}: ${clip(plan)}`,
      signals: {},
    };
  },
});
