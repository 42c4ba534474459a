import { CODE_FORMAT } from '../../src/core/operators/responseFormats.ts';
import type { Task } from '../../src/core/tasks/types.ts';

/** What the program must look like for this task, followed by the code response format. */
export function programInstruction(task: Task): string {
  const spec = task.code;
  if (task.type !== 'code' || !spec) {
    return (
      'Write a Python program that defines a function `solve()` with no parameters that computes and returns ' +
      'the final answer (a number; for a text answer a short string; for a multiple-choice question the option ' +
      'letter). Do not read input and do not print inside `solve()`: it will be called as `print(solve())`.\n' +
      CODE_FORMAT
    );
  }
  if (spec.format === 'stdio') {
    return `Write a complete Python program that reads the input from standard input and prints the output.\n${CODE_FORMAT}`;
  }
  const name = spec.entryPoint ?? spec.io?.fnName;
  const what = name !== undefined ? `the function \`${name}\` exactly as specified` : 'the requested code';
  return (
    `Write the complete solution: define ${what}, with the imports and helpers it needs. Do not include ` +
    `tests, example calls or input reading at the top level.\n${CODE_FORMAT}`
  );
}
