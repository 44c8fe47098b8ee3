/**
 * What each variable of a template holds across the list: the shortest and longest value and the
 * rows that leave it empty, so that a writer sees what a `{{company}}` will become before sending.
 */
import { countText } from '../count';
import type { CountUnit } from '../types';
import type { RecipientList } from './recipients';
import type { Variable } from './template';

export interface ValueAt {
  row: number;
  value: string;
  /** In the configured unit. */
  length: number;
}

export interface VariableStats {
  /** Template note offsets of the whole `{{...}}`. */
  start: number;
  end: number;
  name: string;
  /** The column it reads, as the list names it; absent when the list has none of that name. */
  column?: string;
  fallback?: string;
  shortest?: ValueAt;
  longest?: ValueAt;
  /** The rows with no value. */
  emptyRows: number[];
}

function statsOf(variable: Variable, list: RecipientList, unit: CountUnit): VariableStats {
  const stats: VariableStats = { start: variable.start, end: variable.end, name: variable.name, emptyRows: [] };
  if (variable.fallback !== undefined) stats.fallback = variable.fallback;
  if (variable.column === -1) return stats;
  stats.column = list.columns[variable.column];
  for (const { row, values } of list.recipients) {
    const value = values[variable.column];
    if (!value) {
      stats.emptyRows.push(row);
      continue;
    }
    const length = countText(value, unit);
    if (!stats.shortest || length < stats.shortest.length) stats.shortest = { row, value, length };
    if (!stats.longest || length > stats.longest.length) stats.longest = { row, value, length };
  }
  return stats;
}

/** One entry per variable of the template, in template order. */
export function variableStats(variables: readonly Variable[], list: RecipientList, unit: CountUnit): VariableStats[] {
  return variables.map((variable) => statsOf(variable, list, unit));
}
