import type { Paper } from '../../../preload/api';
import { isWebUrl } from '../externalLinks';

export interface RecordLink {
  label: string;
  href: string;
}

/** A DOI as typed ("doi:10.1/x", "https://doi.org/10.1/x", "10.1/x") as its resolver address. */
function doiUrl(doi: string): string {
  const bare = doi.trim().replace(/^(?:doi:|https?:\/\/(?:dx\.)?doi\.org\/)/i, '');
  return `https://doi.org/${bare.split('/').map(encodeURIComponent).join('/')}`;
}

/** The paper's links, each one http(s) only: anything else is not offered as a link. */
export function recordLinks(paper: Pick<Paper, 'doi' | 'arxivId' | 'url' | 'codeUrl'>): RecordLink[] {
  const links: RecordLink[] = [];
  if (paper.doi) links.push({ label: 'DOI', href: doiUrl(paper.doi) });
  if (paper.arxivId) {
    const id = encodeURIComponent(paper.arxivId.trim()).replace(/%2F/g, '/');
    links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${id}` });
    links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${id}` });
  }
  if (paper.url) links.push({ label: 'Project page', href: paper.url.trim() });
  if (paper.codeUrl) links.push({ label: 'Code', href: paper.codeUrl.trim() });
  return links.filter((link) => isWebUrl(link.href));
}
