import type { ApolloServerPlugin } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/**
 * An explorer page that works offline: GraphiQL with its scripts inlined. Apollo's own landing
 * pages load Apollo Sandbox from a CDN, which a government network (and this machine) cannot reach.
 */
export function offlineExplorer(title: string): ApolloServerPlugin {
  const html = renderGraphiQL({ title, endpoint: '/', defaultQuery: EXAMPLE_QUERY });
  return {
    serverWillStart() {
      return Promise.resolve({ renderLandingPage: () => Promise.resolve({ html }) });
    },
  };
}

const EXAMPLE_QUERY = `# Weihai elder-care federation hub. Ctrl-Enter runs a query; the Docs panel documents every field.
# Every query needs a token: run \`npm run token -- analyst\` (or civil-affairs-system, health-system, auditor, …)
# and add {"Authorization": "Bearer <token>"} in the Headers tab below.
query DistrictsAndInstitutions {
  areas(level: DISTRICT) {
    code
    name
    fiveBedPilot
  }
  institutions(page: { limit: 5 }) {
    total
    items {
      code
      name
      rating
      bedCounts { kind capacity occupied }
    }
  }
}
`;
