import Markdown from 'react-markdown';
import remarkMath from 'remark-math';
import { isWebUrl } from '../externalLinks';
import { TexMath } from '../math/TexMath';

/** remark-math hands formulas on as <code class="language-math math-inline|math-display">. */
function mathOf(className: string | undefined): { display: boolean } | null {
  const classes = (className ?? '').split(' ');
  if (!classes.includes('language-math')) return null;
  return { display: classes.includes('math-display') };
}

/**
 * Notes are Markdown rendered to React elements: raw HTML is dropped, images are not
 * loaded, only http(s) links survive, opening outside the app, and `$…$` / `$$…$$` are
 * drawn by KaTeX.
 */
export function MarkdownNote({ body }: { body: string }) {
  return (
    <Markdown
      skipHtml
      remarkPlugins={[remarkMath]}
      disallowedElements={['img']}
      urlTransform={(url) => (isWebUrl(url) ? url : '')}
      components={{
        a: ({ href, children }) =>
          href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ) : (
            <span>{children}</span>
          ),
        code: ({ className, children }) => {
          const math = mathOf(className);
          const text = typeof children === 'string' ? children : '';
          if (!math) return <code className={className}>{children}</code>;
          const source = math.display ? `$$${text}$$` : `$${text}$`;
          return <TexMath tex={text} display={math.display} source={source} />;
        },
      }}
    >
      {body}
    </Markdown>
  );
}
