package cn.oneteam.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * 个人信息去标识 — the one masking of personal data on everything the public sees (public pages and answers, Open311,
 * later the disclosure portal), by the rules of docs/adr/0010-personal-data-masking.md: contact details, ID numbers,
 * passports and bank accounts are hidden (the Zhejiang publication rule the reference quotes), keeping just enough to
 * recognise one's own.
 * <ul>
 * <li>mobile: the first three and last four digits, {@code 138****8000} (country code and separators as written
 * before it, separators inside dropped);</li>
 * <li>landline: the area code and the last two digits, {@code 0971-*****67};</li>
 * <li>e-mail: the first letter and the domain, {@code w***@example.cn};</li>
 * <li>resident ID number (18 or 15 characters, {@code X} either case): the first and the last character,
 * {@code 1****************X};</li>
 * <li>passport or travel permit: the letters and the last digit, {@code E*******8};</li>
 * <li>bank card (16–19 digits, in groups or not): the last four, {@code ***************1234};</li>
 * <li>a name given in a name field: the family name, {@code 李**} (staff lists), or {@code 张某某} (published
 * decisions, where a jurisdiction masks the party's name).</li>
 * </ul>
 * Free text is scanned for every kind; dates, amounts, tracking, case, statute and division numbers stay as they are.
 * Masking is idempotent: masked text has nothing left to find. Names inside free text cannot be told from other words
 * and are not looked for — public views show no name field.
 */
public final class PersonalData {

	/** The kinds of personal data found in free text. */
	public enum Kind {

		EMAIL, ID_NUMBER, BANK_CARD, MOBILE, LANDLINE, PASSPORT

	}

	/** One piece of personal data in a text: where it is and what it is. */
	public record Found(Kind kind, int start, int end, String value) {
	}

	/** A digit, half- or full-width. */
	private static final String D = "[0-9\uFF10-\uFF19]";

	private static final String NOT_DIGIT_BEFORE = "(?<![0-9\uFF10-\uFF19])";

	private static final String NOT_DIGIT_AFTER = "(?![0-9\uFF10-\uFF19])";

	private static final String NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A])";

	private static final String NOT_ALNUM_AFTER = "(?![0-9A-Za-z\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A])";

	private static final Pattern EMAIL = Pattern
		.compile("(?<![\\w.+-])[A-Za-z0-9][\\w.+-]*[@\uFF20][A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

	/** 6-digit address (first digit 1–9), birth date 18xx–20xx, 3-digit sequence, check character; spaces 6-8-4. */
	private static final Pattern ID_18 = Pattern.compile(NOT_ALNUM_BEFORE + "[1-9\uFF11-\uFF19]" + D + "{5}[ ]?"
			+ "(?:1[89]|20|\uFF11[\uFF18\uFF19]|\uFF12\uFF10)" + D + "{2}" + "(?:0[1-9]|1[0-2]|\uFF10[\uFF11-\uFF19]|\uFF11[\uFF10-\uFF12])"
			+ "(?:0[1-9]|[12][0-9]|3[01]|\uFF10[\uFF11-\uFF19]|[\uFF11\uFF12]" + D + "|\uFF13[\uFF10\uFF11])[ ]?" + D
			+ "{3}[0-9Xx\uFF10-\uFF19\uFF38\uFF58]" + NOT_ALNUM_AFTER);

	/** The first-generation number: 6-digit address, YYMMDD, 3-digit sequence. */
	private static final Pattern ID_15 = Pattern.compile(NOT_ALNUM_BEFORE + "[1-9\uFF11-\uFF19]" + D + "{5}" + D + "{2}"
			+ "(?:0[1-9]|1[0-2]|\uFF10[\uFF11-\uFF19]|\uFF11[\uFF10-\uFF12])"
			+ "(?:0[1-9]|[12][0-9]|3[01]|\uFF10[\uFF11-\uFF19]|[\uFF11\uFF12]" + D + "|\uFF13[\uFF10\uFF11])" + D + "{3}"
			+ NOT_ALNUM_AFTER);

	/** 16–19 digits, run together or in groups of four separated by a space or a hyphen. */
	private static final Pattern BANK_CARD = Pattern.compile(NOT_DIGIT_BEFORE + "(?:" + D + "{16,19}|" + D + "{4}(?:[ -]"
			+ D + "{4}){3}(?:[ -]?" + D + "{1,3})?)" + NOT_DIGIT_AFTER);

	/**
	 * Mainland mobiles: {@code 1[3-9]} and nine digits, optionally after {@code +86}, {@code 0086}, {@code 86-}, {@code (+86)}
	 * or the trunk prefix {@code 0}, with single spaces or hyphens anywhere between the digits.
	 */
	private static final Pattern MOBILE = Pattern.compile(NOT_DIGIT_BEFORE
			+ "(?<prefix>(?:[+\uFF0B]|00|\uFF10\uFF10)?(?:86|\uFF18\uFF16)[ -]?|[(\uFF08][+\uFF0B]?(?:86|\uFF18\uFF16)[)\uFF09][ -]?|[0\uFF10])?"
			+ "(?<number>[1\uFF11][ -]?[3-9\uFF13-\uFF19](?:[ -]?" + D + "){9})" + NOT_DIGIT_AFTER);

	/**
	 * Landlines with an area code: {@code 0971-1234567}, {@code (0971)1234567}, {@code 0977 8123456},
	 * {@code 010-12345678}, {@code 09718123456}; the local number has 7 or 8 digits and does not start with 0.
	 */
	private static final Pattern LANDLINE = Pattern.compile(NOT_DIGIT_BEFORE
			+ "(?<area>[(\uFF08][0\uFF10]" + D + "{2,3}[)\uFF09]|[0\uFF10]" + D + "{2,3})[ -]?"
			+ "(?<local>[1-9\uFF11-\uFF19]" + D + "{6,7})" + NOT_DIGIT_AFTER);

	/**
	 * Passports and travel permits: one or two letters and 7–8 digits ({@code E12345678}, {@code EA1234567},
	 * {@code G1234567}, {@code C12345678}), standing alone (not inside a longer code such as a tracking number).
	 */
	private static final Pattern PASSPORT = Pattern
		.compile(NOT_ALNUM_BEFORE + "(?<letters>[A-Za-z]{1,2})(?<digits>" + D + "{7,8})" + NOT_ALNUM_AFTER);

	/** The common two-character family names (复姓): the rest of the name is what is masked. */
	private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "轩辕", "端木", "呼延", "南宫", "独孤", "西门", "万俟", "闻人", "申屠",
			"澹台", "赫连", "濮阳", "太史", "仲孙", "钟离", "东郭");

	private PersonalData() {
	}

	/** The text with every piece of personal data masked. */
	public static String maskText(String text) {
		if (text.isEmpty()) {
			return text;
		}
		List<Found> found = find(text);
		if (found.isEmpty()) {
			return text;
		}
		StringBuilder masked = new StringBuilder(text.length());
		int at = 0;
		for (Found f : found) {
			masked.append(text, at, f.start()).append(mask(f));
			at = f.end();
		}
		return masked.append(text, at, text.length()).toString();
	}

	/**
	 * The personal data in a text, in order, without overlaps; where two kinds claim the same characters the more
	 * specific one wins (e-mail, ID number, bank card, mobile, landline, passport).
	 */
	public static List<Found> find(String text) {
		List<Found> all = new ArrayList<>();
		scan(text, Kind.EMAIL, EMAIL, all);
		scan(text, Kind.ID_NUMBER, ID_18, all);
		scan(text, Kind.ID_NUMBER, ID_15, all);
		scan(text, Kind.BANK_CARD, BANK_CARD, all);
		scan(text, Kind.MOBILE, MOBILE, all);
		scan(text, Kind.LANDLINE, LANDLINE, all);
		scan(text, Kind.PASSPORT, PASSPORT, all);
		all.sort(Comparator.comparingInt(Found::start));
		return List.copyOf(all);
	}

	private static void scan(String text, Kind kind, Pattern pattern, List<Found> taken) {
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			int start = m.start();
			int end = m.end();
			if (taken.stream().noneMatch(f -> f.start() < end && start < f.end())) {
				taken.add(new Found(kind, start, end, m.group()));
			}
		}
	}

	private static String mask(Found found) {
		String value = found.value();
		return switch (found.kind()) {
			case EMAIL -> email(value);
			case ID_NUMBER -> keep(compact(value), 1, 1);
			case BANK_CARD -> keep(compact(value), 0, 4);
			case MOBILE -> mobile(value);
			case LANDLINE -> landline(value);
			case PASSPORT -> passport(value);
		};
	}

	private static String mobile(String value) {
		Matcher m = MOBILE.matcher(value);
		if (!m.matches()) {
			return keep(compact(value), 3, 4);
		}
		String prefix = m.group("prefix") == null ? "" : m.group("prefix");
		return prefix + keep(compact(m.group("number")), 3, 4);
	}

	private static String landline(String value) {
		Matcher m = LANDLINE.matcher(value);
		if (!m.matches()) {
			return keep(compact(value), 0, 2);
		}
		String area = m.group("area");
		return area + (area.startsWith("(") || area.startsWith("\uFF08") ? "" : "-") + keep(m.group("local"), 0, 2);
	}

	private static String passport(String value) {
		Matcher m = PASSPORT.matcher(value);
		return m.matches() ? m.group("letters") + keep(m.group("digits"), 0, 1) : keep(value, 1, 1);
	}

	/** Without spaces and hyphens. */
	private static String compact(String value) {
		return value.replace(" ", "").replace("-", "");
	}

	/** Keeps the first {@code head} and last {@code tail} characters, a star for each of the others. */
	private static String keep(String value, int head, int tail) {
		int length = value.length();
		if (length <= head + tail) {
			return "*".repeat(length);
		}
		return value.substring(0, head) + "*".repeat(length - head - tail) + value.substring(length - tail);
	}

	/**
	 * A telephone number given in a contact field: a mobile or landline as in free text, anything else the first
	 * three and last four characters.
	 */
	public static @Nullable String phone(@Nullable String phone) {
		if (phone == null || phone.isBlank()) {
			return null;
		}
		String trimmed = phone.strip();
		List<Found> found = find(trimmed);
		if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == trimmed.length()) {
			return mask(found.get(0));
		}
		return trimmed.length() <= 7 ? "*".repeat(trimmed.length()) : keep(trimmed, 3, 4);
	}

	/** An e-mail address given in a contact field: the first letter and the domain, {@code w***@example.cn}. */
	public static @Nullable String email(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String trimmed = email.strip();
		int at = Math.max(trimmed.indexOf('@'), trimmed.indexOf('\uFF20'));
		if (at < 0) {
			return "*".repeat(Math.min(trimmed.length(), 8));
		}
		return at <= 1 ? "*" + trimmed.substring(at) : trimmed.charAt(0) + "***" + trimmed.substring(at);
	}

	/** A name as staff lists show it: the family name and a star per further character, {@code 李**}. */
	public static @Nullable String name(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.strip();
		int surname = surnameLength(trimmed);
		int rest = (int) trimmed.codePoints().count() - surname;
		return rest <= 0 ? "*" : trimmed.substring(0, trimmed.offsetByCodePoints(0, surname)) + "*".repeat(rest);
	}

	/**
	 * A natural person's name as published decisions write it where the jurisdiction masks it: the family name and
	 * 某 for the given name, 某某 when it has two characters or more ({@code 张某}, {@code 张某某}, {@code 欧阳某某}).
	 */
	public static @Nullable String nameAsMou(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.strip();
		int surname = surnameLength(trimmed);
		int rest = (int) trimmed.codePoints().count() - surname;
		return rest <= 0 ? "某" : trimmed.substring(0, trimmed.offsetByCodePoints(0, surname)) + (rest == 1 ? "某" : "某某");
	}

	/**
	 * Free text naming natural persons the record knows (a representative, the party itself where its name is masked):
	 * each of {@code names} written as {@link #nameAsMou} wherever it occurs, longest first, then every other piece of
	 * personal data masked ({@link #maskText(String)}). Names the record does not know cannot be told from other words
	 * and stay (docs/adr/0010-personal-data-masking.md).
	 */
	public static String maskText(String text, Collection<String> names) {
		return maskText(maskNames(text, names));
	}

	/**
	 * Free text as a published penalty decision shows it (its facts, its withdrawal's reasons;
	 * docs/adr/0043-published-decisions.md): each of {@code replacements}' keys — the party's full address — replaced by
	 * its public form wherever it occurs, each of {@code names} written as {@link #nameAsMou}, and then every piece of
	 * personal data ({@link #find}: phone, e-mail, bank account, ID number, passport) removed entirely, not partly
	 * shown. Idempotent like {@link #maskText(String)}.
	 */
	public static String maskForPublication(String text, Collection<String> names,
			java.util.Map<String, String> replacements) {
		String masked = text;
		List<java.util.Map.Entry<String, String>> longestFirst = replacements.entrySet().stream()
			.filter(e -> e.getKey() != null && !e.getKey().isBlank())
			.sorted(Comparator.comparingInt((java.util.Map.Entry<String, String> e) -> e.getKey().strip().length()).reversed())
			.toList();
		for (java.util.Map.Entry<String, String> e : longestFirst) {
			masked = masked.replace(e.getKey().strip(), e.getValue() == null ? "" : e.getValue());
		}
		masked = maskNames(masked, names);
		List<Found> found = find(masked);
		if (found.isEmpty()) {
			return masked;
		}
		StringBuilder out = new StringBuilder(masked.length());
		int at = 0;
		for (Found f : found) {
			out.append(masked, at, f.start());
			at = f.end();
		}
		return out.append(masked, at, masked.length()).toString();
	}

	/**
	 * Whether a name given for a business reads as a natural person's name (an individual business registered under
	 * its owner's name, 张三): two or three Han characters, or four after a two-character family name.
	 */
	public static boolean looksLikePersonalName(@Nullable String name) {
		if (name == null) {
			return false;
		}
		String trimmed = name.strip();
		if (!trimmed.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			return false;
		}
		long length = trimmed.codePoints().count();
		return length >= 2 && length <= 3 || length == 4 && COMPOUND_SURNAMES.contains(trimmed.substring(0, 2));
	}

	private static String maskNames(String text, Collection<String> names) {
		String masked = text;
		List<String> longestFirst = names.stream().filter(n -> n != null && n.strip().codePoints().count() >= 2)
			.map(String::strip).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String name : longestFirst) {
			masked = masked.replace(name, nameAsMou(name));
		}
		return masked;
	}

	/** Where an address names its township, after the county: the first of these ends it. */
	private static final List<String> TOWNSHIP_ENDS = List.of("街道", "苏木", "镇", "乡");

	/** Where an address names its county (or city): the last of these to appear ends it. */
	private static final List<String> COUNTY_ENDS = List.of("县", "区", "旗", "市");

	/**
	 * An address as a published decision shows it: reduced to the county and the township (乡, 镇, 街道, 苏木) — the
	 * street, number, village and room dropped; to the county (县, 区, 旗, 市) where it names no township; nothing where
	 * it names neither. Only the part before the first digit is read (a house number ends any division).
	 */
	public static @Nullable String addressToTownship(@Nullable String address) {
		if (address == null || address.isBlank()) {
			return null;
		}
		String trimmed = address.strip();
		int digit = 0;
		while (digit < trimmed.length() && !Character.isDigit(trimmed.charAt(digit))) {
			digit++;
		}
		String head = trimmed.substring(0, digit);
		int county = -1;
		for (String end : COUNTY_ENDS) {
			int at = head.indexOf(end);
			if (at >= 0 && at + end.length() > county) { // the finest of them: 深圳市南山区 to 南山区
				county = at + end.length();
			}
		}
		int from = Math.max(county, 0);
		for (String end : TOWNSHIP_ENDS) {
			int at = head.indexOf(end, from);
			if (at > from) {
				return head.substring(0, at + end.length());
			}
		}
		return county > 0 ? head.substring(0, county) : null;
	}

	private static int surnameLength(String name) {
		return name.codePoints().count() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, Math.min(2, name.length())))
				? 2 : 1;
	}
}
