import '@xyflow/react/dist/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './layout/ErrorBoundary';
import { installEditorTestHook } from './state/testHook';
import { installTheme } from './theme/themeStore';
import './styles.css';
import './canvas/canvas.css';
import './palette/palette.css';
import './inspector/inspector.css';

installTheme();
installEditorTestHook();

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
