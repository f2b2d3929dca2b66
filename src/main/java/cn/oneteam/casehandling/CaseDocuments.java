package cn.oneteam.casehandling;

import cn.oneteam.casehandling.execution.Surcharge;
import cn.oneteam.casehandling.file.CaseEvent;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.procedure.ActionContext;
import cn.oneteam.casehandling.procedure.CaseParties;
import cn.oneteam.casehandling.procedure.CaseRecordCheck;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.casehandling.procedure.DocumentActions;
import cn.oneteam.casehandling.procedure.EvidenceEvent;
import cn.oneteam.casehandling.procedure.ProcedureEvent;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.oneteam.audit.FullProcessRecord;
import cn.oneteam.audit.RecordEntry;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.catalog.MatterVersion;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.documents.DocumentNumbers;
import cn.oneteam.documents.DocumentPdf;
import cn.oneteam.documents.DocumentTemplates;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.documents.IssuedDocuments.Issued;
import cn.oneteam.documents.IssuedDocuments.Summary;
import cn.oneteam.documents.PenaltyWording;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.evidence.Evidence;
import cn.oneteam.evidence.EvidenceItem;
import cn.oneteam.evidence.OwnerKind;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.ChinaTime;
import cn.oneteam.shared.ScopedPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's 执法文书, rendered from what the case recorded — the case file, the facts the record keeps for the action
 * the document belongs to, the body and the officers — through the body's template, and kept as issued. A document
 * whose action issues it (the notice at serve-notice, the decision at decide, the demand at demand-performance …) is
 * issued in that action's transaction and its digest goes into the action's record entry; any other is issued on
 * demand by an officer of the case, its digest recorded as an entry of its own. A preview is rendered the same way,
 * never numbered nor kept. Documents are written in Chinese whatever the reader's language.
 */
@Service
public class CaseDocuments {

	/** Which record entry of its action a document states, where the action records several kinds. */
	private static final Map<DocumentType, String> ENTRY_KIND = Map.of(DocumentType.INTERVIEW_RECORD, "INTERVIEW",
			DocumentType.INSPECTION_RECORD, "INSPECTION", DocumentType.CRIMINAL_TRANSFER, "JUDICIARY");

	/** Message prefixes an action's coded fact is named by in a document, tried in order. */
	private static final List<String> CODE_NAMES = List.of("case.seizure.end.", "case.opinion.", "case.measure.kind.",
			"case.transfer.kind.", "case.investigation.", "case.outcome.", "case.service.", "case.preservation.outcome.",
			"document.value.");

	private final CaseFiles files;

	private final Catalog catalog;

	private final Organizations organizations;

	private final DocumentPdf pdf;

	private final MessageSource messages;

	private final IssuedDocuments issued;

	private final Clocks clocks;

	private final DocumentTemplates templates;

	private final DocumentNumbers numbers;

	private final FullProcessRecord record;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CaseRecordCheck recordCheck;

	private final CaseParties parties;

	private final PartyAccessCodes accessCodes;

	private final Evidence evidence; // lazily: the evidence module asks this module's CaseEvidence about cases

