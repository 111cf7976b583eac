// SHIPS TO THE BROWSER (worker). Reads dropped files in chunks, reporting progress, and decodes them.
import { decodeLogBytes, type DecodedText } from '../diagnose/decode.ts';

export class FileRefusal extends Error {
  constructor(
    readonly reason: 'binary' | 'unreadable',
    readonly file: string,
  ) {
    super(reason);
  }
}

async function readBytes(file: File, onChunk: (bytes: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while being read is cut at its announced size.
    const chunk = value.subarray(0, Math.max(0, bytes.length - offset));
    bytes.set(chunk, offset);
    offset += chunk.length;
    onChunk(chunk.length);
  }
  return bytes.subarray(0, offset);
}

/** Reads and decodes every file; refuses oversize and binary files with a reason naming the file. */
export async function readFiles(
  files: File[],
  onProgress: (loaded: number, total: number) => void,
): Promise<{ name: string; decoded: DecodedText; bytes: number }[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  let loaded = 0;
  const out = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(file, (n) => onProgress((loaded += n), total));
    } catch {
      throw new FileRefusal('unreadable', file.name);
    }
    const decoded = decodeLogBytes(bytes);
    if (decoded.binary) throw new FileRefusal('binary', file.name);
    out.push({ name: file.name, decoded, bytes: bytes.length });
  }
  return out;
}
