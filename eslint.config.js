// @ts-check
import { defineConfig, globalIgnores } from 'eslint/config'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'
import prettier from 'eslint-config-prettier/flat'

export default defineConfig(
  globalIgnores([
    'dist/',
    'dev-dist/',
    'node_modules/',
    'coverage/',
    'playwright-report/',
    'test-results/',
    'blob-report/',
    'src/components.d.ts',
  ]),

  js.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  // Layout is Prettier's (npm run format); ESLint keeps to correctness.
  prettier,

  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,vue}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser },
    },
  },

  // <script lang="ts"> in single-file components
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
  },

  // Node-side code: tooling, scripts, configs, Playwright tests
  {
    files: ['scripts/**', 'tests/e2e/**', '*.config.{js,ts,mjs,cjs}', '.ci/**/*.{js,ts}'],
    languageOptions: {
      globals: { ...globals.node },
    },
  },

  {
    rules: {
      // Rendering raw HTML is an XSS hole; share links and backups are untrusted input.
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Layout is left to the author; these two only produce noise on short templates.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
    },
  },
)
