import { answerKey, pluralityVote } from '../../src/core/operators/answerKey.ts';
import { defineOperator } from '../../src/core/operators/defineOperator.ts';
import { operatorDescriptor } from '../../src/core/operators/operatorDescriptor.ts';
import {
  buildMessages,
  candidatesOf,
  clip,
  failResult,
  letteredList,
} from '../../src/core/operators/operatorHelpers.ts';
import { extractCodeBlock, parseSelection } from '../../src/core/operators/protocol.ts';
import { SELECTION_FORMAT } from '../../src/core/operators/responseFormats.ts';
import { SC_ENSEMBLE_TEMPLATES } from './prompts.ts';

const TYPE = 'ScEnsemble';

const letter = (index: number): string => String.fromCharCode(65 + index);

/** ScEnsemble: a strict majority of normalised answers wins without a call; otherwise the LLM selects one. */
export const scEnsembleOperator = defineOperator({
  type: TYPE,
  summary: 'Picks the most consistent of several solutions (majority vote first).',
  descriptor: operatorDescriptor({
    category: 'ensemble',
    costClass: 'low',
    inputKinds: ['candidates'],
    outputKind: 'answer',
  }),
  templates: SC_ENSEMBLE_TEMPLATES,
  async run(ctx) {
    const { input, task } = ctx;
    const list = candidatesOf(task, input);
    const [first] = list;
    if (first === undefined) {
      return failResult(input, `${TYPE}: nothing to select from`, 'input', { ...input, candidates: null });
    }
    if (list.length === 1) {
      return {
        output: { ...input, answer: first, candidates: null },
        summary: `${TYPE}: a single value, passed through`,
        signals: { agreement: 1 },
      };
    }
    const keys = list.map((c) => answerKey(c, task.type));
    const vote = pluralityVote(keys);
    let index: number;
    let how: string;
    if (vote !== null && vote.count * 2 > list.length) {
      index = vote.index;
      how = `majority ${vote.count}/${list.length}`;
    } else {
      const messages = buildMessages(ctx, SELECTION_FORMAT, [
        ['Plan', input.plan],
        ['Candidate solutions', letteredList(list, 'Solution')],
      ]);
      const reply = await ctx.llm({ purpose: 'select', messages, candidates: list });
      const selected = parseSelection(reply.text, list.length);
      index = selected ?? 0;
      how = selected === null ? 'unreadable selection, took A' : `selected ${letter(index)}`;
    }
    const chosen = list[index] ?? first;
    const agreement = keys.filter((k) => k === keys[index]).length / list.length;
    const code = task.type === 'code' ? (extractCodeBlock(chosen) ?? input.code) : input.code;
    return {
      output: { ...input, answer: chosen, code, candidates: null, check: null },
      summary: `${TYPE}: ${how} → ${clip(chosen, 40)} (agreement ${agreement.toFixed(2)})`,
      signals: { agreement },
    };
  },
});
