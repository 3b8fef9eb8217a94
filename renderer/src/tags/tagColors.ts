import type { TagSummary } from '../../../preload/api';

/** Each tag's colour by its name in lower case (tag names match without regard to case). A Map, so any name is safe as a key. */
export function tagColorMap(tags: readonly TagSummary[]): Map<string, string | null> {
  return new Map(tags.map((tag) => [tag.name.toLowerCase(), tag.color]));
}

export function colorOf(colors: ReadonlyMap<string, string | null>, name: string): string | null {
  return colors.get(name.toLowerCase()) ?? null;
}
