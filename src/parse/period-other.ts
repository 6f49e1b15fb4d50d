/**
 * Status groups and horizons as pages in other languages title them ("Concluído", "Plus tard",
 * "Als Nächstes", "短期目标"), read by ./period.ts beside the English words.
 */

/**
 * Status groups in the other languages pages are written in: "Concluído", "Entregas recentes",
 * "En cours", "Erledigt", "Выполнено", "已完成", "完了", "완료". (`\b` does not see accented,
 * Cyrillic or CJK letters: these match as words of their own, or as plain signs in CJK.)
 */
export const STATUS_GROUP_OTHER =
  /(?<!\p{L})(implementad[oa]s?|implémentée?s?|implementiert|реализовано|conclu[íi]d[oa]s?|entregues?|entregas|feito|completad[oa]s?|terminad[oa]s?|hecho|en\s+curso|en\s+progreso|em\s+andamento|em\s+progresso|terminée?s?|livrée?s?|(?<!(?:non|pas|encore)\s+)résolue?s?|en\s+cours|erledigt|abgeschlossen|fertig|in\s+arbeit|выполнено|готово|сделано|завершено|в\s+работе|в\s+процессе)(?!\p{L})|已完成|已实现|実装済み|进行中|開発中|开发中|進行中|完了|완료|진행\s*중/iu;

/**
 * Horizons in other languages: "Próximo", "Curto prazo", "Plus tard", "Als Nächstes", "Später",
 * "Далее", "Долгосрочные цели", "短期目标", "中期", "今後", "향후".
 */
export const HORIZON_OTHER =
  /(?<!\p{L})(próxim[oa]s?|proxim[oa]s?|agora|depois|futuro|(curto|médio|medio|longo|corto|largo)\s+(prazo|plazo)|ahora|después|despues|maintenant|ensuite|prochainement|plus\s+tard|futur|à\s+venir|(court|moyen|long)\s+terme|jetzt|als\s+nächstes|nächste\s+schritte|später|zukunft|demnächst|kurzfristig\w*|mittelfristig\w*|langfristig\w*|сейчас|далее|дальше|позже|будущее|в\s+будущем|следующ\p{L}*|краткосрочн\p{L}*|среднесрочн\p{L}*|долгосрочн\p{L}*)(?!\p{L})|短期|中期|长期|長期|近期|远期|未来|今後|将来|下一步|下一阶段|后续|단기|중기|장기|향후/iu;
