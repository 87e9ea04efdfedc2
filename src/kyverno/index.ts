// Kyverno family. The engine and `policy test` are here; typed policy constructs build on the engine.
export * from './engine/index.js';
export * from './policy-test/index.js';
