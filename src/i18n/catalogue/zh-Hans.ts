/**
 * Simplified Chinese: full-width punctuation (：，（）“”), a space between
 * Chinese and numbers or Latin words, "举措" for initiatives.
 */
import type { Catalogue } from './types.js';

export const zhHans: Catalogue = {
  overview: '概览',
  initiatives: { other: '{n} 项举措' },
  sections: { other: '{n} 个部分' },
  initiativesInSections: '{sections}，共 {initiatives}',
  statusDone: '已完成',
  statusInProgress: '进行中',
  statusPlanned: '已计划',
  statusFuture: '远期',
  changedSince: '自 {label} 以来的变化',
  badgeNew: '新增',
  badgeContinued: '延续 · 自 {label} 起',
  groupNew: '新增',
  groupContinued: '延续',
  groupRemoved: '不再列出',
  groupCount: '{group}（{n}）',
  renamedFrom: '（原名“{title}”）',
  tracking: '进展跟踪：',
  trackingQr: '进展跟踪链接的二维码',
  lastUpdated: '最后更新：{date}',
  thankYou: '谢谢',
  theRoadmap: '路线图：',
  continuedMarker: '……其余内容见演讲者备注和讲义',

  speakerNotes: '演讲者备注',
  notesStatus: '状态：{status}',
  notesSection: '部分：{section}',
  notesLinks: '链接：',
  notesAuthor: '作者备注：',
  listSeparator: '；',
  notesComparedWith: '与 {label} 相比：{new}，{continued}，{removed}。',
  countNew: { other: '新增 {n} 项' },
  countContinued: { other: '延续 {n} 项' },
  countRemoved: { other: '不再列出 {n} 项' },
  notesGroup: '{group}：{titles}',
  notesContinuedItem: '{title}（自 {label} 起）',
  notesRenamedItem: '{title}（自 {label} 起，原名“{previous}”，相似度 {score}）',

  handoutShortened: '幻灯片只显示了这段文字的开头，全文如下。',

  handoutAuthorNotes: '作者备注',
  handoutPage: '第 {page} 页，共 {pages} 页',
  handoutTitle: '{title}（讲义）',
  pdfSubject: '{name}，{label}：{initiatives}',

  indexTitle: '路线图演示文稿',
  indexSlides: '幻灯片（HTML）',
  indexPdf: 'PDF',
  indexHandout: '讲义（PDF）',
  slides: { other: '{n} 张幻灯片' },

  viewerControls: '幻灯片控制',
  viewerPrevious: '上一张（←）',
  viewerNext: '下一张（→）',
  viewerFullscreen: '全屏',
  viewerFullscreenHint: '全屏（f）',
  viewerNotes: '备注',
  viewerNotesHint: '演讲者视图（p）',
  viewerPresenterBar: '演讲者视图 · ← → 翻页',
  viewerSlideOf: '第 {n} 张，共 {total} 张',
  viewerEnd: '已是最后一张',
  viewerNoNotes: '（此幻灯片没有备注）',
};
