import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { TrackerGate } from './components/tracker-file/tracker-gate';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The first-run screen until a tracker is open; the app starts afresh when another tracker is opened. */}
    <TrackerGate>{(session) => <App key={session} />}</TrackerGate>
  </StrictMode>,
);
