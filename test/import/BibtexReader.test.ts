import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BibtexBudgetError, BibtexReader, bibtexBudgetMs } from '../../main/import/BibtexReader';
import { chainedStrings } from '../fixtures/hostileBibtex';
import { MESSY_BIB } from '../fixtures/messyBib';

const WORKER = resolve(__dirname, '../../out/main/import/bibtexWorker.js');
const built = existsSync(WORKER);
if (!built)
  console.warn(`SKIPPED: the BibTeX worker test needs the build (${WORKER}); run \`npm run build\` first.`);

const readers: BibtexReader[] = [];
afterEach(async () => {
  await Promise.all(readers.splice(0).map((reader) => reader.close()));
});

function reader(budgetMs: number): BibtexReader {
  const created = new BibtexReader(WORKER, () => budgetMs);
  readers.push(created);
  return created;
}

describe('the BibTeX budget', () => {
  it('grows with the file, from 30 seconds to at most 5 minutes', () => {
    expect(bibtexBudgetMs('')).toBe(30_000);
    expect(bibtexBudgetMs('x'.repeat(1024 * 1024))).toBe(30_000 + 1024 * 50);
    expect(bibtexBudgetMs('x'.repeat(20 * 1024 * 1024))).toBe(300_000);
  });
});

describe.skipIf(!built)('the BibTeX worker', () => {
  it('reads a file in its own thread', async () => {
    const read = await reader(60_000).read(MESSY_BIB);
    expect(read.papers.map((paper) => paper.citekey)).toContain('schulman2017ppo');
    expect(read.errors[0]).toMatch(/^Line 23:/);
  });

  it('stops a file that runs over its budget with a clear message, and reads the next one', async () => {
    // 5,000 chained definitions take minutes in the parser; the budget stops them after 2 s.
    const bounded = reader(2_000);
    const slow = bounded.read(chainedStrings(5_000));
    const next = bounded.read(MESSY_BIB);
    await expect(slow).rejects.toThrow(BibtexBudgetError);
    await expect(slow).rejects.toThrow(
      /took longer than 2 seconds, so it was stopped.*Nothing was imported\./,
    );
    expect((await next).papers.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('the message of a BibTeX file stopped at its budget', () => {
  it('says a very large file is too many entries to read in time, and what to do instead', () => {
    const large = new BibtexBudgetError(300_000, '@article{key, title={T}}\n'.repeat(25_000));
    expect(large.message).toContain('about 25,000 entries');
    expect(large.message).toContain('Shelfmark JSON export');
    expect(large.message).not.toContain('@string');
    expect(large.message).toMatch(/Nothing was imported\.$/);
    const chained = new BibtexBudgetError(2_000, '@string{a = "x"}\n@article{key, title={T}}\n');
    expect(chained.message).toContain('chains of @string definitions');
  });
});
