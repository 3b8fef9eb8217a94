import type { PaperStatus } from '../../../preload/api';

const LABELS: Record<PaperStatus, string> = { unread: 'Unread', reading: 'Reading', read: 'Read' };

export function StatusBadge({ status }: { status: PaperStatus }) {
  return <span className={`status status-${status}`}>{LABELS[status]}</span>;
}
