package cn.oneteam.evidence;

import java.time.OffsetDateTime;

/** 证据入卷: an item of evidence was attached to a case or an event (docs/adr/0014-typed-events.md). */
public record EvidenceAttached(long evidenceId, OwnerKind ownerKind, long ownerId, EvidenceType type,
		OffsetDateTime occurredAt) {
}
