import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app/styles.css';
import { App } from './app/App.tsx';
import { EXAMPLE_WORKFLOWS } from './app/examples.ts';
import { createAppStore } from './app/store/createAppStore.ts';
import { createBuiltinRegistry } from '../operators/index.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
const store = createAppStore(createBuiltinRegistry(), EXAMPLE_WORKFLOWS[0]?.dsl ?? '');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
