import { asObject as obj, type Json } from '../tree/index.js';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { GitOpsError } from '../errors/index.js';

/** One XRD read from a file. */
export interface XrdSource {
  /** File it was read from (for messages and the generated header). */
  readonly file: string;
  /** The parsed document. */
  readonly xrd: unknown;
}

/** A generated module. */
export interface GeneratedModule {
  /** File name, e.g. `xpostgresql.ts`. */
  readonly fileName: string;
  /** The XR kind. */
  readonly kind: string;
  readonly code: string;
}

/** Options of {@link generateClaimModule}. */
export interface GenerateOptions {
  /** Module the generated code imports the library from. @default 'cdk8s-gitops' */
  readonly importFrom?: string;
}

/** True if `x` looks like a Crossplane CompositeResourceDefinition. */
export function isXrdDocument(x: unknown): boolean {
  const o = obj(x);
  return (
    o?.['kind'] === 'CompositeResourceDefinition' &&
    typeof o['apiVersion'] === 'string' &&
    o['apiVersion'].startsWith('apiextensions.crossplane.io/')
  );
}

function fail(source: XrdSource, field: string, message: string, hint: string): GitOpsError {
  return new GitOpsError(`${source.file}: ${message}`, { code: 'IMPORT_XRD_INVALID', file: source.file, field, hint });
}

/**
 * Every problem that keeps an XRD from being imported, with the field: names Crossplane would reject
 * (`metadata.name` not `<plural>.<group>`, the claim kind equal to the XR kind, not exactly one
 * referenceable version) and missing or malformed fields.
 */
export function xrdProblems(source: XrdSource): GitOpsError[] {
  const problems: GitOpsError[] = [];
  const x = obj(source.xrd) ?? {};
  const apiVersion = x['apiVersion'];
  if (apiVersion !== 'apiextensions.crossplane.io/v1' && apiVersion !== 'apiextensions.crossplane.io/v2') {
    problems.push(
      fail(
        source,
        'apiVersion',
        `apiVersion '${String(apiVersion)}' is not apiextensions.crossplane.io/v1 or v2`,
        'import Crossplane XRDs only',
      ),
    );
    return problems;
  }
  const spec = obj(x['spec']);
  if (!spec) return [fail(source, 'spec', 'the XRD has no spec', 'give spec.group, spec.names and spec.versions')];
  const group = spec['group'];
  const names = obj(spec['names']);
  const kind = names?.['kind'];
  const plural = names?.['plural'];
  if (typeof group !== 'string' || !group)
    problems.push(fail(source, 'spec.group', 'spec.group is missing', 'e.g. group: platform.example.com'));
  if (typeof kind !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    problems.push(
      fail(
        source,
        'spec.names.kind',
        `spec.names.kind '${String(kind ?? '')}' is missing or not a CamelCase kind`,
        'e.g. kind: XPostgreSQL',
      ),
    );
  }
  if (typeof plural !== 'string' || !plural)
    problems.push(fail(source, 'spec.names.plural', 'spec.names.plural is missing', 'e.g. plural: xpostgresqls'));
  const name = obj(x['metadata'])?.['name'];
  if (typeof group === 'string' && typeof plural === 'string' && name !== `${plural}.${group}`) {
    problems.push(
      fail(
        source,
        'metadata.name',
        `metadata.name '${String(name ?? '')}' must be '${plural}.${group}' (<plural>.<group>)`,
        `rename it to '${plural}.${group}'`,
      ),
    );
  }
  const claimKind = obj(spec['claimNames'])?.['kind'];
  if (claimKind !== undefined && claimKind === kind) {
    problems.push(
      fail(
        source,
        'spec.claimNames.kind',
        `the claim kind '${String(claimKind)}' is the same as the composite kind`,
        'give the claim its own kind',
      ),
    );
  }
  const versions = spec['versions'];
  if (!Array.isArray(versions) || versions.length === 0) {
    problems.push(fail(source, 'spec.versions', 'spec.versions is missing or empty', 'list at least one version'));
    return problems;
  }
  const referenceable = versions.filter((v) => obj(v)?.['referenceable'] === true);
  if (referenceable.length !== 1) {
    problems.push(
      fail(
        source,
        'spec.versions',
        `${referenceable.length} versions are referenceable`,
        'mark exactly one version referenceable: true',
      ),
    );
  }
  versions.forEach((v, i) => {
    const version = obj(v);
    if (typeof version?.['name'] !== 'string' || !/^[a-z0-9]+$/.test(version['name'])) {
      problems.push(fail(source, `spec.versions[${i}].name`, `version ${i} has no valid name`, 'e.g. name: v1alpha1'));
    }
    const schema = obj(version?.['schema']);
    if (version?.['schema'] !== undefined && !obj(schema?.['openAPIV3Schema'])) {
      problems.push(
        fail(
          source,
          `spec.versions[${i}].schema.openAPIV3Schema`,
          `version ${String(version?.['name'] ?? i)} has a schema without an openAPIV3Schema object`,
          'give schema.openAPIV3Schema: { type: object, properties: { spec: … } }',
        ),
      );
    }
    const specSchema = obj(obj(obj(schema?.['openAPIV3Schema'])?.['properties'])?.['spec']);
    if (
      schema &&
      specSchema === undefined &&
      obj(obj(schema['openAPIV3Schema'])?.['properties'])?.['spec'] !== undefined
    ) {
      problems.push(
        fail(
          source,
          `spec.versions[${i}].schema.openAPIV3Schema.properties.spec`,
          'the spec schema is not an object',
          'give it type: object and properties',
        ),
      );
    }
  });
  return problems;
}

