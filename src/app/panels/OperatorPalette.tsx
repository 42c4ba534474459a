import { useMemo, useState } from 'react';
import { OPERATOR_CATEGORIES } from '../../core/operators/types.ts';
import { OPERATOR_DRAG_TYPE } from '../canvas/WorkflowCanvas.tsx';
import { useAppStore } from '../store/AppStoreContext.tsx';
import { StructureForms } from './StructureForms.tsx';

/** Operators grouped by category, searchable; a click appends, a drag onto the canvas inserts where dropped. */
export function OperatorPalette() {
  const registry = useAppStore((s) => s.registry);
  const edit = useAppStore((s) => s.edit);
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = query.trim().toLowerCase();
    return OPERATOR_CATEGORIES.map((category) => ({
      category,
      ops: registry
        .list()
        .filter((d) => d.descriptor.category === category)
        .filter((d) => q === '' || d.type.toLowerCase().includes(q) || d.summary.toLowerCase().includes(q)),
    })).filter((g) => g.ops.length > 0);
  }, [registry, query]);
  return (
    <nav className="palette" aria-label="Operator palette">
      <input
        type="search"
        aria-label="Search operators"
        placeholder="Search operators"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {groups.map((g) => (
        <section key={g.category} aria-label={`${g.category} operators`}>
          <h3 className={`cat-${g.category}`}>{g.category}</h3>
          <ul>
            {g.ops.map((d) => (
              <li key={d.type}>
                <button
                  type="button"
                  aria-label={`Add ${d.type}`}
                  title={d.summary}
                  draggable
                  onDragStart={(e) => {
                    e.dataTransfer.setData(OPERATOR_DRAG_TYPE, d.type);
                    e.dataTransfer.effectAllowed = 'copy';
                  }}
                  onClick={() => edit({ type: 'addOperator', operator: d.type })}
                >
                  <strong>{d.type}</strong>
                  <span>{d.summary}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length === 0 ? <p>No operator matches “{query}”.</p> : null}
      <StructureForms />
    </nav>
  );
}
