/** Whether the Examples dialog (File › Examples…) is open. */
import { create } from 'zustand';

interface GalleryState {
  open: boolean;
  show: () => void;
  hide: () => void;
}

export const useGalleryStore = create<GalleryState>()((set) => ({
  open: false,
  show: () => set({ open: true }),
  hide: () => set({ open: false }),
}));

export const showExamples = (): void => useGalleryStore.getState().show();
