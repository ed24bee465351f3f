/**
 * The built-in letters are laid out with tokens in place of every value (⟦child.name⟧), once per shape, and
 * refilled for each letter (skeleton.ts). Templates only ever see a Shape and write tokens, so a cached
 * layout can never carry one child's details into another's letter.
 */
export const tok = (key: string): string => `⟦${key}⟧`;

/** The alias of a check box: fill() ticks it when the key's value is true. */
export const tickAlias = (key: string): string => `⟦tick:${key}⟧`;

export const TOKEN = /⟦([^⟧]+)⟧/g;

/** Text values by token key, and check box states by tick key. */
export interface Values {
  text: Record<string, string>;
  ticks: Record<string, boolean>;
}
