import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { ShardDelta } from './shard-delta';

/**
 * annotations/<docId>.journal: the saves made to a document since its shard file was last
 * written whole, one line each, oldest first, then zero bytes (space kept for the next lines):
 *
 *     <CRC-32 of the JSON, 8 hex digits> <JSON: {"seq":n,"put":[…],"remove":[…],"history":[…]}>\n
 *
 * `seq` counts a shard's saves; the shard file records the last one it holds (`journalSeq`),
 * so lines at or below it are already in the file and are skipped.
 */
export const JournalEntry = ShardDelta.extend({ seq: z.number().int().positive() });
export type JournalEntry = z.infer<typeof JournalEntry>;

const NEWLINE = 0x0a;
const CRC_DIGITS = 8;

const checksum = (json: Buffer) => crc32(json).toString(16).padStart(CRC_DIGITS, '0');

export function encodeEntry(entry: JournalEntry): Buffer {
  const json = JSON.stringify(entry);
  const line = Buffer.allocUnsafe(CRC_DIGITS + 1 + Buffer.byteLength(json) + 1);
  const end = CRC_DIGITS + 1 + line.write(json, CRC_DIGITS + 1);
  line.write(`${checksum(line.subarray(CRC_DIGITS + 1, end))} `, 0, 'latin1');
  line[end] = NEWLINE;
  return line;
}

export interface JournalRead {
  /** Whether the file is there at all. */
  found: boolean;
  /** The file's length: its good lines, then whatever follows them. */
  length: number;
  /** The entries after the shard file's `journalSeq`, in order. */
  entries: JournalEntry[];
  /** Good lines in the file, those skipped included: what the next compaction folds in. */
  lines: number;
  /** Where the last good line ends: where the next line goes. */
  goodBytes: number;
  /** Bytes after the good lines that are not free space, and no good line after them: an append cut short by a crash, never acknowledged. */
  torn: boolean;
  /** A bad line with a good one after it: acknowledged saves are lost from here on. */
  damage?: string;
  /** Saves between the shard file and the journal's first entry that neither holds (the file came from an older backup). */
  gap?: { from: number; to: number };
}

const empty = (found: boolean, length: number): JournalRead => ({ found, length, entries: [], lines: 0, goodBytes: 0, torn: false });

/** Reads a journal (a missing one is empty) and sorts its lines into good, torn and damaged. */
export async function readJournal(file: string, journalSeq: number): Promise<JournalRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty(false, 0);
    throw error;
  }
  return parseJournal(bytes, journalSeq);
}

export function parseJournal(bytes: Buffer, journalSeq: number): JournalRead {
  const read = empty(true, bytes.length);
  let previous: number | null = null;
  // A line starts with a hex digit, never a zero byte: a zero there is where the free space begins.
  while (read.goodBytes < bytes.length && bytes[read.goodBytes] !== 0) {
    const newline = bytes.indexOf(NEWLINE, read.goodBytes);
    if (newline === -1) break;
    const decoded = inSequence(decodeLine(bytes.subarray(read.goodBytes, newline)), previous);
    if (!decoded.ok) break;
    const entry: JournalEntry = decoded.entry;
    if (entry.seq > journalSeq) {
      if (read.entries.length === 0 && entry.seq > journalSeq + 1) read.gap = { from: journalSeq + 1, to: entry.seq - 1 };
      read.entries.push(entry);
    }
    previous = entry.seq;
    read.lines++;
    read.goodBytes = newline + 1;
  }
  const rest = bytes.subarray(read.goodBytes);
  if (rest.every((byte) => byte === 0)) return read;
  // Only one append is ever in flight, so only what follows the last good line can be a crash's
  // leftover; a good line after the bad one means the bad one had been acknowledged.
  const problem = badLineProblem(rest);
  if (laterGoodLine(rest)) read.damage = `line ${read.lines + 1} of the journal is damaged (${problem})`;
  else read.torn = true;
  return read;
}

type Decoded = { ok: true; entry: JournalEntry } | { ok: false; problem: string };

const bad = (problem: string): Decoded => ({ ok: false, problem });

/** Each line is the save after the line before it: anything else is not this journal's own order. */
const inSequence = (decoded: Decoded, previous: number | null): Decoded =>
  decoded.ok && previous !== null && decoded.entry.seq !== previous + 1 ? bad(`it is save ${decoded.entry.seq} after save ${previous}`) : decoded;

function badLineProblem(rest: Buffer): string {
  const newline = rest.indexOf(NEWLINE);
  const decoded = newline === -1 ? bad('it is incomplete') : decodeLine(rest.subarray(0, newline));
  return decoded.ok ? 'it is out of sequence' : decoded.problem;
}

function laterGoodLine(rest: Buffer): boolean {
  for (let start = rest.indexOf(NEWLINE) + 1; start > 0 && start < rest.length; start = rest.indexOf(NEWLINE, start) + 1) {
    const newline = rest.indexOf(NEWLINE, start);
    if (newline === -1) return false;
    if (decodeLine(rest.subarray(start, newline)).ok) return true;
  }
  return false;
}

function decodeLine(line: Buffer): Decoded {
  const json = line.subarray(CRC_DIGITS + 1);
  if (line[CRC_DIGITS] !== 0x20 || line.subarray(0, CRC_DIGITS).toString('latin1') !== checksum(json)) return bad('its checksum does not match');
  let raw: unknown;
  try {
    raw = JSON.parse(json.toString('utf8'));
  } catch {
    return bad('it is not valid JSON');
  }
  const parsed = JournalEntry.safeParse(raw);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const first = parsed.error.issues[0];
  return bad(`it does not match the expected structure (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`);
}
