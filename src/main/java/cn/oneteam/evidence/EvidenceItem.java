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

	/**
	 * The SHA-256 of everything recorded about the item but its integrity checks — type, description, source, when,
	 * where and by whom collected, file name, media type, size, SHA-256 — as its owner's record keeps it, so that
	 * metadata edited in the database shows when the record is verified (docs/adr/0007-tamper-evidence.md).
	 */
	public String metadataDigest() {
		StringBuilder text = new StringBuilder();
		for (Object part : new Object[] { id, ownerKind, ownerId, type, title, source, collectedAt.toInstant(), place,
				latitude == null ? "" : latitude.toPlainString(), longitude == null ? "" : longitude.toPlainString(),
				fileName, contentType, size, sha256, uploadedBy, uploadedAt.toInstant() }) {
			text.append(part).append('\u001f');
		}
		for (CollectingOfficer o : officers) {
			text.append(o.personId()).append(' ').append(o.name()).append(' ').append(o.certificate()).append('\u001f');
		}
		return cn.oneteam.shared.Sha256.hex(text.toString());
	}

	/** 完整性: as received (hashed on arrival), checked intact since, or found altered or missing. */
	public enum Integrity {
		RECEIVED, INTACT, ALTERED
	}
}
