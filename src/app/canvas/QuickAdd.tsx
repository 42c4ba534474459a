import { useMemo, useState } from 'react';
import { useAppStore } from '../store/AppStoreContext.tsx';

/** The searchable operator palette opened by Tab or a double-click on the canvas; Enter adds the first match. */
export function QuickAdd() {
  const quickAdd = useAppStore((s) => s.quickAdd);
  if (!quickAdd) return null;
  return <QuickAddDialog position={quickAdd.position} />;
}

function QuickAddDialog({ position }: { position: number | undefined }) {
  const registry = useAppStore((s) => s.registry);
  const edit = useAppStore((s) => s.edit);
  const setQuickAdd = useAppStore((s) => s.setQuickAdd);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    return registry
      .list()
      .filter((d) => q === '' || d.type.toLowerCase().includes(q) || d.summary.toLowerCase().includes(q));
  }, [registry, query]);
  const add = (operator: string) => {
    setQuickAdd(null);
    edit({ type: 'addOperator', operator, ...(position === undefined ? {} : { position }) });
  };
  const where = position === undefined ? 'at the end' : `at position ${position + 1}`;
  return (
    <div className="quick-add" role="dialog" aria-label="Quick add operator">
      <input
        // The dialog exists to type into: focusing it at once is what Tab and double-click promise.
        autoFocus
        type="search"
        aria-label={`Search operators to add ${where}`}
        placeholder={`Add an operator ${where}…`}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setQuickAdd(null);
          } else if (e.key === 'Enter' && matches[0]) {
            add(matches[0].type);
          }
        }}
      />
      <ul>
        {matches.map((d) => (
          <li key={d.type}>
            <button type="button" onClick={() => add(d.type)} title={d.summary}>
              <strong>{d.type}</strong>{' '}
              <span className={`cat-${d.descriptor.category}`}>{d.descriptor.category}</span>
            </button>
          </li>
        ))}
      </ul>
      {matches.length === 0 ? <p>No operator matches “{query}”.</p> : null}
      <button type="button" onClick={() => setQuickAdd(null)}>
        Cancel
      </button>
    </div>
  );
}
