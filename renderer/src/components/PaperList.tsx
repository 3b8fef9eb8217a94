import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState, type DragEvent, type MouseEvent, type RefObject } from 'react';
import type { PaperSummary } from '../../../preload/api';
import type { SelectMode } from '../cursor';
import { shortAuthors } from '../record/shortAuthors';
import { rowInView } from '../rowInView';
import { reorder } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { selectCursorPosition, selectOrderable } from '../store/selectors';
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

/** Whether the row at `index` is wholly on screen, as the virtualizer last saw the list (no layout read). */
function onScreen(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number): boolean {
  const viewport = { scrollOffset: virtualizer.scrollOffset, height: virtualizer.scrollRect?.height ?? null };
  return rowInView(index, ROW_HEIGHT, BULK_BAR_ROOM, viewport);
}

/** Scrolls, with `pending` set until the next frame, when the virtualizer has observed the scroll. */
function scrollMarked(pending: RefObject<boolean>, scroll: () => void): void {
  scroll();
  pending.current = true;
  requestAnimationFrame(() => {
    pending.current = false;
  });
}

/**
 * Virtualized and windowed: only the rows on screen are in the DOM, and the store holds only the
 * rows around them, loading the rest by position as the list scrolls. A position not loaded yet
 * shows a placeholder row, so a jump (the scrollbar, End) shows the list at once.
 */
export function PaperList() {
  const total = useLibraryStore((state) => state.total);
  const rows = useLibraryStore((state) => state.rows);
  const showSpan = useLibraryStore((state) => state.showSpan);
  const cursorId = useLibraryStore((state) => state.cursorId);
  const selectedIds = useLibraryStore((state) => state.selectedIds);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
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
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    paddingEnd: BULK_BAR_ROOM,
    scrollPaddingEnd: BULK_BAR_ROOM,
  });

  const cursorIndex = useLibraryStore(selectCursorPosition);
  const viewsLanded = useLibraryStore((state) => state.viewsLanded);
  // Set from a scroll command until the next frame, when its scroll has been observed: until
  // then the virtualizer's offset is the one from before the command.
  const scrollPending = useRef(false);
  useEffect(() => {
    if (cursorIndex === null) return;
    // Asking the virtualizer reads the layout even for a row already on screen (a new search's
    // first result, a step inside the view), so ask only when the list has to move.
    if (!scrollPending.current && onScreen(virtualizer, cursorIndex)) return;
    scrollMarked(scrollPending, () => virtualizer.scrollToIndex(cursorIndex, { align: 'auto' }));
  }, [cursorIndex, virtualizer]);
  // A new view or query lands where the list was scrolled: the effect above sees no move when the
  // cursor keeps its position (a new query's first result at 0), so this one brings it into view.
  useEffect(() => {
    if (viewsLanded === 0 || scrollPending.current) return;
    const target = selectCursorPosition(useLibraryStore.getState()) ?? 0;
    if (onScreen(virtualizer, target)) return;
    scrollMarked(scrollPending, () => virtualizer.scrollToIndex(target, { align: 'auto' }));
  }, [viewsLanded, virtualizer]);

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  // Whenever what is on screen changes, or the held rows are replaced, load what is missing;
  // not where the list is about to leave (new results while scrolled far down), but where it lands.
  useEffect(() => {
    if (scrollPending.current) return;
    void showSpan({ start: first, end: last });
  }, [first, last, rows, showSpan]);

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
        {/* Keyed by position, loaded or not: a new search or a jump refills the rows on screen with
            other papers, and React then rewrites their text instead of building them again. */}
        {items.map((item) => {
          const paper = rows.get(item.index);
          if (!paper) {
            return (
              <div
                key={item.key}
                className="paper-row paper-row-loading"
                aria-hidden="true"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <span className="paper-main muted">Loading…</span>
              </div>
            );
          }
          const dropSide = dropTarget?.id === paper.id ? dropTarget.side : undefined;
          return (
            <div
              key={item.key}
              id={`paper-${paper.id}`}
              role="option"
              aria-selected={selected.has(paper.id)}
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
