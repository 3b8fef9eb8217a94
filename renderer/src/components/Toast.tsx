import { useToastStore } from '../store/toastStore';

export function Toast() {
  const message = useToastStore((state) => state.message);
  const dismiss = useToastStore((state) => state.dismiss);
  if (!message) return null;
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      <button type="button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
