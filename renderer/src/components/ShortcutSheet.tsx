import { useModalDialog } from '../hooks/useModalDialog';
import { SHORTCUTS, keyLabel } from '../shortcuts';
import { useUiStore } from '../store/uiStore';

export function ShortcutSheet() {
  const open = useUiStore((state) => state.shortcutsOpen);
  const toggle = useUiStore((state) => state.toggleShortcuts);

  const ref = useModalDialog(open);

  return (
    <dialog
      ref={ref}
      className="shortcut-sheet"
      aria-labelledby="shortcuts-heading"
      onClose={() => toggle(false)}
    >
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.does}>
              <th scope="row">
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' / '}
                    <kbd>{keyLabel(key)}</kbd>
                  </span>
                ))}
              </th>
              <td>{shortcut.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts never fire while you type in a field.</p>
      <button type="button" onClick={() => toggle(false)}>
        Close
      </button>
    </dialog>
  );
}
