/**
 * What the letters need from the desktop: open a file with its program (Word, the mail client for an .eml)
 * and show it in its folder. Electron's shell provides it in the desktop app; the web host and tests have
 * none (or a fake), so nothing here imports electron.
 */
export interface DesktopShell {
  /** Resolves to '' on success or an error message (as Electron's shell.openPath does). */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}
