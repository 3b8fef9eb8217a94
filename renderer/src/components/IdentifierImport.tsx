import type { IdentifierPreviewEntry } from '../../../preload/api';
import { plural } from '../plural';
import { useIdentifierImportStore } from '../store/identifierImportStore';
import { useImportStore } from '../store/importStore';

const OUTCOME_LABEL = {
  new: 'New',
  duplicate: 'Already have',
  not_found: 'Not found',
  failed: 'Failed',
  invalid: 'Not an identifier',
} as const;

function FoundRecord({ entry }: { entry: IdentifierPreviewEntry }) {
  const { found } = entry;
  if (!found) return <span className="candidate-title">{entry.input}</span>;
  const authors =
    found.authors.length > 3 ? `${found.authors.slice(0, 3).join('; ')} et al.` : found.authors.join('; ');
  return (
    <span className="candidate-title">
      {found.title}
      <span className="muted">
        {' '}
        {[authors, found.year, found.venue].filter(Boolean).join(' · ')} ({found.source})
      </span>
    </span>
  );
}

/** The Import box's view of a list of identifiers: what was recognised, then what the lookups found. */
export function IdentifierImportPreview() {
  const text = useImportStore((state) => state.text);
  const current = useIdentifierImportStore((state) => state.text === text);
  const lines = useIdentifierImportStore((state) => state.lines);
  const preview = useIdentifierImportStore((state) => state.preview);
  const error = useIdentifierImportStore((state) => state.error);
  if (!lines || !current) return null;
  const readable = lines.filter((line) => line.kind !== null).length;
  return (
    <div className="import-preview identifier-preview">
      <p className="import-summary" role="status">
        {preview ? (
          <>
            Identifiers: looked up {plural(preview.entries.length, 'line')}:{' '}
            <strong>{preview.newCount} new</strong>, {preview.duplicateCount} already in your library or
            repeated, {preview.failedCount} could not be added.
          </>
        ) : (
          <>
            A list of {plural(readable, 'identifier')}
            {readable < lines.length
              ? ` (and ${plural(lines.length - readable, 'line')} Shelfmark cannot read)`
              : ''}
            . Looking them up asks arXiv, Semantic Scholar, Crossref or OpenReview over the network.
          </>
        )}
      </p>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      {preview && (
        <ol className="candidate-list">
          {preview.entries.map((entry) => (
            <li
              key={entry.line}
              className={entry.outcome === 'new' ? 'candidate' : 'candidate duplicate'}
              title={entry.message ?? undefined}
            >
              <span className="candidate-badge">{OUTCOME_LABEL[entry.outcome]}</span>
              <FoundRecord entry={entry} />
              {entry.message && (
                <span className="muted">
                  {' '}
                  Line {entry.line}: {entry.message}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
