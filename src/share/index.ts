/**
 * The shareable readiness summary: model (summary.ts), plain text (text.ts), link codec (codec.ts),
 * display-name sanitising (name.ts) and the pack registry (packs.ts). Pure: no Vue, no DOM.
 * See docs/share-link.md.
 */
export * from './summary'
export * from './text'
export * from './codec'
export * from './name'
export * from './packs'
export { SHARE_MESSAGES, gapLines, metNote, statusWord, overallWord } from './messages'
