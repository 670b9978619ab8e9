/** ALTO 2.x–4.x: http://www.loc.gov/standards/alto/ns-v2# … ns-v4#. */
const ALTO_NAMESPACE = /^https?:\/\/www\.loc\.gov\/standards\/alto\/ns-v\d+#$/;
/** ALTO 1.x, from before the Library of Congress kept it. */
const CCS_NAMESPACE = 'http://schema.ccs-gmbh.com/ALTO';

/** Whether an ALTO root's namespace is one of ALTO's (none at all is how early files were written). */
export const isAltoNamespace = (uri: string): boolean => uri === '' || uri === CCS_NAMESPACE || ALTO_NAMESPACE.test(uri);
