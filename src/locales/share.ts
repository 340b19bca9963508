import { defineMessages } from '@/i18n/define'

/**
 * Texts of the summary screen (`/p/:id/summary`), the QR sheet, the image and the read-only shared
 * view (`/s#…`). The summary's own sentences (gaps, advice, deadline states) come from src/share
 * (`gapLines`, `statusWord`; deadline words: src/checklist/timeline.ts), so the screen, the text and the image agree.
 */
export default defineMessages({
  zh: {
    title: '分享自查摘要',
    sharedTitle: '他人分享的自查摘要',
    loading: '正在读取链接中的摘要……',
    fromResults: '分享自查摘要',
    backToResults: '返回自评结果',
    lede: '把自查结论发给同事或单位人事，对方用手机浏览器打开即可查看，不需要安装（从未打开过本应用的手机，第一次打开需要联网）。请先核对下面的内容，再在页面底部选择分享方式。',
    loopback:
      '本应用现在从本机地址（{host}）打开：链接和二维码指向这台设备，在别的手机上打不开。请从正式网址打开本应用后再分享。',

    // what the link contains
    privacyTitle: '链接里包含的内容',
    privacyHas:
      '结论、申报类别和途径、每项条件的状态和缺少的内容（包括您在“申报纪律”中选择的情形）、材料进度、时间节点、生成日期。',
    privacyHasNot: '不包含出生日期、取得职称日期、学历年份、学时、社保月数、分数、照片、备注等任何回答。',
    privacyWhere:
      '内容写在链接“#”之后，不会发送到任何服务器（本应用没有服务器）；它只是编码而非加密，拿到链接的人都能看到。',

    // display name
    nameSwitch: '在摘要上署名',
    nameSwitchHint: '默认不署名。打开后可填写一个称呼，例如“张工”。',
    nameLabel: '署名（最多 40 个字）',
    namePlaceholder: '例如：张工',
    nameShownAs: '将显示为：{name}',
    nameEmpty: '未填写署名，摘要上不会显示姓名。',

    // card
    cardLabel: '对方将看到的内容',
    applicant: '申报人：{name}',
    applying: '申报：{what}',
    needsInfoGroup: '待补充信息（{n} 项）',
    metGroup: '已符合（{n} 项）',
    materials: '材料准备',
    materialsProgress: '材料 {done}/{total} 已备齐',
    materialsMissing: '还缺 {n} 项：',
    materialsAllDone: '本人需准备的材料都已勾选完成。',
    progressLabel: '材料准备进度',
    deadlines: '时间节点（按 {date} 计）',
    notice: '依据：{docNo}',
    generatedOn: '生成日期：{date}',

    // actions
    actionsTitle: '分享方式',
    systemShare: '分享…',
    copyLink: '复制链接',
    copyText: '复制为文字',
    showQr: '显示二维码',
    saveImage: '保存为图片',
    shareImage: '分享图片…',
    print: '打印',
    previewText: '预览复制的文字',
    linkLabel: '分享链接',
    copied: '已复制',
    manualCopyTitle: '请手动复制',
    manualCopyHint: '这台设备不允许直接写入剪贴板。文字已全部选中，请长按或按 Ctrl+C 复制。',
    shareFailed: '系统分享没有成功，请改用“复制链接”或“复制为文字”。',
    imageFailed: '图片没有生成成功：{reason}',
    imageDownloaded: '图片已保存：{file}',

    // QR sheet
    qrTitle: '扫码查看自查摘要',
    qrCaption: '用另一部手机的相机扫描，即可打开这份只读的自查摘要。',
    qrAlt: '自查摘要链接的二维码',
    qrLoading: '正在生成二维码…',

    // image dialog
    imageTitle: '摘要图片',
    imageHint: '图片已下载。在手机上也可以长按图片保存或转发。',
    imageAlt: '自查摘要图片：{verdict}',
    imageQrCaption: '扫码打开只读摘要',
    imageDisclaimer: '本摘要为个人自查结果，仅供参考，以主管部门和评审委员会审核为准。',

    // shared view
    readOnlyTitle: '这是他人分享的自查摘要，只读',
    readOnlyHint: '内容来自对方生成的链接，不会保存到您的手机，也不会改动您自己的档案。',
    makeOwn: '做我自己的自查',
    cannotOpen: '无法打开这个摘要',
    updateTitle: '请更新应用',
    updateHint: '关闭所有本应用的页面后重新打开，或在联网时刷新页面，即可获得新版本。',
    goHome: '回到首页',
  },
  en: {
    title: 'Share your summary',
    sharedTitle: 'Shared summary',
    loading: 'Reading the summary in the link…',
    fromResults: 'Share a summary',
    backToResults: 'Back to your results',
    lede: 'Send your result to a colleague or your unit’s HR officer. They open it in their phone’s browser — nothing to install (a phone that has never opened this app needs a connection the first time). Check what follows, then choose how to share it at the bottom of the page.',
    loopback:
      'This app is open from a local address ({host}): the link and the QR code point to this device and will not open on another phone. Open the app from its public address before sharing.',

    privacyTitle: 'What the link contains',
    privacyHas:
      'The verdict, track and route, each condition’s status and what is missing (including any situation you chose under “application discipline”), material progress, the dates and the day it was made.',
    privacyHasNot:
      'No birth date, title date, graduation year, hours, months of social security, score, photo, note or any other answer.',
    privacyWhere:
      'It is written after the “#” of the link and never sent to any server (this app has none). It is encoded, not encrypted: anyone with the link can read it.',

    nameSwitch: 'Put a name on the summary',
    nameSwitchHint: 'Off by default. Turn it on to add a name, for example “Engineer Zhang”.',
    nameLabel: 'Name (up to 40 characters)',
    namePlaceholder: 'e.g. Engineer Zhang',
    nameShownAs: 'Shown as: {name}',
    nameEmpty: 'No name typed: the summary shows none.',

    cardLabel: 'What they will see',
    applicant: 'Applicant: {name}',
    applying: 'Applying for: {what}',
    needsInfoGroup: 'Need more information ({n})',
    metGroup: 'Met ({n})',
    materials: 'Materials',
    materialsProgress: 'Materials: {done} of {total} ready',
    materialsMissing: '{n} still to do:',
    materialsAllDone: 'Every item the applicant prepares is ticked.',
    progressLabel: 'Materials ready',
    deadlines: 'Dates (as of {date})',
    notice: 'Notice: {docNo}',
    generatedOn: 'Made on: {date}',

    actionsTitle: 'Ways to share',
    systemShare: 'Share…',
    copyLink: 'Copy link',
    copyText: 'Copy as text',
    showQr: 'Show QR code',
    saveImage: 'Save as image',
    shareImage: 'Share image…',
    print: 'Print',
    previewText: 'Preview the text',
    linkLabel: 'Share link',
    copied: 'Copied',
    manualCopyTitle: 'Copy it yourself',
    manualCopyHint:
      'This device does not let the app write to the clipboard. The text is selected: long-press or press Ctrl+C to copy it.',
    shareFailed: 'Sharing did not work. Use “Copy link” or “Copy as text” instead.',
    imageFailed: 'The image could not be made: {reason}',
    imageDownloaded: 'Image saved: {file}',

    qrTitle: 'Scan to open the summary',
    qrCaption: 'Scan with another phone’s camera to open this read-only summary.',
    qrAlt: 'QR code of the summary link',
    qrLoading: 'Making the QR code…',

    imageTitle: 'Summary image',
    imageHint: 'The image was downloaded. On a phone you can also long-press it to save or forward it.',
    imageAlt: 'Summary image: {verdict}',
    imageQrCaption: 'Scan to open the read-only summary',
    imageDisclaimer: 'A self-check for reference only; the authorities and the evaluation committee decide.',

    readOnlyTitle: 'A summary shared by someone else — read only',
    readOnlyHint:
      'It comes from the sender’s link. Nothing is saved on your phone and your own profiles stay as they are.',
    makeOwn: 'Make my own self-check',
    cannotOpen: 'This summary cannot be opened',
    updateTitle: 'Update the app',
    updateHint: 'Close every page of this app and open it again, or reload while online, to get the new version.',
    goHome: 'Go to the home page',
  },
})
