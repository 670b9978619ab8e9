import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { contentTypeOfExtension } from './content-types';
import { fileResponse } from './file-response';

/**
 * Maps a URL path onto a file under `root`, refusing anything that could step outside it.
 * Returns null when there is no such file.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const base = resolve(root);
  const path = resolve(base, ...(segments.length ? segments : ['index.html']));
  return path.startsWith(base + sep) ? path : null;
}

/** Serves the built renderer: hashed assets cached for good, everything else revalidated. */
export async function serveStatic(root: string, request: Request, pathname: string): Promise<Response | null> {
  const path = resolveStaticPath(root, pathname);
  if (!path) return null;
  try {
    if (!(await stat(path)).isFile()) return null;
  } catch {
    return null;
  }
  const immutable = pathname.startsWith('/assets/');
  return fileResponse(request, path, {
    contentType: contentTypeOfExtension(extname(path)),
    cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
}
