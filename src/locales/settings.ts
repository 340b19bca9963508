import { defineMessages } from '@/i18n/define'

export default defineMessages({
  zh: {
    title: '设置',
    language: '语言 / Language',
    languageHint: '界面语言。通知原文始终以中文显示，英文仅为参考译文。',
    langZh: '中文',
    langEn: 'English',
    switched: '已切换为中文。',
    aboutTitle: '关于',
    about: '本工具离线可用，不收集任何数据。它依据通知原文判断，但不是官方解释。',
  },
  en: {
    title: 'Settings',
    language: 'Language / 语言',
    languageHint: 'The language of the app. The notice itself is quoted in Chinese; English glosses are unofficial.',
    langZh: '中文',
    langEn: 'English',
    switched: 'Switched to English.',
    aboutTitle: 'About',
    about:
      "This tool works offline and collects no data. Its verdicts follow the notice's text but are not an official interpretation.",
  },
})
