import { Type } from 'typebox';
import { defineCompositeApi, withDefault } from '../../src/index.js';

/** A PostgreSQL API with every field kind: enum, range, pattern, default, nested object, array, free-form. */
export const Database = defineCompositeApi({
  group: 'platform.example.com',
  kind: 'XDatabase',
  plural: 'xdatabases',
  description: 'A PostgreSQL database.',
  connectionSecretKeys: ['username', 'password', 'endpoint', 'port'],
  parameters: Type.Object({
    size: Type.Union([Type.Literal('small'), Type.Literal('medium'), Type.Literal('large')], {
      description: 'Instance size.',
    }),
    storage: withDefault(Type.String({ pattern: '^[0-9]+Gi$', description: 'Disk size.' }), '10Gi'),
    replicas: withDefault(Type.Integer({ minimum: 1, maximum: 5 }), 1),
    backup: Type.Optional(
      Type.Object({
        enabled: Type.Boolean(),
        retentionDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 35 })),
      }),
    ),
    extensions: Type.Optional(Type.Array(Type.String(), { maxItems: 10 })),
    tags: Type.Optional(Type.Record(Type.String(), Type.String())),
    providerConfig: Type.Optional(
      Type.Unsafe<Record<string, unknown>>({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true }),
    ),
  }),
});

/** A Redis API with one version and no connection secret. */
export const Cache = defineCompositeApi({
  group: 'platform.example.com',
  kind: 'XCache',
  plural: 'xcaches',
  parameters: Type.Object({
    size: Type.Union([Type.Literal('small'), Type.Literal('large')]),
    highAvailability: withDefault(Type.Boolean(), false),
  }),
});
