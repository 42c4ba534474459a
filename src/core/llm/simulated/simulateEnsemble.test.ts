import { describe, expect, it } from 'vitest';
import { parseSelection } from '../../operators/protocol.ts';
import type { Task } from '../../tasks/types.ts';
import { createRng } from '../../util/createRng.ts';
import { createSimulatedLlm } from './createSimulatedLlm.ts';
import { identifyAnswer } from './simCandidates.ts';
import { renderAnswer } from './simText.ts';
import { makeSimRequest, makeSimTestTasks } from './simTestTasks.ts';

const llm = createSimulatedLlm({ seed: 21 });
const math = makeSimTestTasks('math', 600);

describe('select (ScEnsemble with no majority)', () => {
  it('picks the right candidate with selectCorrect, else uniformly', async () => {
    const picks = [0, 0, 0];
    for (const t of math) {
      const candidates = [t.distractors[0] ?? '', t.gold[0] ?? '', t.distractors[1] ?? ''];
      const { text } = await llm.complete(makeSimRequest(t, 'ScEnsemble', 'select', { candidates }));
      const index = parseSelection(text, 3);
      if (index === null) throw new Error(`unparsable selection: ${text}`);
      picks[index] = (picks[index] ?? 0) + 1;
    }
    // 0.6 + 0.4 / 3 for the right one, 0.4 / 3 for each wrong one.
    expect(Math.abs((picks[1] ?? 0) / math.length - 0.733)).toBeLessThan(0.06);
    expect(Math.abs((picks[0] ?? 0) / math.length - 0.133)).toBeLessThan(0.05);
  });

  it('chooses uniformly when every candidate is wrong', async () => {
    let first = 0;
    for (const t of math) {
      const candidates = [t.distractors[0] ?? '', t.distractors[1] ?? ''];
      const { text } = await llm.complete(makeSimRequest(t, 'ScEnsemble', 'select', { candidates }));
      if (parseSelection(text, 2) === 0) first++;
    }
    expect(Math.abs(first / math.length - 0.5)).toBeLessThan(0.07);
  });
});

describe('combine (Aggregate text path)', () => {
  it('settles on a right candidate with combineCorrect and writes it as a solver would', async () => {
    let right = 0;
    for (const t of math) {
      const candidates = [t.distractors[0] ?? '', `So the answer is ${t.gold[0] ?? ''}.`];
      const { text } = await llm.complete(makeSimRequest(t, 'Aggregate', 'combine', { candidates }));
      if (identifyAnswer(t, text)?.correct) right++;
    }
    expect(Math.abs(right / math.length - 0.8)).toBeLessThan(0.06);
  });

  it('returns nothing when there is nothing to combine', async () => {
    const [t] = math;
    expect(
      (await llm.complete(makeSimRequest(t as Task, 'Aggregate', 'combine', { candidates: [] }))).text,
    ).toBe('');
  });
});

describe('format', () => {
  const formatAll = async (input: (t: Task, i: number) => string) => {
    const out: { task: Task; input: string; text: string }[] = [];
    for (let rep = 0; rep < 4; rep++) {
      for (const [i, t] of math.entries()) {
        const text = input(t, i);
        const reply = await llm.complete(
          makeSimRequest(t, 'Format', 'format', { inputAnswer: text, branch: rep }),
        );
        out.push({ task: t, input: text, text: reply.text });
      }
    }
    return out;
  };
  const verbose = (answer: (t: Task) => string) => (t: Task, i: number) =>
    renderAnswer(t, answer(t), i % 2 === 0 ? 'verbose' : 'unreadable', createRng(i));

  it('makes a verbose answer concise 97 %, garbles 2 %, leaves 1 % unchanged', async () => {
    const out = await formatAll(verbose((t) => t.gold[0] ?? ''));
    const concise = out.filter((o) => o.text === o.task.gold[0]).length / out.length;
    const garbled = out.filter((o) => o.text !== o.input && o.text !== o.task.gold[0]);
    const unchanged = out.filter((o) => o.text === o.input).length / out.length;
    expect(Math.abs(concise - 0.97)).toBeLessThan(0.015);
    expect(Math.abs(garbled.length / out.length - 0.02)).toBeLessThan(0.012);
    expect(Math.abs(unchanged - 0.01)).toBeLessThan(0.01);
    expect(
      garbled.every(
        (o) => (o.task.gold[0] ?? '').startsWith(o.text) && identifyAnswer(o.task, o.text)?.correct !== true,
      ),
    ).toBe(true);
  });

  it('never re-solves: a wrong answer stays wrong', async () => {
    const out = await formatAll(verbose((t) => t.distractors[1] ?? ''));
    expect(out.some((o) => identifyAnswer(o.task, o.text)?.correct)).toBe(false);
    expect(out.filter((o) => o.text === o.task.distractors[1]).length / out.length).toBeGreaterThan(0.94);
  });

  it('returns an empty reply when there is no answer', async () => {
    const [t] = math;
    expect((await llm.complete(makeSimRequest(t as Task, 'Format', 'format'))).text).toBe('');
  });

  it('keeps code in one bare block', async () => {
    const [t] = makeSimTestTasks('code', 1);
    if (!t?.code) throw new Error('fixture');
    const input = renderAnswer(t, t.code.solution, 'unreadable', createRng(1));
    const { text } = await llm.complete(makeSimRequest(t, 'Format', 'format', { inputAnswer: input }));
    expect(text).toBe(`\`\`\`python\n${t.code.solution.trimEnd()}\n\`\`\``);
  });
});
