import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const REPO = resolve(import.meta.dirname, '../../..');

export interface ServedLibrary {
  url: string;
  origin: string;
  process: ChildProcess;
  stderr: () => string;
  stop(): Promise<void>;
}

/** Starts the real `muragat serve` (built CLI, real engine) on a library and waits for its URL. */
export async function serveLibrary(library: string, extraArgs: string[] = []): Promise<ServedLibrary> {
  const child = spawn(process.execPath, [resolve(REPO, 'bin/muragat.js'), 'serve', '--library', library, '--port', '0', '--json', ...extraArgs], {
    cwd: REPO,
    env: { ...process.env, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let json = '';
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      json += line;
      try {
        resolveUrl((JSON.parse(json) as { url: string }).url);
        lines.close();
      } catch {
        // The JSON document spans several lines; keep reading.
      }
    });
    child.once('exit', (code) => reject(new Error(`muragat serve exited with ${code} before serving:\n${stderr}`)));
    setTimeout(() => reject(new Error(`muragat serve gave no URL within 30 s:\n${stderr}`)), 30_000);
  });
  return {
    url,
    origin: new URL(url).origin,
    process: child,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs the built CLI to completion. */
export function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(REPO, 'bin/muragat.js'), ...args], { cwd: REPO, env: { ...process.env, LANG: 'en_US.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}
