import { AnnotationShard } from '../../../shared/domain/annotations';
import { Catalog } from '../../../shared/domain/catalog';
import type { VersionedSpec } from './versioned-json';

/** Bump a version and append its migration together; the store runs them on open, after a backup. */
export const catalogSpec: VersionedSpec<Catalog> = {
  schema: Catalog,
  currentVersion: 1,
  migrations: [],
};

export const shardSpec: VersionedSpec<AnnotationShard> = {
  schema: AnnotationShard,
  currentVersion: 1,
  migrations: [],
};
