import type { ImportedPaper } from './importedPaper';
import { parseBibtex } from './parseBibtex';

/** What main asks the BibTeX worker, and what it answers. */
export interface BibtexJob {
  id: number;
  input: string;
}

export type BibtexReply =
  | { id: number; ok: true; papers: ImportedPaper[]; errors: string[] }
  | { id: number; ok: false; error: string };

export function answerBibtex(job: BibtexJob): BibtexReply {
  try {
    return { id: job.id, ok: true, ...parseBibtex(job.input) };
  } catch (error) {
    return { id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
