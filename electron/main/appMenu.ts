/**
 * The application menu: builds it from menuTemplate.ts and turns its actions into effects —
 * commands sent to the focused window's renderer, new windows, the recent list, About.
 */
import { app, dialog, Menu } from 'electron';
import type { DocumentWindows } from './documentWindows';
import { menuTemplate, type MenuAction } from './menuTemplate';
import type { RecentFiles } from './recentFiles';

export type AppMenuDeps = { windows: DocumentWindows; recent: RecentFiles; dev: boolean };

function showAbout(): void {
  const versions = process.versions as NodeJS.ProcessVersions & {
    electron?: string;
    chrome?: string;
  };
  void dialog.showMessageBox({
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail:
      'A breadboard for spiking neurons: LI and LIF circuits, exact to Norse.\n\n' +
      `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node}`,
  });
}

export function runMenuAction(action: MenuAction, deps: AppMenuDeps): void {
  const { windows, recent } = deps;
  switch (action.kind) {
    case 'send': {
      const target = windows.focused();
      if (target !== undefined) target.send('menu:command', action.command);
      else if (action.command === 'file.open') windows.openWindow();
      return;
    }
    case 'newWindow':
      windows.openWindow();
      return;
    case 'openRecent': {
      const filePath = recent.pathOf(action.id);
      if (filePath !== undefined) void windows.openInFocused(filePath);
      return;
    }
    case 'clearRecent':
      void recent.clear();
      return;
    case 'closeWindow':
      windows.focused()?.close();
      return;
    case 'about':
      showAbout();
      return;
  }
}

export function installAppMenu(deps: AppMenuDeps): void {
  const template = menuTemplate({
    platform: process.platform,
    appName: app.getName(),
    recent: deps.recent.list(),
    dev: deps.dev,
    run: (action) => runMenuAction(action, deps),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  // macOS Dock and Windows Jump List show the same recent files.
  app.clearRecentDocuments?.();
  for (const filePath of [...deps.recent.paths()].reverse()) app.addRecentDocument?.(filePath);
}