/**
 * The schema json-schema-to-typescript reads for a Kubernetes schema: a field with a default is optional
 * (the API server fills it in), `x-kubernetes-preserve-unknown-fields` allows any extra field,
 * `x-kubernetes-int-or-string` is `number | string`, and objects are closed otherwise.
 */
function forTypescript(schema: unknown): JSONSchema {
  const s = obj(schema);
  if (!s) return {};
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === 'properties' || k === 'items' || k === 'additionalProperties' || k === 'required') continue;
    if (k.startsWith('x-kubernetes-') || k === 'nullable' || k === 'x-kubernetes-validations') continue;
    out[k] = v;
  }
  if (s['x-kubernetes-int-or-string'] === true) return { ...out, tsType: 'number | string' } as JSONSchema;
  const preserve = s['x-kubernetes-preserve-unknown-fields'] === true;
  const properties = obj(s['properties']);
  if (s['type'] === 'object' || properties) {
    if (properties) {
      out['properties'] = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, forTypescript(v)]));
      const required = (Array.isArray(s['required']) ? (s['required'] as string[]) : []).filter(
        (r) => obj(properties[r])?.['default'] === undefined,
      );
      if (required.length > 0) out['required'] = required;
    }
    const additional = s['additionalProperties'];
    if (obj(additional)) out['additionalProperties'] = forTypescript(additional);
    else if (preserve) out['additionalProperties'] = true;
    else if (!properties) out['additionalProperties'] = additional === false ? false : true;
    else out['additionalProperties'] = false;
  } else if (s['type'] === 'array') {
    out['items'] = forTypescript(s['items']);
  } else if (preserve && s['type'] === undefined) {
    return { ...out, tsType: 'unknown' } as JSONSchema;
  }
  if (s['nullable'] === true && typeof s['type'] === 'string') out['type'] = [s['type'], 'null'];
  return out as JSONSchema;
}

const identifier = (s: string): string => s.replace(/[^A-Za-z0-9]/g, '_').replace(/^([a-z])/, (c) => c.toUpperCase());

/**
 * A TypeScript module for one XRD: the spec type of every version (descriptions as TSDoc, defaulted fields
 * optional), the API (`<Kind>Api`), and a typed claim construct (`<Kind>Claim`, or the claim kind for a
 * v1 XRD with claims) written in the referenceable version.
 */
