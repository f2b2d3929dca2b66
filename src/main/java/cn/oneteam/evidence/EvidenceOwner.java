package cn.oneteam.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;

/**
 * SPI: a kind of record evidence is attached to (a case, an inspection), implemented by the module that owns it, so
 * that this module depends on none of them. The owner decides who may see and attach, which officers may be named as
 * collecting, and writes the attachment into its own full-process record.
 */
public interface EvidenceOwner {

	OwnerKind kind();

	/** Refuses (404, 403) unless the owner exists and lies within the caller's jurisdiction. */
	void requireVisible(long ownerId, ScopedPrincipal caller);

	/**
	 * Refuses unless the caller may attach evidence to the owner now (its body, not closed) and every officer named may
	 * be named as having collected it on the day; answers the officers as recorded (name, certificate shown).
	 */
	List<CollectingOfficer> requireAttachable(long ownerId, List<Long> officerIds, LocalDate collectedOn,
			ScopedPrincipal caller);

	/**
	 * In the attaching transaction: checks again under the owner's lock, and records the attachment (the item's id,
	 * type and SHA-256) in the owner's full-process record.
	 */
	void recordAttachment(long ownerId, AttachedEvidence evidence, ScopedPrincipal caller);

	/**
	 * In its own transaction: records in the owner's full-process record that an item's stored bytes no longer match
	 * its SHA-256, found by whom (none when found by the system).
	 */
	void recordIntegrityFailure(long ownerId, AttachedEvidence evidence, String actualSha256,
			@Nullable ScopedPrincipal foundBy);

	/**
	 * The SHA-256 of the item's file as the owner's full-process record keeps it (not the column beside the file),
	 * if the owner records it (docs/adr/0007-tamper-evidence.md).
	 */
	default Optional<String> recordedSha256(long ownerId, long evidenceId) {
		return Optional.empty();
	}

	/** An officer named as having collected an item: the person, their name, the certificate they showed. */
	record CollectingOfficer(long personId, String name, @Nullable String certificate) {
	}

	/**
	 * The facts of an attached item that go into its owner's record, with the digest of all its metadata
	 * ({@link EvidenceItem#metadataDigest()}).
	 */
	record AttachedEvidence(long id, EvidenceType type, String title, String fileName, long size, String sha256,
			List<CollectingOfficer> officers, String metadata) {
	}
}
