/** content-script.js: the manifest's document_idle script in every frame of a listed page (see wiring/frame.ts). */
import '../paint/highlight.css';
import { startContentScript } from '../wiring/frame';

startContentScript();
