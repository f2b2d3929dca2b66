package cn.oneteam.casehandling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.casehandling.execution.PaymentSchedule;
import cn.oneteam.casehandling.file.CaseFile;
import cn.oneteam.casehandling.file.CaseFiles;
import cn.oneteam.casehandling.procedure.CaseRecordCheck;
import cn.oneteam.casehandling.procedure.Clocks;
import cn.oneteam.catalog.Catalog;
import cn.oneteam.documents.DocumentType;
import cn.oneteam.documents.IssuedDocuments;
import cn.oneteam.organization.OrganizationId;
import cn.oneteam.organization.Organizations;
import cn.oneteam.shared.Money;
import cn.oneteam.shared.PersonalData;
import cn.oneteam.subject.SubjectParties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A party's own case as the public portal shows it to the party, without an account (docs/adr/0044-party-case-look-up.md):
 * found by a number printed on its documents, and opened only when the last characters of the party's code (统一社会信用代码
 * or 公民身份号码) and the case's access code ({@link PartyAccessCodes}) both match. What it shows: the stage, the periods
 * the party acts in, the documents it received, how to pay, the body and the officers by name and certificate number —
 * nothing about anybody else.
 */
@Service
public class PartyCases {

	/** The documents served on the party (送达): those that print the access code and that the party may download. */
	public static final Set<DocumentType> FOR_PARTY = EnumSet.of(DocumentType.PRESERVATION_NOTICE,
			DocumentType.SEIZURE_DECISION, DocumentType.SEIZURE_EXTENSION, DocumentType.SEIZURE_RELEASE,
			DocumentType.CORRECTION_ORDER, DocumentType.PENALTY_NOTICE, DocumentType.HEARING_RIGHT_NOTICE,
			DocumentType.HEARING_NOTICE, DocumentType.PENALTY_DECISION, DocumentType.NO_PENALTY_DECISION,
			DocumentType.DEFERRAL_DECISION, DocumentType.DEMAND, DocumentType.ENFORCEMENT_DECISION,
			DocumentType.SUBSTITUTE_DECISION);

	/** The periods the party acts in: to state and defend, to ask for a hearing, to pay, to perform, to seek remedy. */
	public static final Set<ClockKind> PARTY_CLOCKS = EnumSet.of(ClockKind.NOTICE_RESPONSE, ClockKind.HEARING_REQUEST,
			ClockKind.PAYMENT, ClockKind.DEMAND, ClockKind.RECONSIDERATION, ClockKind.LITIGATION);

	/** How many of the code's last characters the party types. */
	public static final int MIN_DIGITS = 4;

	public static final int MAX_DIGITS = 6;

	private final CaseFiles files;

	private final IssuedDocuments issued;

	private final PartyAccessCodes codes;

	private final SubjectParties subjects;

	private final Clocks clocks;

	private final PaymentSchedule schedule;

	private final Organizations organizations;

	private final Catalog catalog;

	private final CaseRecordCheck recordCheck;

	private final JdbcClient jdbc;

	private final Clock clock;

	PartyCases(CaseFiles files, IssuedDocuments issued, PartyAccessCodes codes, SubjectParties subjects, Clocks clocks,
			PaymentSchedule schedule, Organizations organizations, Catalog catalog, CaseRecordCheck recordCheck,
			JdbcClient jdbc, Clock clock) {
		this.files = files;
		this.issued = issued;
		this.codes = codes;
		this.subjects = subjects;
		this.clocks = clocks;
		this.schedule = schedule;
		this.organizations = organizations;
		this.catalog = catalog;
		this.recordCheck = recordCheck;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Every case a number names, newest first: its decision number, or the number of a document the party received (the
	 * notice's, a measure's …) — a number may name more than one (decision numbers are not unique, document numbers
	 * repeat across bodies). Typed brackets are read as the 〔〕 the numbers print.
	 */
	@Transactional(readOnly = true)
	public List<Long> casesNamed(String typed) {
		String number = normaliseNumber(typed);
		if (number.isEmpty() || number.length() > 120) {
			return List.of();
		}
		java.util.LinkedHashSet<Long> named = new java.util.LinkedHashSet<>(
				jdbc.sql("select id from penalty_case where decision_number = ? order by id desc")
					.param(number)
					.query(Long.class)
					.list());
		named.addAll(issued.casesNumbered(number, FOR_PARTY));
		return List.copyOf(named);
	}

	/**
	 * The case among {@code named} whose party's code ends with {@code digits} and whose access code in force is
	 * {@code code}; every one named is checked (both checks each); with none named, the code is still checked once
	 * against nothing, so that an unknown number costs about the same work.
	 */
	@Transactional(readOnly = true)
	public Optional<PartyCase> lookUp(List<Long> named, String digits, String code) {
		if (named.isEmpty()) {
			codes.matches(0L, code);
			return Optional.empty();
		}
		Optional<PartyCase> found = Optional.empty();
		for (long caseId : named) {
			Optional<PartyCase> one = lookUp(caseId, digits, code);
			if (found.isEmpty()) {
				found = one;
			}
		}
		return found;
	}

	/** The id of the case's access code in force (a re-issue replaces it), if it has one. */
	@Transactional(readOnly = true)
	public Optional<Long> accessCodeInForce(long caseId) {
		return codes.idInForce(caseId);
	}

	/**
	 * The case as its party sees it, when the party's code ends with {@code digits} (4–6 characters, case aside) and
	 * {@code code} is the case's access code in force; empty otherwise, whichever did not match.
	 */
	@Transactional(readOnly = true)
	public Optional<PartyCase> lookUp(long caseId, String digits, String code) {
		Optional<CaseFile> found = files.find(caseId);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		CaseFile c = found.get();
		boolean partyMatches = partyCodeEndsWith(c, digits);
		boolean codeMatches = codes.matches(caseId, code); // both checked, whichever fails
		if (!partyMatches || !codeMatches) {
			return Optional.empty();
		}
		return Optional.of(view(c));
	}

	/** A document the case's party received, as issued, its digest checked against itself and the case's record. */
	@Transactional(readOnly = true)
	public Optional<PartyDocument> document(long caseId, long documentId) {
		return issued.summary(documentId)
			.filter(s -> s.caseId() != null && s.caseId() == caseId && FOR_PARTY.contains(s.type()))
			.map(s -> {
				IssuedDocuments.Issued document = issued.content(documentId);
				if (!recordCheck.documentRecorded(caseId, documentId)) {
					throw new CaseViolation(CaseViolation.CONFLICT, "document.integrity-failed", List.of(), documentId);
				}
				return new PartyDocument(s.title(), s.number(), document.content());
			});
	}

	private boolean partyCodeEndsWith(CaseFile c, String typed) {
		String digits = typed.strip().toUpperCase(Locale.ROOT);
		if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || !digits.matches("[0-9A-Z]+")) {
			return false;
		}
		String code = c.partyCode() != null ? c.partyCode()
				: c.subjectId() == null ? null : subjects.find(c.subjectId()).map(p -> p.code()).orElse(null);
		return code != null && code.strip().toUpperCase(Locale.ROOT).endsWith(digits);
	}

