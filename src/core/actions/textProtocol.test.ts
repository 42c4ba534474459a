import { describe, expect, it } from 'vitest';
import { parseWorkflow } from '../graph/parseWorkflow.ts';
import { toNodeId } from '../graph/types.ts';
import type { Workflow } from '../graph/types.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { parseActionText, printActionText } from './textProtocol.ts';
import type { CanvasAction } from './types.ts';

const registry = createFixtureRegistry();
// n1 Plan, n2 parallel(n3 Custom, n4 Programmer), n5 cond(n6 Verify, n7 Revise, done)
const w = ((): Workflow => {
  const r = parseWorkflow('Plan -> [Custom, Programmer] -> Verify ? Revise : done', registry);
  if (!r.ok) throw new Error(r.error.message);
  return r.workflow;
})();
const parse = (text: string) => parseActionText(text, w, registry);
const id = toNodeId;

describe('parseActionText: accepted', () => {
  it.each<[string, CanvasAction]>([
    ['<action>add</action><operator>Plan</operator>', { type: 'addOperator', operator: 'Plan' }],
    [
      '[action]ADD[/action][operator]answergenerate[/operator]',
      { type: 'addOperator', operator: 'AnswerGenerate' },
    ],
    [
      '<action>add</action><operator>Format</operator><position>1</position>',
      { type: 'addOperator', operator: 'Format', position: 0 },
    ],
    [
      '<action>add</action><operator>Custom</operator><prompt>Concise</prompt>',
      { type: 'addOperator', operator: 'Custom', prompt: { kind: 'template', id: 'concise' } },
    ],
    [
      '<action>add</action><operator>Custom</operator><prompt>  Answer in one word.  </prompt>',
      { type: 'addOperator', operator: 'Custom', prompt: { kind: 'text', text: 'Answer in one word.' } },
    ],
    [
      '<action>add</action><structure>parallel</structure><operators>Custom, programmer ,Custom</operators>',
      { type: 'addParallel', operators: ['Custom', 'Programmer', 'Custom'] },
    ],
    [
      '<action>add</action><structure>conditional</structure><condition>Verify</condition><true>Revise</true><false>done</false>',
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
    ],
    [
      '<action>add</action><structure>Conditional</structure><condition>test</condition><true>programmer</true><false>Format</false>',
      { type: 'addConditional', checker: 'Test', fix: 'Programmer', otherwise: 'Format' },
    ],
    [
      '<action>add</action><structure>conditional</structure><condition>Review</condition><true>Revise</true><false>None</false>',
      { type: 'addConditional', checker: 'Review', fix: 'Revise', otherwise: null },
    ],
    [
      '<action>add</action><structure>conditional</structure><condition>Review</condition><true>Revise</true>',
      { type: 'addConditional', checker: 'Review', fix: 'Revise', otherwise: null },
    ],
    [
      '<action>add</action><structure>loop</structure><operators>Programmer,Test</operators><count>2</count><position>2</position>',
      { type: 'addLoop', operators: ['Programmer', 'Test'], count: 2, position: 1 },
    ],
    [
      '<action>add_loop</action><operators>Custom</operators><count>3</count>',
      { type: 'addLoop', operators: ['Custom'], count: 3 },
    ],
    ['<action>delete</action><target>n3</target>', { type: 'deleteNode', target: id('n3') }],
    ['<action>delete</action><target>N5</target>', { type: 'deleteNode', target: id('n5') }],
    ['<action>delete</action><target>2</target>', { type: 'deleteNode', target: id('n2') }],
    ['<action>remove</action><target>n99</target>', { type: 'deleteNode', target: id('n99') }],
    [
      '<action>modify</action><target>n3</target><operator>custom</operator>',
      { type: 'modifyOperator', target: id('n3'), operator: 'Custom' },
    ],
    [
      '<action>set_prompt</action><target>n6</target><prompt>stepwise</prompt>',
      { type: 'setPrompt', target: id('n6'), prompt: { kind: 'template', id: 'stepwise' } },
    ],
    [
      '<action>set prompt</action><target>1</target><prompt>List the steps first.</prompt>',
      { type: 'setPrompt', target: id('n1'), prompt: { kind: 'text', text: 'List the steps first.' } },
    ],
    [
      '<action>setPrompt</action><target>n2</target><prompt>concise</prompt>',
      { type: 'setPrompt', target: id('n2'), prompt: { kind: 'text', text: 'concise' } },
    ],
    ['<action>finish</action>', { type: 'finish' }],
    ['Thought: the workflow is ready.\n[ACTION] Finish [/ACTION]\n<action>add</action>', { type: 'finish' }],
    ['<action>add</action><operator>Wizard</operator>', { type: 'addOperator', operator: 'Wizard' }],
    [
      '<action>add</action><structure>loop</structure><operators>Custom</operators><count>9</count>',
      { type: 'addLoop', operators: ['Custom'], count: 9 },
    ],
  ])('reads %s', (text, action) => {
    expect(parse(text)).toEqual({ ok: true, action });
  });
});

