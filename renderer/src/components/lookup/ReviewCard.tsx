import { useState } from 'react';
import type { LookupReview } from '../../../../preload/api';
import { fieldName, fieldText, SOURCE_NAMES } from '../../lookup/lookupWording';
import { acceptReview, rejectReview } from '../../store/lookupActions';

/**
 * One match, field by field: what the paper has and what was found. Each field is accepted or
 * not (the person's own values start unticked); the whole match can be accepted or rejected.
 */
export function ReviewCard({ review }: { review: LookupReview }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(review.changes.filter((c) => c.kind !== 'conflict').map((c) => c.field)),
  );
  const toggle = (field: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(field);
    else next.delete(field);
    setChosen(next);
  };
  const fields = review.changes.map((change) => change.field).filter((field) => chosen.has(field));
  return (
    <section className="review-card" aria-label={`Match for ${review.citekey}`}>
      <h3>{review.title}</h3>
      <p className="muted">
        <code>{review.citekey}</code> · found on {SOURCE_NAMES[review.source]}: “{review.foundTitle}” (score{' '}
        {Math.round(review.score * 100)}%)
      </p>
      <ul className="review-reasons">
        {review.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <table className="review-fields" aria-label={`Differences for ${review.citekey}`}>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Now</th>
            <th scope="col">Found</th>
            <th scope="col">Accept</th>
          </tr>
        </thead>
        <tbody>
          {review.changes.map((change) => (
            <tr key={change.field} data-field={change.field}>
              <th scope="row">{fieldName(change.field)}</th>
              <td>
                {fieldText(change.current)}
                {change.kind === 'conflict' && <span className="muted"> (yours)</span>}
              </td>
              <td>{fieldText(change.proposed)}</td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Accept ${fieldName(change.field)}`}
                  checked={chosen.has(change.field)}
                  onChange={(event) => toggle(change.field, event.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={() => void rejectReview(review.id)}>
          Reject match
        </button>
        <button type="button" onClick={() => void acceptReview(review.id)}>
          Accept whole match
        </button>
        <button
          type="button"
          className="primary"
          disabled={fields.length === 0}
          onClick={() => void acceptReview(review.id, fields)}
        >
          Accept{' '}
          {fields.length === review.changes.length
            ? 'these fields'
            : `${fields.length} of ${review.changes.length} fields`}
        </button>
      </div>
    </section>
  );
}
