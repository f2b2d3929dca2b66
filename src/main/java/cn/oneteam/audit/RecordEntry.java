package cn.oneteam.audit;

import java.time.OffsetDateTime;

/** One entry of the full-process record, with its place in the subject's chain and its hash. */
public record RecordEntry(long id, String subjectType, long subjectId, int seq, String action, long actorAccountId,
		String certificates, OffsetDateTime occurredAt, String payload, String payloadDigest, String prevHash,
		String hash) {
}
