import type { Document, YAMLMap } from 'yaml';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');
/** The fields of a pin that promotion copies and rollback restores. */
export interface PinFields {
  readonly image: string;
  readonly chart?: string;
  readonly config?: string;
  readonly hotfix?: { readonly reason: string; readonly since: string };
}

/**
 * Sets `apps.<app>.<tier>` of a releases document to `pin`, keeping every comment, the key order and the
 * style of the rest of the file (the `yaml` package's document API). Fields the pin leaves out are removed.
 */
export function setPin(document: Document, app: string, tier: string, pin: PinFields): void {
  const path = ['apps', app, tier];
  const node = document.getIn(path, true);
  if (yaml().isScalar(node) && pin.chart === undefined && pin.config === undefined && pin.hotfix === undefined) {
    node.value = pin.image; // keep the short form `tier: image`
    return;
  }
  if (!yaml().isMap(node)) {
    document.setIn(path, document.createNode(stripUndefined(pin)));
    return;
  }
  for (const key of ['image', 'chart', 'config'] as const) {
    const value = pin[key];
    if (value === undefined) node.delete(key);
    else {
      const existing = node.get(key, true);
      if (yaml().isScalar(existing)) existing.value = value;
      else node.set(key, value);
    }
  }
  if (pin.hotfix) node.set('hotfix', document.createNode({ ...pin.hotfix }, { flow: true }) as YAMLMap);
  else node.delete('hotfix');
}

/** `text` with `pins` applied, as the file would be written. */
export function rewriteReleases(
  text: string,
  pins: ReadonlyArray<{ app: string; tier: string; pin: PinFields }>,
): string {
  const document = yaml().parseDocument(text);
  for (const { app, tier, pin } of pins) setPin(document, app, tier, pin);
  return document.toString();
}

function stripUndefined(pin: PinFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(pin).filter(([, v]) => v !== undefined));
}
