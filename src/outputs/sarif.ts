import type { Finding, RuleMeta, Severity } from '../rules/types.js';
import { remediationText, waiverOf } from './finding-extras.js';
import { placeOf, terraformLineOf } from './place.js';
import type { Report } from './report.js';
import { ruleDocUrl } from './rule-docs.js';
import type { TerraformLocator } from './terraform-lines.js';
import { sha256Hex } from '../util/sha256.js';

// The subset of SARIF 2.1.0 this tool writes (GitHub code scanning reads these properties).
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly SarifRun[];
}

export interface SarifRun {
  readonly tool: { readonly driver: SarifDriver };
  readonly automationDetails?: { readonly id: string };
  readonly columnKind: 'utf16CodeUnits' | 'unicodeCodePoints';
  readonly invocations: readonly {
    readonly executionSuccessful: boolean;
    readonly toolExecutionNotifications?: readonly {
      readonly level: 'warning';
      readonly message: SarifText;
    }[];
  }[];
  readonly results: readonly SarifResult[];
  /** The coverage diff of a plan and the generated fixes, for consumers beyond code scanning. */
  readonly properties?: Record<string, unknown>;
}

interface SarifText {
  readonly text: string;
  readonly markdown?: string;
}

export interface SarifDriver {
  readonly name: string;
  readonly version: string;
  readonly semanticVersion: string;
  readonly rules: readonly SarifRule[];
}

export interface SarifRule {
  readonly id: string;
  readonly name: string;
  readonly shortDescription: SarifText;
  readonly fullDescription: SarifText;
  readonly helpUri?: string;
  readonly help: SarifText;
  readonly defaultConfiguration: { readonly level: SarifLevel };
  readonly properties: Record<string, unknown>;
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifResult {
  readonly ruleId: string;
  readonly ruleIndex: number;
  readonly level: SarifLevel;
  readonly message: SarifText;
  readonly locations: readonly SarifLocation[];
  readonly relatedLocations?: readonly SarifLocation[];
  readonly partialFingerprints: Record<string, string>;
  readonly suppressions?: readonly { readonly kind: 'external'; readonly justification: string }[];
  readonly properties: Record<string, unknown>;
}

export interface SarifLocation {
  /** Referenced from the result's message as `[text](id)` (related locations). */
  readonly id?: number;
  readonly message?: SarifText;
  readonly physicalLocation?: {
    readonly artifactLocation: { readonly uri: string };
    readonly region: { readonly startLine: number; readonly startColumn?: number };
  };
  readonly logicalLocations?: readonly { readonly fullyQualifiedName: string; readonly kind: string }[];
}

export interface SarifOptions {
  /** A report path as a repository-relative URI (forward slashes), or undefined when it is outside. */
  readonly toUri: (file: string) => string | undefined;
  /** Terraform address to source line (from `terraform-dir`). */
  readonly locate?: TerraformLocator;
  /**
   * `runs[].automationDetails.id`, so several analyses of one commit keep separate alerts (default
   * {@link DEFAULT_AUTOMATION_ID}). Code scanning takes one run per category in an upload.
   */
  readonly automationId?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The category of a log written without one: every report of this tool is one analysis. */
export const DEFAULT_AUTOMATION_ID = 's3-trail-guard/';

// A GitHub alert's severity comes from `security-severity` (7.0-8.9 high, 4.0-6.9 medium, below that low).
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.5', warning: '5.0', note: '2.0' };

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

function describe(meta: RuleMeta, documented = true): SarifRule {
  const doc = documented ? ruleDocUrl(meta.id) : undefined;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    ...(doc ? { helpUri: doc } : {}),
    help: {
      text: `${meta.title}\n\n${meta.description}${doc ? `\n\n${doc}` : ''}`,
      markdown: `**${meta.title}**\n\n${meta.description}${doc ? `\n\n[Rule documentation](${doc})` : ''}`,
    },
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: ['security', 'cloudtrail', 's3', 'audit-logging'],
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
    },
  };
}

/**
 * Identity of a finding, not of its line: moving an entry in the policy or a block in the Terraform source
 * keeps the same fingerprint. GitHub computes its own `primaryLocationLineHash` beside it on upload.
 */
export function fingerprint(f: Finding): string {
  const key = [f.ruleId, f.bucket ?? '', f.trail ?? '', f.location.address ?? ''].join('\u0000');
  return sha256Hex(key).slice(0, 32);
}

interface Located {
  readonly primary: SarifLocation;
  /** The policy entry behind a finding whose primary location is Terraform source. */
  readonly related?: SarifLocation;
}

/**
 * The Terraform block or attribute of the finding when `terraform-dir` locates it (what a reviewer changes),
 * with the policy entry that asked for the check as a related location; else the policy entry, the plan
 * in the repository or the policy file (placeOf).
 */
