// ESLint flat config: eslint's and typescript-eslint's recommended rules over the sources,
// tests, scripts and benchmarks; formatting is Prettier's (.prettierrc.yml), so the rules
// that would fight it are off (eslint-config-prettier).
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test/fixtures/', 'build/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly'
      }
    },
    rules: {
      // An unused argument named _x is kept on purpose (a callback's shape).
      // Errors from GitHub and registries are rethrown scrubbed and bounded (src/messages.ts);
      // attaching the raw error as `cause` would carry what the scrubbing removed.
      'preserve-caught-error': 'off',
      // A server's handler may read a variable assigned once the server has started.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none'
        }
      ]
    }
  }
)
