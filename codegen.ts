import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the integration tests' operations from the public API schema (`schema/api.graphql`):
 * `graphql(`…`)` in a test returns a document whose variables and result are typed, and an
 * operation the schema does not allow fails `npm run codegen`. Output: test/support/graphql/.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['test/integration/**/*.ts', 'test/support/builders/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    'test/support/graphql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        scalars: {
          DateTimeISO: 'string',
          LocalDate: 'string',
          SafeInt: 'number',
          LinkedBedEpisodes: 'unknown',
        },
      },
    },
  },
};

export default config;
