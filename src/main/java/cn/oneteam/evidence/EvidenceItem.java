package cn.oneteam.evidence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import cn.oneteam.evidence.EvidenceOwner.CollectingOfficer;
import org.jspecify.annotations.Nullable;

/**
 * An item of evidence as recorded: its owner, type, description, collecting officers, the file (name, media type,
 * size, SHA-256), who uploaded it and when, and the result of the last integrity check.
 */
public record EvidenceItem(long id, OwnerKind ownerKind, long ownerId, EvidenceType type, String title, String source,
		OffsetDateTime collectedAt, String place, @Nullable BigDecimal latitude, @Nullable BigDecimal longitude,
		List<CollectingOfficer> officers, String fileName, String contentType, long size, String sha256,
		long uploadedBy, OffsetDateTime uploadedAt, Integrity integrity, @Nullable OffsetDateTime checkedAt) {

	/** 完整性: as received (hashed on arrival), checked intact since, or found altered or missing. */
	public enum Integrity {
		RECEIVED, INTACT, ALTERED
	}
}
