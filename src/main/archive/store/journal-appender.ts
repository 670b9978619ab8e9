import { close, constants, fdatasync, openSync, write } from 'node:fs';
import { open, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory } from './durable-write';

/**
 * Where the system has O_DSYNC (Linux, macOS), each write returns once its data is durable, as
 * a write followed by fdatasync would, in one call instead of two. Windows has no such flag
 * here: there an explicit fdatasync follows each write.
 */
const DSYNC: number | undefined = (constants as Partial<typeof constants>).O_DSYNC;
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | (DSYNC ?? 0);

/** One file-system block of zeros: what an emptied journal keeps for its next line. */
const BLOCK = 4096;
/** When less than a block is left after the last line, this much more is reserved, after the save. */
const RESERVE = 16 * 1024;

const writeAt = (fd: number, data: Buffer, position: number) =>
  new Promise<number>((resolve, reject) => {
    write(fd, data, 0, data.length, position, (error, written) => (error ? reject(error) : resolve(written)));
  });
const datasync = (fd: number) =>
  new Promise<void>((resolve, reject) => {
    fdatasync(fd, (error) => (error ? reject(error) : resolve()));
  });
const closeFd = (fd: number) =>
  new Promise<void>((resolve, reject) => {
    close(fd, (error) => (error ? reject(error) : resolve()));
  });

/** Writes `data` at `position` and returns once it is durable. */
async function writeDurably(fd: number, data: Buffer, position: number, file: string): Promise<void> {
  const written = await writeAt(fd, data, position);
  if (written !== data.length) throw new Error(`${file}: only ${written} of ${data.length} bytes were written`);
  if (DSYNC === undefined) await datasync(fd);
}

/**
 * The writing end of one journal. A save is one durable write of its line (O_DSYNC, or
 * fdatasync) on a descriptor kept open between saves, into zeros already in the file: a write
 * that does not lengthen the file changes no metadata, so its sync is a data flush alone (on
 * ext4 a lengthening append also costs a journal commit, half again the time). The zeros are
 * topped up after a save (`reserve`), and the file is emptied, not deleted, when its lines are
 * folded into the shard file, so its folder entry is made durable once.
 */
export class JournalAppender {
  private fd: number | null = null;
  /** Known to hold nothing but its block of zeros (emptied by this process, nothing written since). */
  private clean = false;
  private exists: boolean;
  /** Whether the file's folder entry survives a crash: found on disk, or fsynced since it was made. */
  private nameDurable: boolean;

  /**
   * `end`: where the good lines end (the next line goes there); `length`: the file's length.
   * `found`: the file was there when the store opened or later (the store fsyncs the folder when it opens).
   */
  constructor(
    readonly file: string,
    private end: number,
    private length: number,
    private count: number,
    found: boolean,
  ) {
    this.exists = found;
    this.nameDurable = found;
  }

  /** Lines in the file and their length: what the next compaction folds into the shard file. */
  get lines(): number {
    return this.count;
  }
  get bytes(): number {
    return this.end;
  }

  /** Whether a document saved again (so being edited) is running out of zeros for its next lines. */
  get needsReserve(): boolean {
    return this.count >= 2 && this.length - this.end < BLOCK;
  }

  /** Resolves once the line is durable. A failed append is cut back off, never left as garbage before the next. */
  async append(line: Buffer): Promise<void> {
    const fd = this.fd ?? (await this.openFd());
    try {
      await writeDurably(fd, line, this.end, this.file);
    } catch (error) {
      await this.close().catch(() => undefined);
      await this.cutTornTail().catch(() => undefined);
      throw error;
    }
    this.end += line.length;
    this.length = Math.max(this.length, this.end);
    this.count++;
    this.clean = false;
  }

  /** Adds zeros after the last line, durably, for the next saves: only while the descriptor is open (the document is being edited). */
  async reserve(): Promise<void> {
    if (this.fd === null || !this.needsReserve) return;
    const target = Math.ceil((this.end + RESERVE) / BLOCK) * BLOCK;
    await writeDurably(this.fd, Buffer.alloc(target - this.length), this.length, this.file);
    this.length = target;
  }

  /** Creates the file ahead of a shard file's write (whose folder fsync makes its name durable too), with a block of zeros for its first line. */
  async create(): Promise<void> {
    if (this.exists) return;
    await this.empty();
    this.exists = true;
  }

  /** The folder was fsynced after `create()`. */
  folderSynced(): void {
    this.nameDurable = this.exists;
  }

  /** Empties the journal once the shard file holds its lines (and whatever damaged ones followed them), keeping a block of zeros. */
  async clear(): Promise<void> {
    if (!this.clean) await this.empty();
  }

  /** Cuts a torn last line off: the file is made as long as its good lines again. */
  async cutTornTail(): Promise<void> {
    await truncate(this.file, this.end);
    this.length = this.end;
  }

  close(): Promise<void> {
    const fd = this.fd;
    this.fd = null;
    return fd === null ? Promise.resolve() : closeFd(fd);
  }

  private async empty(): Promise<void> {
    this.clean = false;
    const handle = await open(this.file, WRITE_FLAGS | constants.O_TRUNC);
    // Emptied from here on, even should the zeros fail: the next line goes at the start.
    this.end = 0;
    this.length = 0;
    this.count = 0;
    try {
      await handle.write(Buffer.alloc(BLOCK), 0, BLOCK, 0);
      if (DSYNC === undefined) await handle.datasync();
    } finally {
      await handle.close();
    }
    this.length = BLOCK;
    this.clean = true;
  }

  private async openFd(): Promise<number> {
    // Opening a journal is a lookup in its folder, not a wait for the disk (like the existsSync
    // the asset routes make): done at once, it spares the first save of a document a trip
    // through the thread pool. The writes and their syncs stay asynchronous.
    const fd = openSync(this.file, WRITE_FLAGS);
    this.exists = true;
    if (!this.nameDurable) {
      // A journal made here (its shard file was written before journals existed, or it was deleted) needs its name fsynced once.
      await syncDirectory(dirname(this.file)).catch(async (error: unknown) => {
        await closeFd(fd);
        throw error;
      });
      this.nameDurable = true;
    }
    this.fd = fd;
    return fd;
  }
}
