/** Only web links leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  if (!URL.canParse(raw)) return false;
  const { protocol } = new URL(raw);
  return protocol === 'https:' || protocol === 'http:';
}
