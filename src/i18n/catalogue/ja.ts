/**
 * Japanese: no space between numbers and words ("9件"), full-width
 * punctuation (：、（）「」), and the closing words a Japanese talk ends with.
 */
import type { Catalogue } from './types.js';

export const ja: Catalogue = {
  overview: '概要',
  initiatives: { other: '{n}件の取り組み' },
  sections: { other: '{n}セクション' },
  initiativesInSections: '{initiatives}（{sections}）',
  statusDone: '完了',
  statusInProgress: '進行中',
  statusPlanned: '予定',
  statusFuture: '将来',
  changedSince: '{label}からの変更点',
  badgeNew: '新規',
  badgeContinued: '継続・{label}から',
  groupNew: '新規',
  groupContinued: '継続',
  groupRemoved: '掲載終了',
  groupCount: '{group}（{n}件）',
  renamedFrom: '（旧称「{title}」）',
  tracking: '進捗：',
  trackingQr: '進捗リンクのQRコード',
  lastUpdated: '最終更新：{date}',
  thankYou: 'ご清聴ありがとうございました',
  theRoadmap: 'ロードマップ：',
  continuedMarker: '…続きはスピーカーノートと配布資料をご覧ください',

  speakerNotes: 'スピーカーノート',
  notesStatus: 'ステータス：{status}',
  notesSection: 'セクション：{section}',
  notesLinks: 'リンク：',
  notesAuthor: '作成者のメモ：',
  listSeparator: '、',
  notesComparedWith: '{label}との比較：{new}、{continued}、{removed}。',
  countNew: { other: '新規{n}件' },
  countContinued: { other: '継続{n}件' },
  countRemoved: { other: '掲載終了{n}件' },
  notesGroup: '{group}：{titles}',
  notesContinuedItem: '{title}（{label}から）',
  notesRenamedItem: '{title}（{label}から、旧称「{previous}」、一致度 {score}）',

  handoutShortened: 'スライドにはこの文章の冒頭のみを載せています。全文は次のとおりです。',

  handoutAuthorNotes: '作成者のメモ',
  handoutPage: '{page} / {pages} ページ',
  handoutTitle: '{title}（配布資料）',
  pdfSubject: '{name}、{label}：{initiatives}',

  indexTitle: 'ロードマップ資料',
  indexSlides: 'スライド（HTML）',
  indexPdf: 'PDF',
  indexHandout: '配布資料（PDF）',
  slides: { other: 'スライド{n}枚' },

  viewerControls: 'スライド操作',
  viewerPrevious: '前へ（←）',
  viewerNext: '次へ（→）',
  viewerFullscreen: '全画面',
  viewerFullscreenHint: '全画面表示（f）',
  viewerNotes: 'ノート',
  viewerNotesHint: '発表者ビュー（p）',
  viewerPresenterBar: '発表者ビュー・← → で移動',
  viewerSlideOf: 'スライド {n} / {total}',
  viewerEnd: 'スライドは以上です',
  viewerNoNotes: '（このスライドにノートはありません）',
};
