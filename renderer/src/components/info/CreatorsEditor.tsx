import { useState, type FormEvent } from 'react';
import type { Creator, CreatorInput, Paper } from '../../../../preload/api';
import { displayName } from '../../record/creatorNames';
import { editPaper } from '../../store/actions';

/** The roles the window offers; others (translator...) are kept as imported and shown by name. */
const ROLES = ['author', 'editor'] as const;
type Role = (typeof ROLES)[number];

/** Authors and editors, in order: add one typed as "First Last" or "Last, First", remove, move, change role. */
export function CreatorsEditor({ paper }: { paper: Paper }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('author');
  const creators = paper.creators;
  const save = (next: CreatorInput[]) => editPaper(paper.id, { creators: next });

  function move(index: number, delta: number) {
    const next = [...creators];
    const [moving] = next.splice(index, 1);
    if (moving) next.splice(index + delta, 0, moving);
    void save(next);
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    if (await save([...creators, { role, name: name.trim() }])) setName('');
  }

  const setRoleOf = (index: number, next: Creator['role']) =>
    void save(creators.map((creator, at) => (at === index ? { ...creator, role: next } : creator)));

  return (
    <div className="creators-editor">
      <span className="field-label">Creators</span>
      <ol className="creator-list" aria-label="Creators">
        {creators.map((creator, index) => (
          <li key={`${index}-${displayName(creator)}`} className="creator-row">
            <span className="creator-name">{displayName(creator)}</span>
            <select
              aria-label={`Role of ${displayName(creator)}`}
              value={creator.role}
              onChange={(event) => setRoleOf(index, event.target.value as Creator['role'])}
            >
              {[...new Set<string>([...ROLES, creator.role])].map((option) => (
                <option key={option}>{option}</option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${displayName(creator)} up`}
              disabled={index === 0}
              onClick={() => move(index, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move ${displayName(creator)} down`}
              disabled={index === creators.length - 1}
              onClick={() => move(index, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${displayName(creator)}`}
              onClick={() => void save(creators.filter((_, at) => at !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form className="creator-add" onSubmit={(event) => void add(event)}>
        <input
          type="text"
          aria-label="New creator"
          placeholder="First Last, or Last, First"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <select
          aria-label="New creator's role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {ROLES.map((option) => (
            <option key={option}>{option}</option>
          ))}
        </select>
        <button type="submit">Add</button>
      </form>
    </div>
  );
}
