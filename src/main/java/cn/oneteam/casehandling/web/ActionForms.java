package cn.oneteam.casehandling.web;

import cn.oneteam.casehandling.CaseAction;
import cn.oneteam.casehandling.CaseDetail;
import cn.oneteam.casehandling.CaseViolation;
import cn.oneteam.casehandling.ExecutionInputs;
import cn.oneteam.casehandling.procedure.ProcedureSteps;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.oneteam.shared.ChinaTime;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 办案表单: the page form of each action of the general procedure. The engine's steps name the input record an action
 * takes; its form is the template {@code casehandling/forms/<record's simple name>.html} with a fragment
 * {@code fields}, and an action whose record has no such template yet shows a notice instead. A submitted form
 * becomes that record, checked as the API checks a JSON body.
 */
@Component
public class ActionForms {

	private static final String FORMS = "casehandling/forms/";

	private final Map<CaseAction, Class<?>> inputs = new EnumMap<>(CaseAction.class);

	private final ResourceLoader resources;

	private final JsonMapper json;

	private final Validator validator;

	private final MessageSource messages;

	ActionForms(List<ProcedureSteps> groups, ResourceLoader resources, JsonMapper json, Validator validator,
			MessageSource messages) {
		groups.forEach(g -> g.steps().forEach((action, step) -> inputs.put(action, step.input())));
		this.resources = resources;
		this.json = json;
		this.validator = validator;
		this.messages = messages;
	}

	/** The input record the engine takes for the action; none when no step performs it. */
	public Optional<Class<?>> input(CaseAction action) {
		return Optional.ofNullable(inputs.get(action));
	}

	/** The form template for the input record, when one has been written. */
	Optional<String> template(Class<?> input) {
		String name = FORMS + input.getSimpleName();
		return resources.getResource("classpath:/templates/" + name + ".html").exists() ? Optional.of(name)
				: Optional.empty();
	}

	/**
	 * The record the submitted fields make up: one value per component, several for a collection (a multi-line text
	 * giving one per line), a checkbox left unticked false, a blank field absent, a date and time without an offset
	 * taken as Beijing time. A field missing, malformed or out of bounds refuses the form with
	 * {@code case.input-invalid}, naming the fields in the reader's language.
	 */
	<I> I read(Class<I> type, Map<String, String[]> parameters) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			boolean several = Collection.class.isAssignableFrom(component.getType());
			Stream<String> given = Arrays.stream(parameters.getOrDefault(component.getName(), new String[0]));
			List<String> values = (several ? given.flatMap(String::lines) : given).filter(v -> !v.isBlank())
				.map(String::trim)
				.toList();
			if (several) {
				fields.put(component.getName(), values);
			}
			else if (component.getType() == boolean.class) {
				fields.put(component.getName(), values.contains("true"));
			}
			else if (component.getType() == OffsetDateTime.class && !values.isEmpty()) {
				fields.put(component.getName(), beijing(values.get(0)));
			}
			else if (!values.isEmpty()) {
				fields.put(component.getName(), values.get(0));
			}
		}
		I input;
		try {
			input = json.convertValue(fields, type);
		}
		catch (JacksonException malformed) {
			throw invalid(malformed.getPath().stream().map(JacksonException.Reference::getPropertyName).toList());
		}
		Set<ConstraintViolation<I>> violations = validator.validate(input);
		if (!violations.isEmpty()) {
			throw invalid(violations.stream().map(v -> v.getPropertyPath().iterator().next().getName()).toList());
		}
		return input;
	}

	/** A date and time as a datetime-local field gives it, at Beijing's offset; any other text is left to be refused. */
	private static String beijing(String value) {
		try {
			return LocalDateTime.parse(value).atZone(ChinaTime.ZONE).toOffsetDateTime().toString();
		}
		catch (DateTimeParseException withOffsetOrMalformed) {
			return value;
		}
	}

	private CaseViolation invalid(List<@Nullable String> fields) {
		Set<String> labels = new LinkedHashSet<>();
		for (String field : fields) {
			if (field != null) {
				labels.add(messages.getMessage("case.field." + field, null, field, LocaleContextHolder.getLocale()));
			}
		}
		return new CaseViolation(CaseViolation.BAD_REQUEST, "case.input-invalid", List.of(), String.join(", ", labels));
	}

	/**
	 * A fresh form's values: today for every date it requires and this minute for every time, the case's officers,
	 * and what the case already proposes, notifies or decides for the penalty fields.
	 */
	static Values defaults(Class<?> type, CaseDetail detail, LocalDateTime now) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		for (RecordComponent component : type.getRecordComponents()) {
			if (!component.getAccessor().isAnnotationPresent(NotNull.class)) {
				continue;
			}
			if (component.getType() == LocalDate.class) {
				values.put(component.getName(), List.of(now.toLocalDate().toString()));
			}
			else if (component.getType() == OffsetDateTime.class) {
				values.put(component.getName(), List.of(now.truncatedTo(ChronoUnit.MINUTES).toString()));
			}
		}
		values.put("officers", detail.officers().stream().map(o -> String.valueOf(o.personId())).toList());
		BigDecimal fine = detail.notifiedFine() != null ? detail.notifiedFine() : detail.proposedFine();
		values.put("fine", fine == null ? List.of() : List.of(fine.toPlainString()));
		values.put("kinds", (detail.notifiedKinds().isEmpty() ? detail.proposedKinds() : detail.notifiedKinds()).stream()
			.map(Enum::name)
			.toList());
		values.put("amount", detail.decidedFine() == null ? List.of() : List.of(detail.decidedFine().toPlainString()));
		values.put("outcome", detail.outcome() == null ? List.of() : List.of(detail.outcome().name()));
		values.put("paidThrough", List.of(ExecutionInputs.PaymentChannel.BANK.name())); // 罚缴分离, 处罚法 §67
		return new Values(values);
	}

	/** What a form shows: the values submitted (or the defaults), by field name. */
	record Values(Map<String, List<String>> values) {

		static Values submitted(Map<String, String[]> parameters) {
			Map<String, List<String>> values = new LinkedHashMap<>();
			parameters.forEach((name, submitted) -> values.put(name, new ArrayList<>(List.of(submitted))));
			return new Values(values);
		}

		/** The field's value, empty when none. */
		public String one(String name) {
			List<String> given = values.getOrDefault(name, List.of());
			return given.isEmpty() ? "" : given.get(0);
		}

		/** The field's values one per line, as a multi-line text shows them. */
		public String lines(String name) {
			return String.join("\n", values.getOrDefault(name, List.of()));
		}

		/** Whether the field holds the value (a ticked checkbox, a selected option). */
		public boolean has(String name, Object value) {
			return values.getOrDefault(name, List.of()).contains(String.valueOf(value));
		}
	}
}
