// A listing worker that posts a listing of its own, whatever it is asked: shows that a listing was made in a worker.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ files: ['from-the-worker.txt'], missing: [], emptyFolders: [], bases: [], places: [{ path: 'from-the-worker.json' }] });
