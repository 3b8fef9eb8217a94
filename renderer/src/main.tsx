import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryView } from './views/LibraryView';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <LibraryView />
  </StrictMode>,
);
