// @ts-check
// ESLint finds problems; Prettier (.prettierrc.json) decides layout. The file has a dotfile name because the top
// level holds only the project's own folders and a few config files, so `npm run lint` passes it with --config.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // Generated output and data, not code anyone writes by hand.
  globalIgnores(['dist/', '.astro/', 'content/', 'tests/.output/', 'tests/fixtures/', '**/dist/', '**/.astro/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter or binding kept for its position (callbacks, destructuring that drops a field).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Prettier wraps code at 120 columns but leaves long strings, template literals and comments whole; this
    // catches those. Strings count (split a long message into parts), URLs and regular expressions do not: neither
    // can be split without becoming harder to read or search for.
    files: ['**/*.{ts,mjs,astro}'],
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/max-len': ['error', { code: 120, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
);
