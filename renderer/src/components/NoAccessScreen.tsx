import type { Access } from '../access/accessStore';

const HEADINGS: Record<Exclude<Access, 'open' | 'checking'>, string> = {
  missing: 'Open Shelfmark with the address it printed',
  rejected: 'This address’s token is out of date',
  unreachable: 'Shelfmark’s server is not answering',
};

const WHY: Record<Exclude<Access, 'open' | 'checking'>, string> = {
  missing: 'This page was opened without its access token, so it cannot reach your library.',
  rejected:
    'Shelfmark makes a new token each time npm run serve starts, so an address from an earlier run no longer opens it.',
  unreachable: 'The server that serves this page has stopped, or the connection to it was lost.',
};

/** Shown instead of the library when this browser page may not reach it: how to open Shelfmark, and no data. */
export function NoAccessScreen({ reason }: { reason: Exclude<Access, 'open' | 'checking'> }) {
  return (
    <main className="no-access" aria-label="Open Shelfmark">
      <h1>{HEADINGS[reason]}</h1>
      <p>{WHY[reason]}</p>
      <p>
        {reason === 'unreachable' ? 'Start it again with' : 'In the terminal where you started Shelfmark,'}{' '}
        <code>npm run serve</code> {reason === 'unreachable' ? 'and open' : 'printed'} an address like
      </p>
      <pre>Open http://127.0.0.1:5178/#token=3f9c…</pre>
      <p>
        Open that whole address, including the part from <code>#token=</code> on. The token is made fresh for
        each run and kept only by this tab.
      </p>
      <p className="muted">Your papers are safe in the library file; nothing was read or changed.</p>
    </main>
  );
}
