import { existsSync, readFileSync } from 'node:fs';
import { suggest, type Environments, type PerTier } from '../environments/index.js';
import { GitOpsError, GitOpsErrors } from '../errors/index.js';
import { imageRefProblem, parseImageRef, type ImageRef } from './image-ref.js';
import type { Document } from 'yaml';
import type * as Yaml from 'yaml';
import { lazyModule } from '../lazy/index.js';

const yaml = lazyModule<typeof Yaml>('yaml');

/** A hotfix pin: a version that skipped the tier it promotes from, and why. */
export interface Hotfix {
  /** Why the pin skipped promotion, e.g. `CVE-2026-1234 in the session handler`. */
  readonly reason: string;
  /** Day the hotfix was pinned, `YYYY-MM-DD`; the gate fails once it is older than the allowed age. */
  readonly since: string;
}

/** What one application runs in one tier. */
export interface Pin {
  /** Image reference, e.g. `registry.company.com/user-service:1.4.2` or `…@sha256:…`. */
  readonly image: string;
  /** The image reference in parts. */
  readonly imageRef: ImageRef;
  /** Helm chart version. @default - none */
  readonly chart?: string;
  /** Configuration version. @default - none */
  readonly config?: string;
  /** Set when the pin is an emergency hotfix. @default - none */
  readonly hotfix?: Hotfix;
}

/** The pins of one application, per tier. */
export interface AppRelease<N extends string> {
  /** Application name as in the releases file. */
  readonly name: string;
  /** The image each tier runs (repository, tag, digest): pass it straight to `WebService`'s `image`. */
  readonly image: PerTier<N, ImageRef>;
  /** The image each tier runs as a reference string, e.g. `registry/app:1.2.3`. */
  readonly reference: PerTier<N, string>;
  /** Every pin, per tier. */
  readonly pins: PerTier<N, Pin>;
  /** The pin of `tier`. */
  pin(tier: N): Pin;
}

const PIN_FIELDS = ['image', 'chart', 'config', 'hotfix'];
const HOTFIX_FIELDS = ['reason', 'since'];

/**
 * The release pins of a platform: `releases.yaml` at the repository root holds, per application and tier,
 * the image (tag or digest) and optionally chart and config versions. Programs read versions through it
 * (`app.release('user-service').image`), so promotion is an edit of one data file, done by `promote`.
 *
 * ```yaml
 * apps:
 *   user-service:
 *     dev: { image: registry.company.com/user-service:1.5.0 }
 *     staging: { image: registry.company.com/user-service:1.4.2 }
 *     production:
 *       image: registry.company.com/user-service:1.4.1
 *       hotfix: { reason: CVE-2026-1234, since: 2026-11-20 }
 * ```
 */
export class Releases<N extends string = string> {
  /** Reads and checks `file`; every problem is reported at once. */
  public static load<N extends string>(file: string, environments: Environments<N>): Releases<N> {
    if (!existsSync(file)) {
      throw new GitOpsError(`releases file '${file}' does not exist`, {
        code: 'RELEASES_MISSING',
        file,
        hint: 'create it (see the promotion guide), or point the `releases` setting at it',
      });
    }
    return Releases.parse(readFileSync(file, 'utf8'), file, environments);
  }

  /** Checks the text of a releases file; every problem is reported at once. */
  public static parse<N extends string>(text: string, file: string, environments: Environments<N>): Releases<N> {
    const document = yaml().parseDocument(text, { prettyErrors: false });
    const problems: GitOpsError[] = [];
    const problem = (message: string, field: string, hint: string, code = 'RELEASES_INVALID', tier?: string): void => {
      problems.push(new GitOpsError(message, { code, file, field, hint, tier }));
    };
    for (const e of document.errors)
      problem(`releases file is not valid YAML: ${e.message}`, '', 'fix the YAML syntax');
    const pins = new Map<string, Map<N, Pin>>();
    if (problems.length === 0) {
      const root = document.toJS() as unknown;
      const apps = isObject(root) ? root.apps : undefined;
      if (!isObject(root) || !isObject(apps)) {
        problem(
          "releases file has no 'apps:' map",
          'apps',
          'start the file with apps: { <app>: { <tier>: { image: … } } }',
        );
      } else {
        for (const key of Object.keys(root)) {
          if (key !== 'apps')
            problem(`unknown top-level field '${key}'`, key, "the file has one top-level field, 'apps'");
        }
        for (const [app, tiers] of Object.entries(apps)) {
          const appPins = new Map<N, Pin>();
          pins.set(app, appPins);
          if (!isObject(tiers)) {
            problem(
              `app '${app}' has no tiers`,
              `apps.${app}`,
              `give it ${environments.names.map((n) => `${n}: { image: … }`).join(', ')}`,
            );
            continue;
          }
          for (const [tier, value] of Object.entries(tiers)) {
            const field = `apps.${app}.${tier}`;
            if (!environments.has(tier)) {
              problem(
                `app '${app}' has a pin for unknown tier '${tier}'`,
                field,
                `${suggest(tier, environments.names)}the tiers are: ${environments.names.join(', ')}`,
                'RELEASES_UNKNOWN_TIER',
                tier,
              );
              continue;
            }
            const pin = readPin(value, field, (m, f, h) => problem(m, f, h, 'RELEASES_INVALID_PIN', tier));
            if (pin) appPins.set(tier, pin);
          }
          for (const tier of environments.names) {
            if (!Object.prototype.hasOwnProperty.call(tiers, tier)) {
              problem(
                `app '${app}' has no pin for tier '${tier}'`,
                `apps.${app}.${tier}`,
                `add ${tier}: { image: … } (every app runs a pinned version in every tier)`,
                'RELEASES_MISSING_TIER',
                tier,
              );
            }
          }
        }
      }
    }
    if (problems.length > 0)
      throw new GitOpsErrors(
        problems,
        `releases file '${file}' has ${problems.length} problem(s):\n${problems.map((p) => p.describe()).join('\n')}`,
      );
    return new Releases(file, environments, pins, document);
  }

