package cn.oneteam.casehandling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.audit.Verification;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceItem;
import cn.oneteam.evidence.EvidenceOwner.CollectingOfficer;
import cn.oneteam.evidence.OwnerKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a case's evidence and documents against the digests its full-process record keeps (the attachment's and the
 * issuing entry's payload, covered by both chains), not only against the column beside each file: a file swapped with
 * its digest, a document swapped with its digest, evidence metadata edited, an item or document removed or slipped in
 * all show (docs/adr/0007-tamper-evidence.md).
 */
@Component
class CaseRecordCheck {

	private final FullProcessRecord record;

	private final JsonMapper json;

	private final ObjectProvider<Evidence> evidence; // Evidence knows every owner, this one among them

	private final IssuedDocuments documents;

	CaseRecordCheck(FullProcessRecord record, JsonMapper json, ObjectProvider<Evidence> evidence,
			IssuedDocuments documents) {
		this.record = record;
		this.json = json;
		this.evidence = evidence;
		this.documents = documents;
	}

	/** The SHA-256 of an evidence item's file as the case's record keeps it. */
	Optional<String> recordedEvidenceSha256(long caseId, long evidenceId) {
		return record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId).stream()
			.filter(e -> e.action().equals(CaseEvidence.ATTACHED))
			.map(e -> json.readTree(e.payload()))
			.filter(p -> p.path("evidence").asLong() == evidenceId)
			.map(p -> p.path("sha256").asString())
			.findFirst();
	}

	/**
	 * The record's verification, then the case's evidence (metadata, and with {@code files} each stored file re-hashed)
	 * and documents (their bytes re-hashed by the database) against what the record keeps.
	 */
	Verification check(long caseId, Verification chain, boolean files) {
		if (!chain.intact()) {
			return chain;
		}
		List<RecordEntry> entries = record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId);
		int last = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).seq();
		Map<Long, RecordEntry> attached = new LinkedHashMap<>();
		Map<Long, JsonNode> attachedFacts = new HashMap<>();
		Map<String, Integer> documentDigests = new LinkedHashMap<>(); // digest -> seq of the entry that recorded it
		for (RecordEntry e : entries) {
			JsonNode p = json.readTree(e.payload());
			if (e.action().equals(CaseEvidence.ATTACHED)) {
				attached.put(p.path("evidence").asLong(), e);
				attachedFacts.put(p.path("evidence").asLong(), p);
			}
			if (e.action().startsWith("issued:") && p.has("sha256")) {
				documentDigests.putIfAbsent(p.path("sha256").asString(), e.seq());
			}
			if (p.has("decisionSha256")) {
				documentDigests.putIfAbsent(p.path("decisionSha256").asString(), e.seq());
			}
			if (p.path("documents").isArray()) {
				p.path("documents").valueStream()
					.forEach(d -> documentDigests.putIfAbsent(d.path("sha256").asString(), e.seq()));
			}
		}
		Evidence store = evidence.getObject();
		List<EvidenceItem> items = store.ofOwner(OwnerKind.CASE, caseId);
		Map<Long, EvidenceItem> byId = new HashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		for (Map.Entry<Long, RecordEntry> a : attached.entrySet()) {
			EvidenceItem item = byId.get(a.getKey());
			int seq = a.getValue().seq();
			if (item == null) {
				return broken(chain, seq, "evidence-missing");
			}
			JsonNode p = attachedFacts.get(a.getKey());
			List<Long> officers = new ArrayList<>();
			p.path("officers").valueStream().forEach(o -> officers.add(o.asLong()));
			boolean same = p.path("type").asString().equals(item.type().name())
					&& p.path("size").asLong() == item.size()
					&& p.path("sha256").asString().equals(item.sha256())
					&& p.path("comment").asString().equals(item.title() + " (" + item.fileName() + ")")
					&& (!p.has("officers") || officers.equals(item.officers().stream().map(CollectingOfficer::personId).toList()))
					&& (!p.has("metadata") || p.path("metadata").asString().equals(item.metadataDigest()));
			if (!same) {
				return broken(chain, seq, "evidence-changed");
			}
			if (files && !store.storedDigest(item.id()).orElse("missing").equals(p.path("sha256").asString())) {
				return broken(chain, seq, "evidence-file");
			}
		}
		for (EvidenceItem item : items) {
			if (!attached.containsKey(item.id())) {
				return broken(chain, last, "evidence-unrecorded");
			}
		}
		Map<Long, String> actual = documents.contentDigests(caseId);
		for (Map.Entry<Long, String> d : actual.entrySet()) {
			if (!documentDigests.containsKey(d.getValue())) {
				int seq = documents.summary(d.getKey())
					.map(s -> documentDigests.getOrDefault(s.sha256(), last))
					.orElse(last);
				return broken(chain, seq, "document-changed");
			}
		}
		for (Map.Entry<String, Integer> recorded : documentDigests.entrySet()) {
			if (!actual.containsValue(recorded.getKey())) {
				return broken(chain, recorded.getValue(), "document-missing");
			}
		}
		return chain;
	}

	/** Whether a document's bytes read now are among the digests the case's record keeps. */
	boolean documentRecorded(long caseId, long documentId) {
		String digest = documents.contentDigests(caseId).get(documentId);
		if (digest == null) {
			return false;
		}
		return record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId).stream()
			.map(RecordEntry::payload)
			.anyMatch(p -> p.contains("\"" + digest + "\""));
	}

	private static Verification broken(Verification chain, int seq, String reason) {
		return new Verification(false, chain.entries(), seq, reason);
	}
}
