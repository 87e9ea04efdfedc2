import { ReferenceRules, type Provision } from '../tree/index.js';

type Json = Record<string, unknown>;
const obj = (x: unknown): Json | undefined =>
  x && typeof x === 'object' && !Array.isArray(x) ? (x as Json) : undefined;

/**
 * The Secret an ExternalSecret writes: `spec.target.name` (default: the ExternalSecret's name) with the keys
 * of `data[].secretKey`, or of `target.template.data` when a template shapes it. With `dataFrom` the keys
 * are only known at run time.
 */
ReferenceRules.register('external-secrets.io/ExternalSecret', {
  provides: (o): Provision[] => {
    const spec = obj(o.spec) ?? {};
    const target = obj(spec.target) ?? {};
    if (target.creationPolicy === 'None') return [];
    const name = typeof target.name === 'string' ? target.name : (o.metadata.name ?? '');
    const template = obj(obj(target.template)?.data);
    const fromData = Array.isArray(spec.data)
      ? spec.data.map((d) => obj(d)?.secretKey).filter((k): k is string => typeof k === 'string')
      : [];
    const dynamic = Array.isArray(spec.dataFrom) && spec.dataFrom.length > 0;
    const keys = template ? Object.keys(template) : dynamic ? undefined : fromData;
    return [{ kind: 'Secret', group: '', namespace: o.metadata.namespace, name, keys }];
  },
});

/** The Secret a SealedSecret unseals into: its own name, with the keys of `encryptedData`. */
ReferenceRules.register('bitnami.com/SealedSecret', {
  provides: (o): Provision[] => {
    const spec = obj(o.spec) ?? {};
    const keys = Object.keys(obj(spec.encryptedData) ?? {});
    const templateKeys = Object.keys(obj(obj(spec.template)?.data) ?? {});
    return [
      {
        kind: 'Secret',
        group: '',
        namespace: o.metadata.namespace,
        name: o.metadata.name ?? '',
        keys: [...keys, ...templateKeys],
      },
    ];
  },
});

/**
 * Crossplane claims and composites write their connection details to `spec.writeConnectionSecretToRef`
 * (namespace defaults to the object's). Keys depend on the Composition, so they are not known here.
 */
ReferenceRules.registerForAll({
  provides: (o): Provision[] => {
    const ref = obj(obj(o.spec)?.writeConnectionSecretToRef);
    if (!ref || typeof ref.name !== 'string') return [];
    const namespace = typeof ref.namespace === 'string' ? ref.namespace : o.metadata.namespace;
    return [{ kind: 'Secret', group: '', namespace, name: ref.name }];
  },
});
