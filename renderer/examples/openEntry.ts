/**
 * Opening a gallery card: the same unsaved-changes question as Open, then an untitled copy that
 * runs by itself (PRODUCT.md, "First five minutes": the traces appear without pressing Run).
 * Instant mode re-simulates the whole run of any new document already; in live mode the run
 * starts, at the chosen speed.
 */
import { openExample } from '../project/fileActions';
import { getSimulation } from '../sim/simulation';
import { useSimStore } from '../sim/simStore';
import type { GalleryEntry } from './gallery';
import { useGalleryStore } from './galleryStore';

export async function openEntry(entry: GalleryEntry): Promise<boolean> {
  useGalleryStore.getState().hide();
  const opened = await openExample(entry.title, entry.text);
  if (opened && useSimStore.getState().mode === 'live') getSimulation().controller.run();
  return opened;
}
