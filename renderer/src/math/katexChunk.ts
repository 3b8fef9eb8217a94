// KaTeX with its styles, as one chunk: the styles (25 KB, hundreds of rules and its fonts) are
// parsed only once a text holds math, not by every start of the window.
import 'katex/dist/katex.min.css';

export { default } from 'katex';
