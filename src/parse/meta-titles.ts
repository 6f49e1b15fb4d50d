/**
 * The words that name a part of the page as something other than work: a call to contribute, the
 * document or its process, non-goals, principles, measures, history, references, risks. Read by
 * ./meta.ts, which weighs them against the part's content.
 */
import { bucketOf, groupsByTime } from './period.js';

export const CLOSING_TITLE =
  /^suggest(ions?|ing)?$|^join\s+(in|us)(\s+(on|in|at)\s+[\w\s.-]{1,30}|\s+the\s+(discussion|conversation|community|fun|effort))?$|\b(influenc\w*|contribut\w*|feedback|get(ting)?\s+involved|how\s+(can\s+(i|you|we)\s+)?(to\s+)?(help|add|propose|suggest|request)|help\s+wanted|participat\w*|reach\s+(out|us)|contact(\s+us)?|(talk|chat|speak)\s+(to|with)\s+us|get\s+in\s+touch|credits|acknowledg\w*|thanks|thank\s+you)\b|^(stay(ing)?\s+(up\s+to\s+date|updated|informed|in\s+touch|tuned)|keep(ing)?\s+(up\s+to\s+date|in\s+touch))$|^(our\s+)?(sponsors?|backers|supporters|funders|sponsorship)$|^(community\s+input|vot(e|ing)(\s+on\s+features?)?|propos(e|ing)\s+(new\s+)?(features?|ideas?|changes?))$/i;
/**
 * The parts a repository's README ends with: its license, copyright, code of conduct; its authors. Read
 * by what they hold (./meta.ts): "## Licensing" over "- Relicense to Apache-2.0" is work.
 */
export const BOILERPLATE_TITLE = /^(licen[sc]e|licensing|copyright|code\s+of\s+conduct)$/i;
export const AUTHORS_TITLE = /^(authors?|maintainers)$/i;
/** The same in the other languages pages are written in: "参与贡献", "Mitwirken", "Contribuer", "Comentarios". */
export const CLOSING_OTHER =
  /^(如何)?(参与|贡献|参与贡献|贡献指南|反馈|意见反馈|联系我们|參與|貢獻|回饋|コントリビュート|貢献|フィードバック|お問い合わせ|기여(하기)?|피드백|문의)$|^(mitwirken|mitmachen|beitragen|beiträge|rückmeldung|kontakt|contribuer|contributions?|participer|retours?|commentaires|contribuir|contribuciones|contribuições|participar|participe|comentarios|contacto|contato|agradecimientos|agradecimentos|remerciements|danksagung(en)?|dank)$|^(cómo|como|comment|wie\s+(du|sie|man))\s+(aportar|contribuir|colaborar|participar|contribuer|participer|aider|beitragen|mitmachen|helfen)$|^(致谢|鸣谢|感谢|謝辞|感謝|감사의?\s*말)$/i;
export const ABOUT_TITLE =
  /\b(about\s+(this|the)\s+(document|page|roadmap)|(manag\w*|maintain\w*|maintenance|updat\w*|chang\w*)\s+(of\s+|to\s+)?(the|this|our)\s+roadmap|roadmap\s+(process|management|maintenance|updates|update\s+(rules?|process)|rules|polic(y|ies))|(polic(y|ies)|process|rules|guidelines)\s+(for|of|on)\s+this\s+(file|document|page|roadmap)$|using\s+(the|our|this)\s+roadmap|how\s+to\s+(use|read)|reviewing\s+and\s+updating|mission|vision|introduction|background(\s*(&|and)\s*(motivation|context|goals))?$|^background\b(?!\s+(tasks?|jobs?|sync\w*|process\w*|work\w*|services?|fetch\w*|mode|execution|upload\w*|download\w*))|purpose|disclaimers?|^fine\s*print$|disclosures?|legal\s+notices?|legend|^(table\s+of\s+)?contents$|faqs?|frequently\s+asked\s+questions|glossary|^(terminology|definitions|key\s+terms)$|^(roles?|role\s+descriptions?|roles?\s+(and|&)\s+responsibilities|responsibilities)$|^general\s+info(rmation)?$|^(key\s+)?benefits(\s+of\s+(the\s+)?[\w.\s-]{1,30})?$|^what\s+(this|it)\s+means\b)\b/i;
/** The same in the other languages pages are written in: "Visión", "Leitidee", "Introducción", "愿景". */
export const ABOUT_OTHER =
  /^(visión|visão|vision|misión|missão|leitidee|leitbild|introducción|introdução|einleitung|einführung|愿景|願景|ビジョン|비전)$/i;
