import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcutList.ts';

/** The "Keyboard shortcuts" help (`?`, or from the palette); Escape or Close closes it. */
export function ShortcutHelpDialog({ onClose }: { onClose(): void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement;
    close.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  return (
    <div className="commands-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="commands-help"
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }}
      >
        <h2>Keyboard shortcuts</h2>
        <p>Shortcuts never fire while you type in a field. On macOS, Cmd works wherever Ctrl is shown.</p>
        <table>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <th scope="row">
                  <kbd>{s.keys}</kbd>
                </th>
                <td>{s.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
