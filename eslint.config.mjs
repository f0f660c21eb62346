import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Architecture boundaries (ARCHITECTURE.md): each folder may import only what its layer may know. A later
// block replaces an earlier one's rule for the files it matches, so every block lists its whole set.
const ACTIONS = { group: ['@actions/*'], message: 'The Actions toolkit is used only under src/action/.' };
const SDK = { group: ['@aws-sdk/*'], message: 'The AWS SDK is used only under src/sources/aws/.' };
const up = (folder, why) => ({ group: [`**/${folder}/*`, `**/${folder}/**`], message: why });
const restrict = (...patterns) => ['error', { patterns }];
const NO_PROCESS = [
  'error',
  {
    name: 'process',
    message: 'Pure layers get what they need from their caller (Settings, deps), not the process.',
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/sources/aws/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(ACTIONS, SDK) },
  },
  {
    files: ['src/sources/aws/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        ACTIONS,
        ...['cli', 'action', 'engine', 'rules', 'outputs'].map((f) =>
          up(f, 'Sources describe the world in model/ terms; they never decide or render.'),
        ),
      ),
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-globals': NO_PROCESS,
      '@typescript-eslint/no-restricted-imports': restrict(
        ACTIONS,
        SDK,
        ...['app', 'cli', 'action', 'sources', 'engine', 'rules', 'outputs', 'config'].map((f) =>
          up(f, 'model/ is the shared vocabulary: it imports nothing of the other layers.'),
        ),
      ),
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/rules/**/*.ts'],
    rules: {
      'no-restricted-globals': NO_PROCESS,
      '@typescript-eslint/no-restricted-imports': restrict(
        ACTIONS,
        SDK,
        ...['app', 'cli', 'action', 'sources', 'outputs'].map((f) =>
          up(f, 'The engine and the rules see facts (model/), never a source, an output or the run.'),
        ),
      ),
    },
  },
  {
    files: ['src/sources/**/*.ts'],
    ignores: ['src/sources/aws/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        ACTIONS,
        SDK,
        ...['cli', 'action', 'engine', 'rules', 'outputs'].map((f) =>
          up(f, 'Sources describe the world in model/ terms; they never decide or render.'),
        ),
      ),
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-globals': NO_PROCESS,
      '@typescript-eslint/no-restricted-imports': restrict(
        ACTIONS,
        SDK,
        ...['cli', 'action'].map((f) => up(f, 'The run knows nothing of who called it.')),
      ),
    },
  },
);
