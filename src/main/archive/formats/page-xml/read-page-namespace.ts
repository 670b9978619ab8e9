/** Every PAGE version has its date in its namespace: 2009-03-16, 2010-03-19, 2013-07-15 … 2024-07-15. */
const PAGE_NAMESPACE = /^https?:\/\/schema\.primaresearch\.org\/PAGE\/gts\/pagecontent\/\d{4}-\d{2}-\d{2}$/;

/** Whether a namespace URI is one of PAGE's (any version: they differ little in what is read). */
export const isPageNamespace = (uri: string): boolean => PAGE_NAMESPACE.test(uri);
