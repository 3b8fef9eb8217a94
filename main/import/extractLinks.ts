export interface ExtractedLinks {
  /** First GitHub or GitLab repository link. */
  codeUrl: string | null;
  /** First other link (project page, blog, dataset...). */
  url: string | null;
  arxivId: string | null;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}\\]+/giu;
const CLOSERS = new Map([
  [')', '('],
  [']', '['],
]);
const CODE_HOSTS = new Set(['github.com', 'www.github.com', 'gitlab.com', 'www.gitlab.com']);
const ARXIV_PATH = /^\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/;

/**
 * Sentence punctuation after a link belongs to the sentence, and so does an unmatched closing
 * bracket. Brackets are counted once, so a link ending in many of them is trimmed in linear time.
 */
function trimLinkPunctuation(raw: string): string {
  const open = new Map([...CLOSERS.values()].map((opener) => [opener, count(raw, opener)]));
  const close = new Map([...CLOSERS.keys()].map((closer) => [closer, count(raw, closer)]));
  let end = raw.length;
  while (end > 0) {
    const last = raw.charAt(end - 1);
    const opener = CLOSERS.get(last);
    if ('.,;:!?\'"*'.includes(last)) {
      end -= 1;
    } else if (opener !== undefined && (open.get(opener) ?? 0) < (close.get(last) ?? 0)) {
      close.set(last, (close.get(last) ?? 0) - 1);
      end -= 1;
    } else {
      break;
    }
  }
  return raw.slice(0, end);
}

function count(text: string, char: string): number {
  let found = 0;
  for (let index = text.indexOf(char); index !== -1; index = text.indexOf(char, index + 1)) found += 1;
  return found;
}

function isRepository(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  return CODE_HOSTS.has(url.hostname.toLowerCase()) && segments.length >= 2;
}

export function findLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const trimmed = trimLinkPunctuation(match[0]);
    if (URL.canParse(trimmed)) links.push(trimmed);
  }
  return links;
}

export function classifyLinks(links: readonly string[]): ExtractedLinks {
  const result: ExtractedLinks = { codeUrl: null, url: null, arxivId: null };
  for (const link of links) {
    const parsed = new URL(link);
    if (isRepository(parsed)) {
      result.codeUrl ??= link;
      continue;
    }
    if (parsed.hostname.toLowerCase().endsWith('arxiv.org')) {
      result.arxivId ??= ARXIV_PATH.exec(parsed.pathname)?.[1] ?? null;
    }
    result.url ??= link;
  }
  return result;
}
