// Lint rules: typescript-eslint's recommended set, plus the project's own guard that data is never parsed
// as HTML or code (no innerHTML-style sinks, no eval), and no network APIs in the extension's source.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const HTML_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'dangerouslySetInnerHTML', 'srcdoc'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'node_modules/', '.generated/', '.tmp/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        ...HTML_SINKS.map((property) => ({ property, message: 'Data is rendered as text: no HTML sinks.' })),
        { object: 'document', property: 'write', message: 'No document.write.' },
      ],
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS.map((name) => ({
          selector: `JSXAttribute[name.name='${name}']`,
          message: 'Data is rendered as text: no HTML sinks.',
        })),
      ],
      'no-restricted-globals': [
        'error',
        ...['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
          name,
          message: 'The extension makes no network requests.',
        })),
      ],
    },
  },
);
