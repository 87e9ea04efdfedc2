import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * TypeBox's `Type` builders, loaded on first use. TypeBox is ~700 small modules (a second of start-up
 * under a TypeScript loader), which a program that defines no Crossplane API should not pay for; a
 * program that does has already loaded it to write its schemas, and gets the same module here.
 */
export function typeBox(): typeof import('typebox').Type {
  return (load('typebox') as typeof import('typebox')).Type;
}

/** TypeBox's `Value` checker, loaded on first use (see {@link typeBox}). */
export function typeBoxValue(): typeof import('typebox/value').Value {
  return (load('typebox/value') as typeof import('typebox/value')).Value;
}