  /** The file the pins were read from. */
  public readonly file: string;
  private readonly environments: Environments<N>;
  private readonly pins: ReadonlyMap<string, ReadonlyMap<N, Pin>>;
  /** The parsed document, comments included (for rewriting). */
  public readonly document: Document;

  private constructor(
    file: string,
    environments: Environments<N>,
    pins: ReadonlyMap<string, ReadonlyMap<N, Pin>>,
    document: Document,
  ) {
    this.file = file;
    this.environments = environments;
    this.pins = pins;
    this.document = document;
  }

  /** Application names, in file order. */
  public get apps(): readonly string[] {
    return [...this.pins.keys()];
  }

  /** Whether the file pins application `app`. */
  public has(app: string): boolean {
    return this.pins.has(app);
  }

  /** The pins of application `app`; a clear error when the file has none. */
  public app(app: string): AppRelease<N> {
    const pins = this.pins.get(app);
    if (!pins) {
      throw new GitOpsError(`releases file '${this.file}' has no pins for app '${app}'`, {
        code: 'RELEASES_UNKNOWN_APP',
        file: this.file,
        field: `apps.${app}`,
        hint: `${suggest(app, this.pins.keys())}add apps.${app} with a pin per tier`,
      });
    }
    const perTier = this.environments.perTier(Object.fromEntries(pins) as Record<N, Pin>);
    return {
      name: app,
      pins: perTier,
      image: perTier.map((p) => p.imageRef),
      reference: perTier.map((p) => p.image),
      pin: (tier: N) => perTier.of(tier),
    };
  }

  /** The pin of `app` in `tier`. */
  public pin(app: string, tier: N): Pin {
    return this.app(app).pin(tier);
  }
}

function readPin(
  value: unknown,
  field: string,
  problem: (message: string, field: string, hint: string) => void,
): Pin | undefined {
  if (typeof value === 'string') value = { image: value };
  if (!isObject(value)) {
    problem(`${field} is not a pin`, field, 'write { image: registry/app:1.2.3 }');
    return undefined;
  }
  let ok = true;
  for (const key of Object.keys(value)) {
    if (!PIN_FIELDS.includes(key)) {
      problem(
        `unknown field '${key}' in ${field}`,
        `${field}.${key}`,
        `${suggest(key, PIN_FIELDS)}a pin has ${PIN_FIELDS.join(', ')}`,
      );
      ok = false;
    }
  }
  const image = value.image;
  const imageProblem = typeof image === 'string' ? imageRefProblem(image) : `${field} has no image`;
  if (imageProblem) {
    problem(
      `${field}.image: ${imageProblem}`,
      `${field}.image`,
      'use registry/repository:tag, or …@sha256:<64 hex digits>',
    );
    ok = false;
  }
  for (const key of ['chart', 'config']) {
    if (value[key] !== undefined && (typeof value[key] !== 'string' || value[key] === '')) {
      problem(`${field}.${key} is not a version string`, `${field}.${key}`, `quote it, e.g. ${key}: "1.2.3"`);
      ok = false;
    }
  }
  let hotfix: Hotfix | undefined;
  if (value.hotfix !== undefined) {
    const h = value.hotfix;
    if (!isObject(h) || typeof h.reason !== 'string' || h.reason.trim() === '') {
      problem(
        `${field}.hotfix needs a reason`,
        `${field}.hotfix.reason`,
        'write hotfix: { reason: "why it skips promotion", since: YYYY-MM-DD }',
      );
      ok = false;
    } else {
      for (const key of Object.keys(h)) {
        if (!HOTFIX_FIELDS.includes(key)) {
          problem(
            `unknown field '${key}' in ${field}.hotfix`,
            `${field}.hotfix.${key}`,
            'a hotfix has reason and since',
          );
          ok = false;
        }
      }
      const since = h.since instanceof Date ? h.since.toISOString().slice(0, 10) : h.since;
      if (typeof since !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(since) || Number.isNaN(Date.parse(since))) {
        problem(
          `${field}.hotfix.since is not a date`,
          `${field}.hotfix.since`,
          'write the day the hotfix was pinned, e.g. since: 2026-11-20',
        );
        ok = false;
      } else {
        hotfix = { reason: h.reason, since };
      }
    }
  }
  if (!ok) return undefined;
  return {
    image: image as string,
    imageRef: parseImageRef(image as string),
    chart: value.chart as string | undefined,
    config: value.config as string | undefined,
    hotfix,
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date);
}
