import { checkFromReply, nothingToCheck } from '../../src/core/operators/checkResults.ts';
import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, currentAnswer } from '../../src/core/operators/operatorHelpers.ts';
import { VERDICT_WITH_ANSWER_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { VERIFY_TEMPLATES } from './prompts.ts';

const TYPE = 'Verify';

/** Verify: solves independently, compares, and sets `check` with a verdict and its suggested answer. */
export const verifyOperator = defineOperator({
  type: TYPE,
  summary: 'Solves independently and compares: verdict, confidence and a suggested answer.',
  descriptor: operatorDescriptor({
    category: 'verification',
    costClass: 'medium',
    inputKinds: ['answer'],
    outputKind: 'verdict',
    isChecker: true,
  }),
  templates: VERIFY_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const answer = currentAnswer(task, input);
    if (answer === null) return nothingToCheck(input, TYPE);
    const messages = buildMessages(ctx, VERDICT_WITH_ANSWER_FORMAT, [['Proposed answer', answer]]);
    const reply = await ctx.llm({ purpose: 'verify', messages, inputAnswer: answer, feedback: null });
    return checkFromReply(input, TYPE, reply.text, { withSuggestion: true });
  },
});
