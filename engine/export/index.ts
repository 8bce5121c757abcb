/**
 * Circuit document → a file for another simulator: a Python script for Norse or Brian2 that
 * reproduces the engine's simulation, or a NIR graph (HDF5) for neuromorphic toolchains.
 */
import type { CircuitDocument } from '../schema';
import { exportBrian2 } from './brian2';
import { nirGraphOf } from './nir';
import { nirHdf5Bytes } from './nirHdf5';
import { exportNorse } from './norse';
import { fileStem, utf8Bytes } from './python';
import type { ExportedFile, ExportTarget } from './targets';

export { ExportError } from './model';
export { exportBrian2 } from './brian2';
export { exportNorse } from './norse';
export { buildNirGraph, nirGraphOf, NIR_VERSION, type NirGraph, type NirNode } from './nir';
export { nirHdf5Bytes } from './nirHdf5';
export { EXPORT_TARGETS, type ExportedFile, type ExportTarget } from './targets';

/** The export as bytes with a file name derived from the circuit's name. */
export async function exportCircuit(
  doc: CircuitDocument,
  target: ExportTarget,
): Promise<ExportedFile> {
  const stem = fileStem(doc.name);
  const text = (body: string, suffix: string): ExportedFile => ({
    target,
    fileName: `${stem}${suffix}`,
    mimeType: 'text/x-python',
    bytes: utf8Bytes(body),
  });
  switch (target) {
    case 'brian2':
      return text(exportBrian2(doc), '-brian2.py');
    case 'norse':
      return text(exportNorse(doc), '-norse.py');
    case 'nir':
      return {
        target,
        fileName: `${stem}.nir`,
        mimeType: 'application/x-hdf5',
        bytes: await nirHdf5Bytes(nirGraphOf(doc)),
      };
  }
}
