import { describe, expect, it } from 'vitest';
import { readImportText } from '../../main/library/importText';

async function messageFor(text: string): Promise<string> {
  const error = await readImportText(text, 'csl-json').then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error)) throw new Error('expected the text to be refused');
  return error.message;
}

describe('CSL-JSON that is not JSON', () => {
  it('is refused with the line where it breaks, saying once that nothing was imported', async () => {
    // Two items with no comma between them: the second starts on line 3.
    const message = await messageFor('[\n {"title": "A"}\n {"title": "B"}\n]');
    expect(message).toContain('not valid JSON (line 3)');
    expect(message.match(/nothing was imported/gi)).toHaveLength(1);
  });

  it('is refused the same way when no line can be named', async () => {
    const message = await messageFor('{"title": "Cut off');
    expect(message).toContain('not valid JSON');
    expect(message.match(/nothing was imported/gi)).toHaveLength(1);
  });
});
