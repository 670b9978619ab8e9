import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusFile } from './corpus';

/**
 * Validates exports against the official schemas in the shared corpus, offline. Each helper
 * returns the validator's complaints, or '' when the file is valid, so a failing test prints
 * exactly what the schema says.
 */

function withTempFile(content: string, run: (path: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'muragat-xml-'));
  try {
    const path = join(dir, 'export.xml');
    writeFileSync(path, content, 'utf8');
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function xmllint(content: string, xsd: string, env: NodeJS.ProcessEnv = {}): string {
  return withTempFile(content, (path) => {
    const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', xsd, path], { encoding: 'utf8', env: { ...process.env, ...env } });
    if (result.error) throw result.error;
    return result.status === 0 ? '' : result.stderr;
  });
}

export const validatePageXml = (content: string): string => xmllint(content, corpusFile('schemas/page-xml/2019-07-15/pagecontent.xsd'));

/** ALTO imports xlink.xsd by its web address; the corpus catalog maps it to a local copy. */
export const validateAlto = (content: string): string =>
  xmllint(content, corpusFile('schemas/alto/alto-4-4.xsd'), { XML_CATALOG_FILES: corpusFile('schemas/catalog.xml') });

/** jing reports errors on stdout; its stderr holds only warnings about optional Java libraries. */
export const validateTei = (content: string): string =>
  withTempFile(content, (path) => {
    const result = spawnSync('jing', [corpusFile('schemas/tei/tei_all-3.1.0/tei_all.rng'), path], { encoding: 'utf8' });
    if (result.error) throw result.error;
    return result.status === 0 ? '' : result.stdout || result.stderr;
  });
