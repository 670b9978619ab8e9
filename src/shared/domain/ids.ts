import { z } from 'zod';

/** Ids are short lowercase tokens: safe in URLs, file names and deep links, never a path. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{3,63}$/;

const idSchema = (what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .max(64, `${what} is too long (at most 64 characters)`)
    .regex(ID_PATTERN, `${what} must be letters a–z, digits and dashes (4–64), not a path or name`);

export const DocId = idSchema('document id');
export const RegionId = idSchema('region id');
export const SealId = idSchema('seal id');
export const CollectionId = idSchema('collection id');

/** Lowercase hex SHA-256: names managed copies under files/. */
export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest');

/** ISO 8601 instant as written by Date.prototype.toISOString. */
export const Timestamp = z.iso.datetime({ message: 'must be an ISO 8601 timestamp' });

export type DocId = z.infer<typeof DocId>;
