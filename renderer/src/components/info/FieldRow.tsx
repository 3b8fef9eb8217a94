import type { KeyboardEvent } from 'react';

interface FieldRowProps {
  label: string;
  value: string;
  /** Called with the new text when the person leaves the field (or presses Enter) having changed it. */
  onCommit: (text: string) => void;
  onRemove?: () => void;
  multiline?: boolean;
}

/**
 * One labelled field of the record, edited in place. The input is uncontrolled and keyed by the
 * value, so an undo or a refused edit shows the stored value again.
 */
export function FieldRow({ label, value, onCommit, onRemove, multiline = false }: FieldRowProps) {
  function commit(text: string) {
    if (text.trim() !== value.trim()) onCommit(text);
  }
  function keyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      event.currentTarget.value = value;
      event.currentTarget.blur();
    }
  }
  const props = {
    defaultValue: value,
    'aria-label': label,
    onBlur: (event: { currentTarget: { value: string } }) => commit(event.currentTarget.value),
    onKeyDown: keyDown,
  };
  return (
    <div className="field-row">
      <span className="field-label">{label}</span>
      {multiline ? (
        <textarea key={value} rows={2} {...props} />
      ) : (
        <input key={value} type="text" {...props} />
      )}
      {onRemove && (
        <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={onRemove}>
          ×
        </button>
      )}
    </div>
  );
}
