import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { parseArxivId } from '../lookup/identifiers';
import { normalizeTitle } from './normalizeText';

/** Elements that end a line of text, as a browser's plain-text copy ends one. */
const BLOCKS = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
/** Their text is not the page's. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

interface PageLink {
  /** The arXiv id the link names. */
  arxivId: string;
  /** The line (of the page's text) the link starts on. */
  line: number;
  /** The link's own text, normalized as titles are. */
  textKey: string;
}

/**
 * The arXiv id an href names: an arXiv abs, pdf or html page, a Hugging Face papers page, or a
 * Papers with Code page whose path carries the id. Only absolute http(s) links count (a browser
 * copies links resolved); null for anything else.
 */
export function arxivIdOfLink(href: string): string | null {
  if (!/^https?:\/\//i.test(href) || !URL.canParse(href)) return null;
  const url = new URL(href);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'arxiv.org' || host === 'export.arxiv.org') return parseArxivId(`arxiv.org${url.pathname}`);
  const segments = url.pathname.split('/').filter(Boolean);
  if (host === 'huggingface.co' && segments[0] === 'papers' && segments[1]) return parseArxivId(segments[1]);
  if (host === 'paperswithcode.com' || host.endsWith('.paperswithcode.com')) {
    for (const segment of segments.slice(1)) {
      const id = parseArxivId(decodeURIComponent(segment).replace(/^arxiv:/i, ''));
      if (id) return id;
    }
  }
  return null;
}

/**
 * Reads a page's HTML once, with htmlparser2's tokenizer (a state machine, linear in the input),
 * into its lines of text and its paper links. The tokenizer, not htmlparser2's Parser: the Parser
 * keeps a stack of open elements that it shifts and searches at every tag, which is quadratic in
 * hostile nesting; lines and links need no tree.
 */
function readPage(html: string): { lineKeys: string[]; links: PageLink[] } {
  const lineKeys: string[] = [];
  const links: PageLink[] = [];
  let line: string[] = [];
  let tag = '';
  let attribute = '';
  let value: string[] = [];
  let href: string | null = null;
  let anchor: { arxivId: string | null; line: number; text: string[] } | null = null;
  let hidden: string | null = null;

  const endLine = () => {
    if (line.length === 0) return;
    lineKeys.push(normalizeTitle(line.join('')));
    line = [];
  };
  const closeAnchor = () => {
    if (anchor?.arxivId) {
      links.push({
        arxivId: anchor.arxivId,
        line: anchor.line,
        textKey: normalizeTitle(anchor.text.join('')),
      });
    }
    anchor = null;
  };
  const addText = (text: string) => {
    if (hidden !== null) return;
    line.push(text);
    anchor?.text.push(text);
  };
  const openTag = () => {
    if (hidden !== null) return;
    if (HIDDEN.has(tag)) hidden = tag;
    else if (BLOCKS.has(tag)) endLine();
    else if (tag === 'a') {
      // An <a> inside another closes it, as in a browser.
      closeAnchor();
      anchor = {
        arxivId: href === null ? null : arxivIdOfLink(href.trim()),
        line: lineKeys.length,
        text: [],
      };
    }
  };
  const callbacks: TokenizerCallbacks = {
    onopentagname: (start, end) => {
      tag = html.slice(start, end).toLowerCase();
      href = null;
    },
    onattribname: (start, end) => {
      attribute = html.slice(start, end).toLowerCase();
      value = [];
    },
    onattribdata: (start, end) => void value.push(html.slice(start, end)),
    onattribentity: (codepoint) => void value.push(String.fromCodePoint(codepoint)),
    onattribend: () => {
      if (attribute === 'href' && href === null) href = value.join('');
      value = [];
    },
    onopentagend: openTag,
    onselfclosingtag: openTag,
    onclosetag: (start, end) => {
      const name = html.slice(start, end).toLowerCase();
      if (hidden !== null) {
        if (name === hidden) hidden = null;
        return;
      }
      if (name === 'a') closeAnchor();
      else if (BLOCKS.has(name)) endLine();
    },
    ontext: (start, end) => addText(html.slice(start, end)),
    ontextentity: (codepoint) => addText(String.fromCodePoint(codepoint)),
    oncdata: () => undefined,
    oncomment: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  closeAnchor();
  endLine();
  return { lineKeys, links };
}

/**
 * The arXiv id of each paper the HTML flavour of a paste links, by the paper's index in
 * `titles`: first a link whose own text is the title (a title that is its own link), then the
 * one paper link between the title's line and the next title's (an "arXiv" or "PDF" link beside
 * it). A paper whose lines link two different papers gets none: a wrong id would be worse than
 * a title search. Linear in the HTML and the titles.
 */
export function arxivIdsFromHtml(html: string, titles: readonly string[]): Map<number, string> {
  const { lineKeys, links } = readPage(html);
  const paperOfKey = new Map<string, number>();
  titles.forEach((title, index) => {
    const key = normalizeTitle(title);
    if (key !== '' && !paperOfKey.has(key)) paperOfKey.set(key, index);
  });
  const found = new Map<number, string>();
  const claimed = new Set<string>();
  for (const link of links) {
    const paper = paperOfKey.get(link.textKey);
    if (paper !== undefined && !found.has(paper)) {
      found.set(paper, link.arxivId);
      claimed.add(link.arxivId);
    }
  }
  // Each line that is a title starts that paper's stretch of the page.
  const paperOfLine: (number | undefined)[] = lineKeys.map((key) => paperOfKey.get(key));
  const besides = new Map<number, Set<string>>();
  let current: number | undefined;
  let next = 0;
  for (const link of links) {
    while (next <= link.line && next < paperOfLine.length) {
      current = paperOfLine[next] ?? current;
      next += 1;
    }
    if (current === undefined || found.has(current) || claimed.has(link.arxivId)) continue;
    const ids = besides.get(current) ?? new Set<string>();
    ids.add(link.arxivId);
    besides.set(current, ids);
  }
  for (const [paper, ids] of besides) {
    const [only] = ids;
    if (ids.size === 1 && only !== undefined) found.set(paper, only);
  }
  return found;
}
