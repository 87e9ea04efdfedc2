/**
 * The Crossplane family in the bench platform: one composite API (XDatabase) with its XRD, a standard and
 * a production Composition and the three well-known Functions, once; then one database claim per service
 * per tier, in the service's folder, selecting the tier's Composition.
 */
import { pathToFileURL } from 'node:url';
import { Type } from 'typebox';
import type * as Library from '../../src/index.js';
import type { GitOpsApp } from '../../src/index.js';

/** The library as the bench runs it: compiled `lib/` (BENCH_LIB) or the sources. */
const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../../src/index.js'
)) as typeof Library;
const {
  AutoReady,
  byProduction,
  Claim,
  CrossplaneFunction,
  defineCompositeApi,
  PatchAndTransform,
  Patches,
  PipelineComposition,
  Transforms,
  withDefault,
  Xrd,
} = library;

const CLASS = 'platform.example.com/class';

const Database = defineCompositeApi({
  group: 'platform.example.com',
  kind: 'XDatabase',
  plural: 'xdatabases',
  connectionSecretKeys: ['username', 'password', 'endpoint', 'port'],
  parameters: Type.Object({
    size: Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')]),
    storage: withDefault(Type.String({ pattern: '^[0-9]+Gi$' }), '10Gi'),
    backup: withDefault(Type.Boolean(), false),
    retentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 35 })),
  }),
});

/** Adds the Crossplane objects of the bench platform: the API once, a claim per service per tier. */
export function addCrossplane(app: GitOpsApp, services: readonly string[]): void {
  const functions = CrossplaneFunction.inPlatformCore(app);
  Xrd.define(app, Database);
  for (const production of [false, true]) {
    new PipelineComposition(app.platformCore.compositions, production ? 'database-production' : 'database', {
      api: Database,
      labels: { [CLASS]: production ? 'production' : 'standard' },
      steps: [
        PatchAndTransform.step({
          function: functions.patchAndTransform,
          resources: [
            {
              name: 'instance',
              base: {
                apiVersion: 'rds.aws.m.upbound.io/v1beta1',
                kind: 'Instance',
                spec: { forProvider: { engine: 'postgres', multiAz: production } },
              },
              patches: [
                Patches.fromParameter(
                  Database,
                  'size',
                  'spec.forProvider.instanceClass',
                  Transforms.map({ small: 'db.t4g.small', medium: 'db.m7g.large', large: 'db.r7g.xlarge' }),
                ),
                Patches.fromParameter(
                  Database,
                  'storage',
                  'spec.forProvider.allocatedStorage',
                  Transforms.convert('float64', 'quantity'),
                ),
                Patches.fromComposite('spec.writeConnectionSecretToRef.name', 'spec.writeConnectionSecretToRef.name'),
              ],
            },
          ],
        }),
        AutoReady.step({ function: functions.autoReady }),
      ],
    });
  }
  for (const scope of app.tiers) {
    for (const service of services) {
      new Claim(scope.application(service), 'database', {
        api: Database,
        name: `${service}-db`,
        compositionSelector: byProduction({ [CLASS]: 'production' }, { [CLASS]: 'standard' }),
        parameters: {
          size: (tier) => (tier.production ? 'large' : tier.name === 'dev' ? 'small' : 'medium'),
          backup: (tier) => tier.name !== 'dev',
          retentionDays: byProduction<number | undefined>(30, undefined),
        },
      });
    }
  }
}
