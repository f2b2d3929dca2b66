package cn.oneteam.casehandling.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.RuleViolation;
import cn.oneteam.shared.ScopedPrincipal;
import cn.oneteam.subject.SubjectView;
import cn.oneteam.subject.Subjects;
import org.springframework.stereotype.Component;

/**
 * The clue page's party (docs/adr/0023-case-party-from-register.md): the search of the register as the subjects page
 * does it (a whole code exactly, else by name), the subject chosen, and the fields of a subject registered with the
 * clue — named {@code subject.<component>} on the page, so that they never mix with the clue's own.
 */
@Component
class ClueParty {

	static final String PREFIX = "subject.";

	static final String REGISTER = "registerSubject";

	private final Subjects subjects;

	ClueParty(Subjects subjects) {
		this.subjects = subjects;
	}

	/** Whether the officer ticked "register the party as a subject". */
	static boolean registersSubject(Map<String, String[]> parameters) {
		return List.of(parameters.getOrDefault(REGISTER, new String[0])).contains("true");
	}

	/** The fields of the subject to register, without their prefix. */
	static Map<String, String[]> subjectFields(Map<String, String[]> parameters) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (name.startsWith(PREFIX)) {
				fields.put(name.substring(PREFIX.length()), values);
			}
		});
		return fields;
	}

	/** Subjects in the caller's jurisdiction answering the text: none for a blank text ({@link Subjects#search}). */
	List<SubjectView> search(String q, ScopedPrincipal caller) {
		return subjects.search(q, caller);
	}

	/**
	 * The subject chosen on a form sent back, or a case's, when there is one in the caller's jurisdiction and the
	 * caller reads the register (department staff reading a case transferred to them do not).
	 */
	Optional<SubjectView> chosen(String subjectId, ScopedPrincipal caller) {
		if (!subjectId.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(subjects.byId(Long.parseLong(subjectId), caller));
		}
		catch (RuleViolation | org.springframework.security.access.AccessDeniedException notForTheCaller) {
			return Optional.empty();
		}
	}
}
