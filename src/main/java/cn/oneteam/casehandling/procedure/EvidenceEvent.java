package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.file.CaseEvent;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Evidence and documents of a case as its record keeps them, outside the procedure's actions
 * (docs/adr/0016-case-aggregate.md; docs/adr/0007-tamper-evidence.md): the digest each was recorded with is what the
 * record is later checked against.
 */
public sealed interface EvidenceEvent extends CaseEvent {

	/** Evidence attached (处罚法 §46): its digest and size, title and file name, metadata, the officers who collected it. */
	record EvidenceAdded(long evidence, String type, String sha256, long size, String comment, String metadata,
			List<Long> officers) implements EvidenceEvent {
	}

	/** A stored file no longer matches the digest recorded when it was attached. */
	record EvidenceFoundAltered(long evidence, String type, String sha256, long size, String comment,
			String metadata, String actualSha256) implements EvidenceEvent {
	}

	/** A document issued by an officer, numbered or not, with its digest. */
	record DocumentIssued(long document, String type, @Nullable String number, String sha256)
			implements EvidenceEvent {
	}

	/** The document it corrects, and why. */
	record DocumentCorrected(long supersedes, String reason) implements EvidenceEvent {
	}
}
