export * from './evaluate.js';
export * from './conditions.js';
export { matchPattern, matchValue, parseAnchor, type PatternOutcome, type AnchorKind } from './pattern.js';
export { kindMatches } from './match.js';
export { registerKyvernoFunctions, compileJmespath, searchJmespath, UnsupportedFunctionError } from './jmespath.js';
export { podSecurityViolations, type PssViolation } from './pod-security.js';
export { parseQuantity, parseDuration, wildcardMatch } from './values.js';
