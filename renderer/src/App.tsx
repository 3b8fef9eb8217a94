import { useEffect, useState } from 'react';
import type { DamagedLibrary } from '../../preload/api';
import { ApiCallError, hasAccessToken } from './api';
import { useAccessStore } from './access/accessStore';
import { takeFirstCalls } from './firstCalls';
import { loadFirstRows } from './store/actions';
import { DamagedLibraryScreen } from './components/DamagedLibraryScreen';
import { NoAccessScreen } from './components/NoAccessScreen';
import { LibraryView } from './views/LibraryView';

/**
 * The library once this page may reach it; until then nothing, without access a screen that says
 * how to open it, and for a library found damaged the screen that offers its backups.
 */
export function App() {
  const access = useAccessStore((state) => state.access);
  const setAccess = useAccessStore((state) => state.setAccess);
  const [damaged, setDamaged] = useState<DamagedLibrary | null>(null);

  useEffect(() => {
    if (access !== 'checking') return;
    if (!hasAccessToken()) {
      setAccess('missing');
      return;
    }
    // One cheap call proves the token before anything that looks like a library is drawn; the
    // list's first rows are asked for beside it (both sent as the script started: firstCalls.ts),
    // and the library is drawn once they are in the store, with its rows rather than empty first.
    const { check, rows } = takeFirstCalls();
    check.then(
      async (found) => {
        if (!found) await rows.then(loadFirstRows);
        setDamaged(found);
        setAccess('open');
      },
      (error: unknown) => {
        if (error instanceof ApiCallError) {
          if (error.code !== 'unauthorized') setAccess('open');
        } else setAccess('unreachable');
      },
    );
  }, [access, setAccess]);

  if (access === 'open' && damaged)
    return <DamagedLibraryScreen damaged={damaged} onRestored={() => setDamaged(null)} />;
  if (access === 'open') return <LibraryView />;
  if (access === 'checking') return null;
  return <NoAccessScreen reason={access} />;
}
