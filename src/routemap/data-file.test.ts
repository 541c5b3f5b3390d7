import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readWithinLimit } from './data-file';

const CHUNK = 64 * 1024;

/** A body that sends `total` bytes (or never ends) in chunks, and counts what was read from it and whether it was cancelled. */
function body(total = Number.POSITIVE_INFINITY, byte = 0x20) {
  const seen = { bytes: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const size = Math.min(CHUNK, total - seen.bytes);
        if (size <= 0) return controller.close();
        seen.bytes += size;
        controller.enqueue(new Uint8Array(size).fill(byte));
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, seen };
}

describe('reading a published file through a byte cap', () => {
  it('stops an endless body just past the limit and cancels it', async () => {
    const { stream, seen } = body();
    const reading = await readWithinLimit(stream);
    expect(reading).toEqual({ ok: false, reason: 'too-large', detail: `more than the ${MAX_FILE_BYTES} bytes allowed` });
    expect(seen.bytes).toBeLessThanOrEqual(MAX_FILE_BYTES + CHUNK);
    expect(seen.cancelled).toBe(true);
  });

  it('takes a file of exactly the limit, and refuses one byte more', async () => {
    const exact = await readWithinLimit(body(MAX_FILE_BYTES).stream);
    expect(exact.ok && exact.text.length).toBe(MAX_FILE_BYTES);
    expect((await readWithinLimit(body(MAX_FILE_BYTES + 1).stream)).ok).toBe(false);
  });

  it('decodes UTF-8 whose characters are split between chunks', async () => {
    const bytes = new TextEncoder().encode('{"naam":"Zorg- en Veiligheidshuis — één"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    expect(await readWithinLimit(stream)).toEqual({ ok: true, text: '{"naam":"Zorg- en Veiligheidshuis — één"}' });
  });
});
