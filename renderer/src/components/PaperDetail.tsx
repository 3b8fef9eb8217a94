import { PAPER_STATUSES, type Paper } from '../../../preload/api';
import { namesOf } from '../record/creatorNames';
import { recordLinks } from '../record/recordLinks';
import { copyBibtex, deletePapers, moveToQueue, readLast, readNext } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { CitekeyEditor } from './CitekeyEditor';
import { UpdateKey } from './UpdateKey';
import { InfoSection } from './info/InfoSection';
import { PaperLookup } from './lookup/PaperLookup';
import { PublishedVersion } from './lookup/PublishedVersion';
import { HighlightedAbstract } from './HighlightedAbstract';
import { MatchedText } from './MatchedText';
import { NotesPanel } from './NotesPanel';
import { PaperTags } from './PaperTags';
import { STATUS_LABELS } from './StatusBadge';

export const DETAIL_ID = 'paper-detail';

/** Opened in the system browser: the shell hands every new-window link (http(s) only) to it. */
function RecordLinks({ paper }: { paper: Paper }) {
  return recordLinks(paper).map(({ href, label }) => (
    <a
      key={label}
      className="external-link"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={href}
    >
      {label}
    </a>
  ));
}

function Creators({ paper }: { paper: Paper }) {
  const authors = namesOf(paper.creators, 'author');
  const editors = namesOf(paper.creators, 'editor');
  return (
    <>
      {authors && <span className="detail-authors">{authors}</span>}
      {editors && (
        <span className="detail-authors">{`${editors} (ed${paper.creators.filter((c) => c.role === 'editor').length > 1 ? 's' : ''}.)`}</span>
      )}
    </>
  );
}

function formatTime(iso: string | null): string | null {
  return iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : null;
}

function QueueControls({ paper }: { paper: Paper }) {
  const started = formatTime(paper.readingAt);
  const finished = formatTime(paper.readAt);
  return (
    <div className="queue-controls">
      <div className="segmented" role="group" aria-label="Queue">
        {PAPER_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={paper.status === status}
            onClick={() => void moveToQueue([paper.id], status)}
          >
            {STATUS_LABELS[status]}
          </button>
        ))}
      </div>
      {paper.status === 'unread' && (
        <>
          <button type="button" onClick={() => void readNext(paper.id)}>
            Read next
          </button>
          <button type="button" onClick={() => void readLast(paper.id)}>
            Read last
          </button>
        </>
      )}
      <span className="muted queue-times">
        {started && <span>Started {started}</span>}
        {finished && <span>Finished {finished}</span>}
      </span>
    </div>
  );
}

export function PaperDetail() {
  const cursorId = useLibraryStore((state) => state.cursorId);
  const paper = useLibraryStore((state) => state.current);
  const highlights = useLibraryStore((state) => state.currentHighlights);

  if (cursorId === null) {
    return (
      <section id={DETAIL_ID} className="detail detail-empty" aria-label="Paper" tabIndex={-1}>
        <p>Select a paper to read its abstract.</p>
      </section>
    );
  }
  if (!paper || paper.id !== cursorId) {
    return <section id={DETAIL_ID} className="detail" aria-label="Paper" aria-busy="true" tabIndex={-1} />;
  }
  return (
    <section id={DETAIL_ID} className="detail" aria-label="Paper" tabIndex={-1}>
      <h1 className="detail-title">
        <MatchedText text={paper.title} ranges={highlights?.titleRanges ?? []} />
      </h1>
      <div className="detail-meta">
        <CitekeyEditor paper={paper} />
        <UpdateKey paper={paper} />
        <Creators paper={paper} />
        {paper.year !== null && <span>{paper.year}</span>}
        {paper.venue && <span className="detail-venue">{paper.venue}</span>}
        <RecordLinks paper={paper} />
      </div>
      <QueueControls paper={paper} />
      <PaperTags paper={paper} />
      <HighlightedAbstract paper={paper} matches={highlights?.abstractRanges ?? []} />
      <NotesPanel paper={paper} />
      <PaperLookup paper={paper} />
      <PublishedVersion paper={paper} />
      <InfoSection key={paper.id} paper={paper} />
      <div className="detail-footer">
        <button type="button" onClick={() => void copyBibtex([paper.id])}>
          Copy BibTeX
        </button>
        <button type="button" className="danger" onClick={() => void deletePapers([paper.id])}>
          Delete paper
        </button>
      </div>
    </section>
  );
}
