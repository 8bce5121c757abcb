/** What a circuit can be exported as (a tiny module: the protocol checks requests with it). */
export type ExportTarget = 'norse' | 'brian2' | 'nir';

export const EXPORT_TARGETS: readonly ExportTarget[] = ['norse', 'brian2', 'nir'];

/** A file ready to save: its bytes, a suggested name and its media type. */
export interface ExportedFile {
  target: ExportTarget;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}
