import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/**
 * The graph as a contract: changes between two versions of the public API schema, and which of the
 * breaking ones the README's changelog does not yet record.
 */

/** One change to the public API, named by its schema coordinate. */
export interface ApiChange {
  /** graphql-inspector's path: `Type`, `Type.field`, `Type.field.argument`, `Enum.VALUE`, `@directive`. */
  coordinate: string;
  message: string;
}

export interface ApiComparison {
  /** Changes that break a client written against the old schema: removed fields, narrowed types, new required arguments. */
  breaking: ApiChange[];
  /** Changes that may surprise a client without breaking its queries, such as an added enum value. */
  dangerous: ApiChange[];
}

/** Compares two public API schemas (SDL; comments such as the generated-file header are ignored). */
export async function compareApiSchemas(oldSdl: string, newSdl: string): Promise<ApiComparison> {
  const changes = await diff(buildSchema(oldSdl), buildSchema(newSdl));
  const at = (level: CriticalityLevel) =>
    changes.filter((change) => change.criticality.level === level).map(toApiChange);
  return { breaking: at(CriticalityLevel.Breaking), dangerous: at(CriticalityLevel.Dangerous) };
}

// Only a change to the schema's root types has no path; its change type is then what a changelog names.
function toApiChange(change: Change): ApiChange {
  return { coordinate: change.path ?? (change.type as string), message: change.message };
}

/**
 * The top entry of the `## Changelog` section of a README: its first top-level list item with the
 * lines that continue it, up to the next top-level item or heading. Empty when there is none.
 */
export function topChangelogEntry(readme: string): string {
  const lines = readme.split('\n');
  const heading = lines.findIndex((line) => /^## Changelog\s*$/.test(line));
  if (heading < 0) return '';
  const entry: string[] = [];
  for (const line of lines.slice(heading + 1)) {
    if (/^#{1,6} /.test(line)) break;
    const isItem = /^[-*+] /.test(line);
    if (isItem && entry.length) break;
    if (isItem || entry.length) entry.push(line);
  }
  return entry.join('\n');
}

/** The schema coordinates the top changelog entry records: each one written alone inside backticks. */
export function recordedCoordinates(readme: string): Set<string> {
  const spans = topChangelogEntry(readme).matchAll(/`([^`]+)`/g);
  return new Set([...spans].map(([, text]) => text.trim()));
}

/** The breaking changes whose coordinate the README's top changelog entry does not mention. */
export function unrecordedChanges(breaking: ApiChange[], readme: string): ApiChange[] {
  const recorded = recordedCoordinates(readme);
  return breaking.filter((change) => !recorded.has(change.coordinate));
}
