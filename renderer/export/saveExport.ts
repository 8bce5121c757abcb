/**
 * Saving an export: the browser's download (in Electron, the window's download asks where to
 * save with the native dialog). File names come from the circuit's and the pane's names.
 */
import { fileStem } from '../scopes/csv';
import { downloadBlob } from '../scopes/download';

export function exportFileName(circuit: string, what: string, extension: string): string {
  return `${fileStem(circuit)}-${fileStem(what)}.${extension}`;
}

/** Offers `blob` as `fileName`; throws when the browser refuses (the dialog shows why). */
export function saveExport(blob: Blob, fileName: string): void {
  if (blob.size === 0) throw new Error(`${fileName} would be empty`);
  downloadBlob(blob, fileName);
}
