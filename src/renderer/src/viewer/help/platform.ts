/**
 * What a browser says about its platform: userAgentData where Chromium offers it, the older
 * platform string otherwise. `navigator` fits this shape; userAgentData is not in TypeScript's DOM types.
 */
export interface PlatformHints {
  platform?: string;
  userAgentData?: { platform?: string };
}

/** Whether shortcuts are written with ⌘ (a Mac) rather than Ctrl. */
export function isMacPlatform(hints: PlatformHints): boolean {
  const platform = hints.userAgentData?.platform || hints.platform || '';
  return /^mac/i.test(platform);
}
