import type * as TypeBox from 'typebox';
import type * as TypeBoxValue from 'typebox/value';
import { lazyModule } from '../lazy/index.js';

/**
 * TypeBox is ~700 small modules (a second of start-up under a TypeScript loader), which a program that
 * defines no Crossplane API should not pay for; a program that does has already loaded it to write its
 * schemas, and gets the same module here.
 */
const typeBoxModule = lazyModule<typeof TypeBox>('typebox');
const typeBoxValueModule = lazyModule<typeof TypeBoxValue>('typebox/value');

/** TypeBox's `Type` builders, loaded on first use. */
export function typeBox(): typeof TypeBox.Type {
  return typeBoxModule().Type;
}

/** TypeBox's `Value` checker, loaded on first use. */
export function typeBoxValue(): typeof TypeBoxValue.Value {
  return typeBoxValueModule().Value;
}
