import { randomUUID } from 'node:crypto';
import type { LookupJobProgress, LookupPaperOutcome } from '../../preload/api';
import type { LibraryDb } from '../db/openLibrary';
import { failureMessage } from '../db/sqliteErrors';
import { lookupPapers, type PaperLookupResult } from '../library/lookup/lookupPapers';
import { ShelfmarkError } from '../library/ShelfmarkError';
import type { LookupContext } from '../lookup/findCandidates';

/** Finished jobs kept for a last poll; older ones are forgotten. */
const KEPT_JOBS = 20;
const MAX_PROBLEMS = 20;

interface Job {
  progress: LookupJobProgress;
  stopRequested: boolean;
}

function outcomeOf(result: PaperLookupResult): LookupPaperOutcome {
  return {
    paperId: result.paperId,
    citekey: result.citekey,
    outcome: result.outcome,
    applied: result.applied,
    reasons: result.reasons,
    source: result.source,
  };
}

function count(progress: LookupJobProgress, result: PaperLookupResult): void {
  progress.done += 1;
  if (result.outcome === 'auto' && result.applied.length > 0) progress.applied += 1;
  else if (result.outcome === 'review') progress.review += 1;
  else if (result.outcome === 'reject') progress.rejected += 1;
  else if (result.outcome === 'failed') progress.failed += 1;
  progress.results.push(outcomeOf(result));
  const problems = result.outcome === 'failed' ? [...result.reasons, ...result.problems] : result.problems;
  for (const problem of problems) {
    if (progress.problems.length < MAX_PROBLEMS && !progress.problems.includes(problem))
      progress.problems.push(problem);
  }
}

const copy = (progress: LookupJobProgress): LookupJobProgress => ({
  ...progress,
  results: [...progress.results],
  problems: [...progress.problems],
});

/**
 * Lookups that run in the background of main, one paper after another, while the window polls
 * their progress. Confident matches are filled in as they come, all of one job as one undo step
 * (split only when the person changes something else meanwhile); a cancel stops before the next
 * paper and keeps what was filled in.
 */
export class LookupJobs {
  private nextId = 1;
  private readonly jobs = new Map<number, Job>();

  constructor(
    private readonly db: LibraryDb,
    private readonly context: LookupContext,
    private readonly log: (error: unknown) => void = console.error,
    /** Resolves when main's connection may write without waiting on another's lock. */
    private readonly writable: () => Promise<void> = () => Promise.resolve(),
  ) {}

  start(ids: readonly number[]): LookupJobProgress {
    const jobId = this.nextId++;
    const job: Job = {
      stopRequested: false,
      progress: {
        jobId,
        state: ids.length === 0 ? 'finished' : 'running',
        total: ids.length,
        done: 0,
        applied: 0,
        review: 0,
        rejected: 0,
        failed: 0,
        results: [],
        problems: [],
        message: ids.length === 0 ? 'Every paper already has its authors and a year.' : null,
      },
    };
    this.jobs.set(jobId, job);
    this.forgetOld();
    if (ids.length > 0) void this.run(job, ids);
    return copy(job.progress);
  }

  progress(jobId: number): LookupJobProgress {
    return copy(this.job(jobId).progress);
  }

  /** The newest job still running or being cancelled: a page opened meanwhile follows it. */
  running(): LookupJobProgress | null {
    const running = [...this.jobs.values()].filter(
      (job) => job.progress.state === 'running' || job.progress.state === 'cancelling',
    );
    const newest = running.at(-1);
    return newest ? copy(newest.progress) : null;
  }

  cancel(jobId: number): LookupJobProgress {
    const job = this.job(jobId);
    if (job.progress.state === 'running') {
      job.stopRequested = true;
      job.progress.state = 'cancelling';
    }
    return copy(job.progress);
  }

  private run(job: Job, ids: readonly number[]): Promise<void> {
    const progress = job.progress;
    return lookupPapers(this.db, ids, this.context, {
      applyConfident: true,
      job: `lookup-job:${randomUUID()}`,
      shouldStop: () => job.stopRequested,
      beforeWrite: this.writable,
      onProgress: (_done, _total, result) => count(progress, result),
      // A job ends with every paper it still has counted: one deleted meanwhile leaves the total.
      onGone: () => {
        progress.total -= 1;
      },
    })
      .then(() => {
        progress.state = job.stopRequested ? 'cancelled' : 'finished';
      })
      .catch((error: unknown) => {
        progress.state = 'stopped';
        if (error instanceof ShelfmarkError) {
          progress.message = error.message;
        } else {
          this.log(error);
          progress.message = `A paper could not be saved: ${failureMessage(error)} The papers filled in before it keep their details.`;
        }
      });
  }

  private job(jobId: number): Job {
    const job = this.jobs.get(jobId);
    if (!job)
      throw new ShelfmarkError('not_found', `There is no lookup ${jobId}; it may have finished long ago.`);
    return job;
  }

  private forgetOld(): void {
    const ended = [...this.jobs.values()].filter(
      (job) => job.progress.state !== 'running' && job.progress.state !== 'cancelling',
    );
    for (const job of ended.slice(0, Math.max(0, ended.length - KEPT_JOBS)))
      this.jobs.delete(job.progress.jobId);
  }
}
