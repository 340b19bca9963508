/**
 * A minimal, plainly fictional stub pack for the pack-switch test until the fictional fixture pack
 * (tests/fixtures/packs/) is on main. Never shipped: only `PACK_SWITCH` test builds contain it.
 */
export const meta = {
  id: 'stub-fictional-2025',
  issuer: { zh: '虚构测试机构（非真实通知）', en: 'Fictional test authority (not a real notice)' },
  docNo: '测试〔2025〕9号',
  date: '2025-08-01',
  year: 2025,
  title: {
    zh: '虚构的 2025 年度测试通知（仅供自动化测试，非真实文件）',
    en: 'A fictional 2025 test notice (for automated tests only, not a real document)',
  },
}
