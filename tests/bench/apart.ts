import { spawn } from 'node:child_process';

/**
 * Runs a benchmark script in a Node process of its own (tsx loaded) and answers the JSON of the
 * last line it prints. Its progress on stderr shows as it goes. A figure measured in a fresh
 * process is not skewed by what earlier figures left in the heap (a larger heap makes every
 * collection slower) or give back to the allocator (memory growth can come out negative).
 */
export function runApart<T>(script: URL, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script.pathname, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line) resolve(JSON.parse(line) as T);
      else reject(new Error(`${script.pathname} ${args.join(' ')} exited with ${code}`));
    });
  });
}
