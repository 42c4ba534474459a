import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Command } from './buildCommands.ts';
import { filterCommands } from './buildCommands.ts';

export interface CommandPaletteProps {
  /** The commands on offer when the palette opened (built once, so the list does not shift while typing). */
  commands: readonly Command[];
  onClose(): void;
}

/**
 * The command palette (Ctrl+K): a search field over every command, combobox pattern with a listbox; ArrowUp and
 * ArrowDown move, Enter runs the highlighted command, Escape closes, and focus returns where it was.
 */
export function CommandPalette({ commands, onClose }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const matches = useMemo(() => filterCommands(commands, query), [commands, query]);
  const current = Math.min(active, Math.max(0, matches.length - 1));

  // What had focus before (the canvas, a node) gets it back on close; done in close, not in an effect cleanup,
  // which StrictMode also runs right after mounting and would pull focus out of the search field.
  const [before] = useState(() => document.activeElement);
  const close = (): void => {
    if (before instanceof HTMLElement && before.isConnected) before.focus();
    onClose();
  };
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current, matches]);

  const runCommand = (command: Command | undefined): void => {
    if (!command?.enabled) return;
    close();
    command.run();
  };
  const onKeyDown = (e: KeyboardEvent): void => {
    const step = (by: number): void =>
      setActive((current + by + matches.length) % Math.max(1, matches.length));
    if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(matches.length - 1);
    else if (e.key === 'Enter') runCommand(matches[current]);
    else if (e.key === 'Escape') close();
    else return;
    // The palette owns these keys while open: the studio's own Escape (stop, deselect) must not fire too.
    e.preventDefault();
    e.stopPropagation();
  };
  const optionId = (i: number): string => `${listId}-${i}`;
  return (
    <div className="commands-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        className="commands-palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
        onKeyDown={onKeyDown}
      >
        <input
          // The palette exists to type into: focusing it at once is what Ctrl+K promises.
          autoFocus
          type="text"
          role="combobox"
          aria-label="Search commands"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches.length > 0 ? optionId(current) : undefined}
          placeholder="Type a command…"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
        />
        <ul ref={list} id={listId} role="listbox" aria-label="Commands">
          {matches.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-disabled={!c.enabled}
              className={i === current ? 'active' : undefined}
              onMouseMove={() => i !== current && setActive(i)}
              onClick={() => runCommand(c)}
            >
              <span>{c.label}</span>
              {c.keys ? <kbd>{c.keys}</kbd> : null}
            </li>
          ))}
        </ul>
        {matches.length === 0 ? <p className="commands-empty">No command matches “{query}”.</p> : null}
        <p className="commands-hint">↑ ↓ to choose · Enter to run · Esc to close</p>
      </div>
    </div>
  );
}
