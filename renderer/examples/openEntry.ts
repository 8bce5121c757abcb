/** Opening a gallery card: the same unsaved-changes question as Open, then an untitled copy. */
import { openExample } from '../project/fileActions';
import type { GalleryEntry } from './gallery';
import { useGalleryStore } from './galleryStore';

export function openEntry(entry: GalleryEntry): Promise<boolean> {
  useGalleryStore.getState().hide();
  return openExample(entry.title, entry.text);
}
