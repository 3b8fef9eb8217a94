import { useEffect, useState, type FormEvent } from 'react';
import { LOOKUP_SOURCES, type LookupSettingsView, type LookupSource } from '../../../../preload/api';
import { useModalDialog } from '../../hooks/useModalDialog';
import { SOURCE_NAMES } from '../../lookup/lookupWording';
import { loadLookupSettings, saveLookupSettings } from '../../store/lookupActions';
import { useLookupStore } from '../../store/lookupStore';

/** The form, built afresh from the saved settings each time the dialog opens. */
function SettingsForm({ saved, onClose }: { saved: LookupSettingsView; onClose: () => void }) {
  const [enabled, setEnabled] = useState(saved.enabled);
  const [sources, setSources] = useState<LookupSource[]>(saved.sources);
  const [email, setEmail] = useState(saved.crossrefEmail ?? '');
  // The key is never sent back: the field starts empty, and empty keeps the key that is set.
  const [key, setKey] = useState('');
  const [removeKey, setRemoveKey] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await saveLookupSettings({
      enabled,
      sources,
      crossrefEmail: email.trim() || null,
      ...(key.trim() ? { s2ApiKey: key.trim() } : removeKey ? { s2ApiKey: null } : {}),
    });
    if (result.error) setError(result.error);
    else onClose();
  }

  const toggle = (source: LookupSource, on: boolean) =>
    setSources(LOOKUP_SOURCES.filter((s) => (s === source ? on : sources.includes(s))));

  return (
    <form onSubmit={(event) => void save(event)}>
      <label className="settings-row">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />{' '}
        Look papers up online. Off: Shelfmark sends nothing, whoever asks.
      </label>
      <fieldset disabled={!enabled}>
        <legend>Sources</legend>
        {LOOKUP_SOURCES.map((source) => (
          <label key={source} className="settings-row">
            <input
              type="checkbox"
              checked={sources.includes(source)}
              onChange={(event) => toggle(source, event.target.checked)}
            />{' '}
            {SOURCE_NAMES[source]}
          </label>
        ))}
      </fieldset>
      <label className="settings-field">
        Contact email for Crossref (sent with each request, as Crossref asks)
        <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} />
      </label>
      <label className="settings-field">
        Semantic Scholar API key
        <input
          type="password"
          autoComplete="off"
          value={key}
          placeholder={saved.s2KeySet && !removeKey ? 'A key is set; type a new one to replace it' : 'No key'}
          onChange={(event) => setKey(event.target.value)}
        />
      </label>
      <p className="muted" role="status">
        {saved.s2KeySet && !removeKey ? 'A Semantic Scholar key is set.' : 'No Semantic Scholar key is set.'}
        {saved.s2KeySet && !removeKey && (
          <>
            {' '}
            <button type="button" onClick={() => setRemoveKey(true)}>
              Remove key
            </button>
          </>
        )}
      </p>
      {error && (
        <p className="import-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}

export function LookupSettingsDialog() {
  const open = useLookupStore((state) => state.settingsOpen);
  const saved = useLookupStore((state) => state.settings);
  const openSettings = useLookupStore((state) => state.openSettings);
  const ref = useModalDialog(open);
  useEffect(() => {
    if (open) void loadLookupSettings();
  }, [open]);
  const close = () => openSettings(false);
  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="lookup-settings-heading" onClose={close}>
      <h2 id="lookup-settings-heading">Lookup settings</h2>
      {open && saved && <SettingsForm key={JSON.stringify(saved)} saved={saved} onClose={close} />}
    </dialog>
  );
}
