/** The manifest types live in the tree layer so construct families can use them; synth re-exports them. */
export type { KubeObject, Manifest } from '../tree/manifest.js';
