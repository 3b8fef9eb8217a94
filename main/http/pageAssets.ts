/**
 * The files the page fetches before its script can run: the scripts, module preloads and
 * stylesheets `index.html` names from its own origin, as URL paths ('/assets/index-….js'). A
 * module script runs only once the stylesheets before the end of the document are in, so each of
 * them is on the way to the page's first call.
 */
export function pageAssets(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attribute = (name: string) =>
      new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
        .exec(tag)
        ?.slice(1)
        .find((value) => value !== undefined);
    const isScript = /^<script/i.test(tag);
    const rel = attribute('rel')?.toLowerCase().split(/\s+/) ?? [];
    if (!isScript && !rel.includes('stylesheet') && !rel.includes('modulepreload')) continue;
    const address = attribute(isScript ? 'src' : 'href');
    if (!address) continue;
    const url = new URL(address, 'http://page.invalid/');
    if (url.origin === 'http://page.invalid') found.add(url.pathname);
  }
  return [...found];
}
