/**
 * A pasted page whose titles the fake sources know: one confident match (arXiv, with its
 * abstract), one found only by title (DBLP, for review) and one that is another paper
 * ("Off-diagonal book Ramsey numbers" on Crossref, for review, to be rejected).
 */
export const LOOKUP_PAGE = `Attention Is All You Need
The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms, dispensing with recurrence and convolutions entirely.

TD-MPC2: Scalable, Robust World Models for Continuous Control
TD-MPC is a model-based reinforcement learning algorithm that performs local trajectory optimization in the latent space of a learned implicit world model. We present TD-MPC2, a series of improvements upon the TD-MPC algorithm.

Off-diagonal Ramsey numbers
We study off-diagonal Ramsey numbers of cliques against sparse graphs, and improve the classical upper bounds by a logarithmic factor using a new dependent random choice argument.
`;
