/**
 * content-script.js: the manifest's script in every frame of a listed page,
 * from document_start. The gate runs at once (wiring/gate.ts); the pipeline
 * (wiring/frame.ts) is a dynamic import the build inlines, evaluated only
 * when the gate finds text that may hold a term.
 */
import '../paint/highlight.css';
import { startGate } from '../wiring/gate';

startGate({ startPipeline: (start) => import('../wiring/frame').then((m) => m.startContentScript(start)) });
