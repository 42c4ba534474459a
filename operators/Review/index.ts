import { checkFromReply, nothingToCheck } from '../../src/core/operators/checkResults.ts';
import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import { buildMessages, currentAnswer } from '../../src/core/operators/operatorHelpers.ts';
import { VERDICT_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { REVIEW_TEMPLATES } from './prompts.ts';

const TYPE = 'Review';

/** Review: judges the current answer and sets `check` (pass/fail, confidence, feedback); the answer passes through. */
export const reviewOperator = defineOperator({
  type: TYPE,
  summary: 'Judges the answer: pass or fail, with feedback.',
  descriptor: operatorDescriptor({
    category: 'verification',
    costClass: 'low',
    inputKinds: ['answer'],
    outputKind: 'verdict',
    isChecker: true,
  }),
  templates: REVIEW_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const answer = currentAnswer(task, input);
    if (answer === null) return nothingToCheck(input, TYPE);
    const messages = buildMessages(ctx, VERDICT_FORMAT, [['Proposed answer', answer]]);
    const reply = await ctx.llm({ purpose: 'review', messages, inputAnswer: answer, feedback: null });
    return checkFromReply(input, TYPE, reply.text, { withSuggestion: false });
  },
});
