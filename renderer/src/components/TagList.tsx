import { useState } from 'react';
import type { TagSummary } from '../../../preload/api';
import { plural } from '../plural';
import { deleteTag, recolorTag, renameTag } from '../store/actions';
import { useLibraryStore } from '../store/libraryStore';

function TagEditor({ tag, onClose }: { tag: TagSummary; onClose: () => void }) {
  const [name, setName] = useState(tag.name);
  const [confirming, setConfirming] = useState(false);

  async function rename() {
    if (await renameTag(tag.name, name)) onClose();
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
          onChange={(event) => setName(event.target.value)}
          autoFocus
        />
        <button type="submit">Rename</button>
      </form>
      <label className="tag-color">
        Color
        <input
          type="color"
          aria-label="Tag color"
          value={tag.color ?? '#2f5d8a'}
          onChange={(event) => void recolorTag(tag.name, event.target.value)}
        />
      </label>
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
                  <span className="tag-name">
                    <span
                      className="tag-dot"
                      style={{ background: tag.color ?? 'var(--muted)' }}
                      aria-hidden="true"
                    />
                    {tag.name}
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
