import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { toNodeId } from '../graph/types.ts';
import type { PromptRef, Workflow } from '../graph/types.ts';
import { allNodeIds, findNode } from '../graph/workflowQueries.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { parseActionText, printActionText } from './textProtocol.ts';
import type { CanvasAction } from './types.ts';

const registry = createFixtureRegistry();
const w = ((): Workflow => {
  const r = parseWorkflow('Plan -> [Custom, Programmer] -> Verify ? Revise : done', registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
})();
const parse = (text: string) => parseActionText(text, w, registry);
const id = toNodeId;

const TEMPLATE_IDS = ['default', 'concise', 'stepwise'];
const freeText = fc
  .string({ minLength: 1, maxLength: 30 })
  .map((s) => s.trim())
  .filter((s) => s !== '' && !/[<[]/.test(s) && !TEMPLATE_IDS.includes(s.toLowerCase()));

/** Actions that print to unambiguous text: canonical or unknown names, prompts without tags, node-id targets. */
function printableAction(wf: Workflow): fc.Arbitrary<CanvasAction> {
  const operator = fc.constantFrom(...registry.list().map((d) => d.type), 'Wizard');
  const textPrompt = freeText.map((text): PromptRef => ({ kind: 'text', text }));
  const promptFor = (op: string | undefined): fc.Arbitrary<PromptRef> =>
    op && registry.has(op)
      ? fc.oneof(
          fc.constantFrom(...TEMPLATE_IDS).map((tid): PromptRef => ({ kind: 'template', id: tid })),
          textPrompt,
        )
      : textPrompt;
  const target = fc.constantFrom(...allNodeIds(wf), id('n999'));
  const position = fc.option(fc.nat({ max: wf.nodes.length + 2 }), { nil: undefined });
  const at = <A extends CanvasAction>(a: A, p: number | undefined): A =>
    p === undefined ? a : { ...a, position: p };
  return fc.oneof(
    fc
      .tuple(operator, position, fc.boolean())
      .chain(([op, p, withPrompt]) =>
        withPrompt
          ? promptFor(op).map((prompt) => at({ type: 'addOperator', operator: op, prompt }, p))
          : fc.constant(at({ type: 'addOperator', operator: op }, p)),
      ),
    fc
      .tuple(fc.array(operator, { minLength: 1, maxLength: 4 }), position)
      .map(([operators, p]) => at({ type: 'addParallel', operators }, p)),
    fc
      .tuple(operator, operator, fc.option(operator), position)
      .map(([checker, fix, otherwise, p]) => at({ type: 'addConditional', checker, fix, otherwise }, p)),
    fc
      .tuple(fc.array(operator, { minLength: 1, maxLength: 3 }), fc.integer({ min: -3, max: 9 }), position)
      .map(([operators, count, p]) => at({ type: 'addLoop', operators, count }, p)),
    target.map((t): CanvasAction => ({ type: 'deleteNode', target: t })),
    fc
      .tuple(target, operator)
      .map(([t, op]): CanvasAction => ({ type: 'modifyOperator', target: t, operator: op })),
    target.chain((t) => {
      const node = findNode(wf, t)?.node;
      return promptFor(node?.kind === 'operator' ? node.operator : undefined).map((prompt): CanvasAction => ({
        type: 'setPrompt',
        target: t,
        prompt,
      }));
    }),
    fc.constant<CanvasAction>({ type: 'finish' }),
  );
}

describe('text protocol round trip', () => {
  it('parse(print(a)) equals a for generated actions (property)', () => {
    fc.assert(
      fc.property(printableAction(w), (action) => {
        expect(parse(printActionText(action))).toEqual({ ok: true, action });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary text', () => {
    const tagged = fc
      .array(
        fc.constantFrom(
          '<action>',
          '</action>',
          '[action]',
          'add',
          'finish',
          '<operator>',
          'Plan',
          '<structure>',
          'loop',
          '<count>',
          '2',
          '<target>',
          'n1',
          '[/target]',
          ' ',
          '<prompt>',
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), tagged), (text) => {
        const r = parse(text);
        expect(r.ok || (r.code === 'E_PROTOCOL' && r.message.length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
