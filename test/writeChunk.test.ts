import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeChunk } from '../main/writeChunk';

describe('writeChunk', () => {
  it('waits while the reader is behind, and goes on once it has read', async () => {
    const stream = new PassThrough({ highWaterMark: 4 });
    let settled = false;
    const written = writeChunk(stream, 'more than four bytes').then((ok) => {
      settled = true;
      return ok;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    stream.read();
    expect(await written).toBe(true);
  });

  it('says false, without an error, once the reader has gone (a closed pipe)', async () => {
    const stream = new Writable({
      highWaterMark: 4,
      write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })),
    });
    stream.on('error', () => undefined);
    expect(await writeChunk(stream, 'more than four bytes')).toBe(false);
    expect(await writeChunk(stream, 'again')).toBe(false);
  });
});
