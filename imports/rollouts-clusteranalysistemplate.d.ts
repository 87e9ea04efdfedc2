import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema ClusterAnalysisTemplate
 */
export declare class ClusterAnalysisTemplate extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ClusterAnalysisTemplate"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ClusterAnalysisTemplate".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ClusterAnalysisTemplateProps): any;
    /**
     * Defines a "ClusterAnalysisTemplate" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ClusterAnalysisTemplateProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema ClusterAnalysisTemplate
 */
export interface ClusterAnalysisTemplateProps {
    /**
     * @schema ClusterAnalysisTemplate#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema ClusterAnalysisTemplate#spec
     */
    readonly spec: ClusterAnalysisTemplateSpec;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateProps' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateProps(obj: ClusterAnalysisTemplateProps | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpec
 */
export interface ClusterAnalysisTemplateSpec {
    /**
     * @schema ClusterAnalysisTemplateSpec#args
     */
    readonly args?: ClusterAnalysisTemplateSpecArgs[];
    /**
     * @schema ClusterAnalysisTemplateSpec#dryRun
     */
    readonly dryRun?: ClusterAnalysisTemplateSpecDryRun[];
    /**
     * @schema ClusterAnalysisTemplateSpec#measurementRetention
     */
    readonly measurementRetention?: ClusterAnalysisTemplateSpecMeasurementRetention[];
    /**
     * @schema ClusterAnalysisTemplateSpec#metrics
     */
    readonly metrics?: ClusterAnalysisTemplateSpecMetrics[];
    /**
     * @schema ClusterAnalysisTemplateSpec#templates
     */
    readonly templates?: ClusterAnalysisTemplateSpecTemplates[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpec(obj: ClusterAnalysisTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecArgs
 */
export interface ClusterAnalysisTemplateSpecArgs {
    /**
     * @schema ClusterAnalysisTemplateSpecArgs#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecArgs#value
     */
    readonly value?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecArgs#valueFrom
     */
    readonly valueFrom?: ClusterAnalysisTemplateSpecArgsValueFrom;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecArgs' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecArgs(obj: ClusterAnalysisTemplateSpecArgs | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecDryRun
 */
export interface ClusterAnalysisTemplateSpecDryRun {
    /**
     * @schema ClusterAnalysisTemplateSpecDryRun#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecDryRun' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecDryRun(obj: ClusterAnalysisTemplateSpecDryRun | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMeasurementRetention
 */
export interface ClusterAnalysisTemplateSpecMeasurementRetention {
    /**
     * @schema ClusterAnalysisTemplateSpecMeasurementRetention#limit
     */
    readonly limit: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMeasurementRetention#metricName
     */
    readonly metricName: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMeasurementRetention' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMeasurementRetention(obj: ClusterAnalysisTemplateSpecMeasurementRetention | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetrics
 */
export interface ClusterAnalysisTemplateSpecMetrics {
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#consecutiveErrorLimit
     */
    readonly consecutiveErrorLimit?: ClusterAnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#consecutiveSuccessLimit
     */
    readonly consecutiveSuccessLimit?: ClusterAnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#count
     */
    readonly count?: ClusterAnalysisTemplateSpecMetricsCount;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#failureCondition
     */
    readonly failureCondition?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#failureLimit
     */
    readonly failureLimit?: ClusterAnalysisTemplateSpecMetricsFailureLimit;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#inconclusiveLimit
     */
    readonly inconclusiveLimit?: ClusterAnalysisTemplateSpecMetricsInconclusiveLimit;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#initialDelay
     */
    readonly initialDelay?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#interval
     */
    readonly interval?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#provider
     */
    readonly provider: ClusterAnalysisTemplateSpecMetricsProvider;
    /**
     * @schema ClusterAnalysisTemplateSpecMetrics#successCondition
     */
    readonly successCondition?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetrics' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetrics(obj: ClusterAnalysisTemplateSpecMetrics | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecTemplates
 */
export interface ClusterAnalysisTemplateSpecTemplates {
    /**
     * @schema ClusterAnalysisTemplateSpecTemplates#clusterScope
     */
    readonly clusterScope?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecTemplates#templateName
     */
    readonly templateName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecTemplates' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecTemplates(obj: ClusterAnalysisTemplateSpecTemplates | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecArgsValueFrom
 */
export interface ClusterAnalysisTemplateSpecArgsValueFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecArgsValueFrom#fieldRef
     */
    readonly fieldRef?: ClusterAnalysisTemplateSpecArgsValueFromFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecArgsValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecArgsValueFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecArgsValueFrom(obj: ClusterAnalysisTemplateSpecArgsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsConsecutiveErrorLimit
 */
export declare class ClusterAnalysisTemplateSpecMetricsConsecutiveErrorLimit {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsConsecutiveErrorLimit;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsConsecutiveSuccessLimit
 */
export declare class ClusterAnalysisTemplateSpecMetricsConsecutiveSuccessLimit {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsConsecutiveSuccessLimit;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsCount
 */
export declare class ClusterAnalysisTemplateSpecMetricsCount {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsCount;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsCount;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsFailureLimit
 */
export declare class ClusterAnalysisTemplateSpecMetricsFailureLimit {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsFailureLimit;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsFailureLimit;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsInconclusiveLimit
 */
export declare class ClusterAnalysisTemplateSpecMetricsInconclusiveLimit {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsInconclusiveLimit;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsInconclusiveLimit;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProvider
 */
export interface ClusterAnalysisTemplateSpecMetricsProvider {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#cloudWatch
     */
    readonly cloudWatch?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatch;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#datadog
     */
    readonly datadog?: ClusterAnalysisTemplateSpecMetricsProviderDatadog;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#graphite
     */
    readonly graphite?: ClusterAnalysisTemplateSpecMetricsProviderGraphite;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#influxdb
     */
    readonly influxdb?: ClusterAnalysisTemplateSpecMetricsProviderInfluxdb;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#job
     */
    readonly job?: ClusterAnalysisTemplateSpecMetricsProviderJob;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#kayenta
     */
    readonly kayenta?: ClusterAnalysisTemplateSpecMetricsProviderKayenta;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#newRelic
     */
    readonly newRelic?: ClusterAnalysisTemplateSpecMetricsProviderNewRelic;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#plugin
     */
    readonly plugin?: any;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#prometheus
     */
    readonly prometheus?: ClusterAnalysisTemplateSpecMetricsProviderPrometheus;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#skywalking
     */
    readonly skywalking?: ClusterAnalysisTemplateSpecMetricsProviderSkywalking;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#wavefront
     */
    readonly wavefront?: ClusterAnalysisTemplateSpecMetricsProviderWavefront;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProvider#web
     */
    readonly web?: ClusterAnalysisTemplateSpecMetricsProviderWeb;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProvider' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProvider(obj: ClusterAnalysisTemplateSpecMetricsProvider | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecArgsValueFromFieldRef
 */
export interface ClusterAnalysisTemplateSpecArgsValueFromFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecArgsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecArgsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecArgsValueFromFieldRef(obj: ClusterAnalysisTemplateSpecArgsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef
 */
export interface ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef(obj: ClusterAnalysisTemplateSpecArgsValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatch
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderCloudWatch {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatch#interval
     */
    readonly interval?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatch#metricDataQueries
     */
    readonly metricDataQueries: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderCloudWatch' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderCloudWatch(obj: ClusterAnalysisTemplateSpecMetricsProviderCloudWatch | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderDatadog {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#aggregator
     */
    readonly aggregator?: ClusterAnalysisTemplateSpecMetricsProviderDatadogAggregator;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#apiVersion
     */
    readonly apiVersion?: ClusterAnalysisTemplateSpecMetricsProviderDatadogApiVersion;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#formula
     */
    readonly formula?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#interval
     */
    readonly interval?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#queries
     */
    readonly queries?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#query
     */
    readonly query?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadog#secretRef
     */
    readonly secretRef?: ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderDatadog' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderDatadog(obj: ClusterAnalysisTemplateSpecMetricsProviderDatadog | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderGraphite
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderGraphite {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderGraphite#address
     */
    readonly address?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderGraphite#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderGraphite' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderGraphite(obj: ClusterAnalysisTemplateSpecMetricsProviderGraphite | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderInfluxdb
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderInfluxdb {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderInfluxdb#profile
     */
    readonly profile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderInfluxdb#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderInfluxdb' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderInfluxdb(obj: ClusterAnalysisTemplateSpecMetricsProviderInfluxdb | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJob
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJob {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJob#metadata
     */
    readonly metadata?: ClusterAnalysisTemplateSpecMetricsProviderJobMetadata;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJob#spec
     */
    readonly spec: ClusterAnalysisTemplateSpecMetricsProviderJobSpec;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJob' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJob(obj: ClusterAnalysisTemplateSpecMetricsProviderJob | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderKayenta {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#address
     */
    readonly address: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#application
     */
    readonly application: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#canaryConfigName
     */
    readonly canaryConfigName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#configurationAccountName
     */
    readonly configurationAccountName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#lookback
     */
    readonly lookback?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#metricsAccountName
     */
    readonly metricsAccountName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#scopes
     */
    readonly scopes: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#storageAccountName
     */
    readonly storageAccountName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayenta#threshold
     */
    readonly threshold: ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderKayenta' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderKayenta(obj: ClusterAnalysisTemplateSpecMetricsProviderKayenta | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderNewRelic
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderNewRelic {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderNewRelic#profile
     */
    readonly profile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderNewRelic#query
     */
    readonly query: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderNewRelic#timeout
     */
    readonly timeout?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderNewRelic' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderNewRelic(obj: ClusterAnalysisTemplateSpecMetricsProviderNewRelic | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheus {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#address
     */
    readonly address?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#authentication
     */
    readonly authentication?: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#headers
     */
    readonly headers?: ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#insecure
     */
    readonly insecure?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#query
     */
    readonly query?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#rangeQuery
     */
    readonly rangeQuery?: ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheus#timeout
     */
    readonly timeout?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheus' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheus(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheus | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderSkywalking
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderSkywalking {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderSkywalking#address
     */
    readonly address?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderSkywalking#interval
     */
    readonly interval?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderSkywalking#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderSkywalking' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderSkywalking(obj: ClusterAnalysisTemplateSpecMetricsProviderSkywalking | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWavefront
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWavefront {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWavefront#address
     */
    readonly address?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWavefront#query
     */
    readonly query?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWavefront' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWavefront(obj: ClusterAnalysisTemplateSpecMetricsProviderWavefront | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWeb {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#authentication
     */
    readonly authentication?: ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#body
     */
    readonly body?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#headers
     */
    readonly headers?: ClusterAnalysisTemplateSpecMetricsProviderWebHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#insecure
     */
    readonly insecure?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#jsonBody
     */
    readonly jsonBody?: any;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#jsonPath
     */
    readonly jsonPath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#method
     */
    readonly method?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWeb#url
     */
    readonly url: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWeb' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWeb(obj: ClusterAnalysisTemplateSpecMetricsProviderWeb | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#expression
     */
    readonly expression?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#id
     */
    readonly id?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#label
     */
    readonly label?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#metricStat
     */
    readonly metricStat?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#period
     */
    readonly period?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries#returnData
     */
    readonly returnData?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries(obj: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadogAggregator
 */
export declare enum ClusterAnalysisTemplateSpecMetricsProviderDatadogAggregator {
    /** avg */
    AVG = "avg",
    /** min */
    MIN = "min",
    /** max */
    MAX = "max",
    /** sum */
    SUM = "sum",
    /** last */
    LAST = "last",
    /** percentile */
    PERCENTILE = "percentile",
    /** mean */
    MEAN = "mean",
    /** l2norm */
    L2NORM = "l2norm",
    /** area */
    AREA = "area"
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadogApiVersion
 */
export declare enum ClusterAnalysisTemplateSpecMetricsProviderDatadogApiVersion {
    /** v1 */
    V1 = "v1",
    /** v2 */
    V2 = "v2"
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef#namespaced
     */
    readonly namespaced?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef(obj: ClusterAnalysisTemplateSpecMetricsProviderDatadogSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobMetadata
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobMetadata {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobMetadata' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobMetadata(obj: ClusterAnalysisTemplateSpecMetricsProviderJobMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#backoffLimit
     */
    readonly backoffLimit?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#backoffLimitPerIndex
     */
    readonly backoffLimitPerIndex?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#completionMode
     */
    readonly completionMode?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#completions
     */
    readonly completions?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#managedBy
     */
    readonly managedBy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#manualSelector
     */
    readonly manualSelector?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#maxFailedIndexes
     */
    readonly maxFailedIndexes?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#parallelism
     */
    readonly parallelism?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#podFailurePolicy
     */
    readonly podFailurePolicy?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#podReplacementPolicy
     */
    readonly podReplacementPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#selector
     */
    readonly selector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#successPolicy
     */
    readonly successPolicy?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#suspend
     */
    readonly suspend?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#template
     */
    readonly template: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpec#ttlSecondsAfterFinished
     */
    readonly ttlSecondsAfterFinished?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes#controlScope
     */
    readonly controlScope: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes#experimentScope
     */
    readonly experimentScope: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes(obj: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopes | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold#marginal
     */
    readonly marginal: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold#pass
     */
    readonly pass: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold(obj: ClusterAnalysisTemplateSpecMetricsProviderKayentaThreshold | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication#oauth2
     */
    readonly oauth2?: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication#sigv4
     */
    readonly sigv4?: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthentication | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheusHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#end
     */
    readonly end?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#start
     */
    readonly start?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery#step
     */
    readonly step?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheusRangeQuery | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication#oauth2
     */
    readonly oauth2?: ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication#sigv4
     */
    readonly sigv4?: ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication(obj: ClusterAnalysisTemplateSpecMetricsProviderWebAuthentication | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWebHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWebHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebHeaders#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWebHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWebHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderWebHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#metric
     */
    readonly metric?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#period
     */
    readonly period?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#stat
     */
    readonly stat?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat#unit
     */
    readonly unit?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat(obj: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy#rules
     */
    readonly rules: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy#rules
     */
    readonly rules: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate#metadata
     */
    readonly metadata?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate#spec
     */
    readonly spec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#end
     */
    readonly end?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#region
     */
    readonly region: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#scope
     */
    readonly scope: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#start
     */
    readonly start?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope#step
     */
    readonly step: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope(obj: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesControlScope | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#end
     */
    readonly end?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#region
     */
    readonly region: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#scope
     */
    readonly scope: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#start
     */
    readonly start?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope#step
     */
    readonly step: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope(obj: ClusterAnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#clientId
     */
    readonly clientId?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#clientSecret
     */
    readonly clientSecret?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2#tokenUrl
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#profile
     */
    readonly profile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#region
     */
    readonly region?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4(obj: ClusterAnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#clientId
     */
    readonly clientId?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#clientSecret
     */
    readonly clientSecret?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#scopes
     */
    readonly scopes?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2#tokenUrl
     */
    readonly tokenUrl?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2(obj: ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#profile
     */
    readonly profile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#region
     */
    readonly region?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4#roleArn
     */
    readonly roleArn?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4(obj: ClusterAnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#dimensions
     */
    readonly dimensions?: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#metricName
     */
    readonly metricName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric(obj: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#action
     */
    readonly action: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#onExitCodes
     */
    readonly onExitCodes?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules#onPodConditions
     */
    readonly onPodConditions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules#succeededCount
     */
    readonly succeededCount?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules#succeededIndexes
     */
    readonly succeededIndexes?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#activeDeadlineSeconds
     */
    readonly activeDeadlineSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#affinity
     */
    readonly affinity?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#containers
     */
    readonly containers: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#dnsConfig
     */
    readonly dnsConfig?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#dnsPolicy
     */
    readonly dnsPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#enableServiceLinks
     */
    readonly enableServiceLinks?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#ephemeralContainers
     */
    readonly ephemeralContainers?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostAliases
     */
    readonly hostAliases?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostIPC
     */
    readonly hostIpc?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostNetwork
     */
    readonly hostNetwork?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostPID
     */
    readonly hostPid?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostUsers
     */
    readonly hostUsers?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostname
     */
    readonly hostname?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#hostnameOverride
     */
    readonly hostnameOverride?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#imagePullSecrets
     */
    readonly imagePullSecrets?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#initContainers
     */
    readonly initContainers?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#nodeName
     */
    readonly nodeName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#os
     */
    readonly os?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#overhead
     */
    readonly overhead?: {
        [key: string]: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#preemptionPolicy
     */
    readonly preemptionPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#priority
     */
    readonly priority?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#readinessGates
     */
    readonly readinessGates?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#resourceClaims
     */
    readonly resourceClaims?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#resources
     */
    readonly resources?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#runtimeClassName
     */
    readonly runtimeClassName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#schedulingGates
     */
    readonly schedulingGates?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#securityContext
     */
    readonly securityContext?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#serviceAccount
     */
    readonly serviceAccount?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#setHostnameAsFQDN
     */
    readonly setHostnameAsFqdn?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#shareProcessNamespace
     */
    readonly shareProcessNamespace?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#subdomain
     */
    readonly subdomain?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#tolerations
     */
    readonly tolerations?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec#volumes
     */
    readonly volumes?: any;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions(obj: ClusterAnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#containerName
     */
    readonly containerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes#values
     */
    readonly values: number[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions#status
     */
    readonly status: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#nodeAffinity
     */
    readonly nodeAffinity?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#podAffinity
     */
    readonly podAffinity?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#args
     */
    readonly args?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#command
     */
    readonly command?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#env
     */
    readonly env?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#envFrom
     */
    readonly envFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#image
     */
    readonly image?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#lifecycle
     */
    readonly lifecycle?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#livenessProbe
     */
    readonly livenessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#ports
     */
    readonly ports?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#readinessProbe
     */
    readonly readinessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#resizePolicy
     */
    readonly resizePolicy?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#resources
     */
    readonly resources?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#securityContext
     */
    readonly securityContext?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#startupProbe
     */
    readonly startupProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#volumeDevices
     */
    readonly volumeDevices?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#volumeMounts
     */
    readonly volumeMounts?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainers | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#nameservers
     */
    readonly nameservers?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#options
     */
    readonly options?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig#searches
     */
    readonly searches?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#args
     */
    readonly args?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#command
     */
    readonly command?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#env
     */
    readonly env?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#envFrom
     */
    readonly envFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#image
     */
    readonly image?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#lifecycle
     */
    readonly lifecycle?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#livenessProbe
     */
    readonly livenessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#ports
     */
    readonly ports?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#readinessProbe
     */
    readonly readinessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#resizePolicy
     */
    readonly resizePolicy?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#resources
     */
    readonly resources?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#securityContext
     */
    readonly securityContext?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#startupProbe
     */
    readonly startupProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#targetContainerName
     */
    readonly targetContainerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#volumeDevices
     */
    readonly volumeDevices?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#volumeMounts
     */
    readonly volumeMounts?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainers | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases#hostnames
     */
    readonly hostnames?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases#ip
     */
    readonly ip: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecHostAliases | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#env
     */
    readonly env?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#envFrom
     */
    readonly envFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#lifecycle
     */
    readonly lifecycle?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#livenessProbe
     */
    readonly livenessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#ports
     */
    readonly ports?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#readinessProbe
     */
    readonly readinessProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#resizePolicy
     */
    readonly resizePolicy?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#resources
     */
    readonly resources?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#restartPolicyRules
     */
    readonly restartPolicyRules?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#securityContext
     */
    readonly securityContext?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#startupProbe
     */
    readonly startupProbe?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#stdin
     */
    readonly stdin?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#stdinOnce
     */
    readonly stdinOnce?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#terminationMessagePath
     */
    readonly terminationMessagePath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#terminationMessagePolicy
     */
    readonly terminationMessagePolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#tty
     */
    readonly tty?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#volumeDevices
     */
    readonly volumeDevices?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#volumeMounts
     */
    readonly volumeMounts?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOverhead;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates#conditionType
     */
    readonly conditionType: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#resourceClaimName
     */
    readonly resourceClaimName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims#resourceClaimTemplateName
     */
    readonly resourceClaimTemplateName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourceClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#claims
     */
    readonly claims?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    };
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#sysctls
     */
    readonly sysctls?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#key
     */
    readonly key?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv#valueFrom
     */
    readonly valueFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom#secretRef
     */
    readonly secretRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#postStart
     */
    readonly postStart?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#preStop
     */
    readonly preStop?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#claims
     */
    readonly claims?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#capabilities
     */
    readonly capabilities?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv#valueFrom
     */
    readonly valueFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom#secretRef
     */
    readonly secretRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#postStart
     */
    readonly postStart?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#preStop
     */
    readonly preStop?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#claims
     */
    readonly claims?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#capabilities
     */
    readonly capabilities?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv#valueFrom
     */
    readonly valueFrom?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#postStart
     */
    readonly postStart?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#preStop
     */
    readonly preStop?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecycle | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersPorts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy#resourceName
     */
    readonly resourceName: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy#restartPolicy
     */
    readonly restartPolicy: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResizePolicy | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#claims
     */
    readonly claims?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#limits
     */
    readonly limits?: any;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources#requests
     */
    readonly requests?: any;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules#action
     */
    readonly action: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules#exitCodes
     */
    readonly exitCodes?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#capabilities
     */
    readonly capabilities?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#seccompProfile
     */
    readonly seccompProfile?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext#windowsOptions
     */
    readonly windowsOptions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#grpc
     */
    readonly grpc?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbe | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices#devicePath
     */
    readonly devicePath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeDevices | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#exec
     */
    readonly exec?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#httpGet
     */
    readonly httpGet?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#sleep
     */
    readonly sleep?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes#values
     */
    readonly values?: number[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket#port
     */
    readonly port: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort
 */
export declare class ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: ClusterAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
