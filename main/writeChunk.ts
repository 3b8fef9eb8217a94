import type { Writable } from 'node:stream';

/**
 * Writes one chunk and resolves once the stream can take more (backpressure): true, or false when
 * the reader is gone (a closed pipe, `| head`, a dropped connection), so the writer stops quietly.
 */
export function writeChunk(stream: Writable, chunk: string): Promise<boolean> {
  if (stream.destroyed || stream.writableEnded) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (ok: boolean) => () => {
      stream.off('drain', drained);
      stream.off('error', failed);
      stream.off('close', failed);
      resolve(ok);
    };
    const drained = done(true);
    const failed = done(false);
    stream.on('error', failed);
    stream.on('close', failed);
    if (stream.write(chunk)) drained();
    else stream.on('drain', drained);
  });
}
