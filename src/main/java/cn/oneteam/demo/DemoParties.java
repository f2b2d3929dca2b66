package cn.oneteam.demo;

import cn.oneteam.casehandling.CaseInputs.NewClue;
import cn.oneteam.casehandling.PartyKind;
import java.util.Optional;

import cn.oneteam.shared.CreditCode;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectInputs;
import cn.oneteam.subject.SubjectKind;
import cn.oneteam.subject.SubjectParties;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo cases' parties from the register of subjects (docs/adr/0023-case-party-from-register.md): a company or an
 * individual business is the subject of that name in the officer's jurisdiction, registered with the clue on the
 * case's township when the register has none yet (a code with valid check characters, fixed by the name); a natural
 * person stays free text.
 */
@Component
@Profile("demo")
class DemoParties {

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "马", "赵", "韩" };

	private static final String[] ROADS = { "长江路", "柴达木路", "昆仑路", "祁连路", "巴音河路", "黄河路" };

	private final Subjects subjects;

	private final SubjectParties parties;

	DemoParties(Subjects subjects, SubjectParties parties) {
		this.subjects = subjects;
		this.parties = parties;
	}

	/** The clue with its party taken from the register, or registered there with it. */
	NewClue fromRegister(NewClue clue, ScopedPrincipal officer) {
		if (clue.partyKind() == null || clue.partyKind() == PartyKind.NATURAL_PERSON || clue.partyName() == null) {
			return clue;
		}
		String name = clue.partyName().strip();
		Optional<SubjectView> known = known(name, officer);
		return known.isPresent() ? clue.withParty(known.get().id(), clue.partyKind(), name)
				: clue.withNewSubject(registration(clue.partyKind(), name, clue.place()));
	}

	/** The subject of the name in the officer's jurisdiction, registered on the township now when there is none. */
	long subjectOf(PartyKind kind, String name, String place, ScopedPrincipal officer) {
		return known(name, officer).orElseGet(() -> subjects.register(registration(kind, name, place), officer)).id();
	}

	private Optional<SubjectView> known(String name, ScopedPrincipal officer) {
		return subjects.byName(name, officer).stream().filter(s -> s.name().equals(name)).findFirst();
	}

	/** A company (91) or an individual business (92) on the township, its code fixed by the name and free. */
	private SubjectInputs.Registration registration(PartyKind kind, String name, String place) {
		boolean business = kind == PartyKind.INDIVIDUAL_BUSINESS;
		int seed = Math.floorMod(name.hashCode(), 100_000_000);
		String code;
		do { // a code no subject holds, the same for the same name on every start
			code = CreditCode.complete((business ? "92" : "91") + place.substring(0, 6)
					+ String.format("%08d", seed++ % 100_000_000)).value();
		}
		while (parties.byCode(code).isPresent());
		String street = ROADS[seed % ROADS.length] + (1 + seed % 199) + "号";
		String representative = SURNAMES[seed % SURNAMES.length] + "某某";
		return new SubjectInputs.Registration(business ? SubjectKind.INDIVIDUAL_BUSINESS : SubjectKind.LEGAL_PERSON,
				code, name, place, street, representative, null);
	}
}
