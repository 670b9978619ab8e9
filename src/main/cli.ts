import { runCli } from './cli/program';

/** The `muragat` command: the same engine as the desktop app, from a shell. */
const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = exitCode;
