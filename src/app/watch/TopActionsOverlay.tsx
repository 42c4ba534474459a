import { actionLabel } from '../../core/actions/actionLabel.ts';
import type { WatchController } from './WatchController.ts';
import { useWatchState } from './WatchContext.tsx';

const percent = (p: number): string => `${(p * 100).toFixed(p >= 0.1 ? 0 : 1)}%`;

/**
 * The policy's most likely next actions with probability bars, shown over the canvas's top-right corner before
 * each step (the canvas is the grid row above the dock, so it is positioned against the studio's main area).
 */
export function TopActionsOverlay({ controller }: { controller: WatchController }) {
  const preview = useWatchState(controller, (s) => s.preview);
  const phase = useWatchState(controller, (s) => s.phase);
  if (preview === null || phase === 'idle' || phase === 'done') return null;
  const { actions } = preview;
  return (
    <section className="watch-overlay" aria-label="Top actions before the next step">
      <h3>Turn {preview.turn}: the policy’s top actions</h3>
      {actions === null ? (
        <p className="muted">This policy does not report probabilities.</p>
      ) : actions.length === 0 ? (
        <p className="muted">No rule applies: the next action is a random legal edit.</p>
      ) : (
        <ol className="watch-top-actions">
          {actions.map((top, i) => (
            <li key={i}>
              <span className="watch-top-label" title={actionLabel(top.action)}>
                {actionLabel(top.action)}
              </span>
              <span className="watch-bar" aria-hidden="true">
                <span style={{ width: `${Math.max(1, top.probability * 100)}%` }} />
              </span>
              <span className="watch-prob" data-testid="top-action-probability">
                {percent(top.probability)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