export async function generateClaimModule(source: XrdSource, options: GenerateOptions = {}): Promise<GeneratedModule> {
  const problems = xrdProblems(source);
  if (problems.length > 0) throw problems[0];
  const xrd = source.xrd as Json;
  const spec = xrd['spec'] as Json;
  const kind = (spec['names'] as Json)['kind'] as string;
  const claimKind = obj(spec['claimNames'])?.['kind'] as string | undefined;
  const versions = (spec['versions'] as Json[]).map((v) => v);
  const referenceable = (versions.find((v) => v['referenceable'] === true) ?? versions[0]) as Json;
  const importFrom = options.importFrom ?? 'cdk8s-gitops';

  const types: string[] = [];
  const typeNames = new Map<string, string>();
  for (const version of versions) {
    const versionName = version['name'] as string;
    const typeName = `${kind}${identifier(versionName)}Spec`;
    const root = obj(obj(version['schema'])?.['openAPIV3Schema']);
    const specSchema = obj(obj(root?.['properties'])?.['spec']) ?? {
      type: 'object',
      'x-kubernetes-preserve-unknown-fields': true,
    };
    const schema = forTypescript(specSchema);
    let code: string;
    try {
      code = await compile(
        {
          ...schema,
          title: typeName,
          description: (specSchema['description'] as string | undefined) ?? `Spec of ${kind} ${versionName}.`,
        },
        typeName,
        { bannerComment: '', additionalProperties: false, format: true, unknownAny: true, strictIndexSignatures: true },
      );
    } catch (e) {
      throw fail(
        source,
        `spec.versions[${versions.indexOf(version)}].schema.openAPIV3Schema`,
        `cannot turn the schema of ${versionName} into TypeScript: ${(e as Error).message.split('\n')[0]}`,
        'check the schema is valid OpenAPI v3',
      );
    }
    // json-schema-to-typescript normalises the name (v1beta1 → V1Beta1): take the one it declared.
    const declared = /export (?:interface|type) (\w+)/.exec(code)?.[1] ?? typeName;
    typeNames.set(versionName, declared);
    types.push(code.trim());
  }
  const specType = typeNames.get(referenceable['name'] as string) as string;
  const className = `${claimKind && xrd['apiVersion'] === 'apiextensions.crossplane.io/v1' ? claimKind : kind}Claim`;
  const apiName = `${kind}Api`;
  const code = `// Generated by \`cdk8s-gitops import-xrd\` from ${source.file.replace(/\\/g, '/')}: do not edit.
/* eslint-disable */
import type { Construct } from 'constructs';
import { CompositeClaim, importedCompositeApi, type ClaimOptions, type TierFields } from '${importFrom}';

${types.join('\n\n')}

/** The ${kind} API (${String(obj(xrd['metadata'])?.['name'])}), as its CompositeResourceDefinition defines it. */
export const ${apiName} = importedCompositeApi<${specType}>({
  xrd: ${JSON.stringify(xrd, null, 2).replace(/\n/g, '\n  ')},
});

/** Props of a {@link ${className}}. */
export interface ${className}Props extends ClaimOptions {
  /** The spec (${referenceable['name'] as string}); any field may be a PerTier value or a function of the tier. */
  readonly spec: TierFields<string, ${specType}>;
}

/** A ${claimKind && xrd['apiVersion'] === 'apiextensions.crossplane.io/v1' ? `${claimKind} claim` : `namespaced ${kind}`} in ${apiName}'s referenceable version (${referenceable['name'] as string}). */
export class ${className} extends CompositeClaim<${specType}> {
  public constructor(scope: Construct, id: string, props: ${className}Props) {
    super(scope, id, { ...props, api: ${apiName} });
  }
}
`;
  return { fileName: `${kind.toLowerCase()}.ts`, kind, code };
}
