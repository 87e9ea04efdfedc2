import { asObject as obj, type Json } from '../tree/index.js';
import { GitOpsError } from '../errors/index.js';
import type { CompositeApi, CrossplaneVersion } from './composite-api.js';

/** Props of {@link importedCompositeApi}. */
export interface ImportedCompositeApiProps {
  /** The CompositeResourceDefinition as read from YAML (v1 or v2). */
  readonly xrd: Readonly<Record<string, unknown>>;
}

/**
 * A composite API from an existing XRD (what `cdk8s-gitops import-xrd` generates modules around).
 * Claims are written in the XRD's referenceable version; `S` is that version's spec type.
 */
export function importedCompositeApi<S>(props: ImportedCompositeApiProps): CompositeApi<S> {
  const xrd = props.xrd;
  const spec = obj(xrd['spec']) ?? {};
  const names = obj(spec['names']) ?? {};
  const claimNames = obj(spec['claimNames']);
  const versions = (Array.isArray(spec['versions']) ? spec['versions'] : []).map(obj).filter((v): v is Json => !!v);
  const referenceable = versions.find((v) => v['referenceable'] === true) ?? versions[0];
  const group = String(spec['group'] ?? '');
  const kind = String(names['kind'] ?? '');
  if (!group || !kind || !referenceable) {
    throw new GitOpsError('importedCompositeApi() needs an XRD with spec.group, spec.names.kind and a version', {
      code: 'XRD_IMPORT_INVALID',
      field: !group ? 'spec.group' : !kind ? 'spec.names.kind' : 'spec.versions',
      hint: 'regenerate the module with cdk8s-gitops import-xrd',
    });
  }
  const crossplane: CrossplaneVersion = xrd['apiVersion'] === 'apiextensions.crossplane.io/v1' ? 'v1' : 'v2';
  const claimKind = typeof claimNames?.['kind'] === 'string' ? claimNames['kind'] : undefined;
  const keys = Array.isArray(spec['connectionSecretKeys']) ? (spec['connectionSecretKeys'] as string[]) : undefined;
  const plural = String(names['plural'] ?? '');
  return {
    group,
    kind,
    plural,
    // A v1 XRD without claim names has cluster-scoped XRs only; they are claimed as the XR itself.
    crossplane: crossplane === 'v1' && claimKind ? 'v1' : 'v2',
    claimKind: crossplane === 'v1' ? claimKind : undefined,
    version: String(referenceable['name']),
    xrdName:
      typeof obj(xrd['metadata'])?.['name'] === 'string'
        ? (obj(xrd['metadata'])?.['name'] as string)
        : `${plural}.${group}`,
    connectionSecretKeys: keys,
    xrd: () => structuredClone(xrd) as Record<string, unknown>,
  };
}
