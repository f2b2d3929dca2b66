package cn.oneteam.casehandling.procedure;

import cn.oneteam.casehandling.ClockKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

import cn.oneteam.shared.DivisionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneteam.case.periods.*}: the length of each statutory period of a case ({@code lengths.<period>}, in the
 * period's unit), the length of its first extension ({@code extensions.<period>}), and the lengths a province sets
 * otherwise ({@code provinces.<2-digit province code>.<period>}); a period left out keeps the statute's number
 * ({@link ClockKind}; the periods and their articles: docs/legal/time.md#periods). A clock takes the length of the
 * province of the case's place when it starts. A setting the law does not allow (a law's period for the body made
 * longer, the party's made shorter, a fixed one changed; {@link ClockKind.Latitude}) is refused at startup
 * (docs/adr/0018-statutory-periods.md).
 */
@ConfigurationProperties("oneteam.case.periods")
public record CasePeriods(Map<ClockKind, Integer> lengths, Map<ClockKind, Integer> extensions,
		Map<String, Map<ClockKind, Integer>> provinces) {

	private static final String PREFIX = "oneteam.case.periods.";

	private static final Pattern PROVINCE = Pattern.compile("[1-9]\\d");

	public CasePeriods {
		lengths = complete(lengths, ClockKind::defaultLength);
		extensions = complete(extensions, ClockKind::defaultExtension);
		Map<String, Map<ClockKind, Integer>> byProvince = new TreeMap<>();
		(provinces == null ? Map.<String, Map<ClockKind, Integer>>of() : provinces)
			.forEach((code, periods) -> byProvince.put(code, periods == null ? Map.of() : Map.copyOf(periods)));
		provinces = Map.copyOf(byProvince);
		List<String> refused = new ArrayList<>();
		lengths.forEach((kind, length) -> check(PREFIX + "lengths.", kind, length, kind.defaultLength(), 1, refused));
		extensions.forEach((kind, days) -> check(PREFIX + "extensions.", kind, days, kind.defaultExtension(), 0,
				refused));
		byProvince.forEach((code, periods) -> {
			if (!PROVINCE.matcher(code).matches()) {
				refused.add(PREFIX + "provinces." + code + ": a province is named by the 2 digits of its division code"
						+ " (GB/T 2260), such as 31 or 63");
			}
			periods.forEach((kind, length) -> check(PREFIX + "provinces." + code + ".", kind, length,
					kind.defaultLength(), 1, refused));
		});
		if (!refused.isEmpty()) {
			throw new IllegalArgumentException("Statutory periods the law does not allow (docs/legal/time.md#periods): "
					+ String.join("; ", refused));
		}
	}

	/** The statute's periods, no province setting its own. */
	static CasePeriods statutory() {
		return new CasePeriods(null, null, null);
	}

	/** The length of a period where no province sets its own. */
	public int length(ClockKind kind) {
		return lengths.get(kind);
	}

	/** The length of a period for a case at {@code place}: its province's setting, or the deployment's. */
	public int length(ClockKind kind, @Nullable DivisionCode place) {
		Map<ClockKind, Integer> province = place == null ? null : provinces.get(place.value().substring(0, 2));
		return province != null && province.containsKey(kind) ? province.get(kind) : length(kind);
	}

	/** The length of a period's first extension (市监 §18, §64; 强制法 §25). */
	public int extension(ClockKind kind) {
		return extensions.get(kind);
	}

	private static Map<ClockKind, Integer> complete(@Nullable Map<ClockKind, Integer> given,
			ToIntFunction<ClockKind> statutory) {
		Map<ClockKind, Integer> all = new EnumMap<>(ClockKind.class);
		Arrays.stream(ClockKind.values()).forEach(kind -> all.put(kind, given != null && given.get(kind) != null
				? given.get(kind) : statutory.applyAsInt(kind)));
		return Map.copyOf(all);
	}

	private static void check(String key, ClockKind kind, @Nullable Integer value, int statutory, int least,
			List<String> refused) {
		String name = key + kind.name().toLowerCase().replace('_', '-');
		if (value == null || value < least) {
			refused.add(name + " = " + value + ": a length is a whole number of at least " + least);
		}
		else if (!kind.latitude().allows(value, statutory)) {
			refused.add(name + " = " + value + ": " + switch (kind.latitude()) {
				case AT_MOST -> "the law gives the body at most " + statutory + " " + unit(kind) + "; a rule may shorten it,"
						+ " never lengthen it";
				case AT_LEAST -> "the law gives the party at least " + statutory + " " + unit(kind) + "; a rule may lengthen"
						+ " it, never shorten it";
				default -> "the law fixes it at " + statutory + " " + unit(kind) + "; other periods are counted from it";
			});
		}
	}

	private static String unit(ClockKind kind) {
		return kind.unit().name().toLowerCase().replace('_', ' ');
	}
}
