package cn.oneteam.inspection.draw;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.oneteam.shared.RuleViolation;
import org.jspecify.annotations.Nullable;

/**
 * Fewer eligible inspectors than needed for some drawn subjects: refused, naming each (and the department, for a joint
 * task: docs/adr/0032-inspectors-library-and-recusal.md) and how many short.
 */
class DrawShortfall extends RuleViolation {

	record Short(String subjectCode, @Nullable String group, @Nullable Long departmentId, int needed, int eligible) {

		Short(String subjectCode, int needed, int eligible) {
			this(subjectCode, null, null, needed, eligible);
		}

		String named() {
			return group == null ? subjectCode : subjectCode + "/" + group;
		}

		int missing() {
			return needed - eligible;
		}
	}

	private final List<Short> shortfalls;

	DrawShortfall(List<Short> shortfalls) {
		super(UNPROCESSABLE, "draw.inspector-shortfall", shortfalls.size(),
				shortfalls.stream().map(s -> s.named() + ":" + s.missing()).collect(Collectors.joining(", ")));
		this.shortfalls = List.copyOf(shortfalls);
	}

	@Override
	public Map<String, Object> details() {
		return Map.of("shortfalls", shortfalls.stream().map(s -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("subjectCode", s.subjectCode());
			if (s.group() != null) {
				entry.put("group", s.group());
				entry.put("departmentId", s.departmentId());
			}
			entry.put("needed", s.needed());
			entry.put("eligible", s.eligible());
			entry.put("missing", s.missing());
			return entry;
		}).toList());
	}
}
