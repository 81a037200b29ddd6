// ESLint over what ships and what tests it, as compiled: the hand-written layer, the generated
// code and the tests, all in target/build (scripts/assemble.mjs lays it out).
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

const typed = {
  parserOptions: {
    project: ['./tsconfig.json', './tsconfig.test.json'],
    tsconfigRootDir: import.meta.dirname,
  },
};

export default tseslint.config(
  {
    ignores: ['target/build/dist/**', 'target/build/test-dist/**', 'node_modules/**', 'scripts/**', 'eslint.config.js'],
  },
  // No comment turns a rule off: the checks are all in this file.
  { linterOptions: { noInlineConfig: true } },
  // The hand-written layer and the tests: the strictest preset, with type information.
  {
    files: ['target/build/src/*.ts', 'target/build/test/**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: typed,
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // node:test's describe and it return promises the runner itself awaits.
  {
    files: ['target/build/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['describe', 'it'], package: 'node:test' }] },
      ],
    },
  },
  // The generated code that ships: the recommended preset with type information (real bugs:
  // floating promises, unsafe calls on unknown values, unused code), without the rules that
  // only judge the generator's style. Its runtime types JSON as `any` by design (`Json = any`),
  // so the no-unsafe-* and no-explicit-any rules would flag the design, not a defect.
  {
    files: ['target/build/src/generated/**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: typed,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/prefer-as-const': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // The generator imports every model an operation mentions, error bodies included.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
);
