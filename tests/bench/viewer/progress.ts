const started = Date.now();

/** A line on stderr (the table stays alone on stdout), so a run of minutes shows where it is. */
export function progress(message: string): void {
  process.stderr.write(`viewer bench, ${Math.round((Date.now() - started) / 1000)} s into the run: ${message}\n`);
}
