import { lazy, Suspense } from 'react';

// The player, forks and files bring the executor, the scorer and the suites: load them with the tab, not the page.
const EpisodeWorkbenchView = lazy(() => import('./EpisodeWorkbenchView.tsx'));

/** The dock's Episode tab: the episode library, the player, forks and recordings, episode and bundle files. */
export function EpisodePanel() {
  return (
    <Suspense fallback={<p className="muted episode-empty">Loading the episode player…</p>}>
      <EpisodeWorkbenchView />
    </Suspense>
  );
}
