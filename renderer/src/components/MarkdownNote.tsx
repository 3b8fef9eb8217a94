import Markdown from 'react-markdown';
import { isWebUrl } from '../externalLinks';

/**
 * Notes are Markdown rendered to React elements: raw HTML is dropped, images are not
 * loaded, and only http(s) links survive, opening outside the app.
 */
export function MarkdownNote({ body }: { body: string }) {
  return (
    <Markdown
      skipHtml
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
      }}
    >
      {body}
    </Markdown>
  );
}
