import type { Creator, CreatorRole } from '../../../preload/api';

/** A name as it is read aloud: "Ludwig van Beethoven, Jr."; an organisation as written. */
export function displayName(creator: Creator): string {
  if (creator.literal !== null) return creator.literal;
  const name = [creator.given, creator.particle, creator.family].filter(Boolean).join(' ');
  return creator.suffix ? `${name}, ${creator.suffix}` : name;
}

/** The names of one role, in order, separated so that no name can be misread: "Jun Zhu, Bill Chu". */
export function namesOf(creators: readonly Creator[], role: CreatorRole): string {
  return creators
    .filter((creator) => creator.role === role)
    .map(displayName)
    .join(', ');
}