describe('parseActionText: errors', () => {
  it.each([
    ['I think we should add a Plan operator.', /No <action> tag found/],
    ['<action>undo</action>', /Unknown action "undo": use add, delete, modify, set_prompt or finish/],
    ['<action>constructor</action>', /Unknown action "constructor"/],
    ['<action></action><operator>Plan</operator>', /Unknown action ""/],
    ['<action>add</action>', /Missing <operator>: name the operator to add/],
    ['<action>add</action><operator> </operator>', /Missing <operator>/],
    [
      '<action>add</action><structure>tree</structure>',
      /Unknown structure "tree": use parallel, conditional or loop/,
    ],
    ['<action>add</action><structure>parallel</structure>', /Missing <operators>: list 2 or 3 operators/],
    ['<action>add</action><structure>conditional</structure><true>Revise</true>', /Missing <condition>/],
    [
      '<action>add</action><structure>conditional</structure><condition>Verify</condition>',
      /Missing <true>: name the operator that runs when the check fails/,
    ],
    ['<action>add</action><structure>loop</structure><operators>Custom</operators>', /Missing <count>/],
    [
      '<action>add</action><structure>loop</structure><operators>Custom</operators><count>two</count>',
      /Bad <count> "two"/,
    ],
    [
      '<action>add</action><operator>Plan</operator><position>0</position>',
      /Bad <position> "0": use a whole number from 1 \(first\) to 4/,
    ],
    ['<action>add</action><operator>Plan</operator><position>last</position>', /Bad <position> "last"/],
    ['<action>delete</action>', /Missing <target>/],
    ['<action>delete</action><target>Plan</target>', /Bad <target> "Plan": use a node id such as n3/],
    [
      '<action>delete</action><target>4</target>',
      /<target> 4 is outside the workflow: it has 3 top-level nodes/,
    ],
    ['<action>delete</action><target>0</target>', /<target> 0 is outside the workflow/],
    ['<action>modify</action><target>n1</target>', /Missing <operator>: name the new operator/],
    ['<action>set_prompt</action><target>n1</target>', /Missing <prompt>/],
  ])('refuses %j', (text, message) => {
    const r = parse(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('E_PROTOCOL');
    expect(r.message).toMatch(message);
  });
});

describe('printActionText', () => {
  it.each<[CanvasAction, string]>([
    [{ type: 'addOperator', operator: 'Plan' }, '<action>add</action><operator>Plan</operator>'],
    [
      { type: 'addOperator', operator: 'Custom', prompt: { kind: 'template', id: 'concise' }, position: 0 },
      '<action>add</action><operator>Custom</operator><prompt>concise</prompt><position>1</position>',
    ],
    [
      { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
      '<action>add</action><structure>conditional</structure><condition>Verify</condition><true>Revise</true><false>done</false>',
    ],
    [
      { type: 'addLoop', operators: ['Programmer', 'Test'], count: 2 },
      '<action>add</action><structure>loop</structure><operators>Programmer,Test</operators><count>2</count>',
    ],
    [
      { type: 'setPrompt', target: id('n3'), prompt: { kind: 'text', text: 'Be brief.' } },
      '<action>set_prompt</action><target>n3</target><prompt>Be brief.</prompt>',
    ],
    [{ type: 'finish' }, '<action>finish</action>'],
  ])('writes %j', (action, text) => {
    expect(printActionText(action)).toBe(text);
  });
});
