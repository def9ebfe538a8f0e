import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@utrecht/component-library-css/dist/index.css';
import './thema.css';
import { App } from './app';
import { AuthProvider } from './auth';
import { laadConfig } from './config';

const root = createRoot(document.getElementById('root')!);
laadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <AuthProvider config={config}>
          <App />
        </AuthProvider>
      </StrictMode>,
    ),
  (error: unknown) =>
    root.render(
      <main id="inhoud" className="vt-breed vt-inhoud">
        <h1 className="utrecht-heading-1">Het portaal kan niet starten</h1>
        <p className="utrecht-paragraph" role="alert">
          {error instanceof Error ? error.message : String(error)}
        </p>
      </main>,
    ),
);
