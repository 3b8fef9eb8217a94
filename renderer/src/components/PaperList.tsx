import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useLibraryStore } from '../store/libraryStore';
import { StatusBadge } from './StatusBadge';

const ROW_HEIGHT = 64;

/** Virtualized: only the rows in view are in the DOM, so 100,000 papers scroll like 100. */
export function PaperList() {
  const papers = useLibraryStore((state) => state.papers);
  const selectedId = useLibraryStore((state) => state.selectedId);
  const select = useLibraryStore((state) => state.select);
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh functions each render, so React Compiler skips this component, as it should.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: papers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div className="paper-list" ref={scrollRef} role="listbox" aria-label="Papers">
      <div className="paper-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const paper = papers[item.index];
          if (!paper) return null;
          return (
            <div
              key={paper.id}
              role="option"
              aria-selected={paper.id === selectedId}
              className="paper-row"
              data-paper-id={paper.id}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => void select(paper.id)}
            >
              <span className="paper-title">{paper.title}</span>
              <StatusBadge status={paper.status} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
