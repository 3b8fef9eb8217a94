import { describe, expect, it } from 'vitest';
import { listPapers } from '../../main/db/paperQueries';
import { writeBibtex } from '../../main/export/writeBibtex';
import { commitImport } from '../../main/library/importText';
import { HAVE_BIBER, HAVE_BIBTEX, checkWithBiber, compileWithBibtex } from '../fixtures/latexTools';
import { nastyPapers } from '../fixtures/nastyPapers';
import { readSample } from '../fixtures/samples';
import { useTempLibrary } from '../fixtures/tempLibrary';

const sample = readSample('trending-papers.txt');
const tempLibrary = useTempLibrary();

async function sampleLibrary() {
  const { db } = tempLibrary();
  await commitImport(db, sample ?? '');
  return listPapers(db);
}

describe.skipIf(!HAVE_BIBTEX)('BibTeX export through pdflatex + bibtex + pdflatex', () => {
  it('compiles the corpus of nasty titles and abstracts with zero errors', () => {
    const result = compileWithBibtex(writeBibtex(nastyPapers(), 'bibtex'));
    expect(result.errors).toEqual([]);
    expect(result.bbl).toContain('\\bibitem');
  });

  it.skipIf(sample === null)(
    'compiles the whole sample library with zero errors, keeping $Q$ as math',
    async () => {
      const result = compileWithBibtex(writeBibtex(await sampleLibrary(), 'bibtex'));
      expect(result.errors).toEqual([]);
      expect(result.bbl.match(/\\bibitem/g)).toHaveLength(249);
      expect(result.bbl).toContain('{Parallel} {$Q$}{-Learning:}');
    },
  );
});

describe.skipIf(!HAVE_BIBER)('BibTeX and BibLaTeX export through biber --tool', () => {
  it.each(['bibtex', 'biblatex'] as const)('reads the nasty corpus as %s with zero errors', (dialect) => {
    expect(checkWithBiber(writeBibtex(nastyPapers(), dialect)).errors).toEqual([]);
  });

  it.skipIf(sample === null)('reads the whole sample library with zero errors', async () => {
    expect(checkWithBiber(writeBibtex(await sampleLibrary(), 'biblatex')).errors).toEqual([]);
  });
});
