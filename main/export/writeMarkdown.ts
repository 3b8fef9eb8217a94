import type { Paper, PaperStatus } from '../../preload/api';
import { displayName } from '../record/names';

const HEADINGS: Record<PaperStatus, string> = {
  unread: 'Unread (up next first)',
  reading: 'Reading',
  read: 'Read',
};

/** Markdown that shows what it says: characters Markdown would read as formatting are escaped. */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function link(label: string, url: string | null): string | null {
  return url ? `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : null;
}

/** "Jun Zhu, Heather Richter Lipford": as read aloud, so commas only separate people. */
function authorLine(paper: Paper): string | null {
  const names = paper.creators.filter((creator) => creator.role === 'author').map(displayName);
  return names.length > 0 ? inline(names.join(', ')) : null;
}

function paperSection(paper: Paper): string {
  const lines = [`### ${inline(paper.title)}`, ''];
  const facts = [
    `\`${paper.citekey}\``,
    authorLine(paper),
    paper.year === null ? null : String(paper.year),
    paper.tags.length > 0 ? paper.tags.map((tag) => `#${inline(tag)}`).join(' ') : null,
    link('code', paper.codeUrl),
    link('project', paper.url),
    paper.arxivId ? link(`arXiv:${paper.arxivId}`, `https://arxiv.org/abs/${paper.arxivId}`) : null,
  ].filter((fact): fact is string => fact !== null);
  lines.push(facts.join(' · '), '');
  if (paper.abstract) lines.push(`> ${inline(paper.abstract)}`, '');
  for (const note of paper.notes) {
    if (note.quote)
      lines.push(`- On “${inline(note.quote)}”:`, ...note.body.split('\n').map((line) => `  ${line}`));
    else lines.push(...note.body.split('\n').map((line, index) => (index === 0 ? `- ${line}` : `  ${line}`)));
  }
  if (paper.notes.length > 0) lines.push('');
  return lines.join('\n');
}

/** A reading list: queues in order, each paper with its key, tags, links, abstract and notes (notes are Markdown already). */
export function writeMarkdown(papers: readonly Paper[], title = 'Reading list'): string {
  const parts = [`# ${inline(title)}`, ''];
  for (const status of ['unread', 'reading', 'read'] as const) {
    const inQueue = papers.filter((paper) => paper.status === status);
    if (inQueue.length === 0) continue;
    parts.push(`## ${HEADINGS[status]} (${inQueue.length})`, '', ...inQueue.map(paperSection));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

/**
 * The same file as writeMarkdown, one chunk per batch. The papers come sorted by queue (Unread,
 * Reading, Read), `counts` says how many each holds. Trailing white space is held back until
 * more text follows, as writeMarkdown trims the end of the whole file.
 */
export function* markdownChunks(
  batches: Iterable<readonly Paper[]>,
  counts: Readonly<Record<PaperStatus, number>>,
  title = 'Reading list',
): Generator<string> {
  let held = '';
  const emit = (text: string): string => {
    const kept = text.trimEnd();
    if (kept === '') {
      held += text;
      return '';
    }
    const out = held + kept;
    held = text.slice(kept.length);
    return out;
  };
  yield emit(`# ${inline(title)}\n\n`);
  let status: PaperStatus | null = null;
  for (const batch of batches) {
    let chunk = '';
    for (const paper of batch) {
      if (paper.status !== status) {
        status = paper.status;
        chunk += `## ${HEADINGS[status]} (${counts[status]})\n\n`;
      }
      chunk += `${paperSection(paper)}\n`;
    }
    yield emit(chunk);
  }
  yield '\n';
}
