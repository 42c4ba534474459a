import type { ReactNode } from 'react';
import { EpisodePanel } from '../episodes/EpisodePanel.tsx';
import { RunPanel } from '../panels/RunPanel.tsx';
import { useAppStore } from '../store/AppStoreContext.tsx';
import type { DockTab } from '../store/createAppStore.ts';
import { WatchPanel } from '../watch/WatchPanel.tsx';

/** The dock's tabs in order: each names its panel, which mounts only while its tab is open. */
const TABS: { id: DockTab; label: string; panel: () => ReactNode }[] = [
  { id: 'run', label: 'Run', panel: () => <RunPanel /> },
  { id: 'watch', label: 'Watch', panel: () => <WatchPanel /> },
  { id: 'episode', label: 'Episode', panel: () => <EpisodePanel /> },
];

/** The tabbed dock under the canvas (run a task, watch a policy, replay an episode), ARIA tabs pattern. */
export function Dock() {
  const active = useAppStore((s) => s.dockTab);
  const setTab = useAppStore((s) => s.setDockTab);
  const current = TABS.find((t) => t.id === active) ?? TABS[0];
  if (!current) return null;
  const focusTab = (index: number): void => {
    const tab = TABS[(index + TABS.length) % TABS.length];
    if (!tab) return;
    setTab(tab.id);
    document.getElementById(`dock-tab-${tab.id}`)?.focus();
  };
  return (
    <div className="dock">
      {TABS.length > 1 && (
        <div className="dock-tabs" role="tablist" aria-label="Dock">
          {TABS.map((t, i) => (
            <button
              key={t.id}
              id={`dock-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={t.id === current.id}
              aria-controls={`dock-panel-${t.id}`}
              tabIndex={t.id === current.id ? 0 : -1}
              onClick={() => setTab(t.id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight') focusTab(i + 1);
                else if (e.key === 'ArrowLeft') focusTab(i - 1);
                else return;
                e.preventDefault();
              }}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      <div id={`dock-panel-${current.id}`} role="tabpanel" aria-labelledby={`dock-tab-${current.id}`}>
        {current.panel()}
      </div>
    </div>
  );
}
