// Lint rules for the admin UI: the recommended JavaScript and TypeScript sets; formatting is Prettier's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'target/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);
