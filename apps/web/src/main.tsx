import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@lagebild/ui/styles.css';
import './app/styles.css';
import { setUpI18n } from './app/i18n';
import { App } from './app/app';

setUpI18n();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('The page has no #root element to render into.');

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
