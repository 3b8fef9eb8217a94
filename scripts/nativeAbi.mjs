// @ts-check

/**
 * The NODE_MODULE_VERSION a native addon was built for, read from the registration symbol
 * that Node's and Electron's addon macros export (node_register_module_v<N>), or null.
 * @param {Uint8Array} binary
 * @returns {number | null}
 */
export function moduleVersionOf(binary) {
  const match = /node_register_module_v(\d+)/.exec(Buffer.from(binary).toString('latin1'));
  return match?.[1] ? Number(match[1]) : null;
}
