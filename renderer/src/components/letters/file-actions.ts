import { call } from '../../api';

/** Electron exposes the API on window.api; the web host (a browser) does not, and cannot open local files. */
export const isDesktop = (): boolean => window.api !== undefined;

/** Saves a file the host sent as base64 through the browser's download (the web host). */
export function saveDownload(file: { fileName: string; mimeType: string; base64: string }): void {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens (desktop) or downloads (web host) a letter or its email draft. */
export async function openOrDownload(id: string, part: 'letter' | 'draft'): Promise<void> {
  if (isDesktop()) await call('letters.open', { id, part });
  else saveDownload(await call('letters.download', { id, part }));
}

/** Reads a chosen file as base64 (without the data: prefix) for upload. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file);
  });
}
