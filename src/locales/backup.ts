import { defineMessages } from '@/i18n/define'

export default defineMessages({
  zh: {
    title: '备份与恢复',
    intro:
      '把全部档案的答案、材料清单的勾选和备注、照片/文件保存为一个备份文件（JSON），用于换手机、换浏览器，或防止浏览器清除数据。文件只保存在您选择的位置，本应用不会上传任何内容。',
    lastBackup: '上次备份：{date}',
    neverBackedUp: '尚未备份。',
    nothingToExport: '还没有档案，暂无可备份的内容。',
    export: '导出备份文件',
    share: '分享备份文件…',
    exporting: '正在生成备份文件…',
    exported: '已导出 {name}（{size}）：{profiles} 份档案、{files} 个照片/文件。请在下载内容中找到它并妥善保存。',
    shared: '已分享 {name}（{size}）。',
    exportFailed: '备份文件没有生成：{reason}',
    import: '从备份文件恢复…',
    importHint: '会先检查整个文件，确认后才写入；文件有问题时本机数据不会有任何改动。',
    checking: '正在检查 {name}…',
    invalidTitle: '无法导入 {name}',
    moreProblems: '另有 {n} 处问题未列出。',
    unchanged: '本机数据没有任何改动。',
    dialogTitle: '恢复备份',
    contains:
      '{name} 备份于 {date}（应用版本 {version}），包含 {profiles} 份档案、{records} 条清单记录、{files} 个照片/文件（{size}）。',
    dropped:
      '其中 {records} 条清单记录和 {files} 个照片/文件（{size}）属于本版本材料清单中没有的事项，不会导入（导入后也不会显示）。',
    activateFailed: '数据已导入，但未能切换到导入的档案：{reason}。请在“档案”页手动选择。',
    profilesInFile: '备份中的档案',
    modeLegend: '导入方式',
    merge: '合并（推荐）',
    mergeHint: '加入备份中的档案；同一份档案两边都有时，保留最后修改的版本。本机其他内容都保留。',
    replace: '全部替换',
    replaceHint: '删除本机现有的 {n} 份档案及其清单、照片/文件，换成备份中的内容。',
    replaceHintEmpty: '本机没有档案，直接写入备份中的内容。',
    confirmMerge: '合并导入',
    confirmReplace: '替换本机数据',
    importing: '正在导入…',
    merged:
      '导入完成：新增 {added} 份档案，更新 {updated} 份，{kept} 份本机版本较新而保留；写入 {records} 条清单记录、{files} 个照片/文件。',
    replaced: '导入完成：本机数据已替换为备份中的 {added} 份档案（{files} 个照片/文件）。',
    importFailedTitle: '导入失败',
    cancelled: '已取消，本机数据没有任何改动。',
  },
  en: {
    title: 'Backup and restore',
    intro:
      'Save every profile’s answers, the checklist ticks and notes, and the photos and files in one backup file (JSON): to move to another phone or browser, or in case the browser clears its data. The file stays where you save it; this app uploads nothing.',
    lastBackup: 'Last backup: {date}',
    neverBackedUp: 'No backup yet.',
    nothingToExport: 'There are no profiles yet, so there is nothing to back up.',
    export: 'Export a backup file',
    share: 'Share the backup file…',
    exporting: 'Making the backup file…',
    exported:
      'Exported {name} ({size}): {profiles} profiles, {files} photos and files. Find it in your downloads and keep it safe.',
    shared: 'Shared {name} ({size}).',
    exportFailed: 'The backup file was not made: {reason}',
    import: 'Restore from a backup file…',
    importHint:
      'The whole file is checked first and written only when you confirm; if anything is wrong with it, nothing on this device changes.',
    checking: 'Checking {name}…',
    invalidTitle: 'Cannot import {name}',
    moreProblems: '{n} more problems not listed.',
    unchanged: 'Nothing on this device was changed.',
    dialogTitle: 'Restore a backup',
    contains:
      '{name}, made on {date} (app version {version}), holds {profiles} profiles, {records} checklist records and {files} photos and files ({size}).',
    dropped:
      'Of these, {records} checklist records and {files} photos and files ({size}) belong to items this version’s checklist does not have: they are not imported (they would never be shown).',
    activateFailed:
      'The data was imported, but the imported profile could not be made current: {reason}. Choose it on the Profiles page.',
    profilesInFile: 'Profiles in the backup',
    modeLegend: 'How to import',
    merge: 'Merge (recommended)',
    mergeHint:
      'Adds the backup’s profiles; where a profile is on both sides, the version changed last is kept. Everything else on this device stays.',
    replace: 'Replace everything',
    replaceHint:
      'Deletes the {n} profiles on this device, with their checklists, photos and files, and puts the backup’s in their place.',
    replaceHintEmpty: 'There are no profiles on this device: the backup’s content is written as it is.',
    confirmMerge: 'Merge',
    confirmReplace: 'Replace this device’s data',
    importing: 'Importing…',
    merged:
      'Imported: {added} profiles added, {updated} updated, {kept} kept because this device’s version was newer; {records} checklist records and {files} photos and files written.',
    replaced: 'Imported: this device now holds the backup’s {added} profiles ({files} photos and files).',
    importFailedTitle: 'Import failed',
    cancelled: 'Cancelled. Nothing on this device was changed.',
  },
})
