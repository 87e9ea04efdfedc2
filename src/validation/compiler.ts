import type { Ajv } from 'ajv';
import { once } from '../lazy/index.js';
import { createAjv } from './ajv-factory.js';
import { hasCelRules } from './cel.js';
import type { Finding } from './issue.js';
import type { SchemaFiles } from './schema-files.js';
import { schemaDefaulter } from './schema-defaults.js';
import { toValidationSchema } from './schema-transform.js';
import { isPlainObject, type JsonSchema } from './schema-walk.js';
import { SplitNode, splitSchema, type RefTarget } from './split-validator.js';

/** A kind's validator and, when its schema has CEL rules, the schema to evaluate them on. */
export interface CompiledKind {
  /** Validates a whole object against the kind's schema; returns the findings (empty when valid). */
  readonly validate: (object: unknown, out?: Finding[]) => Finding[];
  /** The original (untransformed) schema if it carries `x-kubernetes-validations`, else undefined. */
  readonly celSchema?: JsonSchema;
  /**
   * The object with the schema's defaults applied (a copy where anything changed), as the API server
   * defaults before it validates; undefined when the schema declares no default.
   */
  readonly withDefaults?: (object: unknown) => unknown;
}

/** CRD subtrees with more schema nodes than this are compiled separately, on first use. */
const MAX_NODES_PER_PIECE = 120;
/** Referenced definitions this small (and free of references) are inlined instead of cut out. */
const MAX_INLINED_NODES = 12;

/**
 * A `{ definitions }` document (a Kubernetes version, or ObjectMeta for CRDs) whose definitions are
 * transformed and compiled one by one, on first use, and shared by every kind that references them.
 */
class DefinitionSet {
  private readonly nodes = new Map<string, SplitNode>();
  private readonly transformed = new Map<string, JsonSchema>();
  private readonly inlinable = new Map<string, boolean>();
  private definitions?: Record<string, unknown>;

  public constructor(
    private readonly ajv: () => Ajv,
    private readonly load: () => JsonSchema,
    private readonly objectMetaName: string,
  ) {}

  /** The node validating definition `name`. */
  public node(name: string): SplitNode {
    let node = this.nodes.get(name);
    if (!node) {
      node = new SplitNode(this.ajv, () =>
        splitSchema(this.definition(name), { ajv: this.ajv, resolveRef: (ref) => this.resolveRef(ref) }),
      );
      this.nodes.set(name, node);
    }
    return node;
  }

  /** Resolves `#/definitions/X` or `<file>#/definitions/X`: inlined when tiny, else its own node. */
  public resolveRef(ref: string): RefTarget {
    const marker = '#/definitions/';
    const at = ref.indexOf(marker);
    if (at < 0) throw new Error(`unsupported $ref '${ref}'`);
    const name = ref.slice(at + marker.length);
    const definition = this.definition(name);
    let inline = this.inlinable.get(name);
    if (inline === undefined) {
      inline = countNodes(definition) <= MAX_INLINED_NODES && !JSON.stringify(definition).includes('"$ref"');
      this.inlinable.set(name, inline);
    }
    return inline ? { inline: definition } : { node: this.node(name) };
  }

  private definition(name: string): JsonSchema {
    let schema = this.transformed.get(name);
    if (!schema) {
      this.definitions ??= (this.load()['definitions'] ?? {}) as Record<string, unknown>;
      const raw = this.definitions[name];
      if (!isPlainObject(raw)) throw new Error(`definition '${name}' not found`);
      schema = toValidationSchema(raw, { objectMetaRef: `#/definitions/${this.objectMetaName}`, rootMetadata: false });
      this.transformed.set(name, schema);
    }
    return schema;
  }
}

function countNodes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 1;
  for (const child of Array.isArray(value) ? value : Object.values(value)) count += countNodes(child);
  return count;
}

/**
 * Compiles the schemas of one schemas folder lazily and caches every compiled piece for the life of
 * the process (see {@link SplitNode}): a Kubernetes definition is compiled once per version and
 * shared by all kinds; a CRD is compiled piece by piece as objects reach its fields.
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

  /** Created on the first compile: validators served by the compile cache need no ajv (loading it is ~40 ms). */
  private readonly ajv = once(createAjv);
  private readonly kubernetes = new Map<string, DefinitionSet>();
  private objectMetaSet?: DefinitionSet;
  private readonly compiled = new Map<string, CompiledKind>();
  private readonly compiledDefined = new WeakMap<JsonSchema, CompiledKind>();

  private constructor(private readonly files: SchemaFiles) {}

  /** Validator of a built-in kind: `definition` of Kubernetes `version` (a shipped version). */
  public builtIn(version: string, definition: string): CompiledKind {
    const key = `k8s|${version}|${definition}`;
    let compiled = this.compiled.get(key);
    if (!compiled) {
      const node = this.definitionsOf(version).node(definition);
      compiled = { validate: (object, out) => run(node, object, out) };
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
    const objectMeta = this.objectMeta();
    const objectMetaRef = `#/definitions/${this.files.index.objectMetaDefinition}`;
    const node = new SplitNode(this.ajv, () =>
      splitSchema(toValidationSchema(schema, { objectMetaRef, rootMetadata: true }), {
        ajv: this.ajv,
        resolveRef: (ref) => objectMeta.resolveRef(ref),
        maxNodes: MAX_NODES_PER_PIECE,
      }),
    );
    const validate = (object: unknown, out?: Finding[]): Finding[] => run(node, object, out);
    const withDefaults = schemaDefaulter(schema);
    return {
      validate,
      ...(hasCelRules(schema) ? { celSchema: schema } : {}),
      ...(withDefaults ? { withDefaults } : {}),
    };
  }

  private definitionsOf(version: string): DefinitionSet {
    let set = this.kubernetes.get(version);
    if (!set) {
      const file = this.files.index.kubernetes[version];
      if (!file) throw new Error(`no shipped schemas for Kubernetes ${version}`);
      set = new DefinitionSet(this.ajv, () => this.files.read(file), this.files.index.objectMetaDefinition);
      this.kubernetes.set(version, set);
    }
    return set;
  }

  private objectMeta(): DefinitionSet {
    this.objectMetaSet ??= new DefinitionSet(
      this.ajv,
      () => this.files.read(this.files.index.objectMeta),
      this.files.index.objectMetaDefinition,
    );
    return this.objectMetaSet;
  }
}

/** Validates `object`, appending findings to `out` (a new array when not given), and returns them. */
function run(node: SplitNode, object: unknown, out: Finding[] = []): Finding[] {
  node.validate(object, '', out);
  return out;
}