	private PartyCase view(CaseFile c) {
		LocalDate today = LocalDate.now(clock);
		List<CaseClock> all = clocks.of(c.id());
		List<Deadline> deadlines = all.stream()
			.filter(k -> PARTY_CLOCKS.contains(k.kind()) && k.state() != CaseClock.State.CANCELLED)
			.map(k -> new Deadline(k.kind(), k.startedOn(), k.dueOn(), k.state(), k.provisional()))
			.toList();
		List<Document> documents = issued.ofCase(c.id()).stream()
			.filter(s -> FOR_PARTY.contains(s.type()))
			.map(s -> new Document(s.id(), s.type(), s.title(), s.number(), s.issuedAt().toLocalDate(),
					s.superseded()))
			.toList();
		Payment payment = null;
		if (c.paymentReference() != null && c.decidedFine() != null) {
			BigDecimal unpaid = schedule.unpaid(c);
			BigDecimal surcharge = schedule.surcharge(c, today).amount();
			payment = new Payment(c.paymentReference(), c.decidedFine(), unpaid, surcharge, unpaid.add(surcharge),
					schedule.nextUnpaid(c).map(PaymentSchedule.Part::dueOn)
						.orElse(PaymentSchedule.paymentDeadline(c, all)),
					c.paidOn());
		}
		String cause = catalog.require(c.matterCode()).versions().stream()
			.filter(m -> m.version() == c.matterVersion())
			.map(m -> m.name())
			.findFirst()
			.orElse(c.matterCode());
		String party = c.partyKind() == PartyKind.NATURAL_PERSON ? PersonalData.nameAsMou(c.partyName())
				: c.partyName();
		return new PartyCase(c.id(), c.stage(), c.outcome(), cause, party,
				organizations.find(new OrganizationId(c.nameOrgId())).orElseThrow().name(),
				c.officers().stream().map(o -> new Officer(o.name(), o.certificateNumber())).toList(), c.filedOn(),
				c.decisionNumber(), c.decidedOn(), c.servedOn(), c.closedOn(), deadlines, documents, payment, today);
	}

	/** A number as typed: spaces dropped, the brackets a keyboard has read as the 〔〕 the numbers print. */
	public static String normaliseNumber(String typed) {
		return typed.replaceAll("\\s", "").replaceAll("[\\[［【(（]", "〔").replaceAll("[\\]］】)）]", "〕");
	}

	/**
	 * The case as its party sees it: the stage and outcome, the cause (the matter's name), the party (a natural person
	 * as 张某某), the body, the officers by name and certificate number, the dates, the periods the party acts in, the
	 * documents it received and how to pay.
	 */
	public record PartyCase(long caseId, CaseStage stage, @Nullable CaseOutcome outcome, String cause, String party,
			String body, List<Officer> officers, @Nullable LocalDate filedOn, @Nullable String decisionNumber,
			@Nullable LocalDate decidedOn, @Nullable LocalDate servedOn, @Nullable LocalDate closedOn,
			List<Deadline> deadlines, List<Document> documents, @Nullable Payment payment, LocalDate on) {
	}

	public record Officer(String name, String certificateNumber) {
	}

	/** A period the party acts in: from when, by when (provisional while the calendar is not loaded), where it stands. */
	public record Deadline(ClockKind kind, LocalDate startedOn, LocalDate dueOn, CaseClock.State state,
			boolean provisional) {
	}

	/** A document the party received; {@code id} stays inside the server (the portal links it by a signed token). */
	public record Document(long id, DocumentType type, String title, @Nullable String number, LocalDate issuedOn,
			boolean superseded) {
	}

	/**
	 * How to pay: the reference the bank or payment platform takes (罚缴分离, 处罚法 §67), the fine, what is still owed
	 * with today's surcharge, the next due date, and when it was paid.
	 */
	public record Payment(String reference, @Money BigDecimal fine, @Money BigDecimal unpaid,
			@Money BigDecimal surchargeToday, @Money BigDecimal total, @Nullable LocalDate dueOn,
			@Nullable LocalDate paidOn) {
	}

	/** A document's bytes as issued, with its title and number. */
	public record PartyDocument(String title, @Nullable String number, byte[] content) {
	}
}
