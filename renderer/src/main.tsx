import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { StoreGate } from './components/store/store-gate';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The first-run screen until a tracker is open; the app starts afresh when another tracker is opened. */}
    <StoreGate>{(session) => <App key={session} />}</StoreGate>
  </StrictMode>,
);
