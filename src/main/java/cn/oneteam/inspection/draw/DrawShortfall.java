package cn.oneteam.inspection.draw;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.RuleViolation;

/** Fewer eligible inspectors than needed for some drawn subjects: refused, naming each and how many short. */
class DrawShortfall extends RuleViolation {

	record Short(String subjectCode, int needed, int eligible) {

		int missing() {
			return needed - eligible;
		}
	}

	private final List<Short> shortfalls;

	DrawShortfall(List<Short> shortfalls) {
		super(UNPROCESSABLE, "draw.inspector-shortfall", shortfalls.size(),
				shortfalls.stream().map(s -> s.subjectCode() + ":" + s.missing()).collect(Collectors.joining(", ")));
		this.shortfalls = List.copyOf(shortfalls);
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("shortfalls", shortfalls.stream()
			.map(s -> Map.of("subjectCode", s.subjectCode(), "needed", s.needed(), "eligible", s.eligible(), "missing",
					s.missing()))
			.toList());
	}
}
