import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ShelfmarkError } from '../library/ShelfmarkError';
import type { BibtexJob, BibtexReply } from './bibtexProtocol';
import type { ImportedPaper } from './importedPaper';
import { parseBibtex } from './parseBibtex';

export type BibtexRead = { papers: ImportedPaper[]; errors: string[] };

/**
 * Time allowed to read a .bib file: generous, because the parser is slow even on real files
 * (the 369 KB export of the 249-paper sample takes 2 to 9 s on a busy 2-core machine), and
 * what it must stop is input that would run for minutes or hours (5,000 chained @string
 * definitions). 30 s, plus 50 ms per KB, at most 5 minutes.
 */
export function bibtexBudgetMs(input: string): number {
  return Math.min(300_000, 30_000 + Math.ceil(input.length / 1024) * 50);
}

/** Entries (an @ at a line's start) in a file, to say how large it was. */
const entriesIn = (input: string) => input.match(/^\s*@/gm)?.length ?? 0;

export class BibtexBudgetError extends ShelfmarkError {
  constructor(budgetMs: number, input: string) {
    // The parser takes a few milliseconds an entry: tens of thousands of entries alone run this long.
    const entries = entriesIn(input);
    const why =
      entries >= 20_000
        ? `This file holds about ${entries.toLocaleString('en-US')} entries, more than BibTeX can be read in that time: split it into files of up to 20,000 entries, or import a Shelfmark JSON export of the same papers, which reads in seconds.`
        : 'Files that hold long chains of @string definitions referring to each other are this slow; split the file or expand the strings.';
    super(
      'nothing_to_import',
      `Reading this BibTeX took longer than ${Math.round(budgetMs / 1000)} seconds, so it was stopped. ${why} Nothing was imported.`,
      null,
    );
    this.name = 'BibtexBudgetError';
  }
}

interface Waiting {
  job: BibtexJob;
  resolve: (read: BibtexRead) => void;
  reject: (error: Error) => void;
}

/**
 * Main's side of the BibTeX worker. The parser library can take time quadratic or worse in
 * crafted input; here it runs in a worker thread, one file at a time, and a file that takes
 * longer than the budget is stopped by terminating the worker (the next file gets a new one).
 */
export class BibtexReader {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly queue: Waiting[] = [];
  private running: (Waiting & { timer: NodeJS.Timeout }) | null = null;

  constructor(
    private readonly script: string,
    private readonly budgetFor: (input: string) => number = bibtexBudgetMs,
  ) {}

  read(input: string): Promise<BibtexRead> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, input }, resolve, reject });
      this.pump();
    });
  }

  private start(): Worker {
    const worker = new Worker(this.script);
    worker.on('message', (reply: BibtexReply) => {
      const running = this.running;
      if (!running || running.job.id !== reply.id) return;
      this.finish();
      if (reply.ok) running.resolve({ papers: reply.papers, errors: reply.errors });
      else running.reject(new Error(`The BibTeX worker failed: ${reply.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      const running = this.running;
      this.finish();
      running?.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The BibTeX worker stopped (exit ${code}).`)));
    // An idle worker must not keep the CLI alive.
    worker.unref();
    return worker;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    this.worker ??= this.start();
    const budgetMs = this.budgetFor(next.job.input);
    const timer = setTimeout(() => this.overBudget(budgetMs), budgetMs);
    this.running = { ...next, timer };
    this.worker.ref();
    this.worker.postMessage(next.job);
  }

  private finish(): void {
    if (this.running) clearTimeout(this.running.timer);
    this.running = null;
    this.worker?.unref();
    this.pump();
  }

  private overBudget(budgetMs: number): void {
    const running = this.running;
    const worker = this.worker;
    this.worker = null;
    this.finish();
    void worker?.terminate();
    running?.reject(new BibtexBudgetError(budgetMs, running.job.input));
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}

const BUILT_WORKER = join(__dirname, 'bibtexWorker.js');
let shared: BibtexReader | null = null;

/**
 * Reads BibTeX within the budget, in the worker built beside this file. Only when running
 * from the TypeScript sources (unit tests under vitest) is there no built worker; there the
 * file is read in this thread, and test/import/BibtexReader.test.ts covers the worker from out/.
 */
export function readBibtex(input: string): Promise<BibtexRead> {
  if (__filename.endsWith('.ts') && !existsSync(BUILT_WORKER)) return Promise.resolve(parseBibtex(input));
  shared ??= new BibtexReader(BUILT_WORKER);
  return shared.read(input);
}
