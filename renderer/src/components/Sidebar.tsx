import { plural } from '../plural';
import { useLibraryStore, type QueueFilter } from '../store/libraryStore';
import { TagList } from './TagList';
import { ReviewNavItem } from './lookup/ReviewNavItem';

const QUEUES: { filter: QueueFilter; label: string }[] = [
  { filter: 'all', label: 'All papers' },
  { filter: 'unread', label: 'Unread' },
  { filter: 'reading', label: 'Reading' },
  { filter: 'read', label: 'Read' },
];

export function Sidebar() {
  const queue = useLibraryStore((state) => state.queue);
  const counts = useLibraryStore((state) => state.counts);
  const setQueue = useLibraryStore((state) => state.setQueue);

  return (
    <nav className="sidebar" aria-label="Library">
      <h2 className="sidebar-heading">Queues</h2>
      <ul>
        {QUEUES.map((item) => (
          <li key={item.filter}>
            <button
              type="button"
              className="queue-button"
              aria-current={queue === item.filter ? 'page' : undefined}
              data-queue={item.filter}
              onClick={() => void setQueue(item.filter)}
            >
              <span>{item.label}</span>
              <span className="count" aria-label={plural(counts[item.filter], 'paper')}>
                {counts[item.filter]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ReviewNavItem />
      <TagList />
    </nav>
  );
}
