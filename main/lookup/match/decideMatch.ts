import type { Candidate, PublishedVersion } from '../candidate';
import { abstractSimilarity, authorOverlap, sameTitleWords, titleSimilarity } from './similarity';
import { THRESHOLDS, WEIGHTS } from './thresholds';

/** What Shelfmark knows of the paper being looked up. */
export interface PaperFacts {
  title: string;
  abstract: string | null;
  /** Family names (or an organisation's whole name), in order. */
  authors: string[];
  year: number | null;
  arxivId: string | null;
  doi: string | null;
}

export type MatchOutcome = 'auto' | 'review' | 'reject';

export interface Signals {
  title: number;
  sameTitle: boolean;
  abstract: number | null;
  authors: number | null;
  yearDistance: number | null;
  /** The candidate carries the paper's own arXiv id or DOI. */
  identifier: boolean;
}

export interface Judgement {
  outcome: MatchOutcome;
  candidate: Candidate;
  score: number;
  signals: Signals;
  /** Why, in a person's words: what supports the match, what stands against it. */
  reasons: string[];
}

export interface MatchDecision {
  outcome: MatchOutcome;
  /** The best candidate, with gaps filled from the other confident ones; null when nothing was found. */
  best: Judgement | null;
  /** Every candidate's judgement, best first. */
  judgements: Judgement[];
  reasons: string[];
  /** A published version of the paper, when a confident candidate knows one. */
  published: PublishedVersion | null;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

function familyNames(candidate: Candidate): string[] {
  return candidate.creators.flatMap((creator) => {
    const name = creator.family ?? creator.literal;
    return name ? [name] : [];
  });
}

function signalsOf(paper: PaperFacts, candidate: Candidate): Signals {
  const names = familyNames(candidate);
  return {
    title: titleSimilarity(paper.title, candidate.title),
    sameTitle: sameTitleWords(paper.title, candidate.title),
    abstract:
      paper.abstract && candidate.abstract ? abstractSimilarity(paper.abstract, candidate.abstract) : null,
    authors: paper.authors.length > 0 && names.length > 0 ? authorOverlap(paper.authors, names) : null,
    yearDistance:
      paper.year !== null && candidate.year !== null ? Math.abs(paper.year - candidate.year) : null,
    identifier:
      (paper.arxivId !== null && candidate.arxivId === paper.arxivId) ||
      (paper.doi !== null && candidate.doi === paper.doi.toLowerCase()),
  };
}

function scoreOf(signals: Signals): number {
  const parts: [number, number][] = [[signals.title, WEIGHTS.title]];
  if (signals.abstract !== null) parts.push([Math.min(1, signals.abstract / 0.7), WEIGHTS.abstract]);
  if (signals.authors !== null) parts.push([signals.authors, WEIGHTS.authors]);
  if (signals.yearDistance !== null)
    parts.push([
      signals.yearDistance <= 1 ? 1 : signals.yearDistance <= THRESHOLDS.yearReview ? 0.5 : 0,
      WEIGHTS.year,
    ]);
  const weight = parts.reduce((sum, [, w]) => sum + w, 0);
  const score = parts.reduce((sum, [value, w]) => sum + value * w, 0) / weight;
  return Math.round(score * 1000) / 1000;
}

/** One candidate against the paper: applied, reviewed or rejected, and why. */
export function judgeCandidate(paper: PaperFacts, candidate: Candidate): Judgement {
  const signals = signalsOf(paper, candidate);
  const score = scoreOf(signals);
  const judged = (outcome: MatchOutcome, reasons: string[]): Judgement => ({
    outcome,
    candidate,
    score,
    signals,
    reasons,
  });
  if (signals.identifier) {
    return signals.title >= THRESHOLDS.identifierTitle
      ? judged('auto', ['It has the paper’s own arXiv id or DOI.'])
      : judged('review', [
          `It has the paper’s arXiv id or DOI, but the titles differ (${percent(signals.title)} alike).`,
        ]);
  }
  if (signals.title < THRESHOLDS.titleReject) {
    return judged('reject', [`The titles differ (${percent(signals.title)} alike).`]);
  }
  const against: string[] = [];
  const doubts: string[] = [];
  const support: string[] = [];
  if (signals.abstract !== null) {
    if (signals.abstract < THRESHOLDS.abstractContradict)
      against.push(
        `The abstracts differ (${percent(signals.abstract)} of their words shared): another paper.`,
      );
    else if (signals.abstract >= THRESHOLDS.abstractSupport) support.push('The abstracts agree.');
    else doubts.push(`The abstracts only partly agree (${percent(signals.abstract)}).`);
  }
  if (signals.authors !== null) {
    if (signals.authors === 0) against.push('No author in common.');
    else if (signals.authors >= THRESHOLDS.authorSupport) support.push('The authors agree.');
    else doubts.push('Only some authors agree.');
  }
  if (signals.yearDistance !== null) {
    if (signals.yearDistance > THRESHOLDS.yearReject)
      against.push(`The years are ${signals.yearDistance} apart.`);
    else if (signals.yearDistance > THRESHOLDS.yearReview)
      doubts.push(`The years are ${signals.yearDistance} apart.`);
  }
  // A title alike but not the same is another paper unless the abstracts say otherwise.
  if (!signals.sameTitle && signals.abstract !== null && signals.abstract < THRESHOLDS.abstractSupport) {
    against.push(
      `The titles differ (${percent(signals.title)} alike) and the abstracts do not agree (${percent(signals.abstract)}).`,
    );
  }
  if (against.length > 0) return judged('reject', against);
  if (!signals.sameTitle)
    doubts.unshift(`The titles are alike (${percent(signals.title)}) but not the same.`);
  if (support.length === 0)
    doubts.push('Nothing but the title to go by: no abstract or authors on both sides.');
  if (doubts.length > 0) return judged('review', doubts);
  return judged('auto', ['The title is the same.', ...support]);
}

function identity(candidate: Candidate): string[] {
  return [candidate.arxivId && `arxiv:${candidate.arxivId}`, candidate.doi && `doi:${candidate.doi}`].filter(
    (id): id is string => Boolean(id),
  );
}

/** Candidates that name one paper: no arXiv id or DOI of one contradicts the other's. */
function samePaper(a: Candidate, b: Candidate): boolean {
  if (a.arxivId && b.arxivId && a.arxivId !== b.arxivId) return false;
  if (a.doi && b.doi && a.doi !== b.doi) return false;
  return identity(a).some((id) => identity(b).includes(id)) || sameTitleWords(a.title, b.title);
}

/** The best candidate with what it lacks taken from the other confident ones (arXiv's abstract, S2's DOI). */
export function merged(best: Candidate, others: readonly Candidate[]): Candidate {
  const result: Candidate = { ...best, fields: { ...best.fields } };
  for (const other of others) {
    result.abstract ??= other.abstract;
    result.arxivId ??= other.arxivId;
    result.doi ??= other.doi;
    result.year ??= other.year;
    result.month ??= other.month;
    if (result.creators.length === 0) result.creators = other.creators;
    for (const [field, value] of Object.entries(other.fields)) {
      const key = field as keyof Candidate['fields'];
      result.fields[key] ??= value;
    }
    result.published ??= other.published;
  }
  return result;
}

/**
 * A published version among the other candidates (a DBLP conference paper, a Crossref article):
 * the same title word for word and most authors in common with the confident match. It is
 * compared with the match rather than the paper, because a pasted paper has no authors yet.
 */
function publishedElsewhere(match: Candidate, candidates: readonly Candidate[]): PublishedVersion | null {
  const authors = familyNames(match);
  for (const candidate of candidates) {
    if (!candidate.published || !sameTitleWords(candidate.title, match.title)) continue;
    if (candidate.arxivId && match.arxivId && candidate.arxivId !== match.arxivId) continue;
    if (authors.length === 0 || authorOverlap(authors, familyNames(candidate)) < THRESHOLDS.authorSupport)
      continue;
    return candidate.published;
  }
  return null;
}

const RANK: Readonly<Record<MatchOutcome, number>> = { auto: 0, review: 1, reject: 2 };

/**
 * Decides on every candidate the sources gave for one paper. Applied automatically only when a
 * candidate is confidently the paper and no other confident candidate names a different one.
 */
export function decideMatch(paper: PaperFacts, candidates: readonly Candidate[]): MatchDecision {
  const judgements = candidates
    .map((candidate) => judgeCandidate(paper, candidate))
    .sort((a, b) => RANK[a.outcome] - RANK[b.outcome] || b.score - a.score);
  const [top] = judgements;
  if (!top) {
    return {
      outcome: 'reject',
      best: null,
      judgements,
      reasons: ['No source knows this paper.'],
      published: null,
    };
  }
  const confident = judgements.filter((judgement) => judgement.outcome === 'auto');
  if (confident.length > 0) {
    const rivals = confident.filter((judgement) => !samePaper(judgement.candidate, top.candidate));
    if (rivals.length > 0) {
      const reasons = ['Two different papers fit: choose one.'];
      return {
        outcome: 'review',
        best: { ...top, outcome: 'review', reasons },
        judgements,
        reasons,
        published: null,
      };
    }
    const candidate = merged(
      top.candidate,
      confident.slice(1).map((judgement) => judgement.candidate),
    );
    const best = { ...top, candidate };
    const published = candidate.published ?? publishedElsewhere(candidate, candidates);
    return { outcome: 'auto', best, judgements, reasons: top.reasons, published };
  }
  return {
    outcome: top.outcome,
    best: top,
    judgements,
    reasons: top.reasons,
    published: top.outcome === 'review' ? top.candidate.published : null,
  };
}
