import { useMemo, useState } from 'react';
import type { Paper, TaggingResult } from '../../../preload/api';
import { callApi } from '../api';
import { applyChange } from '../store/changes';
import { useLibraryStore } from '../store/libraryStore';
import { useToastStore } from '../store/toastStore';
import { colorOf, tagColorMap } from '../tags/tagColors';
import { alreadyTaggedMessage } from '../tags/tagMessages';
import { TagChip } from './TagChip';

export const TAG_INPUT_ID = 'paper-tag-input';

export function PaperTags({ paper }: { paper: Paper }) {
  const tags = useLibraryStore((state) => state.tags);
  const [name, setName] = useState('');
  const colors = useMemo(() => tagColorMap(tags), [tags]);

  async function add() {
    let result: TaggingResult | undefined;
    const done = await applyChange(async () => {
      result = await callApi('addTags', { ids: [paper.id], names: [name] });
    });
    if (!done) return;
    setName('');
    const unchanged = result && alreadyTaggedMessage(result, 1);
    if (unchanged) useToastStore.getState().show(unchanged);
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
                onClick={() =>
                  void applyChange(() => callApi('removeTags', { ids: [paper.id], names: [tag] }))
                }
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
