import { parentPort } from 'node:worker_threads';
import { answerBibtex, type BibtexJob } from './bibtexProtocol';

/** Runs in a worker thread, so a .bib file that is slow to read can be stopped without stopping main. */
parentPort?.on('message', (job: BibtexJob) => {
  parentPort?.postMessage(answerBibtex(job));
});
