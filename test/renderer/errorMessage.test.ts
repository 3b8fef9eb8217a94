import { describe, expect, it } from 'vitest';
import { ApiCallError } from '../../renderer/src/api';
import { errorMessage } from '../../renderer/src/errorMessage';

describe('errorMessage', () => {
  it('shows what the core wrote for people', () => {
    const error = new ApiCallError({
      code: 'invalid_argument',
      message: 'That key is taken by another paper.',
    });
    expect(errorMessage(error)).toBe('That key is taken by another paper.');
    expect(
      errorMessage(new ApiCallError({ code: 'internal', message: 'The disk is full; nothing was saved.' })),
    ).toBe('The disk is full; nothing was saved.');
  });

  it('says how to get access back when the page has none', () => {
    expect(errorMessage(new ApiCallError({ code: 'unauthorized', message: 'Bad token' }))).toMatch(
      /Open the address Shelfmark printed/,
    );
  });

  it('never shows a JavaScript error’s own text', () => {
    const message = errorMessage(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(message).not.toMatch(/undefined|TypeError|reading/);
    expect(message).toMatch(/Reload/);
    expect(errorMessage('a thrown string')).not.toContain('a thrown string');
  });

  it('says plainly when the browser refused (the clipboard, say)', () => {
    expect(errorMessage(new DOMException('Write permission denied.', 'NotAllowedError'))).toBe(
      'The browser did not allow it.',
    );
  });
});
