import type { ArgDef } from 'citty';

export function aliasesOf(def: ArgDef): string[] {
  if (def.type === 'positional' || !('alias' in def) || def.alias === undefined) return [];
  return Array.isArray(def.alias) ? def.alias : [def.alias];
}
