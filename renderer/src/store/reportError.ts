import { ApiCallError } from '../api';
import { errorMessage } from '../errorMessage';
import { useToastStore } from './toastStore';

/** The one place a failure is shown in the window: an alert that stays until dismissed. */
export function reportError(error: unknown, doing?: string): void {
  // A bug in the window is logged for whoever looks; the person gets a plain sentence.
  if (!(error instanceof ApiCallError)) console.error(error);
  const message = errorMessage(error);
  useToastStore.getState().showError(doing ? `${doing}: ${message}` : message);
}
