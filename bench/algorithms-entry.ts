// The engine functions bench/algorithms.mjs measures, bundled by it with esbuild (not part of dist/).
export { evaluateCoverage } from '../src/engine/coverage.js';
export { globMatch } from '../src/engine/iam-policy.js';
export { remediate } from '../src/engine/remediation.js';
export { maskSecrets } from '../src/security/mask.js';
export { shapeProblem, SHAPES } from '../src/sources/aws/shapes.js';
