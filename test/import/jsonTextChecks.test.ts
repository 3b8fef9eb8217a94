import { describe, expect, it } from 'vitest';
import { parseImportText } from '../../main/import/parseImportText';
import { NotTextError } from '../../main/import/nothingToImport';

/** Clean text enough that a few stray marks do not make the file look binary (assertText's tolerance). */
const FILLER = 'filler '.repeat(100);

/** A one-paper Shelfmark export whose title, abstract, note and tag are given as raw JSON text (escapes kept as written). */
function exportWith(raw: { title: string; abstract: string; note: string; tag: string }): string {
  return `{"format":"shelfmark-library","version":2,"tags":[],"papers":[{"title":"${raw.title}","abstract":"${raw.abstract}","entryType":"misc","keywords":"${FILLER}","creators":[],"tags":["${raw.tag}"],"notes":[{"body":"${raw.note}","quote":null}]}]}`;
}

async function onlyPaper(text: string) {
  const { papers } = await parseImportText(text);
  expect(papers).toHaveLength(1);
  const [paper] = papers;
  return { title: paper?.title, abstract: paper?.abstract, note: paper?.notes[0]?.body, tags: paper?.tags };
}

describe('a Shelfmark JSON file is checked and cleaned as any text is, whichever way its characters are written', () => {
  it('keeps a clean file as it is', async () => {
    expect(
      await onlyPaper(
        exportWith({
          title: 'Plain title',
          abstract: 'Tab\\there, line\\nend, \\"quoted\\" \\\\ done.',
          note: 'n',
          tag: 'rl',
        }),
      ),
    ).toEqual({
      title: 'Plain title',
      abstract: 'Tab\there, line\nend, "quoted" \\ done.',
      note: 'n',
      tags: ['rl'],
    });
  });

  it.each([
    ['\\u escapes of control characters', '\\u0007', '\\u0001', '\\u001b'],
    ['\\b and \\f escapes', '\\b', '\\f', '\\b'],
    ['raw C1 control characters', '\u0085', '\u009f', '\u0080'],
  ])('removes %s from every text', async (_name, inTitle, inAbstract, inNote) => {
    const parsed = await onlyPaper(
      exportWith({
        title: `Ti${inTitle}tle`,
        abstract: `Ab${inAbstract}stract`,
        note: `No${inNote}te`,
        tag: `t${inNote}ag`,
      }),
    );
    expect(parsed).toEqual({ title: 'Title', abstract: 'Abstract', note: 'Note', tags: ['tag'] });
  });

  it('makes a lone surrogate, escaped or raw, a replacement character', async () => {
    const parsed = await onlyPaper(
      exportWith({
        title: 'Lone \\ud800 one',
        abstract: `raw \ud800 too, in a long enough text ${'x'.repeat(200)}`,
        note: 'n',
        tag: 'rl',
      }),
    );
    expect(parsed.title).toBe('Lone \ufffd one');
    expect(parsed.abstract).toBe(`raw \ufffd too, in a long enough text ${'x'.repeat(200)}`);
  });

  it('an escaped backslash before u, b or f is text, and stays', async () => {
    const parsed = await onlyPaper(
      exportWith({ title: 'Path C:\\\\users\\\\bob\\\\foo', abstract: 'a', note: 'n', tag: 'rl' }),
    );
    expect(parsed.title).toBe('Path C:\\users\\bob\\foo');
  });

  it('still refuses a file that is mostly not text', async () => {
    const marks = '\u0085'.repeat(200);
    await expect(
      parseImportText(exportWith({ title: `T${marks}`, abstract: 'a', note: 'n', tag: 'rl' })),
    ).rejects.toThrow(NotTextError);
  });
});
