/**
 * 执法文书 — enforcement documents: their numbers per body, document type and year (legal-rules.md §10.2) and the
 * conventions they are written in (大写金额, data-standards.md §9.2).
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法文书")
@org.jspecify.annotations.NullMarked
package cn.oneteam.documents;
