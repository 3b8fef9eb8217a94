import { useToastStore } from '../store/toastStore';

export function Toast() {
  const message = useToastStore((state) => state.message);
  const action = useToastStore((state) => state.action);
  const dismiss = useToastStore((state) => state.dismiss);
  if (!message) return null;
  return (
    <div className="toast" role="status">
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
