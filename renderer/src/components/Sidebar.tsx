import { useLibraryStore, type QueueFilter } from '../store/libraryStore';

const QUEUES: { filter: QueueFilter; label: string }[] = [
  { filter: 'all', label: 'All papers' },
  { filter: 'unread', label: 'Unread' },
  { filter: 'reading', label: 'Reading' },
  { filter: 'read', label: 'Read' },
];

export function Sidebar() {
  const filter = useLibraryStore((state) => state.filter);
  const counts = useLibraryStore((state) => state.counts);
  const setFilter = useLibraryStore((state) => state.setFilter);

  return (
    <nav className="sidebar" aria-label="Queues">
      <h2 className="sidebar-heading">Queues</h2>
      <ul>
        {QUEUES.map((queue) => (
          <li key={queue.filter}>
            <button
              type="button"
              className="queue-button"
              aria-current={filter === queue.filter ? 'page' : undefined}
              data-queue={queue.filter}
              onClick={() => void setFilter(queue.filter)}
            >
              <span>{queue.label}</span>
              <span className="count" aria-label={`${counts[queue.filter]} papers`}>
                {counts[queue.filter]}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
