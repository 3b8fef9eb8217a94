import type { CSSProperties, ReactNode } from 'react';

/** A tag as a chip, in the tag's colour when it has one (a tinted chip and a dot), else plain. */
export function TagChip({
  name,
  color,
  children,
}: {
  name: string;
  color: string | null;
  children?: ReactNode;
}) {
  // React sets custom properties through the CSSOM, which the CSP's style-src allows.
  const style = color ? ({ '--tag-color': color } as CSSProperties) : undefined;
  return (
    <span className="chip" data-tag-color={color ?? undefined} style={style}>
      <span className="tag-dot" aria-hidden="true" />
      <span className="chip-name">{name}</span>
      {children}
    </span>
  );
}
