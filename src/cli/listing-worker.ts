/**
 * The worker thread that lists a long run's inputs (see listing.ts): it posts the listing and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { listHere, type ListingOptions } from './listing.js';

const { paths, options } = workerData as { paths: string[]; options: ListingOptions };
parentPort!.postMessage(await listHere(paths, options));
