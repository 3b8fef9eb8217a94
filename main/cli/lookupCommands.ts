import { UsageError } from '../cliArgs';
import { libraryCache } from '../db/lookupCache';
import type { LibraryDb } from '../db/openLibrary';
import { getLookupSettings, setLookupSettings } from '../library/lookupSettings';
import { addByIdentifiers } from '../library/lookup/addByIdentifier';
import { turnIntoPublished } from '../library/lookup/turnIntoPublished';
import { ShelfmarkError } from '../library/ShelfmarkError';
import {
  LOOKUP_FIELDS,
  type FieldChange,
  type FieldValue,
  type LookupField,
} from '../library/lookup/fieldChanges';
import { lookupPapers, papersMissingDetails, type PaperLookupResult } from '../library/lookup/lookupPapers';
import { acceptReview, listReviews, rejectReview } from '../library/lookup/reviews';
import { plural, resolvePaperRef } from '../library/paperRefs';
import { SOURCE_LABELS, type SourceName } from '../lookup/candidate';
import type { LookupSettings } from '../lookup/settings';
import { createLookupContext } from '../lookup/createLookupContext';
import type { Command } from './command';

function describeValue(value: FieldValue): string {
  if (value === null || value === '') return '(empty)';
  if (Array.isArray(value))
    return value
      .map((creator) => creator.literal ?? [creator.family, creator.given].filter(Boolean).join(', '))
      .join('; ');
  const text = String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function describeChange(change: FieldChange): string {
  const note = change.kind === 'conflict' ? '  (yours; kept unless you accept it)' : '';
  return `    ${change.field}: ${describeValue(change.current)} -> ${describeValue(change.proposed)}${note}`;
}

function resultLine(result: PaperLookupResult): string[] {
  const source = result.source ? `${SOURCE_LABELS[result.source]}, score ${result.score?.toFixed(2)}` : '';
  const lines: string[] = [];
  if (result.outcome === 'auto' && result.applied.length > 0)
    lines.push(`${result.citekey}: filled in ${result.applied.join(', ')} (${source})`);
  else if (result.outcome === 'auto')
    lines.push(`${result.citekey}: confident match (${source}); nothing applied, see shelfmark review`);
  else if (result.outcome === 'review')
    lines.push(`${result.citekey}: needs review (${source}): ${result.reasons.join(' ')}`);
  else if (result.outcome === 'reject')
    lines.push(`${result.citekey}: no match: ${result.reasons.join(' ')}`);
  else lines.push(`${result.citekey}: failed: ${result.reasons.join(' ')}`);
  if (result.published)
    lines.push(
      `    published version: ${result.published.venue}${result.published.year ? ` (${result.published.year})` : ''}`,
    );
  for (const problem of result.problems) lines.push(`    ${problem}`);
  return lines;
}

export const lookupCommand: Command = {
  usage: 'lookup [ID|CITEKEY ...|--missing] [--apply-confident] [--json]   fill in authors, years, venues',
  options: ['missing', 'apply-confident', 'json'],
  prepare(args, values, io) {
    if (args.length === 0 && !values.missing)
      throw new UsageError('lookup takes papers (ids or citation keys) or --missing.');
    if (args.length > 0 && values.missing)
      throw new UsageError('lookup takes papers or --missing, not both.');
    return async (db: LibraryDb) => {
      const ids = values.missing ? papersMissingDetails(db) : args.map((ref) => resolvePaperRef(db, ref));
      const context = createLookupContext({
        settings: getLookupSettings(db),
        cache: libraryCache(db),
        env: io.env,
      });
      const results = await lookupPapers(db, ids, context, {
        applyConfident: values['apply-confident'] === true,
      });
      if (values.json) {
        io.stdout(JSON.stringify(results, null, 2));
        return;
      }
      for (const result of results) io.stdout(resultLine(result).join('\n'));
      const count = (outcome: PaperLookupResult['outcome']) =>
        results.filter((r) => r.outcome === outcome).length;
      io.stdout(
        `Looked up ${plural(results.length, 'paper')}: ${count('auto')} confident, ${count('review')} for review, ` +
          `${count('reject')} without a match, ${count('failed')} failed.`,
      );
    };
  },
};

function parseFields(words: readonly string[]): LookupField[] | undefined {
  if (words.length === 0) return undefined;
  const unknown = words.filter((word) => !(LOOKUP_FIELDS as readonly string[]).includes(word));
  if (unknown.length > 0)
    throw new UsageError(`unknown field ${unknown.join(', ')}; fields are ${LOOKUP_FIELDS.join(', ')}.`);
  return words as LookupField[];
}

export const reviewCommand: Command = {
  usage: 'review [accept N [FIELD ...] | reject N] [--json]   matches waiting for you',
  options: ['json'],
  prepare(args, values, io) {
    const [action, rawId, ...fieldWords] = args;
    if (action === undefined) {
      return (db) => {
        const reviews = listReviews(db);
        if (values.json) return io.stdout(JSON.stringify(reviews, null, 2));
        if (reviews.length === 0) return io.stdout('Nothing waits for review.');
        for (const review of reviews) {
          io.stdout(
            [
              `#${review.id} ${review.citekey} "${review.title}"`,
              `  ${SOURCE_LABELS[review.candidate.source]} (score ${review.score.toFixed(2)}): "${review.candidate.title}"`,
              ...review.reasons.map((reason) => `  ${reason}`),
              ...review.changes.map(describeChange),
            ].join('\n'),
          );
        }
      };
    }
    const id = Number(rawId);
    if ((action !== 'accept' && action !== 'reject') || !Number.isInteger(id))
      throw new UsageError('review takes nothing, "accept N [FIELD ...]" or "reject N".');
    if (action === 'reject' && fieldWords.length > 0)
      throw new UsageError('review reject takes only the match number.');
    const fields = parseFields(fieldWords);
    return (db) => {
      if (action === 'reject') {
        rejectReview(db, id);
        return io.stdout(`Rejected match #${id}.`);
      }
      const applied = acceptReview(db, id, fields);
      if (values.json) return io.stdout(JSON.stringify(applied.paper, null, 2));
      io.stdout(`Filled in ${applied.written.join(', ') || 'nothing'} for ${applied.paper.citekey}.`);
    };
  },
};

export const addByIdCommand: Command = {
  usage: 'add ID ... [--json]   add papers by arXiv id, DOI, or their URLs, with what the sources know',
  options: ['json'],
  prepare(args, values, io) {
    if (args.length === 0) throw new UsageError('add takes at least one arXiv id or DOI.');
    return async (db: LibraryDb) => {
      const context = createLookupContext({
        settings: getLookupSettings(db),
        cache: libraryCache(db),
        env: io.env,
      });
      const results = await addByIdentifiers(db, args, context);
      if (values.json) io.stdout(JSON.stringify(results, null, 2));
      else for (const result of results) io.stdout(result.message);
      if (results.every((result) => result.outcome !== 'added' && result.outcome !== 'duplicate')) {
        throw new ShelfmarkError('not_found', 'No paper was added.');
      }
    };
  },
};

export const publishedCommand: Command = {
  usage: 'published ID|CITEKEY [--json]   turn a preprint into its published version (eprint kept)',
  options: ['json'],
  prepare(args, values, io) {
    const [ref, ...extra] = args;
    if (ref === undefined || extra.length > 0)
      throw new UsageError('published takes one paper (id or citation key).');
    return async (db: LibraryDb) => {
      const context = createLookupContext({
        settings: getLookupSettings(db),
        cache: libraryCache(db),
        env: io.env,
      });
      const applied = await turnIntoPublished(db, resolvePaperRef(db, ref), context);
      if (values.json) return io.stdout(JSON.stringify(applied.paper, null, 2));
      const venue = applied.paper.journal ?? applied.paper.booktitle ?? 'its venue';
      io.stdout(
        `${applied.paper.citekey} is now the ${applied.paper.entryType} in ${venue}` +
          (applied.written.length > 0
            ? ` (${applied.written.map((field) => (field === 'entryType' ? 'type' : field)).join(', ')}).`
            : '; nothing changed.'),
      );
    };
  },
};

const SETTING_NAMES = ['lookups', 'sources', 'crossref-email', 's2-key'] as const;

function settingChange(name: string, value: string): Partial<LookupSettings> {
  const empty = value === '' || value === 'none';
  switch (name) {
    case 'lookups':
      if (value !== 'on' && value !== 'off') throw new UsageError('lookups is on or off.');
      return { enabled: value === 'on' };
    case 'sources':
      return { sources: value.split(',').map((source) => source.trim()) as SourceName[] };
    case 'crossref-email':
      return { crossrefEmail: empty ? null : value };
    case 's2-key':
      return { s2ApiKey: empty ? null : value };
    default:
      throw new UsageError(`unknown setting "${name}"; the settings are ${SETTING_NAMES.join(', ')}.`);
  }
}

export const settingsCommand: Command = {
  usage: `settings [${SETTING_NAMES.join('|')} VALUE] [--json]   lookups on|off, sources a,b, none to clear`,
  options: ['json'],
  prepare(args, values, io) {
    const [name, value, ...extra] = args;
    if ((name !== undefined && value === undefined) || extra.length > 0)
      throw new UsageError('settings takes nothing, or a setting and its value.');
    const change = name !== undefined && value !== undefined ? settingChange(name, value) : null;
    return (db: LibraryDb) => {
      const settings = change ? setLookupSettings(db, change) : getLookupSettings(db);
      if (values.json)
        return io.stdout(
          JSON.stringify({ ...settings, s2ApiKey: settings.s2ApiKey ? 'set' : null }, null, 2),
        );
      io.stdout(
        [
          `lookups: ${settings.enabled ? 'on' : 'off'}`,
          `sources: ${settings.sources.join(', ') || 'none'}`,
          `crossref-email: ${settings.crossrefEmail ?? 'none'}`,
          `s2-key: ${settings.s2ApiKey ? 'set' : 'none'}`,
        ].join('\n'),
      );
    };
  },
};
