import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { corpusFile } from './corpus';

/** What a validator says of a value: nothing when it is valid, else one line per failure. */
export type Check = (value: unknown) => string[];

export const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

const describeErrors = (errors: ErrorObject[] | null | undefined): string[] => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);

interface Assertion {
  id: string;
  expectedResult?: 'valid' | 'invalid';
  errorMessage?: string;
}

/**
 * The W3C Web Annotation test suite has no single schema: each `*Musts.test` lists assertion
 * schemas (draft-04) that an annotation, collection or page MUST satisfy, built on the shared
 * definitions. A value is valid when every listed assertion gives its expected result.
 */
export interface W3cChecks {
  annotation: Check;
  collection: Check;
  page: Check;
}

const W3C_TESTS = 'schemas/web-annotation/w3c-web-annotation-tests';

function buildW3c(): W3cChecks {
  // The suite's own keywords (assertionType, expectedResult…) and a stray "$ref " are no schema
  // keywords: strict mode would refuse files we do not own.
  const ajv = new Ajv04({ allErrors: true, strict: false });
  addFormats(ajv);
  const root = corpusFile(W3C_TESTS);
  // The definitions the assertions refer to by id (id.json, bodyTarget.json…).
  const definitions = join(root, 'definitions');
  for (const name of readdirSync(definitions)) ajv.addSchema(readJson(join(definitions, name)) as object);
  const suite = (test: string): Check => {
    const { assertions } = readJson(join(root, test)) as { assertions: string[] };
    const checks = assertions.map((file) => {
      const schema = readJson(join(root, file)) as Assertion;
      ajv.addSchema(schema);
      const validate = ajv.getSchema(schema.id);
      if (!validate) throw new Error(`the W3C assertion ${file} did not compile`);
      return (value: unknown): string[] => {
        const valid = validate(value) === true;
        if (valid === (schema.expectedResult !== 'invalid')) return [];
        return [`${file}: ${schema.errorMessage ?? 'failed'}`, ...describeErrors(validate.errors)];
      };
    });
    return (value) => checks.flatMap((check) => check(value));
  };
  return {
    annotation: suite('annotations/annotationMusts.test'),
    collection: suite('collections/collectionMusts.test'),
    page: suite('collections/pages/pageMusts.test'),
  };
}

/** The IIIF Presentation 3 validator's schema (draft-07), as the validator runs it. */
function buildIiif(): Check {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(readJson(corpusFile('schemas/iiif/presentation-validator/iiif_3_0.json')) as object);
  return (value) => (validate(value) ? [] : describeErrors(validate.errors));
}

let w3c: W3cChecks | undefined;
let iiif: Check | undefined;

/** Compiled once per test file: the W3C suite is some 200 schemas. */
export const w3cChecks = (): W3cChecks => (w3c ??= buildW3c());
export const iiifCheck = (): Check => (iiif ??= buildIiif());

interface CollectionShape {
  '@context'?: unknown;
  first?: { items?: Record<string, unknown>[] };
}

/**
 * A W3C export as a whole: the collection's MUSTs, its embedded first page's, and each embedded
 * annotation's, checked as it stands alone (with the context its collection gives it).
 */
export function validateW3cCollection(value: unknown): string[] {
  const checks = w3cChecks();
  const collection = value as CollectionShape;
  const page = collection.first;
  const annotations = page?.items ?? [];
  return [
    ...checks.collection(value),
    ...(page ? checks.page({ '@context': collection['@context'], ...page }) : []),
    ...annotations.flatMap((annotation) => checks.annotation({ '@context': collection['@context'], ...annotation }).map((error) => `${String(annotation.id)}: ${error}`)),
  ];
}
