package cn.oneteam.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * The automated accessibility check of a page in the browser journeys (docs/adr/0047-accessible-public-pages.md):
 * axe-core run on the page as it stands, limited to the WCAG 2.0/2.1 level A and AA rules; a violation of impact
 * serious or critical fails, listed with its rule, impact, the elements it hit and axe's help text. Each run prints
 * one line: the violations by impact and the number of rules passed.
 */
final class AxeCheck {

	/** WCAG 2.1 AA as axe tags its rules (2.1 adds to 2.0, so both levels of both). */
	static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final List<String> BLOCKING = List.of("critical", "serious");

	private AxeCheck() {
	}

	/** One page's result: what fails it and the line that sums it up. */
	record Result(String label, List<String> blocking, Map<String, String> byImpact, int passes,
			List<String> incomplete) {

		/** Violated rules by impact (elements hit in brackets), rules passed, rules axe left for a person to judge. */
		String summary() {
			return String.format("axe %s: violations %s, passes %d, to review %s", label,
					byImpact.isEmpty() ? "none" : byImpact.entrySet()
						.stream()
						.map(e -> e.getKey() + "=" + e.getValue())
						.collect(Collectors.joining(" ")),
					passes, incomplete.isEmpty() ? "0" : incomplete.size() + " " + incomplete);
		}
	}

	/** Runs axe on the current page, prints its summary line and returns the result (for a journey that collects). */
	static Result run(Page page, String label) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG21_AA).analyze();
		assertThat(results.getErrorMessage()).as("axe ran on %s", label).isNull();
		Map<String, Integer> rules = new TreeMap<>();
		Map<String, Integer> elements = new TreeMap<>();
		List<String> blocking = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			String impact = rule.getImpact() == null ? "unknown" : rule.getImpact();
			rules.merge(impact, 1, Integer::sum);
			elements.merge(impact, rule.getNodes().size(), Integer::sum);
			if (BLOCKING.contains(impact)) {
				blocking.add(String.format("%s: %s [%s] on %s — %s (%s)", label, rule.getId(), impact,
						rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList(),
						rule.getHelp(), rule.getHelpUrl()));
			}
		}
		Map<String, String> byImpact = new TreeMap<>();
		rules.forEach((impact, count) -> byImpact.put(impact, count + "(" + elements.get(impact) + ")"));
		Result result = new Result(label, blocking, byImpact, results.getPasses().size(),
				results.getIncomplete()
					.stream()
					.map(rule -> rule.getId() + " on "
							+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
					.toList());
		System.out.println(result.summary());
		return result;
	}

	/** Runs axe on the current page and fails on any serious or critical violation. */
	static Result assertAccessible(Page page, String label) {
		Result result = run(page, label);
		assertThat(result.blocking()).as("serious or critical accessibility violations").isEmpty();
		return result;
	}
}
