import { useEffect } from 'react';
import { ApiCallError, callApi, hasAccessToken } from './api';
import { useAccessStore } from './access/accessStore';
import { NoAccessScreen } from './components/NoAccessScreen';
import { LibraryView } from './views/LibraryView';

/** The library once this page may reach it; until then nothing, and without access a screen that says how to open it. */
export function App() {
  const access = useAccessStore((state) => state.access);
  const setAccess = useAccessStore((state) => state.setAccess);

  useEffect(() => {
    if (access !== 'checking') return;
    if (!hasAccessToken()) {
      setAccess('missing');
      return;
    }
    // One cheap call proves the token before anything that looks like a library is drawn.
    callApi('undoState', {}).then(
      () => setAccess('open'),
      (error: unknown) => {
        if (error instanceof ApiCallError) {
          if (error.code !== 'unauthorized') setAccess('open');
        } else setAccess('unreachable');
      },
    );
  }, [access, setAccess]);

  if (access === 'open') return <LibraryView />;
  if (access === 'checking') return null;
  return <NoAccessScreen reason={access} />;
}
