import type { PaperStatus } from '../../../preload/api';

export const STATUS_LABELS: Record<PaperStatus, string> = {
  unread: 'Unread',
  reading: 'Reading',
  read: 'Read',
};

export function StatusBadge({ status }: { status: PaperStatus }) {
  return <span className={`status status-${status}`}>{STATUS_LABELS[status]}</span>;
}
