import { asObject as obj, type Json } from '../tree/index.js';
import { ReferenceRules, type Provision, type Reference } from '../tree/index.js';

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

/** The store a `secretStoreRef` (or a `sourceRef.storeRef`) names, as a reference. */
function storeReference(ref: Json, namespace: string | undefined, field: string): Reference | undefined {
  if (typeof ref.name !== 'string') return undefined;
  const cluster = ref.kind === 'ClusterSecretStore';
  return {
    target: {
      kind: cluster ? 'ClusterSecretStore' : 'SecretStore',
      group: 'external-secrets.io',
      namespace: cluster ? undefined : namespace,
      name: ref.name,
    },
    field,
    hint: cluster
      ? `define ClusterSecretStore '${ref.name}' for this tier (in the tier's infrastructure folder, or in app.shared.secrets for every tier), or choose the store per tier: store: environments.perTier({...})`
      : `define SecretStore '${ref.name}' in namespace '${namespace}' of this tier (a SecretStore only serves its own namespace), or use a ClusterSecretStore`,
  };
}

/**
 * An ExternalSecret refers to its store: `spec.secretStoreRef` (kind defaults to SecretStore, which must
 * be in the ExternalSecret's namespace) and per-entry `sourceRef.storeRef`s. A store the tier does not
 * have is a dangling reference.
 */
ReferenceRules.register('external-secrets.io/ExternalSecret', {
  refers: (o): Reference[] => {
    const spec = obj(o.spec) ?? {};
    const ns = o.metadata.namespace;
    const refs: Reference[] = [];
    const main = obj(spec.secretStoreRef);
    const mainRef = main && storeReference(main, ns, '/spec/secretStoreRef');
    if (mainRef) refs.push(mainRef);
    for (const [field, list] of [
      ['data', spec.data],
      ['dataFrom', spec.dataFrom],
    ] as const) {
      if (!Array.isArray(list)) continue;
      list.forEach((entry, i) => {
        const storeRef = obj(obj(obj(entry)?.sourceRef)?.storeRef);
        const r = storeRef && storeReference(storeRef, ns, `/spec/${field}/${i}/sourceRef/storeRef`);
        if (r) refs.push(r);
      });
    }
    return refs;
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
