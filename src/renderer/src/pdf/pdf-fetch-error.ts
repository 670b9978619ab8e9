/** A PDF's bytes could not be fetched: the HTTP status and what the server said, for the page's failure message. */
export class PdfFetchError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly serverMessage: string,
  ) {
    super(`${url}: HTTP ${status}${serverMessage ? ` (${serverMessage})` : ''}`);
    this.name = 'PdfFetchError';
  }
}

/** Long enough for a server's one-line reason; an HTML error page is cut. */
const MESSAGE_LIMIT = 200;

export async function pdfFetchError(url: string, response: Response): Promise<PdfFetchError> {
  const body = await response.text().catch(() => '');
  const message = body.trim() || response.statusText;
  return new PdfFetchError(url, response.status, message.slice(0, MESSAGE_LIMIT));
}
