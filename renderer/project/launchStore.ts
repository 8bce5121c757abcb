/**
 * Whether the window still waits for the files Electron main hands it at launch (command line,
 * `open-file`): until they are open the start screen waits too, so a window opened on a file
 * never flashes the start screen first. A browser window has nothing to wait for.
 */
import { create } from 'zustand';
import { electronApi } from '../platform/electronPlatform';

export const useLaunchStore = create<{ waiting: boolean }>()(() => ({
  waiting: electronApi() !== null,
}));

export const launchSettled = (): void => useLaunchStore.setState({ waiting: false });
