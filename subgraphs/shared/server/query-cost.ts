import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { type ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { BULK_MAX_ITEMS } from '../bulk/bulk-limits';
import { DEFAULT_PAGE_SIZE } from '../paging/page-size';
import { seriesDays } from '../time/series-days';
import { MAX_SERIES_POINTS } from '../time/series-limit';
import { todayIso } from '../time/today';

/**
 * The cost model of a request: every field counts 1, and a list counts its selection once per row it
 * may return, so the cost is a bound on the values an answer can carry. A paged field's rows are its
 * `page.limit` or `first` (the default page size when absent), a nested list's rows per parent are assumed.
 */

/** Rows a nested list is assumed to hold per parent when `LIST_SIZES` names no number of its own. */
export const DEFAULT_LIST_SIZE = 10;

/** Weihai's areas of each level, rounded up: 8 districts, 73 towns, 2,768 villages and communities. */
const AREAS_OF_LEVEL: Readonly<Record<string, number>> = { CITY: 1, DISTRICT: 10, TOWN: 100, VILLAGE: 3000 };

/**
 * Assumed rows per parent, for lists the default misjudges, on the generous side (a district's towns, a
 * town's villages, the indicator catalogue, two years of monthly records, the current carers of one
 * elder): a number, or one read from the field's arguments.
 */
export const LIST_SIZES: Readonly<Record<string, number | ((args: Record<string, unknown>) => number)>> = {
  'Query.areas': ({ level, parentCode }) =>
    parentCode ? 100 : (AREAS_OF_LEVEL[typeof level === 'string' ? level : 'VILLAGE'] ?? AREAS_OF_LEVEL.VILLAGE),
  'Area.children': 30,
  'Query.indicatorAreas': 10,
  'Query.indicatorSeries': ({ from, to, areaCodes }) =>
    seriesLength(from, to) * (Array.isArray(areaCodes) ? areaCodes.length : AREAS_OF_LEVEL.DISTRICT),
  'AreaOnDate.indicators': 30,
  'Query.indicatorDefinitions': 30,
  'Elder.careAssignments': ({ currentOnly }) => (currentOnly ? 3 : DEFAULT_LIST_SIZE),
  'Elder.waitlistEntries': 5,
  'Caregiver.certificates': 5,
  'Elder.ltciSettlements': 24,
  'Elder.ltciCareMonths': 24,
  'Elder.allowances': 24,
  'Elder.visits': 50,
  // A bulk load answers every item it was sent, up to its limit.
  'BulkWriteResult.items': BULK_MAX_ITEMS,
};

/** Days of an indicator series as asked; its longest when the days are not literal or not valid (the resolver refuses those). */
function seriesLength(from: unknown, to: unknown): number {
  if (typeof from !== 'string') return MAX_SERIES_POINTS;
  try {
    return seriesDays(from, typeof to === 'string' ? to : todayIso()).length;
  } catch {
    return MAX_SERIES_POINTS;
  }
}

/** Where most of a request's cost comes from: the chain of lists that multiply, with their rows. */
export interface CostPath {
  field: string;
  rows: number;
}

export interface QueryCost {
  cost: number;
  /** The lists under the costliest root field, following the costliest branch down. */
  heaviest: CostPath[];
}

interface Evaluated {
  cost: number;
  path: CostPath[];
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  evaluated: Map<FieldNode, Evaluated>;
  pageTypes: Set<string>;
}

/**
 * The cost of the operation a request runs, with its variables (a page size often comes in one).
 * Throws what graphql-query-complexity throws: the variables' coercion errors, or a document whose
 * fragments expand beyond the nodes it will evaluate.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): QueryCost {
  const walk: Walk = {
    fragments: new Map(
      document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
    ),
    evaluated: new Map(),
    pageTypes: pageTypesOf(schema),
  };
  const cost = getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [(args) => estimate(args, walk)],
  });
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  const root = operation ? heaviestOf(fieldsOf(operation.selectionSet, walk), walk) : undefined;
  return { cost, heaviest: root?.path ?? [] };
}

function estimate({ type, field, node, args, childComplexity }: ComplexityEstimatorArgs, walk: Walk): number {
  // Introspection is switched on and off by its own setting; it is no part of a request's data.
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const children = fieldsOf(node.selectionSet, walk);
  let cost: number;
  let rows: number;
  let heaviest: Evaluated | undefined;
  if (isPaged(field)) {
    // Only the page's rows multiply; its total, offset and limit are counted once.
    rows = pageSize(args);
    const items = children.filter((child) => child.name.value === 'items');
    const itemsCost = sum(items.map((child) => walk.evaluated.get(child)?.cost ?? 0));
    cost = 1 + (childComplexity - itemsCost) + rows * itemsCost;
    heaviest = heaviestOf(items, walk) ?? heaviestOf(children, walk);
  } else {
    rows = listRows(type, field, args, walk);
    cost = 1 + rows * childComplexity;
    heaviest = heaviestOf(children, walk);
  }
  const multiplies = isPaged(field) || (isListType(getNullableType(field.type)) && rows !== 1);
  const path = [...(multiplies ? [{ field: field.name, rows }] : []), ...(heaviest?.path ?? [])];
  walk.evaluated.set(node, { cost, path });
  return cost;
}

/** Rows per parent of a list field; 1 for anything that is not a list of objects. */
function listRows(
  type: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  walk: Walk,
): number {
  if (!isListType(getNullableType(field.type)) || !isCompositeType(getNamedType(field.type))) return 1;
  // A page's rows are counted by the paged field above it.
  if (walk.pageTypes.has(type.name) && field.name === 'items') return 1;
  // Gateway fetches: the representations are bounded per request (MAX_ENTITY_REPRESENTATIONS) and the
  // gateway priced the fan-out that produced them; what each entity selects is still counted.
  if (type.name === 'Query' && field.name === '_entities') return 1;
  const rows = LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  return typeof rows === 'number' ? rows : rows(args);
}

/** A field that returns a page of `items`: by `page: PageInput`, or by cursor (`first`, `after`) like the change feeds. */
function isPaged(field: GraphQLField<unknown, unknown>): boolean {
  const named = (name: string) => field.args.some((arg) => arg.name === name);
  return (
    field.args.some((arg) => arg.name === 'page' && getNamedType(arg.type).name === 'PageInput') ||
    (named('first') && named('after'))
  );
}

function pageSize(args: Record<string, unknown>): number {
  const limit = (args.page as { limit?: unknown } | undefined)?.limit ?? args.first;
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_PAGE_SIZE;
}

/** The types paged fields return, found once per schema (the gateway's changes when the supergraph does). */
const PAGE_TYPES = new WeakMap<GraphQLSchema, Set<string>>();

function pageTypesOf(schema: GraphQLSchema): Set<string> {
  const known = PAGE_TYPES.get(schema);
  if (known) return known;
  const types = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPaged(field)) types.add(getNamedType(field.type).name);
    }
  }
  PAGE_TYPES.set(schema, types);
  return types;
}

/** The fields a selection selects, through inline fragments and fragment spreads. */
function fieldsOf(selectionSet: SelectionSetNode | undefined, walk: Walk, seen = new Set<string>()): FieldNode[] {
  return (selectionSet?.selections ?? []).flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, walk, seen);
    const fragment = walk.fragments.get(selection.name.value);
    if (!fragment || seen.has(fragment.name.value)) return [];
    return fieldsOf(fragment.selectionSet, walk, new Set([...seen, fragment.name.value]));
  });
}

function heaviestOf(fields: FieldNode[], walk: Walk): Evaluated | undefined {
  let heaviest: Evaluated | undefined;
  for (const field of fields) {
    const evaluated = walk.evaluated.get(field);
    if (evaluated && (!heaviest || evaluated.cost > heaviest.cost)) heaviest = evaluated;
  }
  return heaviest;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
