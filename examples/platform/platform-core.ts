import type { GitOpsApp } from '../../src/index.js';
import {
  AutoReady,
  CrossplaneFunction,
  PatchAndTransform,
  Patches,
  PipelineComposition,
  Transforms,
  Xrd,
  type ComposedResource,
  type PatchSet,
} from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { CLASS_LABEL, PostgreSQL, PROVIDER_LABEL, RedisCache } from './crossplane.js';

const REGION = 'eu-central-1';

/** Patches every composed resource gets: the connection secret's name and the XR's name as a tag. */
const common: PatchSet = {
  name: 'common',
  patches: [
    Patches.fromComposite('spec.writeConnectionSecretToRef.name', 'spec.writeConnectionSecretToRef.name'),
    Patches.fromComposite('metadata.name', 'spec.forProvider.tags.crossplane-xr'),
  ],
};

/** The RDS instance of an XPostgreSQL; `production` adds Multi-AZ and deletion protection. */
function postgresInstance(production: boolean): ComposedResource {
  return {
    name: 'instance',
    base: {
      apiVersion: 'rds.aws.m.upbound.io/v1beta1',
      kind: 'Instance',
      spec: {
        forProvider: {
          region: REGION,
          engine: 'postgres',
          engineVersion: '16',
          instanceClass: production ? 'db.r7g.large' : 'db.t4g.medium',
          autoGeneratePassword: true,
          username: 'app',
          ...(production ? { multiAz: true, deletionProtection: true, storageEncrypted: true } : {}),
        },
      },
    },
    patches: [
      Patches.patchSet(common),
      Patches.fromParameter(PostgreSQL, 'databaseName', 'spec.forProvider.dbName'),
      Patches.fromParameter(
        PostgreSQL,
        'storage',
        'spec.forProvider.allocatedStorage',
        Transforms.convert('float64', 'quantity'),
        Transforms.multiply(1),
        Transforms.convert('int64'),
      ),
      // Days of automated backups: 7 unless the claim says otherwise, none without backup.
      Patches.fromParameter(
        PostgreSQL,
        'backup',
        'spec.forProvider.backupRetentionPeriod',
        Transforms.map({ true: 7, false: 0 }),
      ),
      Patches.fromParameter(PostgreSQL, 'backupRetention', 'spec.forProvider.backupRetentionPeriod'),
      Patches.fromParameter(
        PostgreSQL,
        'monitoring',
        'spec.forProvider.monitoringInterval',
        Transforms.map({ enabled: 60, disabled: 0 }),
      ),
      Patches.toComposite('status.atProvider.address', 'status.endpoint'),
    ],
    connectionDetails: [
      { name: 'username', type: 'FromFieldPath', fromFieldPath: 'spec.forProvider.username' },
      { name: 'password', type: 'FromConnectionSecretKey', fromConnectionSecretKey: 'attribute.password' },
      { name: 'endpoint', type: 'FromFieldPath', fromFieldPath: 'status.atProvider.address' },
      { name: 'port', type: 'FromValue', value: '5432' },
    ],
  };
}

/** The ElastiCache replication group of an XRedisCache. */
function redisReplicationGroup(production: boolean): ComposedResource {
  return {
    name: 'replication-group',
    base: {
      apiVersion: 'elasticache.aws.m.upbound.io/v1beta1',
      kind: 'ReplicationGroup',
      spec: {
        forProvider: {
          region: REGION,
          engine: 'redis',
          description: 'managed by Crossplane',
          transitEncryptionEnabled: true,
          ...(production ? { atRestEncryptionEnabled: true } : {}),
        },
      },
    },
    patches: [
      Patches.patchSet(common),
      Patches.fromParameter(RedisCache, 'version', 'spec.forProvider.engineVersion'),
      Patches.fromParameter(
        RedisCache,
        'size',
        'spec.forProvider.nodeType',
        Transforms.map({ small: 'cache.t4g.small', medium: 'cache.m7g.large', large: 'cache.r7g.xlarge' }),
      ),
      Patches.fromParameter(
        RedisCache,
        'highAvailability',
        'spec.forProvider.numCacheClusters',
        Transforms.map({ true: 2, false: 1 }),
      ),
      Patches.fromParameter(RedisCache, 'highAvailability', 'spec.forProvider.automaticFailoverEnabled'),
      Patches.fromParameter(
        RedisCache,
        'backup',
        'spec.forProvider.snapshotRetentionLimit',
        Transforms.map({ true: 7, false: 0 }),
      ),
      Patches.toComposite('status.atProvider.primaryEndpointAddress', 'status.endpoint'),
    ],
    connectionDetails: [
      { name: 'endpoint', type: 'FromFieldPath', fromFieldPath: 'status.atProvider.primaryEndpointAddress' },
      { name: 'port', type: 'FromValue', value: '6379' },
    ],
  };
}

/** The platform's own APIs: XPostgreSQL and XRedisCache, their functions, and how they are composed on AWS. */
export function definePlatformCore(app: GitOpsApp<Tier>): void {
  const functions = CrossplaneFunction.inPlatformCore(app);
  const compositions = app.platformCore.compositions;
  Xrd.define(app, PostgreSQL);
  Xrd.define(app, RedisCache);
  for (const production of [false, true]) {
    const suffix = production ? '-production' : '';
    const labels = { [PROVIDER_LABEL]: 'aws', [CLASS_LABEL]: production ? 'production' : 'standard' };
    const steps = (resource: ComposedResource) => [
      PatchAndTransform.step({ function: functions.patchAndTransform, patchSets: [common], resources: [resource] }),
      AutoReady.step({ function: functions.autoReady }),
    ];
    new PipelineComposition(compositions, `postgresql-aws${suffix}`, {
      api: PostgreSQL,
      labels,
      steps: steps(postgresInstance(production)),
    });
    new PipelineComposition(compositions, `rediscache-aws${suffix}`, {
      api: RedisCache,
      labels,
      steps: steps(redisReplicationGroup(production)),
    });
  }
}
