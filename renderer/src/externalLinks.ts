/** Only http(s) links are rendered as links; main checks again before anything opens. */
export function isWebUrl(raw: string): boolean {
  return URL.canParse(raw) && ['http:', 'https:'].includes(new URL(raw).protocol);
}
