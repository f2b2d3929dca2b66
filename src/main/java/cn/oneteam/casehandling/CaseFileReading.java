package cn.oneteam.casehandling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.general.CollectiveDiscussion;
import cn.oneteam.casehandling.procedure.CaseEvidence;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.documents.DocumentNumber;
import cn.oneteam.documents.DocumentNumbers;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceItem;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.organization.CertificatesByNumber;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.JurisdictionScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a general-procedure case file for a review (docs/adr/0034-scoring-standards-and-self-review.md): everything
 * in {@link CaseFileFacts}, from the case, its full-process record, its documents and numbers, its periods and its
 * evidence, in one go.
 */
@Service
public class CaseFileReading {

	/** The record's actions that are not steps done: a request, a rejection, a refusal. */
	private static final List<String> NOT_DONE = List.of("requested:", "rejected:", "refused:");

	/** The facts a step's own day is read from, in order; a step stating none took place the day it was recorded. */
	private static final List<String> DAY_FACTS = List.of("on", "filedOn", "decidedOn", "servedOn", "notifiedOn",
			"paidOn", "reportedOn", "sentOn", "answeredOn");

	private final CaseFiles files;

	private final Clocks clocks;

	private final FullProcessRecord record;

	private final IssuedDocuments issued;

	private final DocumentNumbers numbers;

	private final Evidence evidence; // lazily: the evidence module asks this module's CaseEvidence about cases

	private final Catalog catalog;

	private final CertificatesByNumber certificates;

	private final JsonMapper json;

	CaseFileReading(CaseFiles files, Clocks clocks, FullProcessRecord record, IssuedDocuments issued,
			DocumentNumbers numbers, @Lazy Evidence evidence, Catalog catalog, CertificatesByNumber certificates,
			JsonMapper json) {
		this.files = files;
		this.clocks = clocks;
		this.record = record;
		this.issued = issued;
		this.numbers = numbers;
		this.evidence = evidence;
		this.catalog = catalog;
		this.certificates = certificates;
		this.json = json;
	}

	/**
	 * That the caller may read the case: a general-procedure case in the caller's jurisdiction that the caller reads
	 * (docs/adr/0009-who-may-do-what.md); 404 for a case outside it as for one that does not exist, 409 for a
	 * simple-procedure case ({@code case.simple-procedure}).
	 */
	@Transactional(readOnly = true)
	public void requireReadable(long caseId, JurisdictionScope scope) {
		try {
			files.find(caseId, scope);
		}
		catch (CaseViolation refused) {
			if (refused.status() == CaseViolation.FORBIDDEN && "case.outside-jurisdiction".equals(refused.code())) {
				throw new CaseViolation(CaseViolation.NOT_FOUND, "case.unknown", List.of(), caseId);
			}
			throw refused;
		}
	}

