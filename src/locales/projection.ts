import { defineMessages } from '@/i18n/define'

/**
 * Texts of the projection screens (issue 13): the notice's rules carried to a later round, labelled
 * 推断, its own results, plan and checklist. Years and dates come from the packs as parameters.
 */
export default defineMessages({
  zh: {
    action: '按 {year} 年规则推算下一轮',
    actionHint: '本通知的申报已结束。可以按本通知的规则推算以后某一年度的申报，看看您那时是否符合、还要做什么。',
    title: '推算：{year} 年度',
    checklistTitle: '推算：{year} 年度材料清单',
    label: '推断',
    labelFull: '推断 · 按 {base} 年度规则推算，不是 {year} 年度的通知',
    yearPicker: '推算哪一年度的申报',
    yearOption: '{year} 年度',
    yearDefault: '{year} 年度（下一轮）',
    verdictOf: '按 {base} 年度规则推算的 {year} 年度结论',
    baseVerdict: '{base} 年度（通知原文）的结论',
    toBase: '查看 {base} 年度（通知原文）的结论',
    toProjection: '查看推算的 {year} 年度',
    toChecklist: '推算的 {year} 年度材料清单',
    toResults: '返回推算的 {year} 年度结论',
    answerAdded: '补充 {year} 年度需要的回答（继续教育学时、考核结果）',
    plan: '要做什么，何时之前',
    planEmpty: '按您的回答，推算的这一年度没有需要提前办理的事项。',
    'plan.retirement':
      '您在 {date} 达到法定退休年龄，不晚于截止日 {cutoff}：除按规定延缓办理退休手续外，不能再参加评审。延缓退休是唯一的办法。',
    'plan.retirement.deferred': '您在 {date} 达到法定退休年龄，不晚于截止日 {cutoff}；您已说明办理了延缓退休。',
    'plan.seniority': '任职年限在 {date} 满足；截止日为 {cutoff}。',
    'plan.seniority.late': '任职年限要到 {date} 才满足，晚于截止日 {cutoff}：这一年度还不够，以后年度可以。',
    'plan.exceptional-gateway': '破格的年限条件在 {date} 满足；截止日为 {cutoff}。',
    'plan.exceptional-gateway.late': '破格的年限条件要到 {date} 才满足，晚于截止日 {cutoff}。',
    'plan.social-security': '现单位社保在 {date} 满一年；截止日为 {cutoff}。',
    'plan.social-security.late': '现单位社保要到 {date} 才满一年，晚于截止日 {cutoff}。',
    'plan.ce-hours': '{year} 年：还须取得专业科目 {professional}、公需科目 {public} 学时（共须 {total}），{by}之前。',
    'plan.ce-hours.planned':
      '{year} 年：按计划取得专业科目 {professional}、公需科目 {public} 学时（共 {total}，计划学时），{by}之前。',
    'plan.ce-hours.late':
      '{year} 年少了专业科目 {professional}、公需科目 {public} 学时（共差 {total}）；该年度已结束，请核对是否有未登记的学时。',
    'plan.ce-answer': '{year} 年的学时还没有填写{planned}。',
    'plan.ce-answer.planned': '（尚未结束的年份可填计划学时）',
    'plan.assessment': '{years} 年度考核须为“合格”或以上（结果还没有填写）。',
    'plan.evidence': '业绩、成果等佐证材料须为 {from} 以来（近 {years} 年，计算至 {cutoff}）取得或任现职以来取得。',
    'plan.evidence.drops':
      '{dropsFrom} 至 {dropsUntil} 取得的材料，在 {base} 年度可用，推算的这一年度已超出时限（任现职以来取得的除外）。',
    'plan.submit': '网上申报截止（推算）：{date}。',
    'plan.submit.late': '网上申报截止（推算）：{date}，已过。',
    planned: '计划学时',
    plannedNote: '本结论包含计划学时：须按计划实际取得并认定。',
  },
  en: {
    action: 'Work out the next round by the {year} rules',
    actionHint:
      'This notice’s applications are closed. You can carry its rules forward to a later year to see whether you would qualify then, and what is left to do.',
    title: 'Projection: the {year} round',
    checklistTitle: 'Projection: checklist for {year}',
    label: 'Inferred',
    labelFull: 'Inferred · the {base} rules carried forward, not a {year} notice',
    yearPicker: 'Which year’s round to project',
    yearOption: '{year}',
    yearDefault: '{year} (next round)',
    verdictOf: 'The {year} round by the {base} rules',
    baseVerdict: 'The verdict under the {base} notice as published',
    toBase: 'See the verdict under the {base} notice as published',
    toProjection: 'See the projected {year} round',
    toChecklist: 'Checklist of the projected {year} round',
    toResults: 'Back to the projected {year} verdict',
    answerAdded: 'Answer what {year} adds (continuing-education hours, assessments)',
    plan: 'What to do, and by when',
    planEmpty: 'By your answers, nothing needs doing in advance for the projected round.',
    'plan.retirement':
      'You reach the statutory retirement age on {date}, not after the cut-off {cutoff}: unless retirement is deferred under the rules you can no longer be evaluated. Deferral is the only way.',
    'plan.retirement.deferred':
      'You reach the statutory retirement age on {date}, not after the cut-off {cutoff}; you said your retirement is deferred.',
    'plan.seniority': 'Your years in the title are complete on {date}; the cut-off is {cutoff}.',
    'plan.seniority.late':
      'Your years in the title are complete only on {date}, after the cut-off {cutoff}: not this round, a later one.',
    'plan.exceptional-gateway': 'The exceptional route’s years are complete on {date}; the cut-off is {cutoff}.',
    'plan.exceptional-gateway.late':
      'The exceptional route’s years are complete only on {date}, after the cut-off {cutoff}.',
    'plan.social-security': 'A full year of social security with your employer on {date}; the cut-off is {cutoff}.',
    'plan.social-security.late':
      'A full year of social security with your employer only on {date}, after the cut-off {cutoff}.',
    'plan.ce-hours':
      '{year}: earn {professional} more professional and {public} more public hours ({total} in all), by {by}.',
    'plan.ce-hours.planned':
      '{year}: earn the planned {professional} professional and {public} public hours ({total} in all, planned), by {by}.',
    'plan.ce-hours.late':
      '{year} was short by {professional} professional and {public} public hours ({total} in all); that year is over: check for hours never registered.',
    'plan.ce-answer': 'The hours of {year} are not answered yet{planned}.',
    'plan.ce-answer.planned': ' (a year not over yet may have planned hours)',
    'plan.assessment': 'The assessments of {years} must be “pass” or better (not answered yet).',
    'plan.evidence': 'Evidence must date from {from} (the last {years} years, to {cutoff}) or from your current title.',
    'plan.evidence.drops':
      'Evidence from {dropsFrom} to {dropsUntil} counted in {base} but falls outside the projected window (unless it dates from your current title).',
    'plan.submit': 'Online application closes (projected): {date}.',
    'plan.submit.late': 'Online application closes (projected): {date} — passed.',
    planned: 'Planned hours',
    plannedNote: 'This verdict counts planned hours: they must actually be earned and certified.',
  },
})
