import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from './reuseUnchanged.ts';

interface El {
  id: string;
  position: { x: number; y: number };
  data: Record<string, unknown>;
  measured?: { width: number; height: number };
  selected?: boolean;
}
const el = (id: string, label: string, x = 0, extra: Partial<El> = {}): El => ({
  id,
  position: { x, y: 0 },
  data: { label },
  ...extra,
});

describe('reuseUnchanged', () => {
  it('returns the previous array when every element says the same', () => {
    const prev = [el('a', 'A'), el('b', 'B')];
    expect(reuseUnchanged(prev, [el('a', 'A'), el('b', 'B')])).toBe(prev);
  });

  it('keeps unchanged objects and replaces changed ones, carrying their measured size', () => {
    const measured = { width: 180, height: 56 };
    const a = el('a', 'A', 0, { measured });
    const b = el('b', 'B', 200, { measured });
    const out = reuseUnchanged([a, b], [el('a', 'A'), el('b', 'B2', 200)]);
    expect(out[0]).toBe(a);
    expect(out[1]).not.toBe(b);
    expect(out[1]).toEqual({ ...el('b', 'B2', 200), measured });
  });

  it.each([
    ['a moved node', [el('a', 'A', 5)]],
    ['changed data', [el('a', 'A!')]],
    ['a new field', [{ ...el('a', 'A'), parentId: 'g' }]],
    ['a removed field', [{ id: 'a', position: { x: 0, y: 0 } } as El]],
  ])('treats %s as a change', (_, next) => {
    const prev = [el('a', 'A')];
    expect(reuseUnchanged(prev, next)[0]).not.toBe(prev[0]);
  });

  it('ignores view state React Flow writes back (measured, selected)', () => {
    const prev = [el('a', 'A', 0, { measured: { width: 1, height: 1 }, selected: true })];
    expect(reuseUnchanged(prev, [el('a', 'A')])).toBe(prev);
  });

  it('follows added, removed and reordered elements', () => {
    const a = el('a', 'A');
    const b = el('b', 'B');
    const out = reuseUnchanged([a, b], [el('b', 'B'), el('c', 'C'), el('a', 'A')]);
    expect(out.map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(out[0]).toBe(b);
    expect(out[2]).toBe(a);
    expect(reuseUnchanged([a, b], [el('a', 'A')])).toEqual([a]);
  });
});
