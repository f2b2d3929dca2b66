package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.OnTheSpotPenaltyDecided;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.audit.Verification;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceItem;
import cn.oneteam.evidence.EvidenceOwner.CollectingOfficer;
import cn.oneteam.evidence.OwnerKind;
import org.jspecify.annotations.Nullable;
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
public class CaseRecordCheck {

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
	public Verification check(long caseId, Verification chain, boolean files) {
		if (!chain.intact()) {
			return chain;
		}
		List<RecordEntry> entries = record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId);
		int last = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).seq();
		Map<Long, RecordEntry> attached = new LinkedHashMap<>();
		Map<Long, JsonNode> attachedFacts = new HashMap<>();
		for (RecordEntry e : entries) {
			if (e.action().equals(CaseEvidence.ATTACHED)) {
				JsonNode p = json.readTree(e.payload());
				attached.put(p.path("evidence").asLong(), e);
				attachedFacts.put(p.path("evidence").asLong(), p);
			}
		}
		List<RecordedDocument> recordedDocuments = recordedDocuments(entries);
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
			List<RecordedDocument> its = documents.summary(d.getKey())
				.map(s -> recordedDocuments.stream().filter(r -> r.describes(s)).toList())
				.orElse(List.of());
			if (its.stream().noneMatch(r -> r.sha256().equals(d.getValue()))) {
				return broken(chain, its.isEmpty() ? last : its.get(0).seq(), "document-changed");
			}
		}
		for (RecordedDocument recorded : recordedDocuments) {
			if (!actual.containsValue(recorded.sha256())) {
				return broken(chain, recorded.seq(), "document-missing");
			}
		}
		return chain;
	}

	/**
	 * Whether a document's bytes read now are what the case's record keeps for THIS document: the digest of the entry
	 * that issued it (named by its id, or, in entries that do not name it, by its type and number), so that another
	 * document's bytes copied with their digest into its row show (docs/adr/0007-tamper-evidence.md).
	 */
	public boolean documentRecorded(long caseId, long documentId) {
		String digest = documents.contentDigests(caseId).get(documentId);
		Optional<IssuedDocuments.Summary> summary = documents.summary(documentId);
		if (digest == null || summary.isEmpty()) {
			return false;
		}
		return recordedDocuments(record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId)).stream()
			.anyMatch(r -> r.describes(summary.get()) && r.sha256().equals(digest));
	}

	/**
	 * The documents the case's record says were issued: an {@code issued:} entry names the document, its type, number
	 * and digest; an action's {@code documents} name their type, number and digest (and the document, since the record
	 * kept it); the decision's {@code decisionSha256} goes with its {@code decisionNumber}.
	 */
	private List<RecordedDocument> recordedDocuments(List<RecordEntry> entries) {
		List<RecordedDocument> recorded = new ArrayList<>();
		for (RecordEntry e : entries) {
			JsonNode p = json.readTree(e.payload());
			if (e.action().startsWith("issued:") && p.has("sha256")) {
				recorded.add(new RecordedDocument(e.seq(), p.has("document") ? p.path("document").asLong() : null,
						Set.of(p.path("type").asString()), p.path("number").asString(""), p.path("sha256").asString()));
			}
			if (p.has("decisionSha256")) {
				recorded.add(new RecordedDocument(e.seq(), null, DECISIONS, p.path("decisionNumber").asString(""),
						p.path("decisionSha256").asString()));
			}
			if (p.path("documents").isArray()) {
				p.path("documents").valueStream().forEach(d -> recorded.add(new RecordedDocument(e.seq(),
						d.has("document") ? d.path("document").asLong() : null, Set.of(d.path("type").asString()),
						d.path("number").asString(""), d.path("sha256").asString())));
			}
		}
		return recorded;
	}

	private static final Set<String> DECISIONS = Set.of(DocumentType.PENALTY_DECISION.name(),
			DocumentType.NO_PENALTY_DECISION.name());

	/** A document as an entry of the record keeps it; the id is absent where the entry does not name it. */
	private record RecordedDocument(int seq, @Nullable Long id, Set<String> types, String number, String sha256) {

		boolean describes(IssuedDocuments.Summary s) {
			if (id != null) {
				return id == s.id();
			}
			return types.contains(s.type().name()) && number.equals(s.number() == null ? "" : s.number());
		}
	}

	private static Verification broken(Verification chain, int seq, String reason) {
		return new Verification(false, chain.entries(), seq, reason);
	}
}
