import type { ExportFormat } from '../../../shared/domain/exchange';
import { exportAlto } from '../formats/alto/write-alto';
import type { Exporter } from '../formats/exchange/export-types';
import { exportIiif } from '../formats/iiif/write-iiif';
import { exportPageXml } from '../formats/page-xml/write-page';
import { exportTei } from '../formats/tei/write-tei';
import { exportCitations } from '../formats/text/write-citations';
import { exportCsv } from '../formats/text/write-csv';
import { exportText } from '../formats/text/write-text';
import { exportW3c } from '../formats/w3c/write-w3c';

/** Each export format's writer: the contract's formats, one by one. */
export const EXPORTERS: Readonly<Record<ExportFormat, Exporter>> = {
  w3c: exportW3c,
  iiif: exportIiif,
  page: exportPageXml,
  alto: exportAlto,
  tei: exportTei,
  txt: exportText,
  csv: exportCsv,
  citations: exportCitations,
};
