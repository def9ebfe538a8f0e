// GraphiQL for region developers, against the api's own /graphql. The token is the portal login's
// (sessionStorage key `vt.token`, set by apps/web) or one pasted into the field above the editor
// (kept for this tab only). Every request carries it as "Authorization: Bearer <token>".
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';

/** The sessionStorage key the portal keeps its access token under. */
export const TOKEN_KEY = 'vt.token';
const EIGEN_KEY = 'vt.graphiql.token';

const invoer = document.getElementById('token-invoer');
const bron = document.getElementById('token-bron');

function token() {
  const geplakt = invoer.value.trim();
  if (geplakt) return geplakt;
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function toonBron() {
  bron.textContent = invoer.value.trim()
    ? 'geplakt token'
    : sessionStorage.getItem(TOKEN_KEY)
      ? 'token van het portaal'
      : 'geen token: log in op het portaal of plak er een';
}

invoer.value = sessionStorage.getItem(EIGEN_KEY) ?? '';
invoer.addEventListener('input', () => {
  sessionStorage.setItem(EIGEN_KEY, invoer.value.trim());
  toonBron();
});
document.getElementById('token').addEventListener('submit', (e) => e.preventDefault());
toonBron();

async function fetcher(params) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const t = token();
  if (t) headers.authorization = `Bearer ${t}`;
  const res = await fetch(new URL('/graphql', location.origin), { method: 'POST', headers, body: JSON.stringify(params) });
  return res.json();
}

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery: '# Vraag bijvoorbeeld de eigen regio op:\n{\n  mijnOrganisatie {\n    code\n    naam\n  }\n}\n',
  }),
);
