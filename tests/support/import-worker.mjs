// The import worker run from TypeScript source: tests use the real worker thread, not a stand-in.
import { register } from 'tsx/esm/api';

register();
await import('../../src/main/archive/library/import/worker-entry.ts');
