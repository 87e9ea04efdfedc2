import type { Ajv, ValidateFunction } from 'ajv';
import { createAjv } from './ajv-factory.js';
import { hasCelRules } from './cel.js';
import type { SchemaFiles } from './schema-files.js';
import { toValidationDefinitions, toValidationSchema } from './schema-transform.js';
import type { JsonSchema } from './schema-walk.js';

/** A kind's compiled validator and, when its schema has CEL rules, the schema to evaluate them on. */
export interface CompiledKind {
  /** ajv validator of the whole object. */
  readonly validate: ValidateFunction;
  /** The original (untransformed) schema if it carries `x-kubernetes-validations`, else undefined. */
  readonly celSchema?: JsonSchema;
}

const OBJECT_META_ID = 'object-meta.json';

/**
 * Compiles schemas of one schemas folder, lazily, caching every validator for the life of the process:
 * - built-in kinds: one ajv per Kubernetes version holding that version's definitions; only the
 *   definitions a compiled kind reaches are compiled;
 * - CRD kinds (shipped or defined at run time): one shared ajv holding ObjectMeta for `metadata`.
 */
export class SchemaCompiler {
  private static readonly instances = new Map<string, SchemaCompiler>();

  /** The compiler of a schemas folder (shared by every registry using it). */
  public static of(files: SchemaFiles): SchemaCompiler {
    let compiler = SchemaCompiler.instances.get(files.dir);
    if (!compiler) {
      compiler = new SchemaCompiler(files);
      SchemaCompiler.instances.set(files.dir, compiler);
    }
    return compiler;
  }

  private readonly kubernetesAjv = new Map<string, Ajv>();
  private crdAjv?: Ajv;
  private readonly compiled = new Map<string, CompiledKind>();
  private readonly compiledDefined = new WeakMap<JsonSchema, CompiledKind>();

  private constructor(private readonly files: SchemaFiles) {}

  /** Validator of a built-in kind: `definition` of Kubernetes `version` (a shipped version). */
  public builtIn(version: string, definition: string): CompiledKind {
    const key = `k8s|${version}|${definition}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const ajv = this.ajvForKubernetes(version);
      compiled = { validate: ajv.compile({ $ref: `k8s-${version}.json#/definitions/${definition}` }) };
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  /** Validator of a shipped CRD schema file. */
  public shippedCrd(file: string): CompiledKind {
    const key = `crd|${file}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = this.compileCrdSchema(this.files.read(file));
      this.compiled.set(key, compiled);
    }
    return compiled;
  }

  /** Validator of a schema defined at run time (cached by schema object). */
  public defined(schema: JsonSchema): CompiledKind {
    let compiled = this.compiledDefined.get(schema);
    if (!compiled) {
      compiled = this.compileCrdSchema(schema);
      this.compiledDefined.set(schema, compiled);
    }
    return compiled;
  }

  private compileCrdSchema(schema: JsonSchema): CompiledKind {
    const ajv = this.ajvForCrds();
    const objectMetaRef = `${OBJECT_META_ID}#/definitions/${this.files.index.objectMetaDefinition}`;
    const validate = ajv.compile(toValidationSchema(schema, { objectMetaRef, rootMetadata: true }));
    return hasCelRules(schema) ? { validate, celSchema: schema } : { validate };
  }

  private ajvForKubernetes(version: string): Ajv {
    let ajv = this.kubernetesAjv.get(version);
    if (!ajv) {
      const file = this.files.index.kubernetes[version];
      if (!file) throw new Error(`no shipped schemas for Kubernetes ${version}`);
      ajv = createAjv();
      const objectMetaRef = `#/definitions/${this.files.index.objectMetaDefinition}`;
      ajv.addSchema(toValidationDefinitions(this.files.read(file), objectMetaRef), `k8s-${version}.json`);
      this.kubernetesAjv.set(version, ajv);
    }
    return ajv;
  }

  private ajvForCrds(): Ajv {
    if (!this.crdAjv) {
      this.crdAjv = createAjv();
      const objectMetaRef = `#/definitions/${this.files.index.objectMetaDefinition}`;
      this.crdAjv.addSchema(
        toValidationDefinitions(this.files.read(this.files.index.objectMeta), objectMetaRef),
        OBJECT_META_ID,
      );
    }
    return this.crdAjv;
  }
}
