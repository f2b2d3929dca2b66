package cn.oneteam.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.oneteam.credit.CreditClass;
import cn.oneteam.subject.SubjectKind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The task form of the plan's page as the browser sends it: issuer codes as typed (one per line, or separated by
 * commas or spaces), per credit class a ratio in percent or a count, both blank to leave the class out
 * (docs/adr/0025-inspection-items-and-plans.md, Pages). Only the shape is translated here; the rules are
 * {@link InspectionTasks}'.
 */
record TaskForm(@Nullable String name, @Nullable List<Long> departmentIds, @Nullable List<Long> itemIds,
		@Nullable List<SubjectKind> subjectKinds, @Nullable String divisionCode, @Nullable String issuerCodes,
		@Nullable BigDecimal ratioA, @Nullable Integer countA, @Nullable BigDecimal ratioB, @Nullable Integer countB,
		@Nullable BigDecimal ratioC, @Nullable Integer countC, @Nullable BigDecimal ratioD, @Nullable Integer countD,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate windowFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate windowUntil) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * The task input; the first missing field is refused (400 inspection.field-required) with its label, resolved by
	 * {@code label} from the field's message key.
	 */
	InspectionInputs.Task toInput(Function<String, String> label) {
		String taskName = text(name, "inspection.task.name", label);
		List<Long> departments = some(departmentIds, "inspection.pages.task.departments", label);
		List<Long> items = some(itemIds, "inspection.pages.task.items", label);
		List<SubjectKind> kinds = some(subjectKinds, "inspection.pages.task.subjectKinds", label);
		String division = text(divisionCode, "inspection.pages.task.division", label);
		List<String> issuers = issuerCodes == null ? List.of()
				: Arrays.stream(issuerCodes.split("[\\s,，、;；]+")).filter(c -> !c.isBlank()).toList();
		some(issuers, "inspection.pages.task.issuers", label);
		List<StratumRule> strata = new ArrayList<>();
		stratum(strata, CreditClass.A, ratioA, countA);
		stratum(strata, CreditClass.B, ratioB, countB);
		stratum(strata, CreditClass.C, ratioC, countC);
		stratum(strata, CreditClass.D, ratioD, countD);
		some(strata, "inspection.task.strata", label);
		if (windowFrom == null || windowUntil == null) {
			throw required("inspection.task.window", label);
		}
		return new InspectionInputs.Task(taskName, departments, items, kinds, division, issuers, strata, windowFrom,
				windowUntil, null, null);
	}

	private static void stratum(List<StratumRule> strata, CreditClass creditClass, @Nullable BigDecimal percent,
			@Nullable Integer count) {
		if (percent != null || count != null) {
			strata.add(new StratumRule(creditClass, percent == null ? null : percent.divide(HUNDRED), count));
		}
	}

	private static String text(@Nullable String value, String key, Function<String, String> label) {
		if (value == null || value.isBlank()) {
			throw required(key, label);
		}
		return value.strip();
	}

	private static <T> List<T> some(@Nullable List<T> values, String key,
			Function<String, String> label) {
		if (values == null || values.isEmpty()) {
			throw required(key, label);
		}
		return values;
	}

	static InspectionViolation required(String key, Function<String, String> label) {
		return new InspectionViolation(InspectionViolation.BAD_REQUEST, "inspection.field-required", label.apply(key));
	}
}
