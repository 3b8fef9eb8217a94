import { describe, expect, it } from 'vitest';
import type { Paper } from '../../preload/api';
import { listPapers } from '../../main/db/paperQueries';
import { commitImport } from '../../main/library/importText';
import { normalizeTitle } from '../../main/import/normalizeText';
import { latexForChar } from '../../main/export/unicodeToLatex';
import { writeBibtex } from '../../main/export/writeBibtex';
import { bibtexEntryToRecord } from '../../main/import/bibtexEntryToRecord';
import { arxivIdOf, authorNames, venueOf } from '../../main/record/record';
import { HAVE_BIBER, HAVE_BIBTEX, checkWithBiber, compileWithBibtex } from '../fixtures/latexTools';
import { RECORD_BIB, parseBib } from '../fixtures/recordBib';
import { readSample } from '../fixtures/samples';
import { describeWithSample } from '../fixtures/sampleSuite';
import { useTempLibrary } from '../fixtures/tempLibrary';

/** Parsing a 200-entry file takes seconds on a busy machine; each text is parsed once. */
const parsed = new Map<string, ReturnType<typeof parseBib>>();
function parseOnce(bib: string): ReturnType<typeof parseBib> {
  let library = parsed.get(bib);
  if (!library) parsed.set(bib, (library = parseBib(bib)));
  return library;
}
/** Time for the real-tools and 200-entry tests on a loaded machine; nothing here measures speed. */
const SLOW = 180_000;

const thesis = readSample('real-thesis.bib');

const clean = (raw: string) => {
  const text = raw.replace(/\s+/g, ' ').trim().normalize('NFC');
  return text === '' ? null : text;
};

/** Papers as the library would hold them after importing the file through bibtexEntryToRecord. */
function papersOf(bib: string): Paper[] {
  const broken = brokenKeys(bib);
  return parseOnce(bib)
    .entries.filter((entry) => !broken.has(entry.key))
    .map((entry, index) => {
      const fields = entry.fields as Record<string, unknown>;
      const record = bibtexEntryToRecord(entry, clean);
      const annote = typeof fields.annote === 'string' ? clean(fields.annote) : null;
      return {
        id: index + 1,
        citekey: entry.key,
        citekeyProvisional: false,
        title: typeof fields.title === 'string' ? (clean(fields.title) ?? 'Untitled') : 'Untitled',
        abstract: typeof fields.abstract === 'string' ? clean(fields.abstract) : null,
        status: 'unread',
        tags: [],
        codeUrl: null,
        notes: annote ? [{ id: 1, body: annote, quote: null }] : [],
        addedAt: '2026-01-01T00:00:00Z',
        updatedAt: '2026-01-01T00:00:00Z',
        readingAt: null,
        readAt: null,
        ...record,
        authors: authorNames(record),
        venue: venueOf(record),
        arxivId: arxivIdOf(record),
      };
    });
}

/**
 * BibTeX output replaces what no plain pdfLaTeX font draws (CJK, emoji, right-to-left scripts)
 * with ?, as documented; BibLaTeX output keeps it. The comparison allows exactly that.
 */
function asBibtexCanWrite(text: string): string {
  return [...text].map((char) => (latexForChar(char) === '?' ? '?' : char)).join('');
}

function normalized(value: unknown): unknown {
  if (typeof value === 'string') {
    // The parser reads \url{x} as <a href="x">x</a>; import keeps the URL's text, as LaTeX prints it.
    const text = value.replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1');
    return asBibtexCanWrite(text.replace(/\s+/g, ' ').trim().normalize('NFC'));
  }
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') {
    // A name: its parts only, not the parser's flags.
    const parts = value as Record<string, unknown>;
    return Object.fromEntries(
      ['name', 'lastName', 'firstName', 'prefix', 'suffix'].flatMap((part) =>
        parts[part] === undefined ? [] : [[part, normalized(parts[part])]],
      ),
    );
  }
  return value;
}

