/**
 * A share-card worker thread (see pool.ts): draws each card it is sent into its cache
 * file and answers with the job's number, or the error's message and stack.
 * Loaded by Node directly (type stripping), not by Vite: imports only plain TypeScript.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { drawCardTo, warmUp } from './render.ts';
import type { CardJob, CardJobResult } from './pool.ts';

if (!parentPort) throw new Error('worker.ts runs as a worker thread (pool.ts starts it)');
const port = parentPort;
/**
 * This thread only (on Linux a nice value is a thread's, and the threads it starts inherit it): pages
 * first, cards in the CPU time Astro leaves. At N = 10 on two cores, 4.20 s against 4.40 s on
 * average over three cold builds each; the build waits for the cards at its end either way.
 */
const CARD_THREAD_NICE = 15;
try {
  setPriority(0, CARD_THREAD_NICE);
} catch {
  // Not permitted or not supported here: draw at normal priority.
}
// Started before the first card arrives (pool.ts prestartCardWorkers); a failure here shows
// again, with the card's name, when that card is drawn.
const ready = warmUp().catch(() => undefined);

// Cards arrive ahead of time (pool.ts JOBS_IN_FLIGHT) and are drawn one after another, in order.
let drawing: Promise<unknown> = ready;
port.on('message', (job: CardJob) => {
  drawing = drawing
    .then(() => drawCardTo(job.tree, job.file))
    .then(
      () => port.postMessage({ seq: job.seq } satisfies CardJobResult),
      (error: unknown) =>
        port.postMessage({
          seq: job.seq,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        } satisfies CardJobResult),
    );
});
