/**
 * The main window (PRODUCT.md): the toolbar on top (editing tools and the simulation bar), the
 * palette left, the canvas in the centre, the inspector right, the scopes below, the status bar
 * at the bottom. It only composes; the document lives in state/, the canvas in canvas/, the
 * simulation in sim/, the panes in scopes/.
 */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { Canvas } from './canvas/Canvas';
import { installClipboard } from './commands/systemClipboard';
import { ExamplesDialog } from './examples/ExamplesDialog';
import { ExportDialog } from './export/ExportDialog';
import { useShortcuts } from './commands/useShortcuts';
import { Inspector } from './inspector/Inspector';
import { useLessonHides, useWorkspaceProps } from './lesson/hidden';
import { LessonPanel } from './lesson/LessonPanel';
import { ConnectDialog } from './layout/ConnectDialog';
import { EditorTools } from './layout/EditorTools';
import { PanelFrame } from './layout/panels/PanelFrame';
import { installPanelLayout } from './layout/panels/panelStore';
import { HelpOverlay } from './layout/HelpOverlay';
import { StatusBar } from './layout/StatusBar';
import { Palette } from './palette/Palette';
import { FileMenu } from './project/FileMenu';
import { ProjectDialogs } from './project/ProjectDialogs';
import { useProjectShell } from './project/useProjectShell';
import { ScopeDock } from './scopes/ScopeDock';
import { SimulationBar } from './sim/SimulationBar';
import { useViewStore } from './state/viewStore';
import { PresenterButton, usePresenterFit } from './theme/PresenterButton';
import { installPresenter } from './theme/presenterStore';
import './theme/presenter.css';

/**
 * The project's hooks (window title, drafts, menus) in a component of their own: they follow the
 * document, and in Window they re-rendered the whole window on every edit, a slider step too.
 */
function ProjectShell() {
  useProjectShell();
  return null;
}

function Window() {
  useShortcuts();
  useEffect(installClipboard, []);
  useEffect(installPresenter, []);
  useEffect(installPanelLayout, []);
  usePresenterFit();
  const dialog = useViewStore((s) => s.dialog);
  const workspace = useWorkspaceProps();
  const hidePalette = useLessonHides('palette');
  const hideInspector = useLessonHides('inspector');
  const hideSimulationBar = useLessonHides('simulationBar');
  return (
    <div className="app">
      <ProjectShell />
      <header className="app__header">
        <span className="app__name">Spikeboard</span>
        <FileMenu />
        <EditorTools />
        {hideSimulationBar ? null : <SimulationBar />}
        <PresenterButton />
      </header>
      <div className="workspace" {...workspace}>
        {hidePalette ? null : (
          <PanelFrame panel="palette">
            <Palette />
          </PanelFrame>
        )}
        <Canvas />
        {hideInspector ? null : (
          <PanelFrame panel="inspector">
            <Inspector />
          </PanelFrame>
        )}
        <LessonPanel />
      </div>
      <PanelFrame panel="dock">
        <section className="dock" aria-label="Scopes">
          <ScopeDock />
        </section>
      </PanelFrame>
      <StatusBar />
      {dialog === 'help' ? <HelpOverlay /> : null}
      {dialog === 'connect' ? <ConnectDialog /> : null}
      {dialog === 'export' ? <ExportDialog /> : null}
      <ExamplesDialog />
      <ProjectDialogs />
    </div>
  );
}

export function App() {
  return (
    <ReactFlowProvider>
      <Window />
    </ReactFlowProvider>
  );
}
