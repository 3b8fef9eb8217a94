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
  const url = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf)\/(.+?)(?:\.pdf)?\/?$/i.exec(rest);
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
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '');
  return /^10\.\d{4,9}\/\S+$/.test(rest) ? rest.toLowerCase() : null;
}

/** DataCite DOIs arXiv gives every preprint (10.48550/arXiv.2310.16828): not a published version. */
export function isArxivDoi(doi: string): boolean {
  return doi.toLowerCase().startsWith('10.48550/');
}

export type PaperIdentifier = { kind: 'arxiv'; arxivId: string } | { kind: 'doi'; doi: string };

/**
 * An identifier as a person pastes it: an arXiv id or URL, a DOI or doi.org URL, or a Hugging
 * Face papers URL (which carries the arXiv id). Null for anything else.
 */
export function parseIdentifier(text: string): PaperIdentifier | null {
  const trimmed = text.trim();
  const huggingFace = /^(?:https?:\/\/)?huggingface\.co\/papers\/([^/?#]+)/i.exec(trimmed);
  const arxivId = parseArxivId(huggingFace?.[1] ?? trimmed);
  if (arxivId) return { kind: 'arxiv', arxivId };
  const doi = parseDoi(trimmed);
  return doi ? { kind: 'doi', doi } : null;
}
