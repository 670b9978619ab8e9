declare const __MURAGAT_VERSION__: string;

/** The app's version, from package.json at build time. */
export const APP_VERSION: string = __MURAGAT_VERSION__;