	CaseDocuments(CaseFiles files, Catalog catalog, Organizations organizations, DocumentPdf pdf,
			MessageSource messages, IssuedDocuments issued, Clocks clocks, DocumentTemplates templates,
			DocumentNumbers numbers, FullProcessRecord record, JsonMapper json, ApplicationEventPublisher events,
			Clock clock, @Lazy Evidence evidence, CaseRecordCheck recordCheck, CaseParties parties,
			PartyAccessCodes accessCodes) {
		this.accessCodes = accessCodes;
		this.parties = parties;
		this.recordCheck = recordCheck;
		this.evidence = evidence;
		this.files = files;
		this.catalog = catalog;
		this.organizations = organizations;
		this.pdf = pdf;
		this.messages = messages;
		this.issued = issued;
		this.clocks = clocks;
		this.templates = templates;
		this.numbers = numbers;
		this.record = record;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What an officer asks for: which record entry of the action (its seq; the latest by default), the issued
	 * document a 送达回证 proves served, the fields the officer fills in, and for a correction the document it
	 * supersedes with the reason.
	 */
	public record Request(@Nullable Integer entry, @Nullable Long subject, Map<String, String> inputs,
			@Nullable Long supersedes, @Nullable String reason) {

		public static Request plain() {
			return new Request(null, null, Map.of(), null, null);
		}
	}

	/** A line of the file index (卷内目录, 市监 §78): volume, order, document. */
	/** A line of the file index: an issued document, or an item of evidence (市监 §78: after the documents served). */
	public record IndexEntry(DocumentType.Volume volume, int order, @Nullable Long documentId,
			@Nullable DocumentType type, @Nullable Long evidenceId, String title, @Nullable String number, LocalDate date,
			boolean correction) {
	}

	/** 行政处罚决定书 of a decided case in the caller's jurisdiction, as issued, its digest checked. */
	@Transactional(readOnly = true)
	public Issued decision(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return issued.latest(caseId, DocumentType.PENALTY_DECISION)
			.orElseThrow(() -> new CaseViolation(CaseViolation.CONFLICT, "case.no-decision-document", List.of(), caseId));
	}

	/** The documents issued for a case in the caller's jurisdiction, oldest first. */
	@Transactional(readOnly = true)
	public List<Summary> documents(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return issued.ofCase(caseId);
	}

	/** An issued document of the case, as issued, its digest checked. */
	@Transactional(readOnly = true)
	public Issued download(long caseId, long documentId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		issued.summary(documentId).filter(s -> s.caseId() != null && s.caseId() == caseId)
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.document-unknown", List.of(), documentId));
		Issued document = issued.content(documentId); // its bytes against the column beside them
		if (!recordCheck.documentRecorded(caseId, documentId)) { // and against the case's record (ADR 0007)
			throw new CaseViolation(CaseViolation.CONFLICT, "document.integrity-failed", List.of(), documentId);
		}
		return document;
	}

	/** The document as it would be issued now, marked 样稿, neither numbered nor kept. */
	@Transactional(readOnly = true)
	public byte[] preview(long caseId, DocumentType type, Request request, ScopedPrincipal caller) {
		CaseFile c = files.find(caseId, caller.jurisdiction());
		Map<String, Object> facts = entryFacts(c, type, request.entry(), false);
		DocumentTemplates.Template template = templates.resolve(c.nameOrgId(), type);
		return pdf.render(template.layout(), values(c, type, facts, request), bodyName(c), null, true);
	}

	/**
	 * Issues the document now, on an officer's demand: an officer of the case's body with case:handle; numbered in
	 * this transaction where the type carries a number; the digest into the case's record. A correction supersedes the
	 * document named, with the reason, and gets a number of its own.
	 */
	@Transactional
	public Summary issue(long caseId, DocumentType type, Request request, ScopedPrincipal caller) {
		CaseFile c = files.lock(caseId, caller.jurisdiction());
		if (caller.organizationId() != c.actingOrgId() || !CaseProcedure.hasAuthority("case:handle")) {
			throw new CaseViolation(CaseViolation.FORBIDDEN, "case.caller-not-of-enforcing-body", List.of(), c.actingOrgId());
		}
		boolean byDecision = type == DocumentType.PENALTY_DECISION || type == DocumentType.NO_PENALTY_DECISION;
		if (request.supersedes() == null && (byDecision
				|| DocumentActions.statement(type).filter(DocumentActions.Statement::issuedByAction).isPresent()
						&& issued.latest(caseId, type).isPresent())) {
			// its action issued it: here only a correction, or one the action could not issue (no numbering codes)
			throw new CaseViolation(CaseViolation.CONFLICT, "case.document-issued-by-action", List.of(), type.title());
		}
		if (request.supersedes() != null && (request.reason() == null || request.reason().isBlank())) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.document-correction-reason", List.of(),
					request.supersedes());
		}
		Map<String, Object> facts = entryFacts(c, type, request.entry(), true);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Issued document = render(c, type, facts, request, caller.accountId(), LocalDate.now(clock));
		Map<String, Object> recorded = new LinkedHashMap<>(CaseEvent.factsOf(new EvidenceEvent.DocumentIssued(
				document.id(), type.name(), document.number(), document.sha256())));
		if (request.supersedes() != null) {
			recorded.putAll(CaseEvent.factsOf(
					new EvidenceEvent.DocumentCorrected(request.supersedes(), request.reason().trim())));
		}
		events.publishEvent(new CaseActionRecorded(caseId, "issued:" + type.slug(), caller.accountId(), List.of(), now,
				recorded));
		return issued.summary(document.id()).orElseThrow();
	}

	/**
	 * Issues the documents the action's performance issues (those whose type names the action), in its transaction:
	 * each digest goes into the action's facts. A numbered document needs the body's numbering codes; without them it
	 * is left for an officer to issue once they are set, and the record says so.
	 */
	void issueFor(CaseFile c, CaseAction action, ActionContext ctx) {
		if (action == CaseAction.DECIDE && c.decisionNumber() != null) {
			// issued as it reads today, under the number the decision took; a later change of wording never alters it
			ctx.record(new ProcedureEvent.DecisionDocumentIssued(issueDecision(c, ctx).sha256()));
		}
		List<Map<String, Object>> issuedNow = new ArrayList<>();
		for (DocumentType type : DocumentActions.issuedBy(action)) {
			if (type.numbered() && numbers.codes(c.nameOrgId()).isEmpty()) {
				ctx.record(new ProcedureEvent.DocumentsNotIssued("document.codes-missing"));
				continue;
			}
			Issued document = render(c, type, new HashMap<>(ctx.facts()), Request.plain(), ctx.caller.accountId(),
					ctx.today);
			// the document's id too, so that its bytes are checked against its own digest (docs/adr/0007-tamper-evidence.md)
			issuedNow.add(Map.of("document", document.id(), "type", type.name(), "number",
					document.number() == null ? "" : document.number(), "sha256", document.sha256()));
		}
		if (!issuedNow.isEmpty()) {
			ctx.record(new ProcedureEvent.DocumentsIssued(issuedNow));
		}
	}

	/**
	 * The decision's document (行政处罚决定书, or 不予行政处罚决定书), under the number the decision took, issued in the
	 * deciding transaction from the body's template as it reads today; a later change of wording never alters it.
	 */
	private Issued issueDecision(CaseFile c, ActionContext ctx) {
		DocumentType type = c.outcome() == CaseOutcome.PENALTY ? DocumentType.PENALTY_DECISION
				: DocumentType.NO_PENALTY_DECISION;
		DocumentTemplates.Template template = templates.resolve(c.nameOrgId(), type);
		Map<String, Object> values = values(c, type, new HashMap<>(ctx.facts()), Request.plain());
		lookupLine(c, type, values);
		byte[] content = pdf.render(template.layout(), values, bodyName(c), c.decisionNumber, false);
		return issued.issue(new IssuedDocuments.NewDocument(c.nameOrgId, c.id, type, c.decisionNumber, content,
				ctx.caller.accountId(), template.id(), null, null, null));
	}

	/** Renders from the body's template, numbers where the type carries a number, and keeps it. */
	private Issued render(CaseFile c, DocumentType type, Map<String, Object> facts, Request request, long issuedBy,
			LocalDate on) {
		DocumentTemplates.Template template = templates.resolve(c.nameOrgId, type);
		String number = type.numbered() ? numbers.issue(c.nameOrgId, type, on, c.id, issuedBy).text() : null;
		Map<String, Object> values = values(c, type, facts, request);
		values.put("issuedOn", on.toString());
		if (number != null) {
			values.put("number", number);
		}
		lookupLine(c, type, values);
		byte[] content = pdf.render(template.layout(), values, bodyName(c), number, false);
		Long subject = type == DocumentType.SERVICE_RECEIPT ? subject(c, request) : null;
		return issued.issue(new IssuedDocuments.NewDocument(c.nameOrgId, c.id, type, number, content, issuedBy,
				template.id(), request.supersedes(), request.supersedes() == null ? null : request.reason().trim(),
				subject));
	}

	/** A document for the party prints its access code and where to look the case up (docs/adr/0044-party-case-look-up.md). */
	private void lookupLine(CaseFile c, DocumentType type, Map<String, Object> values) {
		if (PartyCases.FOR_PARTY.contains(type)) {
			values.put(DocumentPdf.LOOKUP_LINE, accessCodes.printedLine(c.id));
		}
	}

	/** The file index in the order of 市监 §78: 正卷 then 副卷, each by rank, a 送达回证 after the document it serves. */
	@Transactional(readOnly = true)
	public List<IndexEntry> fileIndex(long caseId, ScopedPrincipal caller) {
		files.find(caseId, caller.jurisdiction());
		return index(caseId);
	}

	private List<IndexEntry> index(long caseId) {
		List<Summary> current = issued.ofCase(caseId).stream()
			.filter(s -> !s.superseded() && s.type().volume() != null)
			.toList();
		List<Summary> ordered = new ArrayList<>();
		List<Summary> main = current.stream()
			.filter(s -> s.type() != DocumentType.SERVICE_RECEIPT || s.refersTo() == null
					|| current.stream().noneMatch(o -> o.id() == s.refersTo()))
			.sorted(Comparator.comparing((Summary s) -> s.type().volume()).thenComparingInt(s -> s.type().rank())
				.thenComparingLong(Summary::id))
			.toList();
		for (Summary s : main) {
			ordered.add(s);
			current.stream().filter(r -> r.refersTo() != null && r.refersTo() == s.id()).forEach(ordered::add);
		}
		List<IndexEntry> index = new ArrayList<>();
		Map<DocumentType.Volume, Integer> counters = new HashMap<>();
		boolean evidenceListed = false;
		for (Summary s : ordered) {
			if (!evidenceListed && s.type().volume() == DocumentType.Volume.MAIN
					&& s.type().rank() > DocumentType.EVIDENCE_RANK) {
				evidence(caseId, index, counters);
				evidenceListed = true;
			}
			int order = counters.merge(s.type().volume(), 1, Integer::sum);
			index.add(new IndexEntry(s.type().volume(), order, s.id(), s.type(), null, s.title(), s.number(),
					s.issuedAt().toLocalDate(), s.supersedes() != null));
		}
		if (!evidenceListed) {
			evidence(caseId, index, counters);
		}
		return index;
	}

	/** The case's evidence in the order it was collected, in the 正卷 after the documents sent to the party (§78). */
	private void evidence(long caseId, List<IndexEntry> index, Map<DocumentType.Volume, Integer> counters) {
		for (EvidenceItem item : evidence.ofOwner(OwnerKind.CASE, caseId)) {
			int order = counters.merge(DocumentType.Volume.MAIN, 1, Integer::sum);
			index.add(new IndexEntry(DocumentType.Volume.MAIN, order, null, null, item.id(),
					messages.getMessage("evidence.type." + item.type().name(), null, Locale.SIMPLIFIED_CHINESE) + "："
							+ item.title(),
					null, ChinaTime.local(item.collectedAt()).toLocalDate(), false));
		}
	}

	/** The facts the record keeps for the document's action: the entry asked for, else the latest of its kind. */
	private Map<String, Object> entryFacts(CaseFile c, DocumentType type, @Nullable Integer seq, boolean required) {
		CaseAction action = DocumentActions.statement(type).map(DocumentActions.Statement::action).orElse(null);
		if (action == null) {
			return Map.of();
		}
		Set<String> actions = Set.of(action.slug(), "approved:" + action.slug());
		String kind = ENTRY_KIND.get(type);
		List<RecordEntry> entries = record.entries(OnTheSpotPenaltyDecided.SUBJECT, c.id).stream()
			.filter(e -> actions.contains(e.action()))
			.filter(e -> seq == null || e.seq() == seq)
			.toList();
		for (int i = entries.size() - 1; i >= 0; i--) {
			Map<String, Object> facts = json.readValue(entries.get(i).payload(), new TypeReference<Map<String, Object>>() {
			});
			if (kind == null || kind.equals(facts.get("kind"))) {
				return facts;
			}
		}
		if (required) {
			throw new CaseViolation(CaseViolation.CONFLICT, "case.document-action-not-recorded", List.of(), type.title(),
					messages.getMessage("case.action." + action.slug(), null, action.slug(), Locale.SIMPLIFIED_CHINESE));
		}
		return Map.of();
	}

	/** The document served, for a 送达回证: the one asked for, else the case's latest numbered document. */
	private @Nullable Long subject(CaseFile c, Request request) {
		if (request.subject() != null) {
			return issued.summary(request.subject()).filter(s -> s.caseId() != null && s.caseId() == c.id)
				.map(Summary::id)
				.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.document-unknown", List.of(),
						request.subject()));
		}
		return issued.ofCase(c.id).stream().filter(s -> s.number() != null && !s.superseded())
			.reduce((a, b) -> b).map(Summary::id).orElse(null);
	}

	/** The fields the templates name ({@link cn.oneteam.documents.DocumentFields}), from what the case recorded. */
	Map<String, Object> values(CaseFile c, DocumentType type, Map<String, Object> facts, Request request) {
		Map<String, Object> v = new HashMap<>();
		MatterVersion version = catalog.require(c.matterCode).versions().stream()
			.filter(m -> m.version() == c.matterVersion)
			.findFirst()
			.orElseThrow();
		v.put("body.name", bodyName(c));
		v.put("issuedOn", LocalDate.now(clock).toString());
		v.put("case.id", String.valueOf(c.id));
		v.put("case.cause", version.name());
		v.put("case.matter", c.matterCode);
		v.put("case.place", c.place.value());
		v.put("case.facts", c.facts);
		v.put("case.source", c.source == null ? null : zh("case.source." + c.source, c.source.name()));
		v.put("case.discoveredOn", c.discoveredOn);
		v.put("case.actOn", c.actOn);
		v.put("case.filedOn", c.filedOn);
		v.put("party.name", c.partyName);
		v.put("party.kind", zh("party.kind." + c.partyKind.name(), c.partyKind.name()));
		// a party from the register: as kept at the decision, else as the register reads today (docs/adr/0023-case-party-from-register.md)
		CaseParties.Particulars party = parties.of(c);
		if (party != null) {
			v.put("party.codeLabel", party.codeLabel());
			v.put("party.code", party.code());
			v.put("party.address", party.address());
			v.put("party.representativeLabel", party.representativeLabel());
			v.put("party.representative", party.representative());
		}
		v.put("officers", c.officers.stream()
			.map(o -> Map.of("name", o.name(), "certificate", o.certificateNumber()))
			.toList());
		v.put("officers.text", String.join("、", c.officers.stream()
			.map(o -> o.name() + "（执法证号：" + o.certificateNumber() + "）")
			.toList()));
		v.put("law.violated", version.violatedLaw() == null ? null
				: version.violatedLaw() + (version.violatedArticle() == null ? "" : version.violatedArticle()));
		v.put("law.penalty", version.penaltyLaw() + version.penaltyArticle());
		v.put("proposed.penalty", penalty(c.proposedKinds, c.proposedFine));
		v.put("notice.servedOn", c.noticeServedOn);
		v.put("hearing.on", c.hearingOn);
		v.put("decision.number", c.decisionNumber);
		v.put("number", c.decisionNumber);
		v.put("decision.date", c.decidedOn);
		v.put("decision.penalty", penalty(c.decidedKinds, c.decidedFine));
		v.put("decision.fine", c.decidedFine == null ? null : c.decidedFine.toPlainString());
		v.put("decision.statementAdoption()", c.statementAdoption);
		v.put("payment.days", String.valueOf(clocks.length(ClockKind.PAYMENT)));
		v.put("surcharge.percent", PenaltyWording.percent(Surcharge.SURCHARGE_RATE));
		// the remedy periods as the case counts them (复议法 §20; 行政诉讼法 §46)
		v.put("remedy.reconsiderationDays", String.valueOf(clocks.length(ClockKind.RECONSIDERATION)));
		v.put("remedy.litigationMonths", String.valueOf(clocks.length(ClockKind.LITIGATION)));
		v.put("served.on", c.servedOn);
		v.put("served.method", c.serviceMethod() == null ? null : zh("case.service." + c.serviceMethod(), c.serviceMethod()));
		v.put("paid.amount", c.paidAmount == null ? null : c.paidAmount.toPlainString());
		v.put("paid.on", c.paidOn);
		v.put("closed.on", c.closedOn);
		v.replaceAll((k, value) -> value instanceof LocalDate d ? d.toString() : value);
		if (type == DocumentType.SERVICE_RECEIPT) {
			Long subject = subject(c, request);
			if (subject != null) {
				Summary s = issued.summary(subject).orElseThrow();
				v.put("subject.title", s.title());
				v.put("subject.number", s.number());
				v.put("subject.date", s.issuedAt().toLocalDate().toString());
			}
		}
		if (type == DocumentType.FILE_INDEX || type == DocumentType.CASE_COVER) {
			List<IndexEntry> index = index(c.id);
			for (DocumentType.Volume volume : DocumentType.Volume.values()) {
				v.put(volume == DocumentType.Volume.MAIN ? "index.main" : "index.secondary", index.stream()
					.filter(e -> e.volume() == volume)
					.map(e -> {
						Map<String, Object> row = new HashMap<>();
						row.put("title", e.title());
						row.put("number", e.number());
						row.put("date", e.date().toString());
						row.put("note", e.correction() ? "更正" : null);
						return row;
					})
					.toList());
			}
		}
		List<String> stated = DocumentActions.statement(type).map(DocumentActions.Statement::facts).orElse(List.of());
		facts.forEach((name, value) -> {
			if (stated.contains(name)) {
				v.put("action." + name, named(value));
			}
		});
		request.inputs().forEach((name, value) -> {
			if (type.inputs().contains(name)) {
				v.put("input." + name, value);
			}
		});
		return v;
	}

	/** A coded fact (an enum's name) as its Chinese name where one is known, lists item by item. */
	private Object named(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(this::named).toList();
		}
		if (value instanceof String s && s.matches("[A-Z][A-Z0-9_]+")) {
			for (String prefix : CODE_NAMES) {
				String name = messages.getMessage(prefix + s, null, null, Locale.SIMPLIFIED_CHINESE);
				if (name != null) {
					return name;
				}
			}
		}
		return value;
	}

	private String penalty(Set<PenaltyKind> kinds, @Nullable BigDecimal fine) {
		return PenaltyWording.penalty(kinds.stream()
			.filter(k -> k != PenaltyKind.FINE)
			.sorted()
			.map(k -> zh("penalty.kind." + k.name(), k.name()))
			.toList(), fine);
	}

	private String bodyName(CaseFile c) {
		return organizations.find(new OrganizationId(c.nameOrgId)).orElseThrow().name();
	}

	private String zh(String key, String fallback) {
		return messages.getMessage(key, null, fallback, Locale.SIMPLIFIED_CHINESE);
	}
}
