import { useEffect, useRef } from 'react';
import type { TagSummary } from '../../../preload/api';

/** What the picker starts from when a tag has no colour yet; the picker then shows stripes, not this colour. */
const STARTING_COLOR = '#2f5d8a';

/**
 * An `<input type=color>` always holds some colour, so for an uncoloured tag it is drawn
 * striped, with "No colour" beside it, and a coloured tag can be made uncoloured again.
 */
export function TagColorPicker({
  tag,
  setColor,
}: {
  tag: TagSummary;
  /** Gives the tag a colour, or none; the caller runs the change. */
  setColor: (color: string | null) => void;
}) {
  const input = useRef<HTMLInputElement>(null);

  // React's onChange fires on every move inside the picker; the native change event fires once, when a colour is chosen.
  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const chosen = () => setColor(element.value);
    element.addEventListener('change', chosen);
    return () => element.removeEventListener('change', chosen);
  }, [setColor, tag.color]);

  return (
    <div className="tag-color">
      <label>
        Colour
        <input
          type="color"
          aria-label="Tag color"
          className={tag.color ? undefined : 'no-color'}
          ref={input}
          defaultValue={tag.color ?? STARTING_COLOR}
          key={tag.color ?? 'none'}
        />
      </label>
      <span className="tag-color-value" data-testid="tag-color-value">
        {tag.color ?? 'No colour'}
      </span>
      {tag.color && (
        <button type="button" onClick={() => setColor(null)}>
          No colour
        </button>
      )}
    </div>
  );
}
