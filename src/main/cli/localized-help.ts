import type { Command, Option } from 'commander';
import type { TFunction } from 'i18next';

/** Commander's headings, as its help prints them, and their keys in `cli.help.titles`. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Arguments:': 'arguments',
  'Commands:': 'commands',
  'Global Options:': 'globalOptions',
};

/**
 * Commander's own words in the shell's language: the help's headings, its help option and
 * command, an option's choices and default, and a usage error's lead (commander's detail, which
 * names the option as typed, follows it). Set on the program before its commands are made, which
 * inherit it.
 */
export function localizeCommander(program: Command, t: TFunction): void {
  program
    .helpOption('-h, --help', t('cli.help.option'))
    .helpCommand('help [command]', t('cli.help.command'))
    .configureHelp({
      styleTitle: (title) => {
        const key = TITLES[title];
        return key ? t(`cli.help.titles.${key}`) : title;
      },
      optionDescription: (option: Option) => {
        const extras: string[] = [];
        if (option.argChoices) extras.push(t('cli.help.choices', { choices: option.argChoices.join(', ') }));
        // A flag's default (off) says nothing a reader needs.
        if (option.defaultValue !== undefined && !option.isBoolean()) extras.push(t('cli.help.default', { value: String(option.defaultValue) }));
        return extras.length === 0 ? option.description : `${option.description} (${extras.join('; ')})`;
      },
    })
    .configureOutput({ outputError: (message, write) => write(`${t('cli.usageError', { detail: message.replace(/^error:\s*/, '').trim() })}\n`) });
}
