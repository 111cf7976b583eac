// The diagnosis engine's static index, compiled from every article's signatures at build time.
// The widget's Web Worker fetches it on first use; pages never load it.
import type { APIRoute } from 'astro';
import { diagnoseCompileInput } from '../lib/content/knowledge-base.ts';
import { compileIndex } from '../lib/diagnose/compile.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(compileIndex(diagnoseCompileInput())), {
    headers: { 'content-type': 'application/json' },
  });
