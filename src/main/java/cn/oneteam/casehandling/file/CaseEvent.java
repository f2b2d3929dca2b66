package cn.oneteam.casehandling.file;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an action of the general procedure did, as a past-tense record ({@code FilingEvent.Filed},
 * {@code DecisionEvent.Decided} …): the aggregate's method or the step creates it and hands it to
 * {@link ActionContext#record}; the case's full-process record is written from it, and the documents of the action
 * state its components (docs/adr/0016-case-aggregate.md).
 * <p>
 * Its facts are its components, named as they are, in one way for every record ({@link #factsOf}): a date as ISO
 * text, an enum by its name, an amount as plain text, a set sorted (enums by name), a list in its order, an absent
 * value as empty text; numbers, yes/no and text as they are. A fact that is recorded only sometimes is a record of
 * its own, recorded only then.
 */
public interface CaseEvent {

	/** The facts the record keeps of the event, in the order of its components (a component may be named facts). */
	static Map<String, Object> factsOf(CaseEvent event) {
		Map<String, Object> facts = new LinkedHashMap<>();
		for (RecordComponent component : event.getClass().getRecordComponents()) {
			try {
				facts.put(component.getName(), fact(component.getAccessor().invoke(event)));
			}
			catch (IllegalAccessException | InvocationTargetException e) {
				throw new IllegalStateException(component.toString(), e);
			}
		}
		return facts;
	}

	/** The names of the facts a record of the type keeps (what a document's template may name as {@code action.}). */
	static List<String> factNames(Class<? extends CaseEvent> type) {
		return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
	}

	private static Object fact(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate || value instanceof Enum<?>) {
			return value.toString();
		}
		if (value instanceof BigDecimal amount) {
			return amount.toPlainString();
		}
		if (value instanceof Set<?> set) {
			return set.stream().map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v)).sorted().toList();
		}
		if (value instanceof Collection<?> list) {
			return List.copyOf(list);
		}
		return value;
	}
}
