import { useToastStore } from '../store/toastStore';

/** What just happened, with Undo; and, until dismissed, what failed (store/reportError.ts). */
export function Toast() {
  const message = useToastStore((state) => state.message);
  const action = useToastStore((state) => state.action);
  const isError = useToastStore((state) => state.isError);
  const dismiss = useToastStore((state) => state.dismiss);
  if (!message) return null;
  return (
    <div className={isError ? 'toast toast-error' : 'toast'} role={isError ? 'alert' : 'status'}>
      <span>{message}</span>
      {action && (
        <button
          type="button"
          className="toast-action"
          onClick={() => {
            dismiss();
            action.run();
          }}
        >
          {action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
