import { OPENREVIEW_ID } from './sources/openReview';

/** New-style (2310.16828, 0704.0001) and old-style (hep-th/9901001, math.GT/0309136) arXiv ids. */
const ARXIV_NEW = /^(\d{4}\.\d{4,5})(v\d+)?$/;
const ARXIV_OLD = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(v\d+)?$/;

/** An arXiv id without its version, or null: accepts "arXiv:", abs and pdf URLs. */
export function parseArxivId(text: string): string | null {
  let rest = text.trim();
  rest = rest.replace(/^arxiv:/i, '');
  // arXiv's own DataCite DOI, as DBLP's CoRR records give it.
  const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/)?10\.48550\/arxiv\.(.+)$/i.exec(rest);
  if (doi?.[1]) rest = doi[1];
  const url =
    /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/([^?#]+?)(?:\.pdf)?\/?(?:[?#].*)?$/i.exec(
      rest,
    );
  if (url?.[1]) rest = url[1];
  const modern = ARXIV_NEW.exec(rest);
  if (modern?.[1]) {
    // Ids had four digits after the dot until 2014 and five since 2015.
    const [yymm = '', number = ''] = modern[1].split('.');
    return Number(yymm) >= 1501 === (number.length === 5) ? modern[1] : null;
  }
  return ARXIV_OLD.exec(rest)?.[1] ?? null;
}

/** A DOI in lower case (DOIs are case-insensitive), from "10.x/y", "doi:10.x/y" or a doi.org URL. */
export function parseDoi(text: string): string | null {
  const rest = text
    .trim()
    .replace(/^doi:\s*/i, '')
    .replace(/^(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\//i, '');
  return /^10\.\d{4,9}\/\S+$/.test(rest) ? rest.toLowerCase() : null;
}

/** DataCite DOIs arXiv gives every preprint (10.48550/arXiv.2310.16828): not a published version. */
export function isArxivDoi(doi: string): boolean {
  return doi.toLowerCase().startsWith('10.48550/');
}

export type PaperIdentifier =
  | { kind: 'arxiv'; arxivId: string }
  | { kind: 'doi'; doi: string }
  /** Semantic Scholar's own paperId: 40 hex digits, in lower case. */
  | { kind: 's2'; paperId: string }
  /** An OpenReview note (forum) id. */
  | { kind: 'openreview'; noteId: string };

/** The URL a pasted line names, with its scheme added when it was left out; null when it is no URL. */
function asUrl(text: string): URL | null {
  if (/\s/.test(text)) return null;
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  return URL.canParse(withScheme) ? new URL(withScheme) : null;
}

const S2_HOSTS = new Set(['www.semanticscholar.org', 'semanticscholar.org', 'api.semanticscholar.org']);
const OPENREVIEW_HOSTS = new Set(['openreview.net', 'www.openreview.net']);

/** /paper/<slug>/<sha>, /paper/<sha>, or the API's own /graph/v1/paper/<sha>. */
function s2PaperId(url: URL): string | null {
  if (!S2_HOSTS.has(url.hostname.toLowerCase())) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const paper = segments.indexOf('paper');
  const last = segments.at(-1) ?? '';
  return paper !== -1 && paper < segments.length - 1 && /^[0-9a-f]{40}$/i.test(last)
    ? last.toLowerCase()
    : null;
}

/** openreview.net/forum?id=X and /pdf?id=X name the same note. */
function openReviewNoteId(url: URL): string | null {
  if (!OPENREVIEW_HOSTS.has(url.hostname.toLowerCase())) return null;
  if (!/^\/(?:forum|pdf)\/?$/.test(url.pathname)) return null;
  const id = url.searchParams.get('id') ?? '';
  return OPENREVIEW_ID.test(id) ? id : null;
}

/**
 * An identifier as a person pastes it: an arXiv id or URL, a DOI or doi.org URL, a Hugging
 * Face papers URL (which carries the arXiv id), a Semantic Scholar paper URL or an OpenReview
 * forum URL. Null for anything else.
 */
export function parseIdentifier(text: string): PaperIdentifier | null {
  const trimmed = text.trim();
  const huggingFace = /^(?:https?:\/\/)?(?:www\.)?huggingface\.co\/papers\/([^/?#]+)/i.exec(trimmed);
  const arxivId = parseArxivId(huggingFace?.[1] ?? trimmed);
  if (arxivId) return { kind: 'arxiv', arxivId };
  const doi = parseDoi(trimmed);
  if (doi) return { kind: 'doi', doi };
  const url = asUrl(trimmed);
  const paperId = url && s2PaperId(url);
  if (paperId) return { kind: 's2', paperId };
  const noteId = url && openReviewNoteId(url);
  return noteId ? { kind: 'openreview', noteId } : null;
}
