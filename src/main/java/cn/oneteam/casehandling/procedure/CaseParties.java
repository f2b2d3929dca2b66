package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.file.CaseFile;
import java.util.List;

import cn.oneteam.region.Regions;
import cn.oneteam.shared.IdNumber;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectParty;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * 当事人 from the register of subjects (docs/adr/0023-case-party-from-register.md): the clue's party chosen there or
 * registered there on the fly, its kind and name taken from the subject; the subject's particulars kept on the case
 * as of the decision; what the documents print — the particulars kept, else the subject's current ones.
 */
@Component
public class CaseParties {

	/** What a document prints of a party taken from the register: the code shown (an ID number masked). */
	public record Particulars(String codeLabel, String code, String address, @Nullable String representativeLabel,
			@Nullable String representative) {
	}

	private final Subjects subjects;

	private final SubjectParties parties;

	private final Regions regions;

	CaseParties(Subjects subjects, SubjectParties parties, Regions regions) {
		this.subjects = subjects;
		this.parties = parties;
		this.regions = regions;
	}

	/** The party kind of a subject's kind: a legal person and another organisation are organisations. */
	public static PartyKind kindOf(SubjectKind kind) {
		return switch (kind) {
			case LEGAL_PERSON, OTHER_ORGANISATION -> PartyKind.ORGANISATION;
			case INDIVIDUAL_BUSINESS -> PartyKind.INDIVIDUAL_BUSINESS;
			case NATURAL_PERSON -> PartyKind.NATURAL_PERSON;
		};
	}

	/**
	 * The clue with its party settled: a subject chosen (in the caller's jurisdiction, 404 otherwise; a closed subject
	 * too, for acts before it closed), a subject registered now (as {@code Subjects.register} checks it, in the
	 * caller's transaction), or the free-text kind and name, both then required. A kind given that is not the
	 * subject's is refused.
	 */
	public NewClue resolve(NewClue clue, ScopedPrincipal caller) {
		if (clue.newSubject() != null && clue.subjectId() != null) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.party-chosen-and-new", List.of());
		}
		if (clue.newSubject() != null) {
			SubjectView registered = subjects.register(clue.newSubject(), caller);
			return settled(clue, registered.id(), registered.kind(), registered.name());
		}
		if (clue.subjectId() != null) {
			SubjectParty chosen = chosen(clue.subjectId(), caller);
			return settled(clue, chosen.id(), chosen.kind(), chosen.name());
		}
		if (clue.partyKind() == null || clue.partyName() == null || clue.partyName().isBlank()) {
			throw new CaseViolation(CaseViolation.BAD_REQUEST, "case.party-required", List.of());
		}
		return clue;
	}

	/** The subject chosen as a party: in the caller's jurisdiction, else 404 (whether it exists elsewhere is not told). */
	public SubjectParty chosen(long subjectId, ScopedPrincipal caller) {
		return parties.within(subjectId, caller.jurisdiction())
			.orElseThrow(() -> new CaseViolation(CaseViolation.NOT_FOUND, "case.party-subject-unknown", List.of(),
					subjectId));
	}

	/** Refuses (422) a party kind given that is not the subject's. */
	public static PartyKind requireKind(@Nullable PartyKind given, SubjectKind subject) {
		PartyKind kind = kindOf(subject);
		if (given != null && given != kind) {
			throw new CaseViolation(CaseViolation.UNPROCESSABLE, "case.party-kind-mismatch", List.of(), given, kind);
		}
		return kind;
	}

	private static NewClue settled(NewClue clue, long id, SubjectKind kind, String name) {
		return clue.withParty(id, requireKind(clue.partyKind(), kind), name);
	}

	/** Keeps the subject's code, address and representative on the case as they are today (at the decision). */
	public void keepAsDecided(CaseFile c) {
		if (c.subjectId() == null) {
			return;
		}
		SubjectParty p = parties.find(c.subjectId()).orElseThrow();
		c.keepPartyAsDecided(p.code(), address(p.divisionCode(), p.streetAddress()), p.representative());
	}

	/** The subject's particulars for a decision made now (the simple procedure's on the spot). */
	public SubjectParty current(long subjectId) {
		return parties.find(subjectId).orElseThrow();
	}

	/** The address as printed: the division's full name (province down) and the street address. */
	public String address(String divisionCode, String streetAddress) {
		return regions.fullName(divisionCode) + streetAddress;
	}

	/**
	 * What the case's documents print of its party beyond the name: as kept at the decision, else the subject's
	 * current particulars; none for a free-text party.
	 */
	public @Nullable Particulars of(CaseFile c) {
		if (c.partyCode() != null) {
			return particulars(c.partyKind(), c.partyCode(), c.partyAddress() == null ? "" : c.partyAddress(),
					c.partyRepresentative());
		}
		if (c.subjectId() == null) {
			return null;
		}
		return parties.find(c.subjectId())
			.map(p -> particulars(c.partyKind(), p.code(), address(p.divisionCode(), p.streetAddress()),
					p.representative()))
			.orElse(null);
	}

	private static Particulars particulars(PartyKind kind, String code, String address,
			@Nullable String representative) {
		return switch (kind) {
			case NATURAL_PERSON -> new Particulars("公民身份号码", IdNumber.of(code).masked(), address, null, null);
			case INDIVIDUAL_BUSINESS -> new Particulars("统一社会信用代码", code, address, "经营者", representative);
			case ORGANISATION -> new Particulars("统一社会信用代码", code, address, "法定代表人（负责人）", representative);
		};
	}
}
