/**
 * 证据 — evidence attached to a case (an inspection later): the eight types of 处罚法 §46, who collected it, when and
 * where, and the file, its SHA-256 computed as the bytes arrive and checked on every read. Files are kept by an
 * {@link cn.oneteam.evidence.EvidenceStore} (the local file system, or S3-compatible object storage). Owners take
 * part through the {@link cn.oneteam.evidence.EvidenceOwner} SPI, so this module depends on none of them. Its API:
 * {@link cn.oneteam.evidence.Evidence}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "证据",
		allowedDependencies = { "audit", "organization", "shared" })
@org.jspecify.annotations.NullMarked
package cn.oneteam.evidence;
