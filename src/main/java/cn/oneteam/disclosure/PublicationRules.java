package cn.oneteam.disclosure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;

import cn.oneteam.casehandling.CaseOutcome;
import cn.oneteam.casehandling.PartyKind;
import cn.oneteam.casehandling.PenaltyCase;
import cn.oneteam.catalog.PenaltyKind;
import cn.oneteam.shared.CreditCode;
import org.jspecify.annotations.Nullable;

/**
 * 处罚决定公开的规则 (docs/adr/0043-published-decisions.md; docs/legal/records.md#publicity): which decided cases are
 * not published and why, by when a decision is published (PUBLISH_PENALTY, 7 working days from the decision, 118号)
 * and by when a published one is withdrawn (WITHDRAW_PUBLICATION, 3 working days from its revocation, 处罚法 §48 + §85),
 * both counted on the official working-day calendar the caller hands in. Pure: no clock, no database.
 */
final class PublicationRules {

	/** 已满 18 周岁 from the day after the 18th birthday (docs/legal/penalty.md#age-reached, as casehandling counts it). */
	static final int AGE_OF_MAJORITY = 18;

	private PublicationRules() {
	}

	/** Why a decided case is kept from the public; the first that applies, in this order. */
	enum Exclusion {
		/** 简易程序 (当场处罚): 45号令 covers the general procedure only. */
		SIMPLE_PROCEDURE,
		/** No penalty decided: 不予处罚, facts not established. */
		NO_PENALTY,
		/** A warning alone (45号令 §2). */
		WARNING_ONLY,
		/** A natural person under 18 at the act (浙江办法; 处罚法 §30's age). */
		MINOR,
		/** Kept private by the head of the body it is issued in: secrets, privacy, security (政府信息公开条例 §14, §15). */
		PRIVATE,
		/** Revoked before it was published (处罚法 §48): there is no decision left to publish. */
		REVOKED
	}

	/** Counts working days on the official calendar: the {@code days}-th working day after {@code from}. */
	@FunctionalInterface
	interface WorkingDays {
		LocalDate after(LocalDate from, int days);
	}

	/**
	 * The reason the decision is not published, if any. A party's age is known only where the case recorded a birth
	 * date (立案, where a minor may be involved); without one the party is taken as of age. The age counts at the act,
	 * or at the decision where the act's day is unknown.
	 */
	static Optional<Exclusion> exclusion(PenaltyCase.Procedure procedure, @Nullable CaseOutcome outcome,
			Set<PenaltyKind> kinds, PartyKind party, @Nullable LocalDate birthDate, @Nullable LocalDate actOn,
			LocalDate decidedOn, boolean keptPrivate) {
		if (procedure == PenaltyCase.Procedure.SIMPLE) {
			return Optional.of(Exclusion.SIMPLE_PROCEDURE);
		}
		if (outcome != CaseOutcome.PENALTY || kinds.isEmpty()) {
			return Optional.of(Exclusion.NO_PENALTY);
		}
		if (kinds.equals(Set.of(PenaltyKind.WARNING))) {
			return Optional.of(Exclusion.WARNING_ONLY);
		}
		if (party != PartyKind.ORGANISATION && birthDate != null
				&& minorOn(birthDate, actOn != null ? actOn : decidedOn)) {
			return Optional.of(Exclusion.MINOR);
		}
		return keptPrivate ? Optional.of(Exclusion.PRIVATE) : Optional.empty();
	}

	/**
	 * The party's birth date: the one the case recorded, else the one its code gives where the code is a 公民身份号码 —
	 * characters 7–14 of an 18-character number, 19 and characters 7–12 of a 15-digit one (GB 11643) — never from a
	 * 统一社会信用代码. Null where neither tells.
	 */
	static @Nullable LocalDate birthDate(@Nullable LocalDate entered, @Nullable String code) {
		if (entered != null || code == null) {
			return entered;
		}
		String c = code.strip();
		String digits;
		if (c.length() == 18 && c.substring(0, 17).chars().allMatch(ch -> ch >= '0' && ch <= '9')
				&& "0123456789Xx".indexOf(c.charAt(17)) >= 0 && !isCreditCode(c)) {
			digits = c.substring(6, 14);
		}
		else if (c.length() == 15 && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
			digits = "19" + c.substring(6, 12);
		}
		else {
			return null;
		}
		try {
			return LocalDate.parse(digits, DateTimeFormatter.BASIC_ISO_DATE.withResolverStyle(ResolverStyle.STRICT));
		}
		catch (DateTimeParseException notADate) {
			return null;
		}
	}

	private static boolean isCreditCode(String code) {
		try {
			CreditCode.of(code);
			return true;
		}
		catch (RuntimeException notACreditCode) {
			return false;
		}
	}

	/** Under 18 on the day: 已满 18 周岁 only from the day after the 18th birthday. */
	static boolean minorOn(LocalDate birthDate, LocalDate day) {
		return !day.isAfter(birthDate.plusYears(AGE_OF_MAJORITY));
	}

	/** The last day to publish: the {@code workingDays}-th working day after the decision. */
	static LocalDate publishBy(LocalDate decidedOn, int workingDays, WorkingDays calendar) {
		return calendar.after(decidedOn, workingDays);
	}

	/** Published on time: on or before the last day. */
	static boolean onTime(LocalDate done, LocalDate lastDay) {
		return !done.isAfter(lastDay);
	}

	/** The last day to withdraw: the {@code workingDays}-th working day after the revocation. */
	static LocalDate withdrawBy(LocalDate revokedOn, int workingDays, WorkingDays calendar) {
		return calendar.after(revokedOn, workingDays);
	}
}
