/**
 * The route map's data file as it travels between the owners, the server and the apps: its name,
 * where the server publishes it, the size every reader accepts, and its text read as JSON. Pure:
 * the build, the app's updater and the editor all read a file through here.
 */

export const DATA_FILE_NAME = 'routekaart.json';
/** Where the site publishes the file, from its root (nginx and the build both put it there). */
export const DATA_FILE_PATH = `data/${DATA_FILE_NAME}`;
/** Far above a real map (ten times Den Haag's is ~100 KiB): a file this large is a mistake or an attack. */
export const MAX_FILE_BYTES = 256 * 1024;

export interface FileProblem {
  reason: 'too-large' | 'not-json';
  /** Says what is wrong, to go after "The file is …". */
  detail: string;
}

export type FileReading = { ok: true; value: unknown } | ({ ok: false } & FileProblem);

/** Judged before a byte is parsed: a size said by a server's header or a chosen file. */
export function sizeProblem(bytes: number): FileProblem | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return { reason: 'too-large', detail: `${bytes} bytes, more than the ${MAX_FILE_BYTES} allowed` };
}

export type TextReading = { ok: true; text: string } | ({ ok: false } & FileProblem);

/**
 * A file's bytes as they arrive, as UTF-8 text, stopping (and cancelling the rest) as soon as
 * there are more than the limit: a server that gzips sends no Content-Length, and a huge or
 * endless answer must never be held whole.
 */
export async function readWithinLimit(body: ReadableStream<Uint8Array>): Promise<TextReading> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { ok: true, text: text + decoder.decode() };
    bytes += value.byteLength;
    if (bytes > MAX_FILE_BYTES) {
      // Not awaited: a server that stalls must not hold the check.
      reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large', detail: `more than the ${MAX_FILE_BYTES} bytes allowed` };
    }
    text += decoder.decode(value, { stream: true });
  }
}

export function readDataFile(text: string): FileReading {
  const tooLarge = sizeProblem(new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, ...tooLarge };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: `not valid JSON: ${(error as Error).message}` };
  }
}
