import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExportFormat, TextScript } from '../../shared/domain/exchange';
import { MuragatError } from '../../shared/rpc/errors';
import { APP_VERSION } from '../../shared/version';
import { createTranslator, shellLanguage } from '../i18n';
import { defaultLibraryDir, importWorkerPath } from '../paths';
import { toMuragatError } from '../archive/to-muragat-error';
import { exportBundleCommand, importBundleCommand } from './commands/bundle';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { importAnnotationsCommand } from './commands/import-annotations';
import { importCommand } from './commands/import';
import { infoCommand } from './commands/info';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { serveCommand } from './commands/serve';
import { EXIT, type CliIo, type CommandContext } from './context';
import { localizeCommander } from './localized-help';

interface GlobalOptions {
  library?: string;
  json: boolean;
}

/** A whole number (six digits at most) within [min, max], else a usage error saying so. */
const wholeNumber =
  (min: number, max: number, refusal: string) =>
  (value: string): number => {
    const n = Number(value);
    if (!/^\d{1,6}$/.test(value) || n < min || n > max) throw new InvalidArgumentError(refusal);
    return n;
  };

/** Runs the `muragat` command line; resolves to the process exit code. */
export async function runCli(argv: readonly string[], io: CliIo, env: NodeJS.ProcessEnv = process.env, importWorker: string | URL = importWorkerPath): Promise<number> {
  const t = createTranslator(shellLanguage(env));
  // Set by whichever command runs; read after parsing.
  const outcome = { exitCode: EXIT.ok as number, json: false };

  const program = new Command('muragat')
    .description(t('cli.description'))
    .version(APP_VERSION)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) });
  localizeCommander(program, t);
  const parseLimit = wholeNumber(1, 1000, t('cli.invalid.limit'));
  const parsePort = wholeNumber(0, 65535, t('cli.invalid.port'));
  const parsePage = wholeNumber(1, 999_999, t('cli.invalid.page'));

  const command = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .addOption(new Option('--library <dir>', t('cli.library', { path: defaultLibraryDir({ ...env, MURAGAT_LIBRARY: '' }) })))
      .option('--json', t('cli.json'), false);

  const context = (options: GlobalOptions): CommandContext => {
    outcome.json = options.json;
    return { io, t, json: options.json, library: resolve(options.library ?? defaultLibraryDir(env)), importWorker };
  };

  command('serve', t('cli.serve.description'))
    .addOption(new Option('--port <n>', t('cli.serve.port')).argParser(parsePort).default(0))
    .option('--read-only', t('cli.serve.readOnly'), false)
    .action(async (options: GlobalOptions & { port: number; readOnly: boolean }) => {
      outcome.exitCode = await serveCommand(context(options), options);
    });
  command('import', t('cli.import.description'))
    .argument('<paths...>')
    .option('--password <password>', t('cli.import.password'))
    .option('--group-folders', t('cli.import.groupFolders'), false)
    .action(async (paths: string[], options: GlobalOptions & { password?: string; groupFolders: boolean }) => {
      outcome.exitCode = await importCommand(context(options), paths, options);
    });
  command('export', t('cli.export.description'))
    .requiredOption('--doc <id>', t('cli.export.doc'))
    .addOption(new Option('--format <format>', t('cli.export.format')).choices(ExportFormat.options).makeOptionMandatory())
    .requiredOption('--out <path>', t('cli.export.out'))
    .addOption(new Option('--text-script <script>', t('cli.export.textScript')).choices(TextScript.options))
    .option('--base-uri <uri>', t('cli.export.baseUri'))
    .action(async (options: GlobalOptions & { doc: string; format: ExportFormat; out: string; textScript?: TextScript; baseUri?: string }) => {
      outcome.exitCode = await exportCommand(context(options), options);
    });
  command('import-annotations', t('cli.importAnnotations.description'))
    .argument('<file>')
    .requiredOption('--doc <id>', t('cli.importAnnotations.doc'))
    .addOption(new Option('--page <n>', t('cli.importAnnotations.page')).argParser(parsePage))
    .option('--author <name>', t('cli.importAnnotations.author'))
    .action(async (file: string, options: GlobalOptions & { doc: string; page?: number; author?: string }) => {
      outcome.exitCode = await importAnnotationsCommand(context(options), file, options);
    });
  command('export-bundle', t('cli.bundle.exportDescription'))
    .requiredOption('--doc <id...>', t('cli.bundle.doc'))
    .requiredOption('--out <file>', t('cli.bundle.out'))
    .action(async (options: GlobalOptions & { doc: string[]; out: string }) => {
      outcome.exitCode = await exportBundleCommand(context(options), options);
    });
  command('import-bundle', t('cli.bundle.importDescription'))
    .argument('<file>')
    .action(async (file: string, options: GlobalOptions) => {
      outcome.exitCode = await importBundleCommand(context(options), file);
    });
  command('list', t('cli.list.description')).action(async (options: GlobalOptions) => {
    outcome.exitCode = await listCommand(context(options));
  });
  command('search', t('cli.search.description'))
    .argument('<query>')
    .addOption(new Option('--limit <n>', t('cli.search.limit')).argParser(parseLimit))
    .option('--ignore-diacritics', t('cli.search.ignoreDiacritics'), false)
    .action(async (query: string, options: GlobalOptions & { limit?: number; ignoreDiacritics: boolean }) => {
      outcome.exitCode = await searchCommand(context(options), query, options);
    });
  command('check', t('cli.check.description'))
    .option('--repair', t('cli.check.repair'), false)
    .action(async (options: GlobalOptions & { repair: boolean }) => {
      outcome.exitCode = await checkCommand(context(options), options);
    });
  command('demo', t('cli.demo.description')).action(async (options: GlobalOptions) => {
    outcome.exitCode = await demoCommand(context(options));
  });
  command('info', t('cli.info.description')).action(async (options: GlobalOptions) => {
    outcome.exitCode = await infoCommand(context(options));
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const informational = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return informational ? EXIT.ok : EXIT.usage;
    }
    const typed: MuragatError = toMuragatError(error);
    // A system error from the command's own reads and writes names a file the person at the terminal chose: say which.
    const system = error as { dest?: unknown; path?: unknown } | null;
    const file = [system?.dest, system?.path].find((name) => typeof name === 'string');
    const failure = file === undefined || error instanceof MuragatError ? typed : new MuragatError(typed.code, `${typed.message} (${file})`);
    if (outcome.json) io.stdout(JSON.stringify({ error: failure.toPayload() }, null, 2));
    io.stderr(t('cli.error', { code: failure.code, message: failure.message }));
    return EXIT.failed;
  }
}
