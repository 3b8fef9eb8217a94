import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent } from 'react';
import type { PaperSummary } from '../../../preload/api';
import type { SelectMode } from '../cursor';
import { shortAuthors } from '../record/shortAuthors';
import { reorder } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { selectOrderable } from '../store/selectors';
import { MatchedText } from './MatchedText';
import { colorOf, tagColorMap } from '../tags/tagColors';
import { StatusBadge } from './StatusBadge';
import { TagChip } from './TagChip';

const ROW_HEIGHT = 50;
/** Room kept at the end of the list for the bulk bar that floats over it, whether it shows or not. */
const BULK_BAR_ROOM = 112;

/** "Zhang et al. · 2021 · NeurIPS": what is known of it. */
function byline(paper: PaperSummary): string {
  return [shortAuthors(paper), paper.year, paper.venue].filter((part) => part !== null).join(' · ');
}

function selectMode(event: MouseEvent): SelectMode {
  if (event.shiftKey) return 'range';
  return event.metaKey || event.ctrlKey ? 'toggle' : 'only';
}

interface DropTarget {
  id: number;
  side: 'before' | 'after';
}

/** Virtualized: only the rows in view are in the DOM, so 100,000 papers scroll like 100. */
export function PaperList() {
  const papers = useLibraryStore((state) => state.papers);
  const cursorId = useLibraryStore((state) => state.cursorId);
  const selectedIds = useLibraryStore((state) => state.selectedIds);
  const titleRanges = useLibraryStore((state) => state.search?.titleRanges);
  const select = useLibraryStore((state) => state.select);
  const tags = useLibraryStore((state) => state.tags);
  const tagColors = useMemo(() => tagColorMap(tags), [tags]);
  const orderable = useLibraryStore(selectOrderable);
  const [dropTarget, setDropTarget] = useState<DropTarget | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back fresh functions each render, so React Compiler skips this component, as it should.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: papers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    paddingEnd: BULK_BAR_ROOM,
    scrollPaddingEnd: BULK_BAR_ROOM,
  });

  const cursorIndex = papers.findIndex((paper) => paper.id === cursorId);
  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursorIndex, virtualizer]);

  function dragOver(event: DragEvent, id: number) {
    if (!orderable) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    setDropTarget({ id, side: event.clientY < box.top + box.height / 2 ? 'before' : 'after' });
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    const moving = Number(event.dataTransfer.getData('application/x-shelfmark-paper'));
    const target = dropTarget;
    setDropTarget(null);
    if (!target || !moving || moving === target.id) return;
    const placement = target.side === 'before' ? { before: target.id } : { after: target.id };
    void reorder(moving, placement);
  }

  return (
    <div
      className="paper-list"
      ref={scrollRef}
      role="listbox"
      aria-label="Papers"
      aria-multiselectable="true"
      aria-activedescendant={cursorId === null ? undefined : `paper-${cursorId}`}
    >
      <div className="paper-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const paper = papers[item.index];
          if (!paper) return null;
          const dropSide = dropTarget?.id === paper.id ? dropTarget.side : undefined;
          return (
            <div
              key={paper.id}
              id={`paper-${paper.id}`}
              role="option"
              aria-selected={selectedIds.includes(paper.id)}
              aria-current={paper.id === cursorId ? 'true' : undefined}
              className="paper-row"
              data-paper-id={paper.id}
              data-drop={dropSide}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              draggable={orderable}
              onDragStart={(event) =>
                event.dataTransfer.setData('application/x-shelfmark-paper', String(paper.id))
              }
              onDragOver={(event) => dragOver(event, paper.id)}
              onDragLeave={() => setDropTarget(null)}
              onDrop={drop}
              onClick={(event) => select(paper.id, selectMode(event))}
            >
              <span className="paper-main">
                <span className="paper-title">
                  <MatchedText text={paper.title} ranges={titleRanges?.get(paper.id) ?? []} />
                </span>
                <span className="paper-byline">{byline(paper)}</span>
              </span>
              <span className="paper-tags">
                {paper.tags.map((tag) => (
                  <TagChip key={tag} name={tag} color={colorOf(tagColors, tag)} />
                ))}
              </span>
              <StatusBadge status={paper.status} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
