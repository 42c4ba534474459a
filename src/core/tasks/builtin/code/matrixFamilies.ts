import type { Rng } from '../../../ports/Rng.ts';
import type { CodeFamily } from './codeFamilyTypes.ts';
import { casesOf, defineFamily, py, randInts, span } from './codeFamilyTypes.ts';

const randMatrix = (rng: Rng, rows: number, cols: number): number[][] =>
  span(1, rows).map(() => randInts(rng, cols, -5, 9));
const transpose = (m: number[][]): number[][] => (m[0] ?? []).map((_, j) => m.map((r) => r[j] ?? 0));

/** Rotates a (possibly non-square) matrix by 90 degrees. */
const rotateMatrix = defineFamily({
  id: 'rotate-matrix',
  topic: 'matrices',
  params: [{ dir: 'clockwise' }, { dir: 'counter-clockwise' }],
  build: ({ dir }, rng) => {
    const ref = (m: number[][]): number[][] =>
      dir === 'clockwise' ? transpose([...m].reverse()) : transpose(m).reverse();
    const body = (expr: string): string => py`
      def rotate_matrix(m):
          return ${expr}
    `;
    const cw = '[list(row) for row in zip(*m[::-1])]';
    const ccw = '[list(row) for row in zip(*m)][::-1]';
    return {
      entryPoint: 'rotate_matrix',
      signature: 'def rotate_matrix(m: list[list[int]]) -> list[list[int]]:',
      description:
        `Return the matrix \`m\` (a list of equal-length rows, maybe not square) rotated 90 degrees ${dir}. ` +
        'An empty matrix gives an empty list.',
      solution: body(dir === 'clockwise' ? cw : ccw),
      buggy: [
        body('[list(row) for row in zip(*m)]'),
        body(dir === 'clockwise' ? ccw : cw),
        body('[row[::-1] for row in m]'),
      ],
      publicCases: casesOf(ref, [
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        [randMatrix(rng, 3, 3)],
      ]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[[7]]],
        [[[1, 2, 3]]],
        [[[1], [2], [3]]],
        [randMatrix(rng, 2, 4)],
        [
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        ],
      ]),
      difficulty: 0.4,
    };
  },
});

/** Sums of the main, anti or both diagonals of a square matrix. */
const diagonal = defineFamily({
  id: 'diagonal-sum',
  topic: 'matrices',
  params: [{ which: 'main' }, { which: 'anti' }, { which: 'both' }],
  build: ({ which }, rng) => {
    const ref = (m: number[][]): number => {
      const n = m.length;
      let s = 0;
      for (let i = 0; i < n; i++) {
        if (which !== 'anti') s += m[i]?.[i] ?? 0;
        if (which !== 'main' && !(which === 'both' && i === n - 1 - i)) s += m[i]?.[n - 1 - i] ?? 0;
      }
      return s;
    };
    const body = (expr: string): string => py`
      def diagonal_sum(m):
          n = len(m)
          return ${expr}
    `;
    const main = 'sum(m[i][i] for i in range(n))';
    const anti = 'sum(m[i][n - 1 - i] for i in range(n))';
    const solution =
      { main, anti, both: `${main} + ${anti} - (m[n // 2][n // 2] if n % 2 == 1 else 0)` }[which] ?? main;
    const buggy =
      {
        main: ['sum(m[i][i] for i in range(n - 1))', anti, 'sum(m[0])'],
        anti: ['sum(m[i][n - i - 1] for i in range(1, n))', main, 'sum(m[i][-i] for i in range(n))'],
        both: [
          `${main} + ${anti}`,
          `${main} + ${anti} - m[n // 2][n // 2]`,
          `${main} + ${anti} - (m[n // 2][n // 2] if n % 2 == 0 else 0)`,
        ],
      }[which] ?? [];
    const square = (n: number): number[][] => randMatrix(rng, n, n);
    const what = {
      main: 'main diagonal (top-left to bottom-right)',
      anti: 'anti-diagonal (top-right to bottom-left)',
      both: 'main diagonal and the anti-diagonal together, counting a shared centre element only once',
    }[which];
    return {
      entryPoint: 'diagonal_sum',
      signature: 'def diagonal_sum(m: list[list[int]]) -> int:',
      description: `\`m\` is a square matrix (n rows of n integers, n >= 1). Return the sum of the elements on the ${what ?? ''}.`,
      solution: body(solution),
      buggy: buggy.map(body),
      publicCases: casesOf(ref, [[square(3)], [square(4)]]),
      hiddenCases: casesOf(ref, [
        [[[5]]],
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        [
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        ],
        [square(4)],
        [square(5)],
        [
          [
            [1, 0, 2],
            [0, 3, 0],
            [4, 0, 5],
          ],
        ],
      ]),
      difficulty: 0.25 + (which === 'both' ? 0.1 : 0),
    };
  },
});

