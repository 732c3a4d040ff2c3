import { defineConfig } from 'vitest/config';

// Unit tier: pure code in Node; DOM builders opt into happy-dom per file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'glossary/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
