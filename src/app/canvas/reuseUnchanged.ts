/** Fields React Flow writes back onto nodes; they are not part of what the graph says a node is. */
const VIEW_STATE = new Set(['measured', 'selected', 'dragging', 'resizing']);

function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether two drawn elements say the same thing (each field equal, objects such as data compared one level). */
function sameContent(prev: object, next: object): boolean {
  const p = prev as Record<string, unknown>;
  const n = next as Record<string, unknown>;
  const keys = Object.keys(n);
  const prevKeys = Object.keys(p).filter((k) => !VIEW_STATE.has(k));
  if (prevKeys.length !== keys.length) return false;
  return keys.every((k) => k in p && shallowEqual(p[k], n[k]));
}

/**
 * Structural sharing for React Flow: each next element that says the same as the previous element with its id is
 * replaced by that previous object, so React Flow skips it (it re-adopts and re-renders only changed objects); a
 * changed node keeps its measured size, so it is not measured again. Returns `prev` itself when nothing changed.
 */
export function reuseUnchanged<T extends { id: string; measured?: unknown }>(
  prev: readonly T[],
  next: readonly T[],
): T[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  let same = prev.length === next.length;
  const out = next.map((element, i) => {
    const old = byId.get(element.id);
    if (old === undefined) {
      same = false;
      return element;
    }
    if (sameContent(old, element)) {
      if (prev[i] !== old) same = false;
      return old;
    }
    same = false;
    return old.measured === undefined ? element : { ...element, measured: old.measured };
  });
  return same ? (prev as T[]) : out;
}
