import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MuragatError } from '../../shared/rpc/errors';
import type { Archive } from '../archive/archive';
import { createAppHandler } from '../web/app-handler';
import { withSecurityHeaders } from '../web/security-headers';
import { createApiHandler } from './api-handler';
import { sendFetchResponse, toFetchRequest } from './node-fetch-bridge';

export interface ServerOptions {
  archive: Archive;
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Refuse every call that changes the library. */
  readOnly?: boolean;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

/**
 * Browser mode: the renderer and the contract over HTTP on 127.0.0.1 only. Requests naming
 * any other host are refused (DNS rebinding), and calls from another origin are refused (CSRF).
 */
export async function startHttpServer(options: ServerOptions): Promise<RunningServer> {
  const app = createAppHandler({ rendererDir: options.rendererDir, archive: options.archive });
  const api = createApiHandler(options.archive, { local: true, mayWrite: !options.readOnly });
  let allowedHosts = new Set<string>();
  let origin = '';

  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      res.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' }).end('This server answers only for its loopback address.');
      return;
    }
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== `http://${host}`) {
      const refusal = new MuragatError('forbidden', 'Requests from other origins are refused.');
      void sendFetchResponse(res, withSecurityHeaders(Response.json({ ok: false, error: refusal.toPayload() }, { status: 403 })));
      return;
    }
    const request = toFetchRequest(req, res, origin);
    const handler = new URL(request.url).pathname.startsWith('/api/') ? api : app;
    handler(request)
      .then((response) => sendFetchResponse(res, withSecurityHeaders(response)))
      .catch((error: unknown) => {
        console.error('muragat serve:', error);
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
