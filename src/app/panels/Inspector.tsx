import { useAppStore } from '../store/AppStoreContext.tsx';
import { NodeInspector } from './NodeInspector.tsx';
import { WorkflowSummary } from './WorkflowSummary.tsx';

/** The right panel: the selected node, the latest refusal or notice with its reason, and the workflow summary. */
export function Inspector() {
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  return (
    <aside className="inspector" aria-label="Inspector">
      {notice ? (
        <div role="alert" className={`notice ${notice.kind}`}>
          <span>{notice.text}</span>
          <button type="button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      ) : null}
      <NodeInspector />
      <WorkflowSummary />
    </aside>
  );
}
