import { CREATOR_ROLES, RECORD_FIELDS, type Creator, type Paper, type RecordField } from '../../preload/api';
import { toLatex, toLatexUrl, type Dialect } from './latexText';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Fields whose values are addresses: written verbatim but for what would break the entry. */
const URL_FIELDS = new Set<RecordField>(['url', 'doi', 'eprint']);

/** Field names as .bib files write them; BibLaTeX calls a journal journaltitle. */
function fieldName(field: RecordField, dialect: Dialect): string {
  if (field === 'journal' && dialect === 'biblatex') return 'journaltitle';
  return field.toLowerCase();
}

/** A name part BibTeX would otherwise split ("Smith and Sons") or misread as a particle ("della"). */
function namePart(text: string, dialect: Dialect, braceLowerCase = false): string {
  const latex = toLatex(text, { dialect });
  // A lower-case first word of several would be read as a particle ("della Robbia"); one word never is.
  const risky = /,|\band\b/i.test(text) || (braceLowerCase && /^\p{Ll}\S*\s/u.test(text));
  return risky ? `{${latex}}` : latex;
}

/** "von Last, Jr, First", the form BibTeX reads back without guessing; an organisation braced whole. */
function writeName(creator: Creator, dialect: Dialect): string {
  // "and others" is BibTeX's "et al."; braced it would be a name.
  if (creator.literal === 'others') return 'others';
  if (creator.literal !== null) return `{${toLatex(creator.literal, { dialect })}}`;
  const family = creator.family === null ? '' : namePart(creator.family, dialect, creator.particle === null);
  const last = [creator.particle === null ? null : toLatex(creator.particle, { dialect }), family]
    .filter(Boolean)
    .join(' ');
  const given = creator.given === null ? null : namePart(creator.given, dialect);
  if (creator.suffix !== null) return [last, namePart(creator.suffix, dialect), given ?? ''].join(', ');
  return given === null ? last : `${last}, ${given}`;
}

function creatorFields(paper: Paper, dialect: Dialect): [string, string][] {
  return CREATOR_ROLES.flatMap((role): [string, string][] => {
    const names = paper.creators.filter((creator) => creator.role === role);
    return names.length === 0 ? [] : [[role, names.map((name) => writeName(name, dialect)).join(' and ')]];
  });
}

/** Page ranges keep BibTeX's "--" (an en dash); everything else is escaped as text. */
function pages(value: string, dialect: Dialect): string {
  return value
    .split(/\s*(?:--|–)\s*/)
    .map((part) => toLatex(part, { dialect }))
    .join('--');
}