/** Entries the parser could not read whole; import reports and skips them (see parseBibtex). */
function brokenKeys(bib: string): Set<string> {
  return new Set(
    parseOnce(bib).errors.map((error) => /^@\w+\s*[{(]\s*([^,\s]+)/.exec(error.input ?? '')?.[1] ?? ''),
  );
}

/** Each entry as the parser reads it: type, key, and every field's value. */
function entriesOf(bib: string, skip: ReadonlySet<string> = new Set()) {
  const library = parseOnce(bib);
  if (skip.size === 0) expect(library.errors).toEqual([]);
  return new Map(
    library.entries
      .filter((entry) => !skip.has(entry.key))
      .map((entry) => [
        entry.key,
        {
          type: entry.type.toLowerCase(),
          fields: Object.fromEntries(
            Object.entries(entry.fields)
              .map(([name, value]) => [name, normalized(value)])
              .sort(([a], [b]) => String(a).localeCompare(String(b))),
          ) as Record<string, unknown>,
        },
      ]),
  );
}

const ALIASES: Record<string, string> = {
  journaltitle: 'journal',
  location: 'address',
  eprinttype: 'archiveprefix',
  eprintclass: 'primaryclass',
};

/**
 * Import a .bib file, export it, parse both with the same parser: the same entries, types,
 * keys, fields and values. Expected differences: a preprint without a url gets its arXiv page, a
 * BibLaTeX date also gives year and month, a BibLaTeX alias (journaltitle) comes back under its
 * BibTeX name (journal), a month name is the month macro, and BibTeX output writes ? for what
 * pdfLaTeX cannot draw.
 */
function expectLossless(
  bib: string,
  exported = writeBibtex(papersOf(bib), 'bibtex'),
  skip: ReadonlySet<string> = new Set(),
) {
  const before = entriesOf(bib, new Set([...brokenKeys(bib), ...skip]));
  const after = entriesOf(exported);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  const differences: unknown[] = [];
  for (const [key, original] of before) {
    const again = after.get(key);
    const expected = { ...original.fields };
    // BibLaTeX's names for BibTeX fields are aliases (biber reads either); BibTeX export writes BibTeX's.
    for (const [alias, name] of Object.entries(ALIASES)) {
      if (alias in expected && !(name in expected)) {
        expected[name] = expected[alias];
        delete expected[alias];
      }
    }
    if (expected.archiveprefix === 'arXiv' && typeof expected.eprint === 'string' && !expected.url) {
      expected.url = `https://arxiv.org/abs/${expected.eprint}`;
    }
    // "Sept" and the macro sep are the same month; the parser keeps the one and numbers the other.
    if (typeof expected.month === 'string' && !/^\d+$/.test(expected.month)) {
      const month = [
        'jan',
        'feb',
        'mar',
        'apr',
        'may',
        'jun',
        'jul',
        'aug',
        'sep',
        'oct',
        'nov',
        'dec',
      ].indexOf(expected.month.slice(0, 3).toLowerCase());
      if (month >= 0) expected.month = String(month + 1);
    }
    if (typeof expected.date === 'string' && expected.year === undefined) {
      expected.year = again?.fields.year;
      expected.month = again?.fields.month;
    }
    const want = {
      key,
      type: original.type,
      fields: Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b))),
    };
    const got = { key, type: again?.type, fields: again?.fields };
    if (JSON.stringify(got) !== JSON.stringify(want)) differences.push({ got, want });
  }
  expect(differences).toEqual([]);
  return exported;
}

describe('lossless BibTeX: import, export, and the parser reads the same entries', { timeout: SLOW }, () => {
  it('keeps types, creators with particles and suffixes, corporate names, crossref, BibDesk fields, months and page ranges', () => {
    const exported = expectLossless(RECORD_BIB);
    expect(exported).toContain('@inproceedings{turpe2016penetration,');
    expect(exported).toContain(
      'author = {T{\\"{u}}rpe, Sven and van Beethoven, Ludwig and King, Jr., Martin Luther and {OpenAI Team}}',
    );
    expect(exported).toContain('editor = {van der Berg, Anna and de la Cruz, Maria}');
    expect(exported).toContain('month = mar');
    expect(exported).toContain('pages = {112--125}');
    expect(exported).toContain('primaryclass = {cs.LG}');
    // BibTeX needs a cross-referenced entry after the entries that refer to it.
    expect(exported.indexOf('@incollection{doe2010chapter')).toBeLessThan(
      exported.indexOf('@book{berg2010handbook'),
    );
  });

  it.skipIf(thesis === null)(
    'keeps a real thesis bibliography exactly (every entry the parser can read: 200 of 201)',
    () => {
      expectLossless(thesis ?? '');
    },
  );

  it('writes preprints as @online with eprint, archivePrefix and primaryClass for BibLaTeX', () => {
    const preprint = papersOf(RECORD_BIB).find((paper) => paper.citekey === 'zhang2025tool');
    const bib = writeBibtex(preprint ? [preprint] : [], 'biblatex');
    expect(bib).toContain('@online{zhang2025tool,');
    expect(bib).toContain('eprint = {2501.01234}');
    expect(bib).toContain('archiveprefix = {arXiv}');
    expect(bib).toContain('primaryclass = {cs.LG}');
  });

  it('leaves out a crossref whose parent is not in the export', () => {
    const child = papersOf(RECORD_BIB).find((paper) => paper.citekey === 'doe2010chapter');
    const bib = writeBibtex(child ? [child] : []);
    expect(bib).not.toContain('crossref');
    expect(bib).toContain('publisher = {Springer}');
  });
});

