/**
 * Labels the text lines of a page as titles or abstract paragraphs, reading the page as a
 * whole: titles and abstracts alternate, an abstract follows a title, and a title rarely
 * stands alone on a page that has abstracts. The best labelling under those rules and the
 * lines' own prose scores is found by dynamic programming (Viterbi), in time linear in the
 * number of lines.
 */
export type Label = 'title' | 'abstract';

export interface ScoredLine {
  /** proseScore of the line: above zero reads as prose, below as a title. */
  prose: number;
  length: number;
}

interface Rules {
  /** Added for each title directly followed by another title. */
  titleAfterTitle: number;
  /** Added for each abstract paragraph directly after another. */
  abstractAfterAbstract: number;
  /** Added for each abstract, beyond its prose score (negative on a list of titles). */
  abstractBias: number;
}

/** Before the page's shape is known. */
const NEUTRAL: Rules = { titleAfterTitle: -0.5, abstractAfterAbstract: -2, abstractBias: -1 };
/** A page whose papers mostly have abstracts: the alternation is the strongest signal. */
const LISTING: Rules = { titleAfterTitle: -2.5, abstractAfterAbstract: -3, abstractBias: -0.5 };
/** A list of titles: only clear prose is an abstract. */
const TITLE_LIST: Rules = { titleAfterTitle: 0, abstractAfterAbstract: -3, abstractBias: -4 };
const ABSTRACT_FIRST = -3;

/** A title is shorter than the abstract after it; one as long as its "abstract" is probably not a title. */
function pairScore(title: ScoredLine, abstract: ScoredLine): number {
  if (abstract.length > title.length * 1.3) return 1;
  if (abstract.length < title.length * 0.8) return -1.5;
  return 0;
}

function emission(line: ScoredLine, label: Label, rules: Rules): number {
  return label === 'abstract' ? line.prose / 2 + rules.abstractBias : -line.prose / 2;
}

function viterbi(lines: readonly ScoredLine[], rules: Rules): Label[] {
  const n = lines.length;
  if (n === 0) return [];
  // best[i][label] is the best score of lines 0..i with line i labelled so; from[] records the choice.
  const titleScore = new Float64Array(n);
  const abstractScore = new Float64Array(n);
  const titleFrom = new Uint8Array(n); // 0: previous was a title, 1: an abstract
  const abstractFrom = new Uint8Array(n);
  const first = lines[0] as ScoredLine;
  titleScore[0] = emission(first, 'title', rules);
  abstractScore[0] = emission(first, 'abstract', rules) + ABSTRACT_FIRST;
  for (let i = 1; i < n; i += 1) {
    const line = lines[i] as ScoredLine;
    const previous = lines[i - 1] as ScoredLine;
    const prevTitle = titleScore[i - 1] as number;
    const prevAbstract = abstractScore[i - 1] as number;
    const titleViaTitle = prevTitle + rules.titleAfterTitle;
    titleFrom[i] = prevAbstract > titleViaTitle ? 1 : 0;
    titleScore[i] = Math.max(prevAbstract, titleViaTitle) + emission(line, 'title', rules);
    const abstractViaTitle = prevTitle + pairScore(previous, line);
    const abstractViaAbstract = prevAbstract + rules.abstractAfterAbstract;
    abstractFrom[i] = abstractViaAbstract > abstractViaTitle ? 1 : 0;
    abstractScore[i] = Math.max(abstractViaTitle, abstractViaAbstract) + emission(line, 'abstract', rules);
  }
  const labels = new Array<Label>(n);
  let current: Label =
    (abstractScore[n - 1] as number) > (titleScore[n - 1] as number) ? 'abstract' : 'title';
  for (let i = n - 1; i >= 0; i -= 1) {
    labels[i] = current;
    const from = current === 'title' ? titleFrom[i] : abstractFrom[i];
    current = from === 1 ? 'abstract' : 'title';
  }
  return labels;
}

/** Share of titles followed by an abstract. */
function abstractShare(labels: readonly Label[]): number {
  let titles = 0;
  let withAbstract = 0;
  labels.forEach((label, index) => {
    if (label !== 'title') return;
    titles += 1;
    if (labels[index + 1] === 'abstract') withAbstract += 1;
  });
  return titles === 0 ? 0 : withAbstract / titles;
}

/** A first pass finds the page's shape (a listing with abstracts, or a list of titles); a second labels it under that shape's rules. */
export function labelLines(lines: readonly ScoredLine[]): { labels: Label[]; listing: boolean } {
  const share = abstractShare(viterbi(lines, NEUTRAL));
  const listing = share >= 0.5;
  return { labels: viterbi(lines, listing ? LISTING : TITLE_LIST), listing };
}
