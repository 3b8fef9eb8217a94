import { useState } from 'react';
import {
  ENTRY_TYPES,
  RECORD_FIELDS,
  type Paper,
  type PaperEdit,
  type RecordField,
} from '../../../../preload/api';
import { editPaper } from '../../store/actions';
import { useToastStore } from '../../store/toastStore';
import { CreatorsEditor } from './CreatorsEditor';
import { FieldRow } from './FieldRow';

const DATE_PARTS = [
  { part: 'year', label: 'Year', example: '2021' },
  { part: 'month', label: 'Month', example: '7' },
  { part: 'day', label: 'Day', example: '14' },
] as const;

/** Empty text clears a field. */
const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * A date part as typed. Anything but digits is refused here with the core's kind of sentence;
 * the core checks the rest (a month needs a year, the day must exist).
 */
function datePart(text: string, label: string, example: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
  useToastStore
    .getState()
    .showError(`"${trimmed}" is not a ${label.toLowerCase()}: write it as digits, like ${example}.`);
  return undefined;
}

/** The record in full, each part edited in place as one undoable change. */
export function InfoSection({ paper }: { paper: Paper }) {
  // Fields the person chose to add and has not filled in yet.
  const [adding, setAdding] = useState<RecordField[]>([]);
  const edit = (change: PaperEdit) => void editPaper(paper.id, change);
  const shown = RECORD_FIELDS.filter((field) => paper[field] !== null || adding.includes(field));
  const empty = RECORD_FIELDS.filter((field) => !shown.includes(field));

  /** A refused value stays in its field (an added one too), to be corrected rather than typed again. */
  async function setField(field: RecordField, text: string) {
    if (await editPaper(paper.id, { [field]: textOrNull(text) })) {
      setAdding((fields) => fields.filter((other) => other !== field));
    }
  }

  return (
    <section className="info-section" aria-label="Info">
      <h2 className="detail-heading">Info</h2>
      <div className="field-row">
        <span className="field-label">Type</span>
        <select
          aria-label="Entry type"
          value={paper.entryType}
          onChange={(event) => edit({ entryType: event.target.value as Paper['entryType'] })}
        >
          {ENTRY_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </div>
      <FieldRow label="Title" value={paper.title} multiline onCommit={(text) => edit({ title: text })} />
      <CreatorsEditor paper={paper} />
      <div className="field-row date-row">
        <span className="field-label">Date</span>
        {DATE_PARTS.map(({ part, label, example }) => (
          <input
            key={`${part}-${paper[part] ?? ''}-${paper.updatedAt}`}
            type="text"
            inputMode="numeric"
            className={`date-${part}`}
            aria-label={label}
            placeholder={label}
            defaultValue={paper[part] ?? ''}
            onBlur={(event) => {
              if (event.currentTarget.value.trim() === String(paper[part] ?? '')) return;
              const value = datePart(event.currentTarget.value, label, example);
              if (value === undefined) event.currentTarget.value = String(paper[part] ?? '');
              else edit({ [part]: value });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
        ))}
      </div>
      {shown.map((field) => (
        <FieldRow
          key={field}
          label={field}
          value={paper[field] ?? ''}
          onCommit={(text) => void setField(field, text)}
          onRemove={() =>
            paper[field] === null ? setAdding((f) => f.filter((o) => o !== field)) : edit({ [field]: null })
          }
        />
      ))}
      {paper.extraFields.map((extra, index) => (
        <FieldRow
          key={`${extra.name}-${index}`}
          label={extra.name}
          value={extra.value}
          onCommit={(text) =>
            edit({
              extraFields: paper.extraFields.flatMap((other, at) =>
                at !== index ? [other] : text.trim() ? [{ name: other.name, value: text.trim() }] : [],
              ),
            })
          }
          onRemove={() => edit({ extraFields: paper.extraFields.filter((_, at) => at !== index) })}
        />
      ))}
      {empty.length > 0 && (
        <select
          aria-label="Add field"
          className="add-field"
          value=""
          onChange={(event) => setAdding((fields) => [...fields, event.target.value as RecordField])}
        >
          <option value="">Add field…</option>
          {empty.map((field) => (
            <option key={field}>{field}</option>
          ))}
        </select>
      )}
    </section>
  );
}
