import { readFileSync } from 'node:fs';
import { corpusFile } from '../../support/corpus';

/** A string field of a Google Fonts language textproto in the shared corpus. */
export function googleFontsSample(file: string, key: string): string {
  const text = readFileSync(corpusFile(`text-samples/googlefonts-lang/${file}`), 'utf8');
  const quoted = new RegExp(`\\b${key}: ("(?:[^"\\\\]|\\\\.)*")`).exec(text)?.[1];
  if (quoted === undefined) throw new Error(`${file} has no ${key}`);
  return JSON.parse(quoted.replace(/\\'/g, "'")) as string;
}

/** The sample fields that hold running text. */
export const SAMPLE_FIELDS = ['styles', 'tester', 'specimen_48', 'specimen_36', 'specimen_32', 'specimen_21', 'specimen_16'] as const;
