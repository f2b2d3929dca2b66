package cn.oneteam.disclosure;

import java.util.List;
import java.util.regex.Pattern;

import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * A page of a public list (docs/adr/0041-public-lists-before-enforcement.md, Paging): {@code page} from 0 (default 0),
 * {@code size} from 1 to {@link #MAX_SIZE} (default {@link #DEFAULT_SIZE}); anything else — a negative page, a size
 * of 0 or above the cap, something not a number — answers 400 {@code disclosure.page-invalid}
 * (docs/adr/0012-bad-input.md). A page past the last is empty, with the total.
 */
public record PublicPaging(int page, int size) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 200;

	private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

	/** The page the parameters ask for; 400 {@code disclosure.page-invalid} for bad ones. */
	public static PublicPaging of(@Nullable String page, @Nullable String size) {
		int p = parse(page, 0, page, size);
		int s = parse(size, DEFAULT_SIZE, page, size);
		if (s < 1 || s > MAX_SIZE) {
			throw invalid(page, size);
		}
		return new PublicPaging(p, s);
	}

	/** The items of this page out of all of them. */
	public <T> List<T> slice(List<T> all) {
		long from = (long) page * size;
		if (from >= all.size()) {
			return List.of();
		}
		return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
	}

	private static int parse(@Nullable String value, int absent, @Nullable String page, @Nullable String size) {
		if (value == null || value.isBlank()) {
			return absent;
		}
		if (!NUMBER.matcher(value.strip()).matches()) {
			throw invalid(page, size);
		}
		return Integer.parseInt(value.strip());
	}

	private static RuleViolation invalid(@Nullable String page, @Nullable String size) {
		return new RuleViolation(RuleViolation.BAD_REQUEST, "disclosure.page-invalid",
				page == null || page.isBlank() ? "0" : page, size == null || size.isBlank() ? String.valueOf(DEFAULT_SIZE)
						: size, MAX_SIZE);
	}

	/** What a page of a public list tells besides its items: which page, how large, out of how many. */
	public interface Paged {

		int page();

		int size();

		long total();

		/** How many pages the total makes (at least 1). */
		default int pages() {
			return (int) Math.max(1, (total() + size() - 1) / size());
		}
	}
}