/** Spiral order from the top-left corner, clockwise or counter-clockwise. */
const spiral = defineFamily({
  id: 'spiral-order',
  topic: 'matrices',
  params: [{ dir: 'clockwise' }, { dir: 'counter-clockwise' }],
  build: ({ dir }, rng) => {
    const ref = (input: number[][]): number[] => {
      let m = dir === 'clockwise' ? input : transpose(input);
      const out: number[] = [];
      while (m.length > 0) {
        out.push(...(m[0] ?? []));
        m = transpose(m.slice(1)).reverse();
      }
      return out;
    };
    const body = (loop: string, turn: string): string => py`
      def spiral(m):
          ${dir === 'clockwise' ? 'm = [list(r) for r in m]' : 'm = [list(r) for r in zip(*m)]'}
          out = []
          while ${loop}:
              out.extend(m[0])
              m = ${turn}
          return out
    `;
    const good = '[list(r) for r in zip(*m[1:])][::-1]';
    return {
      entryPoint: 'spiral',
      signature: 'def spiral(m: list[list[int]]) -> list[int]:',
      description:
        `Return the elements of the matrix \`m\` (equal-length rows) in spiral order, starting at the top-left ` +
        `corner and moving ${dir === 'clockwise' ? 'right along the first row' : 'down the first column'}, turning ` +
        `${dir} at each edge, inward until every element is listed once.`,
      solution: body('m', good),
      buggy: [
        body('m', '[list(r) for r in zip(*m[1:])]'),
        body('len(m) > 1', good),
        body('m', '[list(r)[::-1] for r in m[1:]]'),
      ],
      publicCases: casesOf(ref, [
        [
          [
            [1, 2],
            [3, 4],
          ],
        ],
        [randMatrix(rng, 3, 3)],
      ]),
      hiddenCases: casesOf(ref, [
        [[]],
        [[[1, 2, 3, 4]]],
        [[[1], [2], [3]]],
        [
          [
            [1, 2, 3],
            [4, 5, 6],
            [7, 8, 9],
          ],
        ],
        [randMatrix(rng, 3, 4)],
        [randMatrix(rng, 4, 2)],
      ]),
      difficulty: 0.5,
    };
  },
});

/** Index of the row or column with the largest sum (smallest index on ties). */
const maxLine = defineFamily({
  id: 'max-sum-line',
  topic: 'matrices',
  params: [{ line: 'row' }, { line: 'column' }],
  build: ({ line }, rng) => {
    const ref = (m: number[][]): number => {
      const lines = line === 'row' ? m : transpose(m);
      const sums = lines.map((r) => r.reduce((a, b) => a + b, 0));
      return sums.indexOf(Math.max(...sums));
    };
    const lines = line === 'row' ? 'm' : 'list(zip(*m))';
    const body = (cmp: string, ret = 'best'): string => py`
      def max_sum_line(m):
          sums = [sum(r) for r in ${lines}]
          best = 0
          for i in range(1, len(sums)):
              if sums[i] ${cmp} sums[best]:
                  best = i
          return ${ret}
    `;
    return {
      entryPoint: 'max_sum_line',
      signature: 'def max_sum_line(m: list[list[int]]) -> int:',
      description:
        `\`m\` is a non-empty matrix of integers (equal-length rows). Return the index of the ${line} whose ` +
        `elements have the largest sum; if several ${line}s tie, return the smallest index.`,
      solution: body('>'),
      buggy: [body('>='), body('>', 'sums[best]'), body('<')],
      publicCases: casesOf(ref, [[randMatrix(rng, 3, 3)], [randMatrix(rng, 2, 4)]]),
      hiddenCases: casesOf(ref, [
        [
          [
            [1, 1],
            [1, 1],
          ],
        ],
        [[[5]]],
        [
          [
            [-3, -4],
            [-1, -9],
            [0, -2],
          ],
        ],
        [
          [
            [1, 9],
            [9, 1],
          ],
        ],
        [randMatrix(rng, 4, 3)],
        [
          [
            [2, 2, 2],
            [0, 0, 7],
          ],
        ],
      ]),
      difficulty: 0.3,
    };
  },
});

/** Exported for the suite: matrix families. */
export const MATRIX_FAMILIES: readonly CodeFamily[] = [rotateMatrix, diagonal, spiral, maxLine];
