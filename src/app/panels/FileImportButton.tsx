import { useRef } from 'react';

/** What a file-import button shows and accepts. */
export interface FileImportButtonProps {
  /** The button's text. */
  label: string;
  /** The hidden file input's accessible name (tests and the command palette find it by this). */
  inputLabel: string;
  accept: string;
  title?: string;
  multiple?: boolean;
  /** Pick a whole folder (its files, with their paths inside it) instead of files. */
  directory?: boolean;
  /** An id for the input, so a shortcut can open the picker. */
  inputId?: string;
  onFiles(files: File[]): void;
}

/**
 * A button that opens the browser's file picker through a hidden input. The input is cleared after each pick so
 * choosing the same file again (after fixing it) still imports it.
 */
export function FileImportButton(props: FileImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        {...(props.title ? { title: props.title } : {})}
      >
        {props.label}
      </button>
      <input
        ref={(el) => {
          input.current = el;
          // Not a React prop: set on the element, so a folder pick gives every file with its relative path.
          if (el) el.webkitdirectory = props.directory ?? false;
        }}
        {...(props.inputId ? { id: props.inputId } : {})}
        type="file"
        accept={props.accept}
        aria-label={props.inputLabel}
        multiple={props.multiple ?? false}
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
