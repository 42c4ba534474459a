import { describe, expect, it } from 'vitest';
import type { Clock } from '../../ports/Clock.ts';
import type { LlmPurpose } from '../../ports/LlmClient.ts';
import type { Task, TaskType } from '../../tasks/types.ts';
import { printCodeBlock } from '../../operators/protocol.ts';
import { createSimulatedLlm } from './createSimulatedLlm.ts';
import { getSimProfile } from './simProfiles.ts';
import { identifyAnswer } from './simCandidates.ts';
import { makeSimRequest, makeSimTestTask, makeSimTestTasks } from './simTestTasks.ts';

const PURPOSES: [string, LlmPurpose][] = [
  ['Plan', 'plan'],
  ['Decompose', 'decompose'],
  ['Custom', 'solve'],
  ['AnswerGenerate', 'answer'],
  ['Programmer', 'code'],
  ['Test', 'reflect'],
  ['Review', 'review'],
  ['Verify', 'verify'],
  ['Revise', 'revise'],
  ['ScEnsemble', 'select'],
  ['Aggregate', 'combine'],
  ['Format', 'format'],
];
const task = makeSimTestTask('math', 3, 10);
const hintsFor = (t: Task) => ({
  inputAnswer: t.distractors[0] ?? null,
  candidates: [...t.gold, ...t.distractors],
});

/** A clock that records sleeps instead of waiting, and honours the abort signal like the real one. */
function fakeClock(): Clock & { slept: number[] } {
  const slept: number[] = [];
  return {
    slept,
    now: () => slept.reduce((a, b) => a + b, 0),
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      slept.push(ms);
    },
  };
}

