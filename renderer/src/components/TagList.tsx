import { useState } from 'react';
import type { TagRenamePreview, TagSummary } from '../../../preload/api';
import { plural } from '../plural';
import { deleteTag, previewTagRename, recolorTag, renameTag } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';
import { mergeQuestion } from '../tags/tagMessages';
import { TagColorPicker } from './TagColorPicker';

function TagEditor({ tag, onClose }: { tag: TagSummary; onClose: () => void }) {
  const [name, setName] = useState(tag.name);
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState<TagRenamePreview | null>(null);

  /** A rename onto another tag's name would merge the two: ask first, with both names and the papers. */
  async function rename() {
    const preview = await previewTagRename(tag.name, name);
    if (!preview) return;
    if (preview.merge) setMerging(preview);
    else await commitRename(preview, false);
  }

  async function commitRename(preview: TagRenamePreview, merge: boolean) {
    if (await renameTag(tag.name, preview.to, merge)) onClose();
  }

  async function remove() {
    if (await deleteTag(tag.name)) onClose();
  }

  return (
    <div className="tag-editor" role="group" aria-label={`Edit tag ${tag.name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void rename();
        }}
      >
        <input
          aria-label="Tag name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setMerging(null);
          }}
          autoFocus
        />
        <button type="submit">Rename</button>
      </form>
      {merging && (
        <div className="confirm" role="alertdialog" aria-label="Confirm merge">
          <p>{mergeQuestion(merging)}</p>
          <button type="button" onClick={() => void commitRename(merging, true)}>
            Merge
          </button>
          <button type="button" onClick={() => setMerging(null)}>
            Cancel
          </button>
        </div>
      )}
      <TagColorPicker tag={tag} setColor={(color) => void recolorTag(tag.name, color)} />
      {confirming ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm delete">
          <p>
            Delete tag “{tag.name}” from {plural(tag.count, 'paper')}?
          </p>
          <button type="button" className="danger" onClick={() => void remove()}>
            Delete tag
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  );
}

export function TagList() {
  const tags = useLibraryStore((state) => state.tags);
  const active = useLibraryStore((state) => state.tag);
  const setTag = useLibraryStore((state) => state.setTag);
  const [editing, setEditing] = useState<string | null>(null);

  if (tags.length === 0) return null;
  return (
    <>
      <h2 className="sidebar-heading">Tags</h2>
      <ul className="tag-list">
        {tags.map((tag) => {
          const isActive = active?.toLowerCase() === tag.name.toLowerCase();
          return (
            <li key={tag.name}>
              <div className="tag-row">
                <button
                  type="button"
                  className="queue-button"
                  data-tag={tag.name}
                  aria-current={isActive ? 'page' : undefined}
                  onClick={() => void setTag(isActive ? null : tag.name)}
                >
                  <span className="tag-name" title={tag.name}>
                    <span
                      className="tag-dot"
                      style={{ background: tag.color ?? 'var(--muted)' }}
                      aria-hidden="true"
                    />
                    <span className="tag-label">{tag.name}</span>
                  </span>
                  <span className="count" aria-label={plural(tag.count, 'paper')}>
                    {tag.count}
                  </span>
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Edit tag ${tag.name}`}
                  onClick={() => setEditing(editing === tag.name ? null : tag.name)}
                >
                  ⋯
                </button>
              </div>
              {editing === tag.name && <TagEditor tag={tag} onClose={() => setEditing(null)} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
