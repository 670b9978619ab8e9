/** What the desktop app's preload adds to the transport: local paths of files the user gave the page. */
export interface DesktopBridge {
  /** The path of a File from a file input or a drop ('' when it has none); the argument is a DOM File. */
  pathForFile(file: unknown): string;
}
