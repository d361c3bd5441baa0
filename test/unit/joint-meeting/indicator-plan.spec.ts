import fs from 'node:fs';
import path from 'node:path';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { type PlanNode, QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';
import { repoRoot } from '../../../subgraphs/shared/paths';

/** Subgraph calls one after another (a Sequence adds, a Parallel takes its longest branch), and the calls in all. */
function shape(node: PlanNode | undefined): { waves: number; fetches: string[] } {
  if (!node) return { waves: 0, fetches: [] };
  switch (node.kind) {
    case 'Fetch':
      return { waves: 1, fetches: [node.serviceName] };
    case 'Flatten':
      return shape(node.node);
    case 'Sequence':
    case 'Parallel': {
      const parts = node.nodes.map(shape);
      const waves = parts.map((part) => part.waves);
      return {
        waves: node.kind === 'Sequence' ? waves.reduce((a, b) => a + b, 0) : Math.max(...waves),
        fetches: parts.flatMap((part) => part.fetches),
      };
    }
    default:
      throw new Error(`unexpected plan node ${node.kind}`);
  }
}

/** The gateway's plan for an operation over the committed supergraph. */
function planOf(query: string) {
  const supergraph = Supergraph.build(fs.readFileSync(path.join(repoRoot(), 'schema', 'supergraph.graphql'), 'utf8'));
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query)));
  if (plan.node?.kind === 'Subscription') throw new Error('a query has no subscription plan');
  return shape(plan.node);
}

describe('the query plan of the joint meeting’s indicators', () => {
  it('asks every department in one parallel wave between two calls to the joint meeting', () => {
    const { waves, fetches } = planOf(
      '{ indicatorAreas(asOf: "2025-12-31") { areaCode area { name } indicators { code value status } } }',
    );
    expect(waves).toBe(3);
    expect(fetches[0]).toBe('joint-meeting');
    expect(fetches.at(-1)).toBe('joint-meeting');
    expect(new Set(fetches.slice(1, -1))).toEqual(
      new Set(['civil-affairs', 'health', 'medical-insurance', 'human-resources', 'finance']),
    );
  });

  it('adds one wave, to civil affairs, for the records behind a figure', () => {
    const { waves, fetches } = planOf(
      '{ indicatorAreas(asOf: "2025-12-31") { indicators(codes: ["I08"]) { code records { total } } } }',
    );
    expect(waves).toBe(4);
    expect(fetches.at(-1)).toBe('civil-affairs');
  });
});

describe('the query plan of the joint meeting’s five-bed views', () => {
  it('asks civil affairs and health in one parallel wave between two calls to the joint meeting', () => {
    const { waves, fetches } = planOf(
      '{ fiveBedLinkage(areaCode: "371083") { area { name } pilot beds { kind capacity } transfers { from to count } hospitalDischarges } }',
    );
    expect(waves).toBe(3);
    expect(fetches[0]).toBe('joint-meeting');
    expect(fetches.at(-1)).toBe('joint-meeting');
    expect(new Set(fetches.slice(1, -1))).toEqual(new Set(['civil-affairs', 'health', 'joint-meeting']));
  });

  it('composes an elder’s journey in the joint meeting from every department’s beds, one wave after them', () => {
    const { waves, fetches } = planOf(
      '{ elder(personKey: "k") { fiveBedJourney { kind institution { name } medicalInstitution { name } } } }',
    );
    expect(waves).toBe(4);
    expect(fetches.slice(0, 4)).toEqual(['civil-affairs', 'medical-insurance', 'health', 'joint-meeting']);
  });
});
