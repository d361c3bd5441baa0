import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { DEPARTMENTS } from '../departments';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';
import { buildSubgraphSchema } from './build-subgraph-schema';

export interface ComposedGraph {
  /** Each department's subgraph SDL, by department name. */
  subgraphs: Map<string, string>;
  supergraphSdl: string;
}

/**
 * Composes the supergraph from the subgraphs' code. Subgraph URLs are the production service
 * names (docker-compose); the gateway overrides them from its configuration.
 */
export async function composeSupergraph(definitions: SubgraphDefinition<unknown>[]): Promise<ComposedGraph> {
  const subgraphs = new Map<string, string>();
  for (const definition of definitions) subgraphs.set(definition.department, printSubgraphSchema(await buildSubgraphSchema(definition)));
  const composed = composeServices(
    definitions.map(({ department }) => ({ name: department, url: `http://${department}:${DEPARTMENTS[department].defaultPort}/graphql`, typeDefs: parse(subgraphs.get(department)!) })),
  );
  if (composed.errors) throw new Error(`composition failed:\n  - ${composed.errors.map((error) => error.message).join('\n  - ')}`);
  return { subgraphs, supergraphSdl: composed.supergraphSdl };
}
