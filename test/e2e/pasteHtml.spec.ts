import { expect, test } from './serveFixture';

/** Two Hugging Face trending cards and a plain card with an arXiv link beside its title, as Chromium copies them. */
const PAPERS = [
  {
    id: '2310.16828',
    title: 'TD-MPC2: Scalable, Robust World Models for Continuous Control',
    abstract:
      'TD-MPC is a model-based reinforcement learning algorithm that performs local trajectory optimization.',
  },
  {
    id: '1706.03762',
    title: 'Attention Is All You Need',
    abstract:
      'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
  },
  {
    id: '2302.04862',
    title: 'Off-diagonal Ramsey numbers for slowly growing hypergraphs',
    abstract:
      'For a k-uniform hypergraph F and a positive integer n, the Ramsey number is the least N such that every colouring has a copy.',
  },
];
const HTML = `<meta charset="utf-8"><div class="papers">${PAPERS.slice(0, 2)
  .map(
    (
      paper,
    ) => `<article><a href="https://huggingface.co/papers/${paper.id}"><img src="https://cdn.example/t.png"></a>
<h3><a href="https://huggingface.co/papers/${paper.id}">${paper.title}</a></h3><p>${paper.abstract}</p></article>`,
  )
  .join('')}<div><h3>${PAPERS[2]?.title}</h3><p>${PAPERS[2]?.abstract}</p>
<a href="https://arxiv.org/abs/${PAPERS[2]?.id}v2">arXiv</a></div></div>`;
const TEXT = PAPERS.map((paper) => `${paper.title}\n${paper.abstract}`).join('\n\n');

test('a paste from a browser gives each paper the arXiv id its links carry', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const box = page.getByLabel('Text to import');
  await box.focus();
  // What a browser's paste delivers: both flavours on the event. A synthetic event inserts
  // nothing, so the plain flavour is then typed in as the browser would insert it.
  await box.evaluate(
    (element, flavours) => {
      const data = new DataTransfer();
      data.setData('text/plain', flavours.text);
      data.setData('text/html', flavours.html);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { text: TEXT, html: HTML },
  );
  await page.keyboard.insertText(TEXT);
  await page.getByRole('button', { name: 'Add 3 papers to Unread' }).click();
  await expect(page.locator('[data-queue=all] .count')).toHaveText('3');

  for (const paper of PAPERS) {
    await page.getByRole('listbox', { name: 'Papers' }).getByRole('option', { name: paper.title }).click();
    const detail = page.getByRole('region', { name: 'Paper' });
    await expect(detail.getByRole('link', { name: 'arXiv', exact: true })).toHaveAttribute(
      'href',
      `https://arxiv.org/abs/${paper.id}`,
    );
  }
});
