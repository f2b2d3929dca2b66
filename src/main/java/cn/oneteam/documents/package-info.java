/**
 * 执法文书 — enforcement documents: their numbers per body, document type and year (docs/legal/records.md#document-numbers) and the
 * conventions they are written in (大写金额, docs/legal/records.md#amounts-in-words).
 */
@org.springframework.modulith.ApplicationModule(displayName = "执法文书",
		allowedDependencies = { "organization", "platform", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.documents;
