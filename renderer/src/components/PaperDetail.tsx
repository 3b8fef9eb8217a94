import { isWebUrl } from '../externalLinks';
import { useLibraryStore } from '../store/libraryStore';
import { StatusBadge } from './StatusBadge';

function ExternalLink({ href, label }: { href: string | null; label: string }) {
  if (!href || !isWebUrl(href)) return null;
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer" title={href}>
      {label}
    </a>
  );
}

export function PaperDetail() {
  const selectedId = useLibraryStore((state) => state.selectedId);
  const paper = useLibraryStore((state) => state.selected);

  if (selectedId === null) {
    return (
      <section className="detail detail-empty" aria-label="Paper">
        <p>Select a paper to read its abstract.</p>
      </section>
    );
  }
  if (!paper || paper.id !== selectedId) {
    return <section className="detail" aria-label="Paper" aria-busy="true" />;
  }
  return (
    <section className="detail" aria-label="Paper">
      <h1 className="detail-title">{paper.title}</h1>
      <div className="detail-meta">
        <StatusBadge status={paper.status} />
        <code className="citekey" title="Citation key">
          {paper.citekey}
        </code>
        {paper.authors.length > 0 && <span>{paper.authors.join(', ')}</span>}
        {paper.year !== null && <span>{paper.year}</span>}
      </div>
      <div className="detail-links">
        <ExternalLink href={paper.codeUrl} label="Code" />
        <ExternalLink href={paper.url} label="Project page" />
      </div>
      <h2 className="detail-heading">Abstract</h2>
      {paper.abstract ? (
        paper.abstract.split(/\n{2,}/).map((paragraph, index) => (
          <p className="abstract" key={index}>
            {paragraph}
          </p>
        ))
      ) : (
        <p className="muted">No abstract.</p>
      )}
    </section>
  );
}
