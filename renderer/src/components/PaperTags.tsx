import { useMemo, useState } from 'react';
import type { Paper } from '../../../preload/api';
import { tagPapers, untagPapers } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { colorOf, tagColorMap } from '../tags/tagColors';
import { TagChip } from './TagChip';

export const TAG_INPUT_ID = 'paper-tag-input';

export function PaperTags({ paper }: { paper: Paper }) {
  const tags = useLibraryStore((state) => state.tags);
  const [name, setName] = useState('');
  const colors = useMemo(() => tagColorMap(tags), [tags]);

  async function add() {
    if (await tagPapers([paper.id], name)) setName('');
  }

  return (
    <div className="paper-tag-editor">
      <ul className="chips" aria-label="Tags">
        {paper.tags.map((tag) => (
          <li key={tag}>
            <TagChip name={tag} color={colorOf(colors, tag)}>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => void untagPapers([paper.id], tag)}
              >
                ×
              </button>
            </TagChip>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <input
          id={TAG_INPUT_ID}
          aria-label="Add a tag"
          list="paper-tag-names"
          placeholder="Add a tag…"
          value={name}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') event.currentTarget.blur();
          }}
        />
        <datalist id="paper-tag-names">
          {tags
            .filter((tag) => !paper.tags.some((own) => own.toLowerCase() === tag.name.toLowerCase()))
            .map((tag) => (
              <option key={tag.name} value={tag.name} />
            ))}
        </datalist>
      </form>
    </div>
  );
}
