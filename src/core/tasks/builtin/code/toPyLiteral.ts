/** A Python value as test data: tuples and dicts are tagged so that they print as Python literals. */
export type PyValue = number | string | boolean | null | PyValue[] | PyTuple | PyDict;

/** A Python tuple. */
export interface PyTuple {
  tuple: PyValue[];
}

/** A Python dict with keys in insertion order. */
export interface PyDict {
  dict: Array<[PyValue, PyValue]>;
}

/** Builds a {@link PyTuple}. */
export const tuple = (...items: PyValue[]): PyTuple => ({ tuple: items });

/** Builds a {@link PyDict} from entries or a string-keyed record. */
export const dict = (entries: Array<[PyValue, PyValue]> | Record<string, PyValue>): PyDict => ({
  dict: Array.isArray(entries) ? entries : Object.entries(entries),
});

/** Prints a value as a Python literal (`True`, `None`, `(1,)`, `{'a': 1}`); strings use JSON escapes. */
export function toPyLiteral(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`no Python literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toPyLiteral).join(', ')}]`;
  if ('tuple' in value) {
    const items = value.tuple.map(toPyLiteral);
    return items.length === 1 ? `(${items[0] ?? ''},)` : `(${items.join(', ')})`;
  }
  return `{${value.dict.map(([k, v]) => `${toPyLiteral(k)}: ${toPyLiteral(v)}`).join(', ')}}`;
}
