import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  clip,
  currentAnswer,
  failedCheckText,
  failResult,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock } from '../../src/core/operators/protocol.ts';
import { solverAnswerFormat } from '../../src/core/operators/responseFormats.ts';
import { REVISE_TEMPLATES } from './prompts.ts';

const TYPE = 'Revise';

/** Revise: rewrites the answer using the checker's feedback (and Verify's suggestion); with no answer it solves. */
export const reviseOperator = defineOperator({
  type: TYPE,
  summary: "Rewrites the solution using the checker's feedback.",
  descriptor: operatorDescriptor({
    category: 'revision',
    costClass: 'medium',
    inputKinds: ['answer', 'verdict'],
    outputKind: 'answer',
    isSolver: true,
  }),
  templates: REVISE_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const answer = currentAnswer(task, input);
    const feedback = failedCheckText(input);
    const passedNote =
      input.check?.passed === true ? `${input.check.checker} found no error: ${input.check.feedback}` : null;
    const messages = buildMessages(ctx, solverAnswerFormat(task), [
      ['Plan', input.plan],
      ['Current solution', answer ?? '(none yet: solve the problem)'],
      ['Checker feedback', feedback ?? passedNote],
    ]);
    const reply = await ctx.llm({ purpose: 'revise', messages, inputAnswer: answer });
    const revised = reply.text.trim();
    if (revised === '') return failResult(input, `${TYPE}: the model returned an empty revision`, 'llm');
    const code = task.type === 'code' ? (extractCodeBlock(revised) ?? input.code) : input.code;
    const basis = feedback !== null ? 'from feedback' : answer === null ? 'from scratch' : 'without feedback';
    return {
      // The check is consumed: it judged the old answer, not this one.
      output: { ...input, answer: revised, code, check: null, formatted: false },
      summary: `${TYPE} (${basis}): ${clip(revised)}`,
      signals: {},
    };
  },
});
