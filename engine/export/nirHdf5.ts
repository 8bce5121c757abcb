/**
 * A NIR graph as HDF5 bytes, in the layout of NIR's own `nir.write` (nir/serialization.py):
 * a root dataset `version`, and the graph under the group `node`: `type` = "NIRGraph",
 * `nodes/<name>/` with a `type` string and one dataset per parameter (and a `metadata` group),
 * `edges` an (n, 2) array of strings (source, target), and the graph's `metadata`.
 *
 * h5wasm (the HDF5 C library compiled to WebAssembly) writes into its in-memory file system,
 * the same in Node and in the browser; it is loaded only when a NIR file is asked for.
 */
import type { NirGraph, NirValue } from './nir';
import { NIR_VERSION } from './nir';

type H5Group = {
  create_group(name: string): H5Group;
  create_dataset(args: {
    name: string;
    data: unknown;
    shape?: number[] | null;
    chunks?: number[] | null;
    compression?: number | 'gzip';
  }): unknown;
};

/** Arrays above this many values are stored gzip-compressed in chunks (sparse weights shrink). */
const COMPRESS_FROM = 65_536;

/** An array dataset, compressed when large: chunks of whole rows, about 256 K values each. */
function writeArray(
  group: H5Group,
  name: string,
  data: Float32Array | Int32Array,
  shape: number[],
): void {
  if (data.length < COMPRESS_FROM) {
    group.create_dataset({ name, data, shape });
    return;
  }
  const rowLength = shape.slice(1).reduce((n, d) => n * d, 1);
  const rows = Math.max(1, Math.min(shape[0]!, Math.floor(262_144 / Math.max(1, rowLength))));
  group.create_dataset({ name, data, shape, chunks: [rows, ...shape.slice(1)], compression: 4 });
}

let counter = 0;

function write(group: H5Group, name: string, value: NirValue): void {
  if (typeof value === 'string') group.create_dataset({ name, data: value });
  else if (typeof value === 'number') {
    group.create_dataset({ name, data: Float64Array.of(value), shape: [] });
  } else writeArray(group, name, value, [value.length]);
}

function writeAll(group: H5Group, values: Record<string, NirValue>): void {
  for (const [name, value] of Object.entries(values)) write(group, name, value);
}

/** Serializes the graph; the bytes are a complete HDF5 file. */
export async function nirHdf5Bytes(graph: NirGraph): Promise<Uint8Array> {
  const h5wasm = (await import('h5wasm')).default;
  const { FS } = await h5wasm.ready;
  if (FS === null) throw new Error('h5wasm has no file system');
  const path = `/spikeboard-nir-${++counter}.h5`;
  const file = new h5wasm.File(path, 'w');
  try {
    // nir.read_version reads the dataset; the root attribute is for tools that look there.
    file.create_dataset({ name: 'version', data: NIR_VERSION });
    file.create_attribute('version', NIR_VERSION);
    const root = file.create_group('node') as unknown as H5Group;
    root.create_dataset({ name: 'type', data: 'NIRGraph' });
    const nodes = root.create_group('nodes');
    for (const [name, node] of graph.nodes) {
      const group = nodes.create_group(name);
      group.create_dataset({ name: 'type', data: node.type });
      for (const [param, value] of Object.entries(node.params)) {
        const shape = node.shapes?.[param];
        if (shape && typeof value === 'object') writeArray(group, param, value, shape);
        else write(group, param, value);
      }
      if (node.metadata) writeAll(group.create_group('metadata'), node.metadata);
    }
    const flat = graph.edges.flat();
    if (flat.length > 0) {
      root.create_dataset({ name: 'edges', data: flat, shape: [graph.edges.length, 2] });
    } else {
      root.create_dataset({ name: 'edges', data: new Int32Array(0), shape: [0, 2] });
    }
    writeAll(root.create_group('metadata'), graph.metadata);
    file.flush();
  } finally {
    file.close();
  }
  try {
    return new Uint8Array(FS.readFile(path));
  } finally {
    FS.unlink(path);
  }
}
