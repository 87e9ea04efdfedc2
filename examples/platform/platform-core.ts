import type { GitOpsApp } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { defineComposition, definePlatformApi } from './crossplane.js';

/** The platform's own APIs: XPostgreSQL and XRedisCache, and how they are composed on AWS. */
export function definePlatformCore(app: GitOpsApp<Tier>): void {
  const { xrds, compositions } = app.platformCore;
  definePlatformApi(xrds, {
    kind: 'XPostgreSQL',
    plural: 'xpostgresqls',
    required: ['name', 'databaseName'],
    parameters: {
      name: { type: 'string' },
      databaseName: { type: 'string' },
      storage: { type: 'string', default: '10Gi', pattern: '^[0-9]+Gi$' },
      replicas: { type: 'integer', minimum: 1, maximum: 5, default: 1 },
      backup: { type: 'boolean', default: false },
      backupRetention: { type: 'integer', minimum: 1, maximum: 35 },
      monitoring: { type: 'string', enum: ['enabled', 'disabled'] },
    },
  });
  definePlatformApi(xrds, {
    kind: 'XRedisCache',
    plural: 'xrediscaches',
    required: ['size'],
    parameters: {
      size: { type: 'string', enum: ['small', 'medium', 'large'] },
      version: { type: 'string', default: '7.0' },
      backup: { type: 'boolean', default: false },
      highAvailability: { type: 'boolean', default: false },
    },
  });
  defineComposition(compositions, 'postgresql-aws', 'XPostgreSQL', [
    {
      name: 'instance',
      base: {
        apiVersion: 'rds.aws.upbound.io/v1beta1',
        kind: 'Instance',
        spec: { forProvider: { engine: 'postgres', engineVersion: '16', region: 'eu-central-1' } },
      },
      patches: [
        {
          type: 'FromCompositeFieldPath',
          fromFieldPath: 'spec.parameters.storage',
          toFieldPath: 'spec.forProvider.allocatedStorage',
        },
        {
          type: 'FromCompositeFieldPath',
          fromFieldPath: 'spec.parameters.backup',
          toFieldPath: 'spec.forProvider.backupRetentionPeriod',
        },
      ],
    },
  ]);
  defineComposition(compositions, 'rediscache-aws', 'XRedisCache', [
    {
      name: 'replication-group',
      base: {
        apiVersion: 'elasticache.aws.upbound.io/v1beta1',
        kind: 'ReplicationGroup',
        spec: { forProvider: { engine: 'redis', region: 'eu-central-1' } },
      },
      patches: [
        {
          type: 'FromCompositeFieldPath',
          fromFieldPath: 'spec.parameters.version',
          toFieldPath: 'spec.forProvider.engineVersion',
        },
      ],
    },
  ]);
}