function locationOf(f: Finding, report: Report, opts: SarifOptions): Located {
  const loc = f.location;
  const logical = loc.address
    ? { logicalLocations: [{ fullyQualifiedName: loc.address, kind: 'resource' }] }
    : {};
  const physical = (uri: string, startLine: number, startColumn?: number) => ({
    physicalLocation: {
      artifactLocation: { uri },
      region: { startLine, ...(startColumn ? { startColumn } : {}) },
    },
  });
  const tf = terraformLineOf(f, opts.locate);
  const tfUri = tf ? opts.toUri(tf.file) : undefined;
  const policy = placeOf(f, report, opts.toUri);
  if (tf && tfUri) {
    const primary = { ...physical(tfUri, tf.line), ...logical };
    if (!policy || (policy.uri === tfUri && policy.line === tf.line)) return { primary };
    return {
      primary,
      related: {
        id: 1,
        ...physical(policy.uri, policy.line, policy.column),
        message: { text: 'policy entry' },
      },
    };
  }
  return { primary: policy ? { ...physical(policy.uri, policy.line, policy.column), ...logical } : logical };
}

/**
 * Fingerprints of the results in order; two results of one identity (the same rule on the same bucket,
 * trail and address) are told apart by their occurrence, as GitHub's own line hashes are.
 */
function occurrences(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}:${n}`;
  });
}

/**
 * The report as one SARIF 2.1.0 run, for github/codeql-action/upload-sarif: one run of one category
 * (automationDetails.id) per file: code scanning no longer combines several runs of one tool and category
 * in an upload (the 2025-07 change issue 14 names; see
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning).
 */
export function toSarif(report: Report, rules: readonly RuleMeta[], opts: SarifOptions): SarifLog {
  const descriptors = rules.map((m) => describe(m));
  const index = new Map(descriptors.map((r, i) => [r.id, i]));
  for (const f of report.findings) {
    if (index.has(f.ruleId)) continue;
    // A finding of a rule missing from the registry still needs a descriptor for ruleIndex.
    index.set(f.ruleId, descriptors.length);
    descriptors.push(
      describe(
        {
          id: f.ruleId,
          title: f.ruleId,
          defaultSeverity: f.severity,
          description: f.ruleId,
        } as RuleMeta,
        false,
      ),
    );
  }
  // A bucket covered only by accepted server access logs has no finding; a note keeps the qualifier visible.
  const accepted = report.buckets.flatMap((b): SarifResult[] =>
    b.acceptedEvidence
      ? [
          {
            ruleId: 'data-event-coverage',
            ruleIndex: index.get('data-event-coverage') ?? 0,
            level: 'note',
            message: {
              text: `${b.name}: covered ${b.acceptedEvidence.qualifier}; CloudTrail alone: ${b.acceptedEvidence.cloudTrailStatus}`,
            },
            locations: [
              locationOf(
                {
                  ruleId: 'data-event-coverage',
                  severity: 'note',
                  status: 'fail',
                  message: '',
                  location: { ...b.location, ...(b.ref ? { address: b.ref } : {}) },
                },
                report,
                { ...opts, locate: undefined },
              ).primary,
            ],
            partialFingerprints: {
              's3TrailGuardFinding/v1': sha256Hex(['accepted-evidence', b.name].join('\u0000')).slice(0, 32),
            },
            properties: { status: 'covered', bucket: b.name, acceptedEvidence: b.acceptedEvidence.evidence },
          },
        ]
      : [],
  );
  const prints = occurrences(report.findings.map(fingerprint));
  const results = report.findings.map((f, i): SarifResult => {
    const waiver = waiverOf(f);
    const remediation = remediationText(f);
    const { primary, related } = locationOf(f, report, opts);
    const text = related ? `${f.message} (asked for by the [policy entry](1))` : f.message;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: remediation ? `${text}\n${remediation}` : text },
      locations: [primary],
      ...(related ? { relatedLocations: [related] } : {}),
      partialFingerprints: { 's3TrailGuardFinding/v1': prints[i]! },
      ...(waiver ? { suppressions: [{ kind: 'external' as const, justification: waiver.reason }] } : {}),
      properties: {
        status: f.status,
        ...(f.bucket ? { bucket: f.bucket } : {}),
        ...(f.trail ? { trail: f.trail } : {}),
        ...(f.location.pointer ? { pointer: f.location.pointer } : {}),
      },
    };
  });
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            rules: descriptors,
          },
        },
        automationDetails: { id: opts.automationId ?? DEFAULT_AUTOMATION_ID },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: true,
            ...(report.warnings.length
              ? {
                  toolExecutionNotifications: report.warnings.map((w) => ({
                    level: 'warning' as const,
                    message: { text: w },
                  })),
                }
              : {}),
          },
        ],
        results: [...results, ...accepted],
        ...(report.diff || report.fixes?.length
          ? {
              properties: {
                ...(report.diff ? { coverageDiff: report.diff } : {}),
                ...(report.fixes?.length ? { fixes: report.fixes } : {}),
              },
            }
          : {}),
      },
    ],
  };
}
