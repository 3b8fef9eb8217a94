export interface ExtractedLinks {
  /** First GitHub or GitLab repository link. */
  codeUrl: string | null;
  /** First other link (project page, blog, dataset...). */
  url: string | null;
  arxivId: string | null;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}\\]+/giu;
const CLOSERS: Record<string, string> = { ')': '(', ']': '[' };
const CODE_HOSTS = new Set(['github.com', 'www.github.com', 'gitlab.com', 'www.gitlab.com']);
const ARXIV_PATH = /^\/(?:abs|pdf)\/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/;

/** Sentence punctuation after a link belongs to the sentence, and so does an unmatched closing bracket. */
function trimLinkPunctuation(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if ('.,;:!?\'"*'.includes(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined && count(url, opener) < count(url, last)) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
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
