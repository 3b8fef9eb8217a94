// Queries the real arXiv, Semantic Scholar, Crossref and DBLP for a handful of well-known papers
// and checks what comes back: for a machine with internet, never part of `npm test`.
// Run with `npm run lookup:live`; SHELFMARK_*_API variables still point it elsewhere.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** The built core (`npm run build:main`), loaded by a computed path so type checks leave out/ alone. */
/** @param {string} path */
const built = (path) => require(`../out/main/${path}.js`);
const { createLookupContext } = built('lookup/createLookupContext');
const { findCandidates } = built('lookup/findCandidates');
const { decideMatch } = built('lookup/match/decideMatch');
const { DEFAULT_LOOKUP_SETTINGS } = built('lookup/settings');
const { memoryCache } = built('lookup/transport/responseCache');

/** Each paper, what we know of it, and what the answer must be. */
const PAPERS = [
  {
    query: { title: 'Attention Is All You Need', arxivId: '1706.03762', doi: null },
    expect: { outcome: 'auto', firstAuthor: 'Vaswani', year: 2017, published: true },
  },
  {
    query: {
      title: 'TD-MPC2: Scalable, Robust World Models for Continuous Control',
      arxivId: '2310.16828',
      doi: null,
    },
    expect: { outcome: 'auto', firstAuthor: 'Hansen', year: 2023 },
  },
  {
    query: { title: 'Computing Machinery and Intelligence', arxivId: null, doi: '10.1093/mind/LIX.236.433' },
    expect: { outcome: 'auto', firstAuthor: 'Turing', year: 1950 },
  },
  {
    query: { title: 'Off-diagonal book Ramsey numbers', arxivId: null, doi: null },
    expect: { outcomeNot: 'auto-wrong', titleIncludes: 'book' },
  },
  {
    query: { title: 'Deep Residual Learning for Image Recognition', arxivId: null, doi: null },
    expect: { outcomeIn: ['auto', 'review'], firstAuthor: 'He' },
  },
];

const settings = {
  ...DEFAULT_LOOKUP_SETTINGS,
  crossrefEmail: process.env.SHELFMARK_CROSSREF_EMAIL || null,
  s2ApiKey: process.env.SHELFMARK_S2_KEY || null,
};
const context = createLookupContext({ settings, cache: memoryCache(), env: process.env });
let failures = 0;

for (const { query, expect } of PAPERS) {
  const facts = {
    title: query.title,
    abstract: null,
    authors: [],
    year: null,
    arxivId: query.arxivId,
    doi: query.doi,
  };
  const label = query.arxivId ?? query.doi ?? query.title;
  try {
    const found = await findCandidates(query, context);
    const decision = decideMatch(facts, found.candidates);
    const best = decision.best?.candidate;
    const problems = [];
    if (expect.outcome && decision.outcome !== expect.outcome) problems.push(`outcome ${decision.outcome}`);
    if (expect.outcomeIn && !expect.outcomeIn.includes(decision.outcome))
      problems.push(`outcome ${decision.outcome}`);
    if (expect.firstAuthor && best?.creators[0]?.family !== expect.firstAuthor)
      problems.push(`first author ${best?.creators[0]?.family}`);
    if (expect.year && best?.year !== expect.year) problems.push(`year ${best?.year}`);
    if (expect.published && !decision.published) problems.push('no published version');
    if (expect.titleIncludes && decision.outcome === 'auto' && !best?.title.includes(expect.titleIncludes))
      problems.push(`applied "${best?.title}"`);
    const summary = `${decision.outcome} from ${found.candidates.length} candidates${found.problems.length ? `; ${found.problems.join(' ')}` : ''}`;
    if (problems.length > 0) failures += 1;
    console.log(
      `${problems.length ? 'FAIL' : 'ok  '} ${label}: ${summary}${problems.length ? ` (${problems.join(', ')})` : ''}`,
    );
  } catch (error) {
    failures += 1;
    console.log(`FAIL ${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

console.log(`${PAPERS.length - failures} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
