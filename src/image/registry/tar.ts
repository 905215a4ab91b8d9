// A streaming tar reader (POSIX ustar with PAX `x` records and GNU `L`/`K` long names), for
// layer blobs read from a registry and `docker save` streams: entries are handed out as
// they pass, bodies go to a sink with backpressure, nothing is written to disk.
// Also the engine's layer size measure over a layer tar (moby pkg/directory Size: apparent
// size of regular files, symlinks at their target length, each hardlinked inode once,
// directories and whiteouts 0).

import { InputError } from '../../errors.js';

export interface TarEntry {
  name: string;
  /** The typeflag: '0' file, '1' hardlink, '2' symlink, '5' directory, … ('\0' is read as '0'). */
  type: string;
  size: number;
  linkName: string;
}

export interface TarBodySink {
  write(chunk: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
}

const BLOCK = 512;

function cString(block: Buffer, start: number, length: number): string {
  const slice = block.subarray(start, start + length);
  const nul = slice.indexOf(0);
  return slice.subarray(0, nul < 0 ? slice.length : nul).toString('utf8');
}

// Sizes are octal text, or GNU base-256 binary when the first byte has its high bit set (files ≥ 8 GiB).
function numeric(block: Buffer, start: number, length: number): number {
  const field = block.subarray(start, start + length);
  if (field[0] & 0x80) {
    let value = field[0] & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  const text = cString(block, start, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return sum === numeric(block, 148, 8);
}

/** PAX extended header records: `<len> <key>=<value>\n`. */
function parsePax(body: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < body.length) {
    const space = body.indexOf(0x20, pos);
    if (space < 0) break;
    const length = Number(body.subarray(pos, space).toString('ascii'));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = body.subarray(space + 1, pos + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += length;
  }
  return out;
}

/**
 * Reads a tar stream, calling `onEntry` for each entry; the sink it returns (if any) gets the
 * entry's body. Entries end at the end-of-archive blocks; the input is read to its end.
 */
export async function walkTar(source: AsyncIterable<Buffer | Uint8Array>, onEntry: (entry: TarEntry) => TarBodySink | undefined, what: string): Promise<void> {
  let pending = Buffer.alloc(0);
  type State = 'header' | 'body' | 'meta' | 'skip' | 'done';
  // Cast: the entry callbacks change it, which TypeScript's narrowing cannot see.
  let state = 'header' as State;
  let remaining = 0; // body bytes left in the current entry
  let padding = 0; // bytes after the body up to the block boundary
  let sink: TarBodySink | undefined;
  let meta: Buffer[] = [];
  let metaType = '';
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;

  const startEntry = async (block: Buffer) => {
    if (block.every((b) => b === 0)) {
      state = 'done';
      return;
    }
    if (!checksumOk(block)) throw new InputError(`${what} is not a tar stream (bad header checksum)`);
    const rawType = String.fromCharCode(block[156]);
    const type = rawType === '\0' ? '0' : rawType;
    let size = numeric(block, 124, 12);
    const magic = cString(block, 257, 6);
    const prefix = magic.startsWith('ustar') ? cString(block, 345, 155) : '';
    padding = (BLOCK - (size % BLOCK)) % BLOCK;
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      state = 'meta';
      metaType = type;
      meta = [];
      remaining = size;
      return;
    }
    if (pax.size !== undefined) {
      size = Number(pax.size);
      padding = (BLOCK - (size % BLOCK)) % BLOCK;
    }
    const entry: TarEntry = {
      name: longName ?? pax.path ?? (prefix ? `${prefix}/${cString(block, 0, 100)}` : cString(block, 0, 100)),
      type,
      size,
      linkName: longLink ?? pax.linkpath ?? cString(block, 157, 100),
    };
    pax = {};
    longName = undefined;
    longLink = undefined;
    sink = onEntry(entry);
    remaining = entry.size;
    state = 'body';
    if (remaining === 0) await finishBody();
  };

  const finishBody = async () => {
    if (sink) await sink.end();
    sink = undefined;
    state = padding > 0 ? 'skip' : 'header';
  };

  const finishMeta = () => {
    const body = Buffer.concat(meta);
    if (metaType === 'x') pax = parsePax(body);
    else if (metaType === 'L') longName = cString(body, 0, body.length);
    else if (metaType === 'K') longLink = cString(body, 0, body.length);
    // 'g' (global PAX) sets defaults for the whole archive: nothing layers use.
    state = padding > 0 ? 'skip' : 'header';
  };

  for await (const raw of source) {
    pending = pending.length ? Buffer.concat([pending, Buffer.from(raw)]) : Buffer.from(raw);
    while (pending.length > 0 && state !== 'done') {
      if (state === 'header') {
        if (pending.length < BLOCK) break;
        const block = pending.subarray(0, BLOCK);
        pending = pending.subarray(BLOCK);
        await startEntry(block);
      } else if (state === 'body' || state === 'meta') {
        const take = Math.min(remaining, pending.length);
        const chunk = pending.subarray(0, take);
        pending = pending.subarray(take);
        remaining -= take;
        if (state === 'meta') meta.push(Buffer.from(chunk));
        else if (sink) await sink.write(chunk);
        if (remaining === 0) {
          if (state === 'meta') finishMeta();
          else await finishBody();
        }
      } else if (state === 'skip') {
        const take = Math.min(padding, pending.length);
        pending = pending.subarray(take);
        padding -= take;
        if (padding === 0) state = 'header';
      }
    }
    // After the end-of-archive blocks the rest is read and dropped, so that a writer (docker save) ends cleanly.
    if (state === 'done') pending = Buffer.alloc(0);
  }
  if (state === 'body' || state === 'meta') throw new InputError(`${what} ends in the middle of an entry (truncated tar)`);
}

const isWhiteout = (name: string) => /(^|\/)\.wh\./.test(name);

/** The engine's size of one layer tar: regular-file bytes + symlink target lengths, hardlinks once, dirs and whiteouts 0. */
export async function countLayerContentBytes(source: AsyncIterable<Buffer | Uint8Array>, what: string): Promise<number> {
  let total = 0;
  await walkTar(
    source,
    (entry) => {
      if (isWhiteout(entry.name)) return undefined;
      // A hardlink entry names a file already counted in this layer: the inode counts once.
      if (entry.type === '0' || entry.type === '7') total += entry.size;
      else if (entry.type === '2') total += Buffer.byteLength(entry.linkName);
      return undefined;
    },
    what,
  );
  return total;
}
