import type { Construct } from 'constructs';
import { Type } from 'typebox';
import { byProduction, Claim, defineCompositeApi, withDefault } from '../../src/index.js';
import type { DatabaseSpec } from './services.js';
import { sessionCache } from './services.js';

/** API group of the platform's composite resources. */
export const PLATFORM_GROUP = 'platform.company.com';

/** Label saying which cloud a Composition provisions on. */
export const PROVIDER_LABEL = 'platform.company.com/provider';
/** Label saying which class of service a Composition gives: `standard`, or `production` (multi-AZ, protected). */
export const CLASS_LABEL = 'platform.company.com/class';

/** The Composition each tier selects: the production variant in production tiers, the standard one elsewhere. */
export const compositionSelector = byProduction(
  { [PROVIDER_LABEL]: 'aws', [CLASS_LABEL]: 'production' },
  { [PROVIDER_LABEL]: 'aws', [CLASS_LABEL]: 'standard' },
);

/** A PostgreSQL database owned by one service. */
export const PostgreSQL = defineCompositeApi({
  group: PLATFORM_GROUP,
  kind: 'XPostgreSQL',
  plural: 'xpostgresqls',
  version: 'v1alpha1',
  description: 'A PostgreSQL database owned by one service.',
  connectionSecretKeys: ['username', 'password', 'endpoint', 'port'],
  parameters: Type.Object({
    name: Type.String({ description: 'Name of the database instance.', pattern: '^[a-z][a-z0-9-]*$' }),
    databaseName: Type.String({ description: 'Name of the database created in the instance.' }),
    storage: withDefault(Type.String({ description: 'Allocated storage.', pattern: '^[0-9]+Gi$' }), '10Gi'),
    replicas: withDefault(Type.Integer({ description: 'Number of instances.', minimum: 1, maximum: 5 }), 1),
    backup: withDefault(Type.Boolean({ description: 'Take automated backups.' }), false),
    backupRetention: Type.Optional(Type.Integer({ description: 'Days backups are kept.', minimum: 1, maximum: 35 })),
    monitoring: Type.Optional(
      Type.Union([Type.Literal('enabled'), Type.Literal('disabled')], { description: 'Enhanced monitoring.' }),
    ),
  }),
});

/** A Redis cache. */
export const RedisCache = defineCompositeApi({
  group: PLATFORM_GROUP,
  kind: 'XRedisCache',
  plural: 'xrediscaches',
  version: 'v1alpha1',
  description: 'A Redis cache.',
  connectionSecretKeys: ['endpoint', 'port'],
  parameters: Type.Object({
    size: Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')], {
      description: 'Node size: small (cache.t4g.small), medium (cache.m7g.large), large (cache.r7g.xlarge).',
    }),
    version: withDefault(Type.String({ description: 'Redis engine version.', pattern: '^[0-9]+\\.[0-9]+$' }), '7.0'),
    backup: withDefault(Type.Boolean({ description: 'Take daily snapshots.' }), false),
    highAvailability: withDefault(Type.Boolean({ description: 'A replica in a second availability zone.' }), false),
  }),
});

/** The database claim of one service, in the service's folder, with the tier's parameters. */
export function databaseClaim(scope: Construct, db: DatabaseSpec) {
  return new Claim(scope, db.name, {
    api: PostgreSQL,
    compositionSelector,
    parameters: {
      name: db.name,
      databaseName: db.databaseName,
      storage: db.storage,
      replicas: db.replicas,
      backup: db.backup,
      backupRetention: byProduction<number | undefined>(30, undefined),
      monitoring: byProduction<'enabled' | undefined>('enabled', undefined),
    },
  });
}

/** The session cache of a tier, in `environments/<tier>/infrastructure/`. */
export function sessionCacheClaim(scope: Construct) {
  return new Claim(scope, sessionCache.name, {
    api: RedisCache,
    compositionSelector,
    parameters: {
      size: sessionCache.size,
      version: sessionCache.version,
      backup: sessionCache.backup,
      highAvailability: sessionCache.highAvailability,
    },
  });
}
