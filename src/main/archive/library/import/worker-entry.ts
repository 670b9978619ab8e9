/**
 * The import worker thread: prepares one file at a time as the engine asks. Built as
 * out/main/import-worker.js; killed and replaced when an import is cancelled or a file hangs.
 */
import { parentPort } from 'node:worker_threads';
import { toMuragatError } from '../../to-muragat-error';
import { prepareSource } from './prepare-source';
import type { PrepareReply, PrepareRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('the import worker must run in a worker thread');
const reply = (message: PrepareReply) => port.postMessage(message);

port.on('message', ({ id, input }: PrepareRequest) => {
  prepareSource(input, (page, pageCount) => reply({ id, type: 'page', page, pageCount })).then(
    (output) => reply({ id, type: 'done', output }),
    (error: unknown) => reply({ id, type: 'error', error: toMuragatError(error).toPayload() }),
  );
});
