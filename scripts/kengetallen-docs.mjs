#!/usr/bin/env node
// Writes docs/kengetallen.md from the kengetallen catalogue (libs/benchmark/src/kengetallen.ts).
// Run after a build: npm run docs:kengetallen. test/benchmark/kengetallen-docs.spec.ts fails when it is stale.
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kengetallenReferentie, REFERENTIE_PAD } from '@vt/benchmark-kengetallen';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, REFERENTIE_PAD);
await mkdir(dirname(target), { recursive: true });
await writeFile(target, kengetallenReferentie());
console.log(`wrote ${REFERENTIE_PAD}`);
