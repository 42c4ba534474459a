import { useAppStore } from '../store/AppStoreContext.tsx';
import type { AppView } from '../store/createAppStore.ts';

/** The views the header offers; a view appears here once its screen exists. */
export const VIEWS: { id: AppView; label: string }[] = [
  { id: 'studio', label: 'Studio' },
  { id: 'training', label: 'Training' },
  { id: 'evaluation', label: 'Evaluation' },
];

/** Switches between the studio (canvas), training and evaluation screens. */
export function ViewSwitcher() {
  const view = useAppStore((s) => s.view);
  const setView = useAppStore((s) => s.setView);
  if (VIEWS.length < 2) return null;
  return (
    <nav className="view-switcher" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-pressed={v.id === view}
          className={v.id === view ? 'active' : undefined}
          onClick={() => setView(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
