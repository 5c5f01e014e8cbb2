/**
 * Draws share cards in worker threads, beside Astro's own work: up to one worker per core (one per
 * CARDS_PER_WORKER cards), each drawing the cards it was sent in order. Not one fewer for Astro's thread: cards,
 * not pages, were most of a cold build's CPU when satori drew each card (at N = 100 on two cores,
 * about 60 s of the build's 74 s; Astro had written every page 16 s in, and the cards took 26 s
 * more). With the glyph atlas (fast.ts) a card is about 5 ms, so small builds use one worker.
 * Workers do not keep the process alive (`unref`) until `drain` is awaited, so a build that fails
 * elsewhere still exits; `close` ends them.
 * @see https://nodejs.org/api/worker_threads.html
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardElement } from './element.ts';

export interface CardJob {
  seq: number;
  /** Who the card is for, in error messages: a claim id or `site`. */
  name: string;
  tree: CardElement;
  /** The cache file to write. */
  file: string;
}
export interface CardJobResult {
  seq: number;
  error?: string;
}

export interface CardPool {
  /** Resolves when every card is drawn; rejects with every card that failed, named. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

const SHOWN_FAILURES = 5;

/**
 * Cards sent to a worker ahead of its answers (about a second of drawing). Its answers are read on
 * the build's main thread, which is busy for long stretches (rendering explanations, Astro's pages):
 * with one card at a time, the worker waited for it after every card and drew 50 cards in 1.1 s of
 * wall time for 0.26 s of CPU. With its own queue it draws while the main thread works.
 */
export const JOBS_IN_FLIGHT = 256;

/**
 * Cards a worker is started for. A second worker for the 250 cards of N = 10 took CPU from Astro on
 * a two-core machine and saved less than it cost, while one worker still finishes before Astro does.
 * (A worker's start-up was about 0.7 s of CPU when it drew its templates and glyphs; with the card
 * kit, kit.ts, it is about 0.15 s, and a card about 3.5 ms.)
 */
export const CARDS_PER_WORKER = 600;

export function defaultPoolSize(cards = Infinity): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(cards / CARDS_PER_WORKER)));
}

const WORKER_FILE = new URL('./worker.ts', import.meta.url);
/** Workers started ahead by `prestartCardWorkers`, warming up until `drawCardsInPool` takes them. */
const spare: Worker[] = [];

/**
 * Starts `count` workers now, before the cards are known: each loads and initialises its renderer
 * (worker.ts) while the main thread reads and checks the content, off a cold build's
 * critical path. `drawCardsInPool` uses them, and ends those it does not need.
 */
export async function prestartCardWorkers(count = 1): Promise<void> {
  await import('sharp'); // see drawCardsInPool
  for (let i = 0; i < count; i++) {
    const worker = new Worker(WORKER_FILE);
    // A worker that fails while warming up is replaced when the pool starts.
    worker.on('error', () => spare.splice(spare.indexOf(worker) >>> 0, 1));
    worker.unref();
    spare.push(worker);
  }
}

/** What a pool's workers share: the cards not yet sent, the failures, and how many cards are still to answer. */
interface PoolState {
  readonly queue: CardJob[];
  readonly failures: string[];
  pending: number;
  /** Set by `close`: a worker that exits then is not losing cards. */
  closing: boolean;
  /** Resolves `drain`'s wait: called once `pending` reaches 0. */
  readonly settle: () => void;
}

function answered(state: PoolState, count = 1): void {
  state.pending -= count;
  if (state.pending <= 0) state.settle();
}

/** A worker (a prestarted one if any) drawing from the pool's queue, up to JOBS_IN_FLIGHT cards ahead. */
function startWorker(state: PoolState): Worker {
  const worker = spare.pop() ?? new Worker(WORKER_FILE);
  // Jobs sent and not yet answered, oldest first: the worker draws them in order from its own queue.
  const inFlight = new Map<number, CardJob>();
  const topUp = () => {
    while (inFlight.size < JOBS_IN_FLIGHT) {
      const job = state.queue.shift();
      if (!job) return;
      inFlight.set(job.seq, job);
      worker.postMessage(job);
    }
  };
  worker.on('message', (result: CardJobResult) => {
    const job = inFlight.get(result.seq);
    inFlight.delete(result.seq);
    if (result.error) state.failures.push(`${job?.name ?? result.seq}: ${result.error}`);
    answered(state);
    topUp();
  });
  // The worker is gone (an uncaught error, or it exited): its cards and every card still queued fail with it.
  const lose = (reason: string) => {
    const [drawing] = inFlight.values();
    state.failures.push(`${drawing?.name ?? 'worker'}: ${reason}`);
    const lost = state.queue.length + inFlight.size;
    state.queue.length = 0;
    inFlight.clear();
    answered(state, lost);
  };
  worker.on('error', (error) => lose(error.stack ?? error.message));
  worker.on('exit', (code) => {
    if (inFlight.size > 0 && !state.closing) lose(`the card worker exited (code ${code}) while drawing this card`);
  });
  worker.unref();
  topUp();
  return worker;
}

/** Every card that failed, named: the first few, since a cause shared by every card (a full disk) shows in one. */
function poolError(failures: readonly string[]): Error {
  const shown = failures.slice(0, SHOWN_FAILURES);
  const more = failures.length > shown.length ? `\n… and ${failures.length - shown.length} more` : '';
  return new Error(`Could not draw ${failures.length} share card(s):\n${shown.join('\n')}${more}`);
}

export async function drawCardsInPool(
  jobs: readonly Omit<CardJob, 'seq'>[],
  options: { size?: number } = {},
): Promise<CardPool> {
  const queue = jobs.map((job, seq) => ({ ...job, seq }));
  // No worker for a warm build: loading satori and sharp costs a few hundred milliseconds each.
  const size = Math.min(options.size ?? defaultPoolSize(queue.length), queue.length);
  // sharp's shared libraries must be loaded by the main thread before workers load them, on glibc Linux.
  // @see https://sharp.pixelplumbing.com/install#worker-threads
  if (size > 0) await import('sharp');
  let settle = () => {};
  const done = new Promise<void>((resolve) => (settle = resolve));
  const state: PoolState = { queue, failures: [], pending: queue.length, closing: false, settle: () => settle() };
  if (state.pending === 0) settle();
  const workers = Array.from({ length: size }, () => startWorker(state));
  // Prestarted workers this pool does not need (a warm build: no card to draw).
  for (const worker of spare.splice(0)) void worker.terminate();

  return {
    async drain() {
      // Awaited: now the workers must keep the process alive until they finish.
      for (const worker of workers) worker.ref();
      await done;
      if (state.failures.length > 0) throw poolError(state.failures);
    },
    async close() {
      state.closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
