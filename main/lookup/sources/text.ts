import type { Creator } from '../../../preload/api';
import { creatorFromText } from '../../record/names';

/** Collapses the hard wraps and runs of spaces that feeds put inside titles and abstracts. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An author written "Given Family" (arXiv, Semantic Scholar, DBLP), without DBLP's homonym number. */
export function authorFromFullName(name: string): Creator | null {
  return creatorFromText('author', collapseSpace(name.replace(/\s+\d{4}$/, '')));
}

export function yearOf(value: unknown): number | null {
  const year =
    typeof value === 'number' ? value : Number.parseInt(typeof value === 'string' ? value : '', 10);
  return Number.isInteger(year) && year >= 1000 && year <= 9999 ? year : null;
}

export function textOrNull(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = collapseSpace(String(value));
  return text === '' ? null : text;
}

export function parseJson(text: string, fail: (message: string) => Error): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw fail('The answer was not valid JSON.');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value that is one item or a list of them, as JSON made from XML gives it: always a list. */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}