	/** The case file's facts; 404 when there is no general-procedure case of the id. */
	@Transactional(readOnly = true)
	public CaseFileFacts facts(long caseId) {
		CaseFile c = files.find(caseId)
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.unknown", List.of(), caseId));
		List<EvidenceItem> items = evidence.ofOwner(OwnerKind.CASE, caseId);
		Map<Long, CaseFileFacts.EvidenceFact> evidenceById = new HashMap<>();
		List<CaseFileFacts.EvidenceFact> evidenceFacts = new ArrayList<>();
		for (EvidenceItem item : items) {
			CaseFileFacts.EvidenceFact fact = new CaseFileFacts.EvidenceFact(item.id(), item.title(),
					ChinaTime.local(item.collectedAt()).toLocalDate(),
					item.officers().stream().map(o -> o.certificate()).filter(Objects::nonNull).toList());
			evidenceById.put(item.id(), fact);
			evidenceFacts.add(fact);
		}
		List<CaseFileFacts.Step> steps = new ArrayList<>();
		Set<String> shown = new LinkedHashSet<>();
		for (RecordEntry entry : record.entries(OnTheSpotPenaltyDecided.SUBJECT, caseId)) {
			if (NOT_DONE.stream().anyMatch(entry.action()::startsWith)) {
				continue;
			}
			String action = entry.action().startsWith("approved:") ? entry.action().substring(9) : entry.action();
			Map<String, Object> facts = json.readValue(entry.payload(), new TypeReference<Map<String, Object>>() {
			});
			if (entry.action().startsWith("approved:") && !lastStep(facts)) {
				continue; // an approval with more to come: the action is not performed yet
			}
			List<String> certs = entry.certificates() == null || entry.certificates().isBlank() ? List.of()
					: List.of(entry.certificates().split(","));
			shown.addAll(certs);
			steps.add(new CaseFileFacts.Step(entry.seq(), action, day(action, facts, entry, evidenceById), certs,
					facts));
		}
		evidenceFacts.forEach(e -> shown.addAll(e.certificates()));
		c.officers.forEach(o -> shown.add(o.certificateNumber()));
		List<CaseFileFacts.Document> documents = issued.ofCase(caseId).stream()
			.map(s -> new CaseFileFacts.Document(s.id(), s.type(), s.number(), ChinaTime.local(s.issuedAt()).toLocalDate(),
					s.refersTo(), s.superseded()))
			.toList();
		return new CaseFileFacts(c.id, c.actingOrgId, c.stage, catalog.require(c.matterCode).domain(), c.outcome,
				c.discoveredOn, c.filedOn, c.noticeServedOn, c.hearingNotified, c.partyResponded, c.partyWaived,
				c.legalReviewRequired(), c.legalReviewPassed,
				CollectiveDiscussion.required(c.complexOrMajor, c.legalReviewRequired(), c.outcome == CaseOutcome.PENALTY),
				c.collectiveOn, c.decidedOn, c.decisionNumber, c.statementAdoption, c.servedOn, c.serviceMethod,
				c.officers.stream().map(o -> o.certificateNumber()).toList(), steps,
				documents, missingNumbers(c, documents), clocks.of(caseId), evidenceFacts, certificates.of(shown));
	}

	/**
	 * The numbers below each of the case's own that its body's series (type and year) lacks: the series runs from 1
	 * without gaps, a voided number staying in it (docs/legal/records.md#document-numbers).
	 */
	private List<CaseFileFacts.MissingNumber> missingNumbers(CaseFile c, List<CaseFileFacts.Document> documents) {
		List<CaseFileFacts.MissingNumber> missing = new ArrayList<>();
		Map<String, List<DocumentNumber>> series = new HashMap<>();
		for (CaseFileFacts.Document d : documents) {
			if (d.number() == null) {
				continue;
			}
			List<DocumentNumber> ofType = series.computeIfAbsent(d.type().name(), t -> numbers.numbers(c.nameOrgId, d.type()));
			DocumentNumber own = ofType.stream().filter(n -> n.text().equals(d.number())).findFirst().orElse(null);
			if (own == null) {
				continue; // issued in another body's name: its series is that body's
			}
			Set<Integer> present = new HashSet<>();
			ofType.stream().filter(n -> n.year() == own.year()).forEach(n -> present.add(n.sequence()));
			int lowest = ofType.size() >= 1000 ? present.stream().min(Integer::compare).orElse(1) : 1; // a page of 1,000
			for (int sequence = lowest; sequence < own.sequence(); sequence++) {
				if (!present.contains(sequence)) {
					missing.add(new CaseFileFacts.MissingNumber(d.type(), own.year(), sequence, d.number()));
				}
			}
		}
		return missing;
	}

	/** Whether an approval entry is its chain's last step ({@code "2/2 BUREAU_HEAD"}), which performs the action. */
	private static boolean lastStep(Map<String, Object> facts) {
		if (!(facts.get("step") instanceof String step) || !step.matches("\\d+/\\d+.*")) {
			return true;
		}
		String[] parts = step.split("[/ ]");
		return parts[0].equals(parts[1]);
	}

	/** A step's own day: the date it states, the day its evidence was collected, else the day it was recorded. */
	private static LocalDate day(String action, Map<String, Object> facts, RecordEntry entry,
			Map<Long, CaseFileFacts.EvidenceFact> evidence) {
		if (action.equals(CaseEvidence.ATTACHED) && facts.get("evidence") instanceof Number id
				&& evidence.containsKey(id.longValue())) {
			return evidence.get(id.longValue()).collectedOn();
		}
		for (String name : DAY_FACTS) {
			if (facts.get(name) instanceof String text && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(text);
			}
		}
		return entry.occurredAt().toLocalDate();
	}
}
