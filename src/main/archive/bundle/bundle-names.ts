import { SourceFormat } from '../../../shared/domain/document';

/** The one file describing a bundle: what it holds and where it came from. */
export const MANIFEST_NAME = 'bundle.json';

/** A document's regions and their history. */
export const shardEntryName = (docId: string) => `annotations/${docId}.json`;

/** A scan, by content: the same address the library gives it, without the fan-out folder. */
export const fileEntryName = (sha256: string, format: SourceFormat) => `files/${sha256}.${format}`;

export type BundleEntry = { kind: 'manifest' } | { kind: 'shard'; docId: string } | { kind: 'file'; sha256: string; format: SourceFormat };

const SHARD = /^annotations\/([a-z0-9][a-z0-9-]{3,63})\.json$/;
const FILE = /^files\/([0-9a-f]{64})\.([a-z]+)$/;

/**
 * Why a name from a zip could reach outside the folder it is read into, or null. Checked
 * ourselves even though yauzl checks too: the library's safety must not rest on a dependency's
 * defaults.
 */
export function unsafeNameReason(name: string): string | null {
  if (name.includes('\\')) return 'it contains a backslash';
  if (name.includes('\0')) return 'it contains a NUL character';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'it names a drive';
  if (name.split('/').some((segment) => segment === '..')) return 'it climbs out of the bundle (..)';
  return null;
}

/** What an entry's name says it is, or null for a name a bundle never has. */
export function parseEntryName(name: string): BundleEntry | null {
  if (name === MANIFEST_NAME) return { kind: 'manifest' };
  const shard = SHARD.exec(name);
  if (shard?.[1]) return { kind: 'shard', docId: shard[1] };
  const file = FILE.exec(name);
  const format = SourceFormat.safeParse(file?.[2]);
  if (file?.[1] && format.success) return { kind: 'file', sha256: file[1], format: format.data };
  return null;
}
