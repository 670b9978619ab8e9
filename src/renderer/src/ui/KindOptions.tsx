import { useTranslation } from 'react-i18next';
import { DocumentKind } from '../../../shared/domain/document';

/** The document kinds as <option>s of a select, in the reader's language. */
export function KindOptions() {
  const { t } = useTranslation();
  return DocumentKind.options.map((kind) => (
    <option key={kind} value={kind}>
      {t(`kind.${kind}`)}
    </option>
  ));
}
