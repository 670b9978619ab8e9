import { withArchive, printJson, EXIT, type CommandContext } from '../context';

export async function listCommand(ctx: CommandContext): Promise<number> {
  return withArchive(ctx, { readOnly: true }, async (call) => {
    const documents = await call('listDocuments', {});
    if (ctx.json) {
      printJson(ctx, { library: ctx.library, documents });
      return EXIT.ok;
    }
    if (documents.length === 0) ctx.io.stdout(ctx.t('cli.list.empty'));
    for (const doc of documents) {
      const date = doc.metadata.isoDate ?? '';
      ctx.io.stdout(`${doc.id}  ${date.padEnd(10)}  ${String(doc.pages.length).padStart(4)}  ${ctx.t(`kind.${doc.kind}`)}  ${doc.title}`);
    }
    return EXIT.ok;
  });
}
