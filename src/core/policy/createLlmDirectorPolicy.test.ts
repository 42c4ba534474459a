import { describe, expect, it } from 'vitest';
import { opNode, parallelNode, workflowOf } from '../canvas/canvasTestKit.ts';
import { FlowSteerError } from '../errors.ts';
import { createFakeLlm } from '../testing/FakeLlm.ts';
import { createFixtureRegistry } from '../testing/fixtureRegistry.ts';
import { createRng } from '../util/createRng.ts';
import { createLlmDirectorPolicy } from './createLlmDirectorPolicy.ts';
import { policyInput } from './policyTestKit.ts';
import type { Policy } from './types.ts';

const registry = createFixtureRegistry();
const input = policyInput(registry, {
  workflow: workflowOf(opNode('Plan', 'n1'), parallelNode(['Custom', 'AnswerGenerate'], 'n2')),
});
const fixed: Policy = {
  name: 'fixed',
  decide: () => Promise.resolve({ action: { type: 'addOperator', operator: 'Format' } }),
};

describe('createLlmDirectorPolicy', () => {
  it('is unavailable with the simulated backend and says so at creation', () => {
    const llm = createFakeLlm({}, { id: 'simulated:default:1' });
    expect(() => createLlmDirectorPolicy({ llm })).toThrow(FlowSteerError);
    expect(() => createLlmDirectorPolicy({ llm })).toThrow(/simulated backend/);
    try {
      createLlmDirectorPolicy({ llm });
    } catch (error) {
      expect((error as FlowSteerError).code).toBe('E_POLICY_UNAVAILABLE');
    }
  });

  it('prompts with the canvas state and the protocol, and applies the first action of the reply', async () => {
    const llm = createFakeLlm({
      default:
        'I will add a checker.\n<action>add</action><structure>conditional</structure><condition>Verify</condition><true>Revise</true><false>done</false>\n<action>finish</action>',
    });
    const decision = await createLlmDirectorPolicy({ llm }).decide(input, createRng(1));
    expect(decision).toEqual({
      action: { type: 'addConditional', checker: 'Verify', fix: 'Revise', otherwise: null },
    });
    const [request] = llm.requests;
    const system = request?.messages[0]?.content ?? '';
    const user = request?.messages[1]?.content ?? '';
    expect(system).toContain('<action>add</action><operator>Plan</operator>');
    expect(system).toMatch(/- Verify \(verification; checker\)/);
    expect(user).toContain('1. n1: Plan');
    expect(user).toContain('2. n2: [Custom, AnswerGenerate]');
    expect(user).toContain('finish is refused until');
    expect(request?.temperature).toBe(0);
  });

  it('shows an unreadable reply back once and uses the corrected one', async () => {
    const llm = createFakeLlm({
      default: ['Let me think about it.', '[action]add[/action][operator]Format[/operator]'],
    });
    const decision = await createLlmDirectorPolicy({ llm }).decide(input, createRng(1));
    expect(decision.action).toEqual({ type: 'addOperator', operator: 'Format' });
    expect(decision.fallbackReason).toBeUndefined();
    expect(llm.requests[1]?.messages.at(-1)?.content).toMatch(/No <action> tag/);
  });

  it.each([
    [
      'unparseable replies',
      createFakeLlm({ default: 'no idea' }),
      /unusable after 2 attempt\(s\): No <action> tag/,
    ],
    ['an illegal action', createFakeLlm({ default: '<action>finish</action>' }), /E_FINISH_REFUSED/],
    [
      'an unknown operator',
      createFakeLlm({ default: '<action>add</action><operator>Wizard</operator>' }),
      /E_UNKNOWN_OPERATOR/,
    ],
    [
      'a failing endpoint',
      createFakeLlm({ default: () => Promise.reject(new Error('connection refused')) }),
      /endpoint failed: connection refused/,
    ],
  ])('falls back on %s and reports why', async (_, llm, reason) => {
    const decision = await createLlmDirectorPolicy({ llm, fallback: fixed }).decide(input, createRng(1));
    expect(decision.action).toEqual({ type: 'addOperator', operator: 'Format' });
    expect(decision.fallbackReason).toMatch(reason);
    expect(decision.fallbackReason).toContain('fixed decided instead');
  });

  it('defaults to the heuristic policy as its fallback', async () => {
    const llm = createFakeLlm({ default: 'nothing' });
    const director = createLlmDirectorPolicy({ llm, maxAttempts: 1 });
    const decision = await director.decide(policyInput(registry), createRng(1));
    expect(llm.requests).toHaveLength(1);
    expect(decision.action).toEqual({ type: 'addOperator', operator: 'Plan', position: 0 });
    expect(decision.fallbackReason).toContain('heuristic decided instead');
  });
});
