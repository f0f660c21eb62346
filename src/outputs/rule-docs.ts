/** Where each rule's page (docs/rules/RULE-ID.md) is published; a rule's page is `${RULE_DOCS}${id}.md`. */
export const RULE_DOCS = 'https://github.com/s3-trail-guard/s3-trail-guard/blob/main/docs/rules/';

export function ruleDocUrl(ruleId: string): string {
  return `${RULE_DOCS}${ruleId}.md`;
}