/**
 * What the project already has, or a closing summary: "Current features", "Existing functionality",
 * "当前功能", "Conclusion", "结论", "Fazit".
 */
export const HAS_OR_CONCLUDES =
  /^((current|existing|available)\s+(features|functionality|capabilities)|features\s+available\s+today|conclusions?|in\s+conclusion|fazit|conclusión|conclusão|当前功能|现有功能|已有功能|現在の機能|既存の機能|현재\s*기능|funcionalidades\s+(actuales|atuais)|fonctionnalités\s+actuelles|aktuelle\s+funktionen|结论|总结|結論|まとめ|결론)$/i;
/** A heading that is only a generic word for an introduction. */
export const GENERIC_ABOUT = /^(overview|summary|preface|scope|notes?|context|motivation)$/i;
/** The same in the other languages pages are written in: "概要", "Übersicht", "Aperçu", "Resumen", "Обзор". */
export const GENERIC_OTHER =
  /^(概要|概述|概览|概覽|概況|概况|简介|簡介|前言|はじめに|개요|소개|resumen|resumo|visión\s+general|visão\s+geral|descripción\s+general|aperçu|vue\s+d[’']ensemble|résumé|überblick|übersicht|zusammenfassung|panoramica|sommario|обзор|введение|общие\s+сведения)$/iu;
export const PROCESS_TITLE =
  /\b(release\s+(cycles?|cadence|schedule|process|policy|calendar|planning)|support(ed)?\s+(policy|status|lifecycle|matrix|versions?)|^(semantic\s+)?versioning(\s+(polic(y|ies)|schemes?|strateg(y|ies)))?$|version\s+polic(y|ies)|(deprecation|stability|security|compatibility|backport(ing)?|maintenance|breaking[\s-]+changes?)\s+polic(y|ies)|(stability|compatibility|support|api)\s+(commitments?|guarantees?|promises?)|governance|how\s+we\s+(work|plan|prioriti[sz]e|decide|choose|pick|select)|status\s+reports?|planning\s+process|^(project\s+|roadmap\s+)?planning$|triag(e|ing)|^(agile|methodology|(development\s+)?process|workflow|schedule|sprints?|cadence|prioriti[sz]ation)$|^(development|coding|contribution|contributor)\s+guidelines$)\b/i;
/**
 * The same in the other languages pages are written in, for version numbers and release cycles only:
 * "版本号", "发布周期", "リリースサイクル" ("版本管理", "Versionierung" may name a feature: version history).
 */
export const PROCESS_OTHER =
  /^(版本号|版本號|版本号规则|版本规则|版本命名(规则)?|版本策略|发布周期|發布週期|发版周期|发布节奏|周期|週期|バージョン番号|リリースサイクル|リリース周期|릴리스\s*주기|release-zyklus|veröffentlichungszyklus|cycle\s+de\s+publication|ciclo\s+de\s+lanzamientos?|ciclo\s+de\s+lançamentos?)$/iu;
/** A title that names how the project works: its versions, cadence, process ("Release cadence", "版本号"). */
export const namesProcess = (title: string): boolean => PROCESS_TITLE.test(title) || PROCESS_OTHER.test(title.trim());
/** When work counts as finished, a rule of the project's: "Definition of Done", "Success criteria", "Ce que « fini » veut dire". */
export const DONE_DEFINITION =
  /^(our\s+|the\s+)?((success|acceptance|exit|completion)\s+criteria|definition\s+of\s+(done|ready)|what\s+["“«]?\s*(done|finished)\s*["”»]?\s+means|ce\s+que\s+«?\s*(fini|terminé)\s*»?\s+veut\s+dire|définition\s+de\s+«?\s*(fini|terminé)\s*»?|definición\s+de\s+["“«]?\s*(hecho|terminado)\s*["”»]?)$/i;
/** A title that names the roadmap itself: "Our public roadmap", "The roadmap", "Project roadmap". */
export const ROADMAP_ITSELF = /^((our|the|public|project|current|active|live|full)\s+)*road\s?map$/i;
/** A title that opens with what will be done: "Set up …", "Establish …", "Improve …", "减少 …", "完善 …". */
export const ACTION_LEAD =
  /^(set\s*up|setup|establish|create|build|improve|introduce|define|add|implement|automate|adopt|streamline|migrate|enable|write|publish|launch|start|form|formali[sz]e|grow|expand|document|revamp|rework|overhaul|reduce)\b|^(减少|完善|新增|增加|提高|提升|增强|改进|改善|优化|实现|支持|重构|降低|減少|向上|導入|実装|개선|추가|향상|감소|구현)/i;

/** Whether a title opens with what will be done ("Improve testing", "Reduce bugs"): it names work. */
export const opensWithAction = (title: string): boolean => ACTION_LEAD.test(title.trim());

/**
 * A call to take part: short, or opening with the call ("Feedback", "Give us feedback", "How to contribute
 * to the project"); "Improved Hot Reload and Development Feedback Loops" names work. A title that opens
 * with what will be done names that work ("Build a contributor ladder", "Improve the feedback loop"),
 * whatever call word it holds; one that tells the reader what to do is a call ("Add your ideas", "Start
 * participating").
 */
export function callsToTakePart(t: string): boolean {
  const tellsTheReader = /^\S+\s+(?:(?:your|you|us)\b|\p{L}+ing\b)/iu.test(t);
  return (
    CLOSING_TITLE.test(t) &&
    !(ACTION_LEAD.test(t) && !tellsTheReader) &&
    (t.split(/\s+/).length <= 5 || CLOSING_TITLE.test(t.split(/\s+/).slice(0, 3).join(' ')))
  );
}
/** What the work depends on or risks, rather than the work: "Known Risks", "Requests to Other Teams". */
const CONTEXT_TITLE =
  /^(warnings|limitations|caveats|gotchas)$|\b(known\s+(risks|issues|limitations|divergences|gaps|bugs|caveats|problems)|risks?(\s+and\s+mitigations?)?|dependencies|requests?\s+to\s+other|asks?\s+(of|to|from)\s+other|assumptions|open\s+questions|decision\s+points|(pending|open)\s+decisions|decisions\s+to\s+make)\b/i;
export const NON_GOALS_TITLE =
  /\b(non[\s-]?(goals?|features?)|out\s+of\s+scope|not\s+in\s+scope|not\s+planned|^not\s+(yet\s+)?(in\s+focus|an?\s+(priority|focus)|on\s+(the|our)\s+roadmap)(?!.*\b(but|coming|soon|next|later)\b)|won[’']?t\s+(do|fix)|will\s+not\s+(do|fix)$|^(won[’']?t|will\s+not)\s+(implement|support|do|fix|be\s+(done|implemented|supported))$|frozen|feature\s+freeze)\b|fuera\s+de(l)?\s+(alcance|scope)|no\s+planificad[oa]s?|no\s+planead[oa]s?|fora\s+do\s+escopo|hors\s+(du\s+)?(périmètre|scope)|(^|lo\s+)qu[eé]\s+no\s+(haremos|hará|harán)|^no\s+haremos|(^|o\s+)que\s+não\s+(faremos|fará|farão)|^não\s+faremos|nicht\s+geplant|außerhalb\s+des\s+(umfangs|scope)|(明确)?不做|不在(计划|范围)|范围之外|やらないこと|対象外|非目标|非目標|비목표|범위\s*(밖|외)/i;

/**
 * Principles, not work: "Things to keep in mind", "Core principles", "Guiding principles", "Design
 * principles for new work", "Principles behind the roadmap", "What we believe".
 */
export const PRINCIPLES_TITLE =
  /^((things\s+to\s+)?keep\s+in\s+mind|((our|core|guiding|design|planning|roadmap|project|product|team|engineering)\s+){0,2}(principles|philosophy|tenets)(\s+(behind\s+[\p{L}\p{N}\s'’.-]{1,40}|for\s+((the|all|our|this)\s+)?(future|new|upcoming|next|roadmap|project|product)\b[\p{L}\p{N}\s'’.-]{0,40}))?|strateg(y|ies)(\s+for\s+(adoption|growth|success))?|our\s+strategy|(our|core|project|community)\s+(values|beliefs)|what\s+we\s+believe(\s+in)?)$/iu;
/** The same in the other languages pages are written in: "基本原则", "Grundsätze", "Principes directeurs". */
export const PRINCIPLES_OTHER =
  /^(基本|核心|指导|設計|设计)?(原则|原則)$|^(기본\s*|핵심\s*)?원칙$|^(grundsätze|[\p{L}-]*prinzipien|leitlinien|principes(\s+directeurs)?|principios(\s+rectores)?|princípios)$/iu;
/**
 * Measures of success, not work: "Metrics & Goals", "Success indicators", "KPIs", "关键绩效指标（KPI）".
 * "Performance metrics" and "Key metrics" may name work (a dashboard to build): they are measures only
 * over measures; "Success metrics" or "How we measure success" never name work (MEASURES_ONLY). ("KPIs"
 * may name a feature of a dashboard.)
 * ("Success indicators" may list deliverables: "Ship the plugin API.")
 */
export const METRICS_TITLE =
  /^(((success|quality|performance|key|impact)\s+)(metrics|targets|indicators)|(how\s+we\s+)?measur(e|ing)\s+success|(metrics|targets)\s+(&|and)\s+(goals|targets)|kpis?|key\s+performance\s+indicators(\s+\(kpis?\))?|measures\s+of\s+success)$|^(关键)?(绩效|績效)指标(\s*[（(]kpis?[)）]?)?$|^指标(和|与|及)成功(跟踪|衡量)?$/i;

/** Words that name measures of success, in the languages pages are written in. */
const MEASURE_WORDS =
  '(success|impact)\\s+metrics|measures\\s+of\\s+success|(métricas|indicadores)\\s+de\\s+(éxito|sucesso)|(mesures|indicateurs|métriques)\\s+de\\s+(succès|réussite)|erfolgs(kennzahlen|metriken|messung)|成功(指标|指標|の指標)|성공\\s*지표|метрики\\s+успеха';
/** Measures whatever they list: "Success metrics", and any of them for a quarter or year ("Métricas de éxito Q1"). */
export const MEASURES_ONLY = new RegExp(
  `^((success|impact)\\s+metrics|measures\\s+of\\s+success|(how\\s+we\\s+)?measur(e|ing)\\s+success)$|^(${MEASURE_WORDS})\\s+(q[1-4]|h[12]|(19|20)\\d\\d)$`,
  'i',
);
/** The same in other languages, or said of the whole plan ("Métricas de éxito globales"): measures only over measures. */
const MEASURES_QUALIFIED = new RegExp(`^(${MEASURE_WORDS})(\\s+(global(es|aux)?|généraux|gerais|overall))?$`, 'i');

/**
 * A title of measures of success: one that can name nothing else, anywhere (even among groups of work:
 * "## Success metrics" after the releases); another only where `measured` (over measures, not as work).
 */
export const namesMeasures = (title: string, measured: boolean): boolean =>
  MEASURES_ONLY.test(title) || ((METRICS_TITLE.test(title) || MEASURES_QUALIFIED.test(title)) && measured);

export const HISTORY_TITLE =
  /^((version|release)\s+history|change\s?log|history|past\s+releases|previous\s+releases|(archived|past|previous|older|old)\s+roadmaps?|roadmap\s+archive|registro\s+de\s+cambios|historial(\s+de\s+(cambios|versiones))?|(cambios|mudanças|changements|änderungen)\s+(publicad[oa]s|publiés|veröffentlicht)|histórico(\s+de\s+versões)?|historique(\s+des\s+versions)?|änderungsprotokoll|versionshistorie|更新日志|更新记录|版本历史|变更日志|変更履歴|更新履歴|변경\s*(이력|내역))$/i;
/**
 * Titles of releases no longer kept ("Archived", "Older versions"): the history of past releases over
 * the releases themselves, though over a list they may hold features ("Archive" boards) or shelved ideas.
 */
const ARCHIVE_TITLE = /^(archived?|(archived|old(er)?|unsupported|past|previous)\s+(releases|versions))$/i;
/**
 * Whether a title names the history of past releases ("Version History", "Changelog", "更新日志"), or,
 * over releases, those no longer kept ("Archived" over "### v1.5").
 */
export const namesHistory = (title: string, overReleases = false): boolean => {
  const bare = title.trim().replace(/\s*\([^()]*\)\s*$/, '');
  return HISTORY_TITLE.test(bare) || (overReleases && ARCHIVE_TITLE.test(bare));
};
/** References and links, in the languages pages are written in too: "See also", "参考资料", "Liens utiles". */
export const REFERENCES_TITLE =
  /^(references?|resources|links|useful\s+links|see\s+also|further\s+reading|related\s+(links|projects|resources|documents|documentation|pages|docs|reading)|design\s+(documents|docs)|参考(资料|文献|链接|資料|リンク)?|相关(链接|资源|文档|阅读)|関連(リンク|資料|ドキュメント)|참고\s*(자료|문헌|링크)?|관련\s*(링크|자료)|referenzen|verweise|(weiterführende|nützliche)\s+links|références|liens(\s+utiles)?|voir\s+aussi|referencias|enlaces(\s+útiles)?|ver\s+también|referências|links\s+úteis|veja\s+também|ссылки|полезные\s+ссылки|см\.\s+также)$/i;

/**
 * The same in the other languages pages are written in, as a whole title: "Riesgos", "Riesgos y
 * mitigaciones", "Risiken", "风险与缓解", "懸念点", "리스크", "Dependencias", "Limitaciones" ("Riesgo cero en
 * …", "Abhängigkeiten reduzieren", "依赖：升级到 …" name work); open questions leading it, whatever follows.
 */
const CONTEXT_OTHER =
  /^(riesgos|riscos|risques|risiken|риски|风险|風險|リスク|懸念(点|事項)?|위험(\s*요소)?|리스크|dependencias|dependências|dépendances|abhängigkeiten|依赖(项|关系|關係)?|依存(関係)?|의존성|limitaciones|limitações|einschränkungen|制限事項|局限性?|제한\s*사항)((\s+(y|e|et|und|и|&|and)\s+|[与和及と]|\s*[&/]\s*)(mitigaci\w+|mitigaç\w+|atténuations?|mesures|gegenmaßnahmen|maßnahmen|contramedidas|medidas|меры|対策|缓解(措施)?|应对(措施)?|对策|대응(\s*방안)?|완화))?$|^(preguntas\s+abiertas|questions\s+ouvertes|offene\s+fragen|perguntas\s+em\s+aberto|открытые\s+вопросы|未解决的?问题|未解決の(課題|問題)|미해결\s*(문제|질문))(?!\p{L})/iu;

/** A title about the work's risks or dependencies: the words lead it, or it is only a few words. */
export function namesContext(title: string): boolean {
  if (CONTEXT_OTHER.test(title.trim())) return true;
  const match = CONTEXT_TITLE.exec(title);
  if (!match) return false;
  const before = title
    .slice(0, match.index)
    .replace(/^[\d.\s]+/, '')
    .trim();
  return before === '' || title.split(/\s+/).length <= 4;
}

/** "Feature requests", "Requesting a feature": a call to send them, over a sentence. */
export const REQUESTS_TITLE = /^(feature\s+)?requests?$|^requesting\s+(a\s+)?features?$/i;
/** "Community requests", "User requests": a call to send them, over a sentence that links where. */
export const REQUESTS_FROM_TITLE = /^(community|user)\s+requests?$/i;

/** A title on the roadmap's own aim or scope, as a whole: "Overall goal of the roadmap", "Scope of this document". */
export const ROADMAP_AIM =
  /^(overall\s+)?(goals?|aims?|scope|objectives?)\s+of\s+(the|this|our)\s+(roadmap|document|page)$/i;

/**
 * A time set off before its theme, over items ("Long term — vision" over goals), or a horizon titled as a
 * vision and dated in a remark over parts of its own ("Long-term Vision (2+ years)" over "### Semantic
 * search"…): the work planned for then, not the project's vision. Over a list of aims ("Long-Term Vision
 * (4-6 years)" over "- A welcoming community"), or dated by a year ("Vision 2030 (adopted 2024)"), it is one.
 */
export function periodFirst(title: string, overItems: boolean, overParts: boolean): boolean {
  if (overItems && groupsByTime(/^(.{2,30}?)\s*(?:[—–:]|\s-\s)\s*\S/.exec(title)?.[1] ?? '')) return true;
  const remark = /\s*\(([^()]*\d[^()]*)\)\s*$/.exec(title);
  return overParts && !!remark && bucketOf(title.slice(0, remark.index))?.kind === 'horizon';
}

/** "Current state", "Current status", "Estado actual", "现状": where the project stands, as a whole title. */
export const CURRENT_STATE =
  /^(current\s+(status|state)|estado\s+(actual|atual)|état\s+actuel|aktueller\s+stand|现状|現状|현재\s*상태)$/i;

/** A remark that only dates, to the day or the month: "2025-04", "April 2025", "as of March 2024". */
export const datesOnly = (remark: string): boolean =>
  /^(as\s+of\s+)?\d{4}[-./]\d{1,2}([-./]\d{1,2})?$/i.test(remark.trim()) || bucketOf(remark)?.kind === 'month';