describe('createSimulatedLlm', () => {
  it('names itself by profile and seed', () => {
    expect(createSimulatedLlm({ seed: 42 }).id).toBe('simulated:default:42');
    expect(createSimulatedLlm({ seed: 'abc', profile: getSimProfile('strong') }).id).toBe(
      'simulated:strong:abc',
    );
  });

  it.each(PURPOSES)(
    'gives identical replies to identical %s calls, whatever the message text',
    async (op, purpose) => {
      const a = createSimulatedLlm({ seed: 1 });
      const b = createSimulatedLlm({ seed: 1 });
      const request = makeSimRequest(task, op, purpose, hintsFor(task));
      const first = await a.complete(request);
      expect((await a.complete(request)).text).toBe(first.text);
      expect(
        (await b.complete({ ...request, messages: [{ role: 'user', content: 'other words' }] })).text,
      ).toBe(first.text);
      expect(first.model).toBe('simulated:default');
      expect(first.costUsd).toBe(0);
    },
  );

  it('differs across seeds, prompt keys and branches somewhere over many tasks', async () => {
    const tasks = makeSimTestTasks('math', 60);
    const texts = async (seed: number, promptKey: string, branch: number) =>
      Promise.all(
        tasks.map(
          async (t) =>
            (
              await createSimulatedLlm({ seed }).complete(
                makeSimRequest(t, 'Custom', 'solve', { branch }, promptKey),
              )
            ).text,
        ),
      );
    const base = await texts(1, 'default', 0);
    for (const other of [
      await texts(2, 'default', 0),
      await texts(1, 'careful', 0),
      await texts(1, 'default', 1),
    ]) {
      expect(other.some((t, i) => t !== base[i])).toBe(true);
    }
  });

  it('counts prompt tokens from message characters and completion tokens by purpose', async () => {
    const llm = createSimulatedLlm({ seed: 1 });
    const request = {
      ...makeSimRequest(task, 'Custom', 'solve'),
      messages: [{ role: 'user' as const, content: 'x'.repeat(401) }],
    };
    const response = await llm.complete(request);
    expect(response.usage.promptTokens).toBe(101);
    expect(response.usage.completionTokens).toBe(Math.ceil(response.text.length / 4) + 80);
    const format = await llm.complete(makeSimRequest(task, 'Format', 'format', { inputAnswer: '107' }));
    expect(format.usage.completionTokens).toBe(Math.ceil(format.text.length / 4) + 5);
  });

  it('streams the reply in a few deltas that add up to the text', async () => {
    const deltas: string[] = [];
    const llm = createSimulatedLlm({ seed: 1 });
    const response = await llm.complete({
      ...makeSimRequest(task, 'Plan', 'plan'),
      onToken: (d) => deltas.push(d),
    });
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.length).toBeLessThanOrEqual(4);
    expect(deltas.join('')).toBe(response.text);
  });

  it('sleeps a seeded latency within the range on the injected clock', async () => {
    const clock = fakeClock();
    const llm = createSimulatedLlm({ seed: 1, clock, latencyMs: { min: 300, max: 1500 } });
    const request = makeSimRequest(task, 'Custom', 'solve');
    await llm.complete(request);
    const first = clock.now();
    expect(first).toBeGreaterThanOrEqual(300);
    expect(first).toBeLessThanOrEqual(1500);
    await llm.complete(request);
    expect(clock.now()).toBeCloseTo(2 * first, 6);
    expect(() => createSimulatedLlm({ seed: 1, latencyMs: { min: 1, max: 2 } })).toThrow(/clock/);
    expect(() => createSimulatedLlm({ seed: 1, clock, latencyMs: { min: 2, max: 1 } })).toThrow(/min/);
  });

  it('rejects with an AbortError when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const request = { ...makeSimRequest(task, 'Custom', 'solve'), signal: controller.signal };
    await expect(createSimulatedLlm({ seed: 1 }).complete(request)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('rejects with an AbortError when the signal aborts during the latency', async () => {
    const controller = new AbortController();
    const clock: Clock = { now: () => 0, sleep: async () => controller.abort() };
    const slow = createSimulatedLlm({ seed: 1, clock, latencyMs: { min: 10, max: 20 } });
    const deltas: string[] = [];
    const request = {
      ...makeSimRequest(task, 'Custom', 'solve'),
      signal: controller.signal,
      onToken: (d: string) => deltas.push(d),
    };
    await expect(slow.complete(request)).rejects.toMatchObject({ name: 'AbortError' });
    expect(deltas).toEqual([]);
  });

  it('writes plans as numbered steps that state no candidate answer', async () => {
    const llm = createSimulatedLlm({ seed: 1 });
    for (const purpose of ['plan', 'decompose'] as const) {
      const { text } = await llm.complete(makeSimRequest(task, 'Plan', purpose));
      expect(text).toMatch(/^1\. .+\n2\. .+\n3\. /m);
      expect(identifyAnswer(task, text)).toBeNull();
    }
  });
});

/** A metric-style extractor: "final answer:" or "the answer is", else the last number. */
function metricExtract(text: string): string {
  const marked = /(?:final answer\s*:|the answer is)\s*([^\n]+?)\.?\s*$/im.exec(text);
  if (marked?.[1]) return marked[1].trim();
  return text.match(/-?\d+(?:\.\d+)?/g)?.at(-1) ?? text.trim();
}

describe('solver verbosity', () => {
  const N = 800;
  const outputs = async (type: TaskType) => {
    const llm = createSimulatedLlm({ seed: 9 });
    return Promise.all(
      makeSimTestTasks(type, N).map(async (t) => ({
        t,
        text: (await llm.complete(makeSimRequest(t, 'Custom', 'solve'))).text,
      })),
    );
  };

  it.each<[TaskType, number]>([
    ['math', 0.6],
    ['qa', 0.7],
    ['code', 0.3],
  ])(
    'makes %s answers verbose at the profile rate (%s), always readable by a checker',
    async (type, rate) => {
      const out = await outputs(type);
      const concise = (t: Task, text: string) => {
        const known = identifyAnswer(t, text);
        return known !== null && text === (type === 'code' ? printCodeBlock(known.text) : known.text);
      };
      expect(out.every(({ t, text }) => identifyAnswer(t, text) !== null)).toBe(true);
      const verbose = out.filter(({ t, text }) => !concise(t, text)).length / N;
      expect(Math.abs(verbose - rate)).toBeLessThan(0.05);
    },
  );

  it('hides the answer from a metric in verbose × unreadable of math answers', async () => {
    const out = await outputs('math');
    const lost =
      out.filter(({ t, text }) => metricExtract(text) !== identifyAnswer(t, text)?.text).length / N;
    expect(Math.abs(lost - 0.6 * 0.25)).toBeLessThan(0.04);
  });
});
