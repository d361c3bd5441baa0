/**
 * Units on the wire, one convention for the whole graph: a share or ratio is an integer in basis
 * points named `…BasisPoints` (10,000 = 100 %), money is whole fen named `…Fen`, an indicator's value
 * is in the unit its `IndicatorUnit` names. A field named otherwise stays, deprecated, until clients
 * have moved: this is its reason.
 */
export const renamedForUnit = (replacement: string): string =>
  `Use ${replacement}: shares and ratios are basis points named …BasisPoints everywhere in the graph.`;
