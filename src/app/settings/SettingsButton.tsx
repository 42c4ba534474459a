import { useRef, useState } from 'react';
import { SettingsDialog } from './SettingsDialog.tsx';

/** The header's Settings button and the dialog it opens; closing the dialog gives focus back to the button. */
export function SettingsButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="settings-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="LLM backend, endpoint, key and per-operator overrides"
        onClick={() => setOpen(true)}
      >
        Settings
      </button>
      {open && (
        <SettingsDialog
          onClose={() => {
            setOpen(false);
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}
