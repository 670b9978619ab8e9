import { runCli } from '../../src/main/cli/program';
import { TEST_IMPORT_WORKER } from './library';

/** What a command printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `muragat` command in this process, in English unless told otherwise, its output kept. */
export async function cli(args: string[], env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, env, TEST_IMPORT_WORKER);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
