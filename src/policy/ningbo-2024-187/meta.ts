/**
 * The notice's identity, apart from its rules: what the first screen shows (number, issuer, date,
 * title, the application deadline) without loading the clauses and the rule data.
 */
import type { DeadlineDef } from '../../engine/pack'

const onlineApplication: DeadlineDef<'N2.1'> = {
  id: 'online-application',
  tracks: ['engineer', 'senior'],
  date: '2024-08-21',
  clauses: ['N2.1'],
  application: true,
  title: { zh: '网上申报截止', en: 'Online application closes' },
}

export const meta = {
  id: 'ningbo-2024-187',
  issuer: { zh: '宁波市市场监督管理局', en: 'Ningbo Administration for Market Regulation' },
  docNo: '甬市监组人〔2024〕187号',
  date: '2024-08-09',
  year: 2024,
  title: {
    zh: '关于做好2024年度质量技术基础专业中级专业技术职务任职资格评审暨正高级、高级专业技术职务任职资格推荐工作的通知',
    en: 'Notice on the 2024 evaluation of intermediate titles and the recommendation of senior and principal titles in quality-infrastructure specialties',
  },
  /** The online application deadline (N2.1), as in the pack: whether the round is open. */
  deadlines: [onlineApplication],
} as const