const tempLibrary = useTempLibrary();

/** Keys of entries whose title an earlier entry has: import files them as duplicates. */
function repeatedTitles(bib: string): Set<string> {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const paper of papersOf(bib)) {
    const key = normalizeTitle(paper.title);
    if (seen.has(key)) repeated.add(paper.citekey);
    seen.add(key);
  }
  return repeated;
}

/** Import the file into a fresh library (as `shelfmark import` does) and export all of it. */
async function throughLibrary(bib: string): Promise<string> {
  const { db } = tempLibrary();
  await commitImport(db, bib, { format: 'bibtex' });
  return writeBibtex(listPapers(db), 'bibtex');
}

describe('lossless BibTeX through the library: import, export, parse both', { timeout: SLOW }, () => {
  it('keeps our record bibliography exactly, and the export compiles and reads in biber', async () => {
    const exported = expectLossless(RECORD_BIB, await throughLibrary(RECORD_BIB));
    expect(exported).toContain('editor = {van der Berg, Anna and de la Cruz, Maria}');
    expect(exported).toContain('crossref = {berg2010handbook}');
    expect(exported).toContain('bdsk-url-1 = {');
    if (HAVE_BIBTEX) expect(compileWithBibtex(exported).errors).toEqual([]);
    if (HAVE_BIBER) expect(checkWithBiber(exported).errors).toEqual([]);
  });
});

describeWithSample('real-thesis.bib', 'the thesis through the library', (bib) => {
  it(
    'keeps every readable entry exactly, and the export compiles and reads in biber',
    { timeout: SLOW },
    async () => {
      // The thesis lists one paper twice under two keys; the library keeps the first (by design).
      const exported = expectLossless(bib, await throughLibrary(bib), repeatedTitles(bib));
      if (HAVE_BIBTEX) expect(compileWithBibtex(exported).errors).toEqual([]);
      if (HAVE_BIBER) expect(checkWithBiber(exported).errors).toEqual([]);
    },
  );
});

describe.skipIf(!HAVE_BIBTEX)(
  'the lossless export through pdflatex + bibtex + pdflatex',
  { timeout: SLOW },
  () => {
    it('compiles our record bibliography with zero errors', () => {
      expect(compileWithBibtex(writeBibtex(papersOf(RECORD_BIB), 'bibtex')).errors).toEqual([]);
    });

    it.skipIf(thesis === null)('compiles the real thesis bibliography with zero errors', () => {
      expect(compileWithBibtex(writeBibtex(papersOf(thesis ?? ''), 'bibtex')).errors).toEqual([]);
    });
  },
);

describe.skipIf(!HAVE_BIBER)('the lossless export through biber --tool', { timeout: SLOW }, () => {
  it.each(['bibtex', 'biblatex'] as const)(
    'reads our record bibliography as %s with zero errors',
    (dialect) => {
      expect(checkWithBiber(writeBibtex(papersOf(RECORD_BIB), dialect)).errors).toEqual([]);
    },
  );

  it.skipIf(thesis === null)('reads the real thesis bibliography with zero errors', () => {
    expect(checkWithBiber(writeBibtex(papersOf(thesis ?? ''), 'biblatex')).errors).toEqual([]);
  });
});
