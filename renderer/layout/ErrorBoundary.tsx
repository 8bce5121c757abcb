import { Component, type ErrorInfo, type ReactNode } from 'react';
import { FailurePanel } from './FailurePanel';

interface ErrorBoundaryState {
  error: Error | null;
}

/** A rendering bug shows its message instead of unmounting the whole window into a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Spikeboard window failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const failure = {
      title: 'Spikeboard hit a bug',
      message: `${error.name}: ${error.message}`,
      details: [],
    };
    return <FailurePanel failure={failure} />;
  }
}