function noteText(paper: Paper): string {
  return paper.notes
    .map((note) => (note.quote ? `On "${note.quote}": ${note.body}` : note.body))
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/** The record's note, with the code link added unless the record has it already (an imported howpublished). */
function noteField(paper: Paper): string | null {
  const written = [
    paper.note,
    paper.url,
    paper.howpublished,
    ...paper.extraFields.map((field) => field.value),
  ];
  const code =
    paper.codeUrl && !written.some((value) => value?.includes(paper.codeUrl ?? ''))
      ? `Code: ${paper.codeUrl}`
      : null;
  return [paper.note, code].filter(Boolean).join('. ') || null;
}

/** The record's keywords as written, then the paper's tags that are not among them. */
function keywords(paper: Paper): string | null {
  const written = paper.keywords?.split(/\s*[,;]\s*/) ?? [];
  const have = new Set(written.map((word) => word.trim().toLowerCase()));
  const tags = paper.tags.filter((tag) => !have.has(tag.trim().toLowerCase()));
  return [paper.keywords, ...tags].filter(Boolean).join(', ') || null;
}

/** A field: name, value, and whether the value is a macro written bare (a month). */
type Field = [name: string, value: string | null, bare?: 'bare'];

function dateFields(paper: Paper): Field[] {
  const { year, month, day } = paper;
  const iso =
    year !== null && month !== null && day !== null
      ? `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : null;
  return [
    ['year', year === null ? null : String(year)],
    // A month macro, unbraced: BibTeX styles print it in the document's language.
    ['month', month === null ? null : (MONTH_MACROS[month - 1] ?? null), 'bare'],
    ['date', iso],
  ];
}

/** The type as stored; a preprint (misc with an eprint) is @online for biber. */
function entryType(paper: Paper, dialect: Dialect): string {
  if (dialect === 'biblatex' && paper.entryType === 'misc' && paper.eprint !== null) return 'online';
  return paper.entryType;
}

/**
 * One entry: the type as stored, every creator with particles, suffixes and literal names,
 * every known field and every unknown one as written. Values are braced, with everything special
 * escaped (see latexText.ts). `crossref` is written only when its parent is in the same file.
 */
export function writeEntry(paper: Paper, dialect: Dialect, keys: ReadonlySet<string> = new Set()): string {
  const text = (value: string) => toLatex(value, { dialect });
  const known = RECORD_FIELDS.filter((field) => !['note', 'keywords'].includes(field)).map(
    (field): [string, string | null] => {
      const value = paper[field];
      if (value === null) return [fieldName(field, dialect), null];
      if (field === 'pages') return ['pages', pages(value, dialect)];
      return [fieldName(field, dialect), URL_FIELDS.has(field) ? toLatexUrl(value) : text(value)];
    },
  );
  const url = known.find(([name]) => name === 'url');
  if (url && url[1] === null && paper.arxivId) url[1] = toLatexUrl(`https://arxiv.org/abs/${paper.arxivId}`);
  const extras = paper.extraFields
    .filter(({ name, value }) => name.toLowerCase() !== 'crossref' || keys.has(value))
    .map(({ name, value }): [string, string] => [
      name,
      /^(https?|ftp):\/\/\S+$/.test(value) ? toLatexUrl(value) : text(value),
    ]);
  const fields: Field[] = [
    ['title', toLatex(paper.title, { dialect, protectCase: true })],
    ...creatorFields(paper, dialect),
    ...dateFields(paper),
    ...known,
    ['note', noteField(paper) === null ? null : text(noteField(paper) ?? '')],
    ['keywords', keywords(paper) === null ? null : text(keywords(paper) ?? '')],
    ['abstract', paper.abstract ? text(paper.abstract) : null],
    ['annote', noteText(paper) ? text(noteText(paper)) : null],
    ...extras,
  ];
  const body = fields
    .filter((field): field is [string, string, 'bare'?] => field[1] !== null && field[1] !== '')
    .map(([name, value, bare]) => (bare ? `  ${name} = ${value}` : `  ${name} = {${value}}`))
    .join(',\n');
  return `@${entryType(paper, dialect)}{${paper.citekey},\n${body}\n}`;
}

/** Entries another one cross-references go last, as BibTeX needs its parents after their children. */
export function writeBibtex(papers: readonly Paper[], dialect: Dialect = 'bibtex'): string {
  const keys = new Set(papers.map((paper) => paper.citekey));
  const parents = new Set(
    papers.flatMap((paper) =>
      paper.extraFields
        .filter((field) => field.name.toLowerCase() === 'crossref')
        .map((field) => field.value),
    ),
  );
  const ordered = [
    ...papers.filter((paper) => !parents.has(paper.citekey)),
    ...papers.filter((paper) => parents.has(paper.citekey)),
  ];
  const header = `% Exported from Shelfmark: ${papers.length} ${papers.length === 1 ? 'entry' : 'entries'}.\n`;
  return `${header}\n${ordered.map((paper) => writeEntry(paper, dialect, keys)).join('\n\n')}\n`;
}

/**
 * The same file as writeBibtex, one chunk per batch: the papers come already ordered (parents
 * last), `total` is their count, and `presentParents` the keys of parents in the file.
 */
export function* bibtexChunks(
  batches: Iterable<readonly Paper[]>,
  total: number,
  dialect: Dialect,
  presentParents: ReadonlySet<string>,
): Generator<string> {
  yield `% Exported from Shelfmark: ${total} ${total === 1 ? 'entry' : 'entries'}.\n\n`;
  let first = true;
  for (const batch of batches) {
    let chunk = '';
    for (const paper of batch) {
      chunk += `${first ? '' : '\n\n'}${writeEntry(paper, dialect, presentParents)}`;
      first = false;
    }
    yield chunk;
  }
  yield '\n';
}
