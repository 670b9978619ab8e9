import { readFile, rename } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { MuragatError } from '../../../shared/rpc/errors';
import { backupPathOf, writeFileDurably } from './durable-write';

/** Upgrades a file's raw JSON from one schemaVersion to the next. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedSpec<T> {
  schema: z.ZodType<T>;
  currentVersion: number;
  /** migrations[i] upgrades version i + 1 to i + 2. */
  migrations: readonly Migration[];
}

export interface Recovery {
  file: string;
  detail: string;
}

export interface AdapterHooks {
  readOnly: boolean;
  onRecovery(recovery: Recovery): void;
  /** Called with the file's path before a migration rewrites it: the place to snapshot it. */
  beforeMigration(file: string): Promise<void>;
}

class Unreadable extends Error {}

/**
 * lowdb adapter for one JSON file: durable writes, schema validation, migrations on read,
 * and recovery from `.bak` when the file is truncated or garbled. A damaged file with no
 * usable backup is reported, never replaced by empty data.
 */
export class VersionedJsonAdapter<T extends { schemaVersion: number }> implements Adapter<T> {
  constructor(
    readonly file: string,
    private readonly spec: VersionedSpec<T>,
    private readonly hooks: AdapterHooks,
  ) {}

  async read(): Promise<T | null> {
    const main = await this.tryLoad(this.file);
    if (main.kind === 'ok') return this.upgradeIfNeeded(main.value, main.version);

    const backup = await this.tryLoad(backupPathOf(this.file));
    if (backup.kind === 'missing' && main.kind === 'missing') return null;
    if (backup.kind !== 'ok') {
      const why = main.kind === 'bad' ? main.reason : 'the file is missing';
      const backupWhy = backup.kind === 'bad' ? `its backup is damaged too (${backup.reason})` : 'it has no backup';
      throw new MuragatError(
        'corrupt',
        `${this.file} cannot be read: ${why}, and ${backupWhy}. Nothing was changed; restore it from the backups folder.`,
      );
    }

    const reason = main.kind === 'bad' ? main.reason : 'the file was missing';
    if (this.hooks.readOnly) {
      this.hooks.onRecovery({ file: this.file, detail: `${reason}; read from its backup (read-only, not repaired)` });
      return backup.value;
    }
    if (main.kind === 'bad') await rename(this.file, `${this.file}.corrupt-${Date.now()}`);
    await writeFileDurably(this.file, JSON.stringify(backup.value));
    this.hooks.onRecovery({ file: this.file, detail: `${reason}; restored from its backup` });
    return this.upgradeIfNeeded(backup.value, backup.version);
  }

  async write(data: T): Promise<void> {
    if (this.hooks.readOnly) throw new MuragatError('read-only', `${this.file} is open read-only`);
    await writeFileDurably(this.file, JSON.stringify(data));
  }

  private async upgradeIfNeeded(value: T, version: number): Promise<T> {
    if (version === this.spec.currentVersion || this.hooks.readOnly) return value;
    await this.hooks.beforeMigration(this.file);
    await writeFileDurably(this.file, JSON.stringify(value));
    return value;
  }

  private async tryLoad(
    path: string,
  ): Promise<{ kind: 'ok'; value: T; version: number } | { kind: 'missing' } | { kind: 'bad'; reason: string }> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
    try {
      const { value, version } = this.decode(text);
      return { kind: 'ok', value, version };
    } catch (error) {
      if (error instanceof Unreadable) return { kind: 'bad', reason: error.message };
      throw error;
    }
  }

  private decode(text: string): { value: T; version: number } {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      throw new Unreadable(`it is not valid JSON (${(error as Error).message})`);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Unreadable('it is not a JSON object');
    let record = raw as Record<string, unknown>;
    const version = record.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
      throw new Unreadable('it has no schemaVersion');
    }
    if (version > this.spec.currentVersion) {
      // Not damage: a newer Muragat wrote it. Refuse rather than misread or "repair" it.
      throw new MuragatError(
        'unsupported-format',
        `${this.file} was written by a newer Muragat (schema ${version}; this version reads up to ${this.spec.currentVersion}). Update Muragat to open this library.`,
      );
    }
    for (let v = version; v < this.spec.currentVersion; v++) {
      const migrate = this.spec.migrations[v - 1];
      if (!migrate) throw new Error(`no migration from schema ${v}`);
      record = { ...migrate(record), schemaVersion: v + 1 };
    }
    const parsed = this.spec.schema.safeParse(record);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Unreadable(`it does not match the expected structure (${first?.path.join('.') ?? ''}: ${first?.message ?? ''})`);
    }
    return { value: parsed.data, version };
  }
}
