import { defineMessages } from '@/i18n/define'

/**
 * Texts of the results page. The verdicts themselves (figures, advice) come from the engine through
 * `explain`; requirement, status and path names from the engine's label tables.
 */
export default defineMessages({
  zh: {
    title: '自评结果',
    listSeparator: '、',
    applyingFor: '申报：{track} · {specialty}',
    applyingForTrack: '申报：{track}',
    'verdict.eligible': '按您的回答，本通知规定的条件都已满足，可按“{path}”申报。',
    'verdict.eligible.over':
      '按您的回答，本通知规定的条件（“{path}”）都已满足：即您在 {year} 年度本可以申报。本轮申报已截止，不能再按本通知提交。',
    'verdict.not-eligible': '按您的回答，有 {n} 项条件尚不满足，见下方标为“不符合”的项目。',
    'verdict.not-eligible.one': '按您的回答，有 1 项条件尚不满足，见下方标为“不符合”的项目。',
    'verdict.eligibleFrom': '从 {date} 起满足（适用以后年度的申报）',
    'verdict.needs-info': '还有 {n} 项需要补充信息才能得出结论。',
    'verdict.needs-info.one': '还有 1 项需要补充信息才能得出结论。',
    'verdict.check-provincial': '本通知写明的条件您都满足；“{track}”的其他条件由省级文件规定，请再对照核实。',
    'verdict.path': '申报途径：{path}',
    'verdict.noTrack': '请先回答“申报类别”等问题，再来看结果。',
    'verdict.start': '开始回答',
    requirements: '逐项结果',
    notApplicable: '不适用（{n} 项）',
    advice: '您可以',
    holdsFrom: '自 {date} 起满足',
    answerMissing: '去回答“{page}”',
    checkAnswers: '核对或修改答案',
    disclaimer: '本结果是按您的回答对照通知作出的自查参考，不代表评审结论；以评审部门审核为准。',
    deadlines: '时间安排',
    counts: '符合 {met} 项 · 不符合 {notMet} 项 · 待补充 {needs} 项 · 需对照 {check} 项',
  },
  en: {
    title: 'Your results',
    listSeparator: ', ',
    applyingFor: 'Applying for: {track} · {specialty}',
    applyingForTrack: 'Applying for: {track}',
    'verdict.eligible': 'From your answers, you meet every condition of this notice and can apply on the {path}.',
    'verdict.eligible.over':
      'From your answers, you meet every condition of this notice (the {path}): you could have applied for {year}. This round has closed; nothing can be submitted under this notice any more.',
    'verdict.not-eligible': 'From your answers, {n} conditions are not met yet: see the items marked “Not met” below.',
    'verdict.not-eligible.one': 'From your answers, one condition is not met yet: see the item marked “Not met” below.',
    'verdict.eligibleFrom': 'Met from {date} (for a later year’s application)',
    'verdict.needs-info': '{n} items need more information before there is a verdict.',
    'verdict.needs-info.one': 'One item needs more information before there is a verdict.',
    'verdict.check-provincial':
      'You meet every condition this notice states; the other conditions for “{track}” are set by the provincial documents — check them too.',
    'verdict.path': 'Route: {path}',
    'verdict.noTrack': 'Answer the first questions (what you apply for) to see results.',
    'verdict.start': 'Start answering',
    requirements: 'Requirement by requirement',
    notApplicable: 'Not applicable ({n})',
    advice: 'What you can do',
    holdsFrom: 'Met from {date}',
    answerMissing: 'Answer “{page}”',
    checkAnswers: 'Check or change your answers',
    disclaimer:
      'This is a self-check of your answers against the notice, not a decision; the evaluating authorities decide.',
    deadlines: 'Dates',
    counts: '{met} met · {notMet} not met · {needs} need information · {check} to check',
  },
})
