import type { Rng } from '../../ports/Rng.ts';
import type { Task } from '../../tasks/types.ts';
import { assertNever } from '../../util/assertNever.ts';
import type { SimCandidate } from './simCandidates.ts';

const pyLiteral = (text: string): string =>
  /^-?\d+(\.\d+)?$/.test(text.trim()) ? text.trim() : JSON.stringify(text);

const literalProgram = (text: string): string =>
  `def solve():\n    answer = ${pyLiteral(text)}\n    return answer\n`;

/**
 * The program a code-writing call produces for a candidate: the task's `solve()` program that computes it (math),
 * the candidate code itself (code tasks), or a `solve()` that returns a guessed span (reading questions).
 */
export function programFor(task: Task, cand: SimCandidate): string {
  switch (task.type) {
    case 'code':
      return cand.text;
    case 'math': {
      const programs = task.programs;
      if (programs === undefined) return literalProgram(cand.text);
      if (cand.correct) return programs.correct;
      // Distractors may have been filtered (empty, equal to gold), so find the program by the distractor's text.
      return programs.wrong[task.distractors.indexOf(cand.text)] ?? literalProgram(cand.text);
    }
    case 'qa':
    case 'mc':
      return literalProgram(cand.text);
    default:
      return assertNever(task.type, 'task type');
  }
}

/** A name that looks like a typo of `name` and is not defined anywhere in `code`. */
function misspell(name: string, code: string): string {
  const defined = new Set(code.match(/[A-Za-z_]\w*/g) ?? []);
  let typo = name.length >= 4 ? name.slice(0, -2) + name.slice(-1) : `${name}s`;
  while (defined.has(typo)) typo += '_';
  return typo;
}

/**
 * Makes a program raise when it runs, as a model's slip would: a NameError from a misspelt variable or a
 * ZeroDivisionError. Inside `solve()` when there is one (the error fires when it is called), else at the top level
 * (the error fires when the module runs).
 */
export function injectRunError(code: string, rng: Rng): string {
  const zero = rng.fork('runErrorKind').next() < 0.3;
  const lines = code.replace(/\s+$/, '').split('\n');
  const defIndex = lines.findIndex((l) => /^def\s+solve\s*\(/.test(l));
  const assigned = /^\s+([A-Za-z_]\w*)\s*=(?!=)/m.exec(code)?.[1];
  if (defIndex >= 0) {
    const body = lines.slice(defIndex + 1).find((l) => l.trim() !== '');
    const indent = /^\s+/.exec(body ?? '')?.[0] ?? '    ';
    const slip = zero ? `${indent}scale = 1 / 0` : `${indent}start = ${misspell(assigned ?? 'total', code)}`;
    lines.splice(defIndex + 1, 0, slip);
    return `${lines.join('\n')}\n`;
  }
  const entry = /^def\s+([A-Za-z_]\w*)/m.exec(code)?.[1] ?? 'result';
  const slip = zero ? 'SCALE = 1 / 0' : `DEFAULT = ${misspell(entry, code)}([])`;
  return `${lines.join('\n')}\n\n\n${slip}\n`;
}
