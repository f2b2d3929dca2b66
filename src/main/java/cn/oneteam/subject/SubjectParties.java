package cn.oneteam.subject;

import java.time.LocalDate;
import java.util.Optional;

import cn.oneteam.shared.JurisdictionScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the case-handling module reads it for a case's party (docs/adr/0023-case-party-from-register.md):
 * by id within a jurisdiction (choosing the party), by id whoever asks (printing the party of a case already in the
 * caller's hands), and a code's id (the approval-hold check). The caller checks the rights on the case.
 */
@Service
public class SubjectParties {

	private final JdbcClient jdbc;

	SubjectParties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The subject, when its address lies in the jurisdiction. */
	@Transactional(readOnly = true)
	public Optional<SubjectParty> within(long id, JurisdictionScope scope) {
		return find(id).filter(p -> scope.covers(cn.oneteam.shared.DivisionCode.of(p.divisionCode())));
	}

	/** The subject as it stands today. */
	@Transactional(readOnly = true)
	public Optional<SubjectParty> find(long id) {
		return jdbc.sql("""
				select id, kind, code, name, division_code, street_address, representative, status, closed_on
				from market_subject where id = ?""")
			.param(id)
			.query((rs, n) -> new SubjectParty(rs.getLong("id"), SubjectKind.valueOf(rs.getString("kind")),
					rs.getString("code"), rs.getString("name"), rs.getString("division_code"),
					rs.getString("street_address"), rs.getString("representative"),
					SubjectStatus.valueOf(rs.getString("status")), rs.getObject("closed_on", LocalDate.class)))
			.optional();
	}

	/**
	 * The subject with the code, checked first as a register entry is (400 with the validator's reason when invalid);
	 * empty when no subject has it.
	 */
	@Transactional(readOnly = true)
	public Optional<SubjectParty> byCode(String code) {
		String normalised = checked(code.strip().toUpperCase(java.util.Locale.ROOT));
		return jdbc.sql("select id from market_subject where code = ?").param(normalised).query(Long.class)
			.optional()
			.flatMap(this::find);
	}

	/**
	 * The code as a 统一社会信用代码, else as a 公民身份号码; refused with the credit-code validator's reason when the code
	 * has letters other than a final X or starts as a market entity's does (91 enterprise, 92 个体工商户, 93 农民专业合作社),
	 * with the ID-number validator's otherwise.
	 */
	private static String checked(String code) {
		cn.oneteam.shared.RuleViolation asCredit;
		try {
			return cn.oneteam.shared.CreditCode.of(code).value();
		}
		catch (cn.oneteam.shared.RuleViolation refused) {
			asCredit = refused;
		}
		try {
			return cn.oneteam.shared.IdNumber.of(code).value();
		}
		catch (cn.oneteam.shared.RuleViolation refused) {
			boolean letters = code.chars().limit(Math.max(0, code.length() - 1)).anyMatch(Character::isLetter);
			boolean marketEntity = code.startsWith("91") || code.startsWith("92") || code.startsWith("93");
			throw letters || marketEntity ? asCredit : refused;
		}
	}
}
